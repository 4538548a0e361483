//! Stage 5, triage: each question gets a category, minutes of effort and a suggested quick answer;
//! the email's free allowance covers the cheapest questions and the rest is quoted.
//!
//! Input: the [`Question`]s of one email, the client's address, the [`Config`] and the answer
//! [`Library`]. Output: a [`Triage`]. No I/O (the library is loaded once, at start-up).
//!
//! Order of evidence for a question: a library entry at or above `triage.match_threshold` (its
//! answer, minutes and category), else the first effort rule whose pattern matches (category and
//! minutes), else the category's default with a stub answer a manager completes.

pub mod library;

use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};

pub use library::{Library, LibraryError, LibraryMatch};

use crate::config::Config;
use crate::split::{Form, Question};

/// What answering a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// We can answer on the spot.
    Answer,
    /// We need something from the client first.
    NeedsInfo,
    /// We need to look into it.
    Research,
    /// The client asks us to do work.
    Work,
}

impl Category {
    /// The name used in config and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Answer => "answer",
            Category::NeedsInfo => "needs_info",
            Category::Research => "research",
            Category::Work => "work",
        }
    }
}

/// Where a question's suggested answer came from.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerSource {
    /// An answer library entry.
    Library(LibraryMatch),
    /// An effort rule (index into `triage.rule`), with a stub answer.
    Rule {
        /// The rule's position in the config, from 0.
        index: usize,
        /// Its pattern.
        pattern: String,
    },
    /// The category's default, with a stub answer.
    Default,
}

/// One triaged question.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct TriagedQuestion {
    /// The client's words.
    pub text: String,
    /// How it was recognised.
    pub form: Form,
    /// What answering it takes.
    pub category: Category,
    /// Minutes of effort.
    pub minutes: u32,
    /// The suggested quick answer.
    pub answer: String,
    /// Where the answer came from.
    pub source: AnswerSource,
    /// The best library entry below the threshold, so ops can see near misses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nearest: Option<LibraryMatch>,
    /// True when the free allowance covers it.
    pub free: bool,
    /// True while the answer holds a stub a person must fill in ("[Quick answer]"): no reply
    /// leaves with one.
    #[serde(default)]
    pub needs_answer: bool,
}

/// A bracketed stub ("[Quick answer]", "Yes — [confirm or correct]", "[the document]") left in
/// an answer: a client must never receive one.
pub fn needs_answer(answer: &str) -> bool {
    static STUB: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\[[^\[\]\n]*\p{L}[^\[\]\n]*\]").expect("the stub pattern compiles")
    });
    answer.trim().is_empty() || STUB.is_match(answer)
}

/// The offer for work beyond the free allowance.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Quote {
    /// The reference in the subject, e.g. `Q-0042`.
    pub reference: String,
    /// Minutes of the quoted questions, before rounding.
    pub minutes: u32,
    /// Hours quoted: minutes rounded up to the firm's increment.
    pub hours: f64,
    /// The client's hourly rate.
    pub hourly_rate: f64,
    /// hours × rate.
    pub total: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// "2 hours", "1.5 hours", "30 minutes".
    pub hours_text: String,
    /// "$250".
    pub rate_text: String,
    /// "$500".
    pub total_text: String,
    /// Positions (from 0) of the quoted questions.
    pub questions: Vec<usize>,
}

/// The triage of one email.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Triage {
    /// The questions in the client's order.
    pub questions: Vec<TriagedQuestion>,
    /// Minutes given free (at most the allowance).
    pub free_minutes: u32,
    /// The allowance per email.
    pub allowance_minutes: u32,
    /// The offer for the rest, when anything is left.
    pub quote: Option<Quote>,
}

/// Compiled effort rules.
#[derive(Debug, Clone)]
pub struct Rules(Vec<(Regex, Category, Option<u32>, String)>);

impl Rules {
    /// Compiles the rules of a configuration (validated already, so patterns compile).
    pub fn from_config(cfg: &Config) -> Result<Rules, regex::Error> {
        cfg.triage
            .rule
            .iter()
            .map(|r| {
                Ok((
                    RegexBuilder::new(&r.pattern)
                        .case_insensitive(true)
                        .build()?,
                    r.category,
                    r.minutes,
                    r.pattern.clone(),
                ))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Rules)
    }
}

static SEND_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(send|forward|e-?mail|share|resend)\b.{0,20}\b(me|us)\b")
        .expect("pattern compiles")
});

static YES_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(\W*)(is|are|am|was|were|do|does|did|can|could|should|would|will|shall|may|might|have|has|had|isn't|aren't|don't|doesn't|can't|should)\b",
    )
    .expect("pattern compiles")
});

/// Triages the questions of one email. `reference` is the quote reference when it is known
/// (assigned by the store); previews pass `None` and get `Q-PREVIEW`.
pub fn triage(
    questions: &[Question],
    client_address: Option<&str>,
    cfg: &Config,
    library: &Library,
    rules: &Rules,
    reference: Option<&str>,
) -> Triage {
    let threshold = cfg.triage.match_threshold;
    let mut out: Vec<TriagedQuestion> = questions
        .iter()
        .map(|q| {
            let best = library.best(&q.text);
            if let Some((entry, m)) = &best
                && m.similarity >= threshold
            {
                return TriagedQuestion {
                    text: q.text.clone(),
                    form: q.form,
                    category: entry.category,
                    minutes: entry.minutes,
                    answer: entry.answer.trim().to_string(),
                    source: AnswerSource::Library(m.clone()),
                    nearest: None,
                    free: false,
                    needs_answer: false,
                };
            }
            let nearest = best.map(|(_, m)| m);
            let (category, minutes, source) = match rules
                .0
                .iter()
                .enumerate()
                .find(|(_, (re, ..))| re.is_match(&q.text))
            {
                Some((index, (_, category, minutes, pattern))) => (
                    *category,
                    minutes.unwrap_or_else(|| cfg.triage.default_minutes.get(*category)),
                    AnswerSource::Rule {
                        index,
                        pattern: pattern.clone(),
                    },
                ),
                None => (
                    Category::Answer,
                    cfg.triage.default_minutes.answer,
                    AnswerSource::Default,
                ),
            };
            TriagedQuestion {
                text: q.text.clone(),
                form: q.form,
                category,
                minutes,
                answer: stub(&q.text, category),
                source,
                nearest,
                free: false,
                needs_answer: false,
            }
        })
        .collect();

    // The allowance covers the cheapest questions first, each whole or not at all.
    let allowance = cfg.pricing.free_minutes;
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| (out[i].minutes, i));
    let mut used = 0;
    for i in order {
        if used + out[i].minutes <= allowance {
            used += out[i].minutes;
            out[i].free = true;
        }
    }
    let quoted: Vec<usize> = (0..out.len()).filter(|&i| !out[i].free).collect();
    let quote = (!quoted.is_empty()).then(|| {
        let minutes: u32 = quoted.iter().map(|&i| out[i].minutes).sum();
        let inc = cfg.pricing.increment_hours;
        let hours = ((f64::from(minutes) / 60.0 / inc).ceil() * inc).max(inc);
        let rate = cfg.pricing.rate_for(client_address);
        let total = hours * rate;
        let sym = &cfg.pricing.currency_symbol;
        Quote {
            reference: reference.unwrap_or("Q-PREVIEW").to_string(),
            minutes,
            hours,
            hourly_rate: rate,
            total,
            currency: cfg.pricing.currency.clone(),
            hours_text: hours_text(hours),
            rate_text: money(sym, rate),
            total_text: money(sym, total),
            questions: quoted.clone(),
        }
    });
    for &i in &quoted {
        let q = &mut out[i];
        if matches!(q.source, AnswerSource::Library(_)) {
            continue;
        }
        q.answer = match q.category {
            Category::Work => "This is work we would be glad to do; see the offer below.".into(),
            Category::Research => {
                "We will need to look into this properly; see the offer below.".into()
            }
            _ => format!("{} See the offer below.", q.answer),
        };
    }
    for q in &mut out {
        q.needs_answer = needs_answer(&q.answer);
    }
    Triage {
        questions: out,
        free_minutes: used,
        allowance_minutes: allowance,
        quote,
    }
}

/// A stub answer by category, for a manager to complete.
fn stub(question: &str, category: Category) -> String {
    match category {
        Category::Answer if SEND_REQUEST.is_match(question) => {
            "Please find [the document] attached.".into()
        }
        Category::Answer if YES_NO.is_match(question) => "Yes — [confirm or correct]".into(),
        Category::Answer => "[Quick answer]".into(),
        Category::NeedsInfo => {
            "Could you send us [the details we need] so that we can answer this?".into()
        }
        Category::Research => "We will need to look into this.".into(),
        Category::Work => "We can do this for you.".into(),
    }
}

/// "2 hours", "1.5 hours", "1 hour", "30 minutes".
pub fn hours_text(hours: f64) -> String {
    if hours < 1.0 {
        return format!("{} minutes", (hours * 60.0).round());
    }
    let h = trim_number(hours);
    if h == "1" {
        "1 hour".into()
    } else {
        format!("{h} hours")
    }
}

/// "$1,250" or "$87.50".
pub fn money(symbol: &str, amount: f64) -> String {
    let cents = (amount * 100.0).round() as i64;
    let whole = cents / 100;
    let frac = cents % 100;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (k, ch) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if frac == 0 {
        format!("{symbol}{grouped}")
    } else {
        format!("{symbol}{grouped}.{frac:02}")
    }
}

fn trim_number(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn q(text: &str) -> Question {
        Question {
            text: text.into(),
            form: Form::Interrogative,
        }
    }

    fn setup() -> (Config, Library, Rules) {
        let cfg = Config::load(None, &HashMap::new()).expect("example config");
        let rules = Rules::from_config(&cfg).expect("rules compile");
        (cfg, Library::default(), rules)
    }

    #[test]
    fn a_stub_left_in_an_answer_needs_a_person() {
        for stub in [
            "[Quick answer]",
            "Yes — [confirm or correct]",
            "Please find [the document] attached.",
            "",
        ] {
            assert!(needs_answer(stub), "{stub:?}");
        }
        for written in [
            "Yes, the business share of a vehicle's costs is deductible.",
            "We will need to look into this properly; see the offer below.",
            "The fee is 2 x 150 [EUR 300] in total.",
        ] {
            assert_eq!(needs_answer(written), written.contains('['), "{written:?}");
        }
    }

    #[test]
    fn allowance_covers_cheapest_and_quotes_the_rest() {
        let (cfg, lib, rules) = setup();
        let t = triage(
            &[
                q("Can you review the supplier contract?"),
                q("When is the deadline?"),
                q("Is it worth switching to cash accounting?"),
            ],
            Some("a@client.example"),
            &cfg,
            &lib,
            &rules,
            Some("Q-0042"),
        );
        let cats: Vec<_> = t.questions.iter().map(|x| x.category).collect();
        assert_eq!(
            cats,
            vec![Category::Work, Category::Answer, Category::Research]
        );
        assert!(t.questions[1].free);
        let quote = t.quote.expect("a quote");
        assert_eq!(quote.minutes, 90 + 30);
        assert_eq!(quote.hours, 2.0);
        assert_eq!(quote.total_text, "$500");
        assert_eq!(quote.reference, "Q-0042");
        assert_eq!(quote.questions, vec![0, 2]);
    }

    #[test]
    fn rounding_and_rates() {
        let (mut cfg, lib, rules) = setup();
        cfg.pricing.client.push(crate::config::ClientRate {
            domain: "big.example".into(),
            hourly_rate: 180.0,
        });
        cfg.triage.default_minutes.answer = 7;
        let t = triage(
            &[q("What is it?")],
            Some("x@big.example"),
            &cfg,
            &lib,
            &rules,
            None,
        );
        let quote = t.quote.expect("7 minutes exceed the allowance");
        assert_eq!(quote.hours, 0.5);
        assert_eq!(quote.total_text, "$90");
        assert_eq!(quote.hours_text, "30 minutes");
    }

    #[test]
    fn nothing_quoted_within_allowance() {
        let (cfg, lib, rules) = setup();
        let t = triage(
            &[q("Is it due?"), q("Where?")],
            None,
            &cfg,
            &lib,
            &rules,
            None,
        );
        assert!(t.quote.is_none());
        assert_eq!(t.free_minutes, 4);
        assert!(t.questions[0].answer.starts_with("Yes"));
    }

    #[test]
    fn formatting() {
        assert_eq!(money("$", 1250.0), "$1,250");
        assert_eq!(money("€", 87.5), "€87.50");
        assert_eq!(hours_text(1.5), "1.5 hours");
        assert_eq!(hours_text(1.0), "1 hour");
    }
}
