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
use crate::draft::Phrases;
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

/// The quick answer a question gets, as the five-minute rule has them: yes, no, needs info,
/// needs research (quoted), more time (quoted), or an answer written out (from the library or by
/// a person). `Open` is a question nothing is known about yet: a person must pick one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// "Yes."
    Yes,
    /// "No."
    No,
    /// We need something from the client; the answer says what.
    NeedsInfo,
    /// We need to research the answer.
    Research,
    /// It will take more time than a quick answer.
    MoreTime,
    /// An answer written out.
    #[default]
    Written,
    /// Nothing known yet: a person answers it.
    Open,
}

impl Kind {
    /// Every kind, in the order the page offers them.
    pub const ALL: [Kind; 7] = [
        Kind::Yes,
        Kind::No,
        Kind::NeedsInfo,
        Kind::Research,
        Kind::MoreTime,
        Kind::Written,
        Kind::Open,
    ];

    /// The name used in JSON and forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Yes => "yes",
            Kind::No => "no",
            Kind::NeedsInfo => "needs_info",
            Kind::Research => "research",
            Kind::MoreTime => "more_time",
            Kind::Written => "written",
            Kind::Open => "open",
        }
    }

    /// The category a question answered this way belongs to: a written answer is a quick one
    /// (a library entry's own category stands, as triage sets it).
    pub fn category(self) -> Option<Category> {
        match self {
            Kind::Yes | Kind::No | Kind::Open | Kind::Written => Some(Category::Answer),
            Kind::NeedsInfo => Some(Category::NeedsInfo),
            Kind::Research => Some(Category::Research),
            Kind::MoreTime => Some(Category::Work),
        }
    }

    /// The kind a category's question gets when nothing else is known.
    pub fn of_category(category: Category) -> Kind {
        match category {
            Category::Answer => Kind::Open,
            Category::NeedsInfo => Kind::NeedsInfo,
            Category::Research => Kind::Research,
            Category::Work => Kind::MoreTime,
        }
    }

    /// The phrase of this kind in a language; `quoted` when the question is part of the offer.
    /// `None` for a written answer.
    pub fn phrase(self, p: &Phrases, quoted: bool) -> Option<&str> {
        Some(match self {
            Kind::Yes => &p.yes,
            Kind::No => &p.no,
            Kind::NeedsInfo => &p.needs_info,
            Kind::Research if quoted => &p.research,
            Kind::Research => &p.research_free,
            Kind::MoreTime if quoted => &p.more_time,
            Kind::MoreTime => &p.more_time_free,
            Kind::Open => &p.open,
            Kind::Written => return None,
        })
    }
}

/// Where a question's suggested answer came from.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerSource {
    /// An answer library entry.
    Library(LibraryMatch),
    /// An answer the firm gave before to a question like it.
    Learned(crate::learn::Suggestion),
    /// An effort rule (index into `triage.rule`), with a stub answer.
    Rule {
        /// The rule's position in the config, from 0.
        index: usize,
        /// Its pattern.
        pattern: String,
    },
    /// The lexicon's words for work or research (`effort.*`), with the category's minutes.
    Lexicon {
        /// The list and the words found.
        found: String,
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
    /// The kind of quick answer.
    #[serde(default)]
    pub kind: Kind,
    /// The suggested quick answer.
    pub answer: String,
    /// Where the answer came from.
    pub source: AnswerSource,
    /// The best library entry below the threshold, so ops can see near misses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nearest: Option<LibraryMatch>,
    /// An answer given before to a question somewhat like it (`learn.hint_threshold`), shown
    /// for a person to use; not filled in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<crate::learn::Earlier>,
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

/// Compiled effort rules, and the lexicon's words for work and research that decide when no
/// rule does (or when the rule that matched only says the question is quick).
#[derive(Debug, Clone)]
pub struct Rules {
    rules: Vec<(Regex, Category, Option<u32>, String)>,
    lexicon: std::sync::Arc<crate::lexicon::Lexicon>,
}

impl Rules {
    /// Compiles the rules of a configuration (validated already, so patterns compile), with the
    /// built-in lexicon.
    pub fn from_config(cfg: &Config) -> Result<Rules, regex::Error> {
        Rules::with_lexicon(cfg, crate::lexicon::Lexicon::built_in())
    }

    /// Compiles the rules of a configuration, with this lexicon's `effort` lists.
    pub fn with_lexicon(
        cfg: &Config,
        lexicon: std::sync::Arc<crate::lexicon::Lexicon>,
    ) -> Result<Rules, regex::Error> {
        let rules = cfg
            .triage
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
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Rules { rules, lexicon })
    }

    /// The lexicon's reading of what a question asks: research (a "must I", "do I qualify"),
    /// work (a `work` word, or a `work_verb` with a `work_object`), or nothing it can tell.
    /// Work words count only in an ask of the firm (a request, a list item, or a question with a
    /// request cue such as "could you"): "does the 2 hours include lodging the return?" and
    /// "what date is our review meeting?" ask for no work.
    fn effort(&self, text: &str, form: Form) -> Option<(Category, String)> {
        let l = &self.lexicon;
        if let Some(p) = l.list("effort.research").find(text) {
            return Some((Category::Research, format!("effort.research: \"{p}\"")));
        }
        let asks = form == Form::Request
            || (form == Form::ListItem && !text.trim_end().ends_with('?'))
            || l.list("split.request").is_match(text)
            || l.list("split.please").is_match(text);
        if !asks {
            return None;
        }
        if let Some(p) = l.list("effort.work").find(text) {
            return Some((Category::Work, format!("effort.work: \"{p}\"")));
        }
        if let (Some(v), Some(o)) = (
            l.list("effort.work_verb").find(text),
            l.list("effort.work_object").find(text),
        ) {
            return Some((
                Category::Work,
                format!("effort.work_verb: \"{v}\" with \"{o}\""),
            ));
        }
        // "Could you survey the hull before May?", "Pourriez-vous traduire l'acte ?": the firm
        // is asked to do something, and the verb is not one of a quick errand (`effort.quick_verb`:
        // send, confirm, call, book, …). The firm's own service takes longer than five minutes.
        let verb = asked_verb(text, l)?;
        let language = crate::lexicon::detect_language(text);
        let quick = l.list("effort.quick_verb").contains_exactly(&verb)
            || l.list_in(language, "effort.quick_verb")
                .contains_exactly(&verb);
        (!quick).then(|| (Category::Work, format!("asked to \"{verb}\"")))
    }
}

/// The verb a request asks the firm to do: the word after an asking cue (`effort.ask_cue`:
/// "could you", "pourriez-vous", "puoi"), past pronouns and lead words ("could you also just
/// …"), or, in German and Dutch, the last word of the clause ("Könnten Sie das Gutachten
/// übersetzen?").
fn asked_verb(text: &str, l: &crate::lexicon::Lexicon) -> Option<String> {
    let lower = text.to_lowercase();
    // German and Dutch cues put the verb last; the cue's own language says so, since a short
    // sentence's language is often unknown.
    let verb_last = ["de", "nl"].iter().find_map(|lang| {
        l.list_in(Some(lang), "effort.ask_cue")
            .matches(&lower)
            .first()
            .map(|&(_, e, _)| e)
    });
    let end = match verb_last {
        Some(e) => e,
        None => l.list("effort.ask_cue").matches(&lower).first()?.1,
    };
    let words: Vec<&str> = lower[end..]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if verb_last.is_some() {
        // The clause ends at the first comma or the end: its last word is the verb.
        let clause = lower[end..]
            .split([',', '?', '.', ';', '!'])
            .next()
            .unwrap_or("");
        return clause
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .rfind(|w| !w.is_empty())
            .map(str::to_string);
    }
    let skip = |w: &str| {
        l.list("split.clitic").contains_exactly(w)
            || l.list("split.lead").contains_exactly(w)
            || l.list("effort.ask_filler").contains_exactly(w)
    };
    words.into_iter().find(|w| !skip(w)).map(str::to_string)
}

static SEND_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(send|forward|e-?mail|share|resend)\b.{0,20}\b(me|us)\b")
        .expect("pattern compiles")
});

/// Triages the questions of one email, with quick answers in `phrases` (the reply's language,
/// `lang`). `reference` is the quote reference when it is known (assigned by the store);
/// previews pass `None` and get `Q-PREVIEW`.
#[allow(clippy::too_many_arguments)]
pub fn triage(
    questions: &[Question],
    client_address: Option<&str>,
    cfg: &Config,
    library: &Library,
    learned: &crate::learn::Learned,
    rules: &Rules,
    reference: Option<&str>,
    phrases: &Phrases,
    lang: &str,
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
                    kind: Kind::Written,
                    answer: entry.answer_in(lang).trim().to_string(),
                    source: AnswerSource::Library(m.clone()),
                    nearest: None,
                    earlier: None,
                    free: false,
                    needs_answer: false,
                };
            }
            let nearest = best.map(|(_, m)| m);
            let earlier = learned.best(&q.text, Some(lang));
            if let Some((a, s)) = earlier
                .clone()
                .filter(|(_, s)| s.similarity >= learned.threshold())
            {
                // A quick answer given as its bare phrase stays that kind (and follows the
                // reply's language); anything worded is the firm's written answer.
                let bare = [true, false].iter().any(|&v| {
                    a.kind
                        .phrase(phrases, v)
                        .is_some_and(|p| p.trim() == a.answer.trim())
                });
                return TriagedQuestion {
                    text: q.text.clone(),
                    form: q.form,
                    category: a.category,
                    minutes: a.minutes,
                    kind: if bare && a.kind != Kind::Open {
                        a.kind
                    } else {
                        Kind::Written
                    },
                    answer: a.answer.trim().to_string(),
                    source: AnswerSource::Learned(s),
                    nearest,
                    earlier: None,
                    free: false,
                    needs_answer: false,
                };
            }
            let rule = rules
                .rules
                .iter()
                .enumerate()
                .find(|(_, (re, ..))| re.is_match(&q.text));
            let (category, minutes, source) = match (rule, rules.effort(&q.text, q.form)) {
                // A rule that says more than "quick" decides; one that says "quick" gives way to
                // the lexicon's words for work or research ("send me a revised cost plan").
                (Some((index, (_, category, minutes, pattern))), effort)
                    if *category != Category::Answer || effort.is_none() =>
                {
                    (
                        *category,
                        minutes.unwrap_or_else(|| cfg.triage.default_minutes.get(*category)),
                        AnswerSource::Rule {
                            index,
                            pattern: pattern.clone(),
                        },
                    )
                }
                (_, Some((category, found))) => (
                    category,
                    cfg.triage.default_minutes.get(category),
                    AnswerSource::Lexicon { found },
                ),
                (_, None) => (
                    Category::Answer,
                    cfg.triage.default_minutes.answer,
                    AnswerSource::Default,
                ),
            };
            let (kind, answer) = if category == Category::Answer && SEND_REQUEST.is_match(&q.text) {
                (Kind::Written, phrases.send_document.clone())
            } else {
                (Kind::of_category(category), String::new())
            };
            let earlier = earlier
                .filter(|(_, s)| s.similarity >= cfg.learn.hint_threshold)
                .map(|(a, s)| crate::learn::Earlier {
                    suggestion: s,
                    answer: a.answer.clone(),
                });
            TriagedQuestion {
                text: q.text.clone(),
                form: q.form,
                category,
                minutes,
                kind,
                answer,
                source,
                nearest,
                earlier,
                free: false,
                needs_answer: false,
            }
        })
        .collect();
    let (free_minutes, quote) = price(&mut out, client_address, cfg, reference, phrases);
    for q in &mut out {
        if let Some(p) = q.kind.phrase(phrases, !q.free) {
            q.answer = p.to_string();
        }
        q.needs_answer = needs_answer(&q.answer);
    }
    Triage {
        questions: out,
        free_minutes,
        allowance_minutes: cfg.pricing.free_minutes,
        quote,
    }
}

/// The price rule: a quick answer is free, always; a question whose work is anticipated to take
/// longer than the free allowance is quoted, and the quote covers that work, rounded up to the
/// firm's increment. Marks each question free or not and returns the minutes given free and the
/// quote (none when every question is quick). `reference` is the quote's, when it has one.
pub fn price(
    questions: &mut [TriagedQuestion],
    client_address: Option<&str>,
    cfg: &Config,
    reference: Option<&str>,
    phrases: &Phrases,
) -> (u32, Option<Quote>) {
    let allowance = cfg.pricing.free_minutes;
    for q in questions.iter_mut() {
        q.free = q.minutes <= allowance;
    }
    let free_minutes = questions.iter().filter(|q| q.free).map(|q| q.minutes).sum();
    let quoted: Vec<usize> = (0..questions.len())
        .filter(|&i| !questions[i].free)
        .collect();
    if quoted.is_empty() {
        return (free_minutes, None);
    }
    let minutes: u32 = quoted.iter().map(|&i| questions[i].minutes).sum();
    let inc = cfg.pricing.increment_hours;
    let hours = ((f64::from(minutes) / 60.0 / inc).ceil() * inc).max(inc);
    let rate = cfg.pricing.rate_for(client_address);
    (
        free_minutes,
        Some(quote_of(
            reference.unwrap_or("Q-PREVIEW"),
            minutes,
            hours,
            rate,
            quoted,
            cfg,
            phrases,
        )),
    )
}

/// A quote with its figures written out in the reply's language.
pub fn quote_of(
    reference: &str,
    minutes: u32,
    hours: f64,
    rate: f64,
    questions: Vec<usize>,
    cfg: &Config,
    phrases: &Phrases,
) -> Quote {
    let sym = &cfg.pricing.currency_symbol;
    let total = hours * rate;
    Quote {
        reference: reference.to_string(),
        minutes,
        hours,
        hourly_rate: rate,
        total,
        currency: cfg.pricing.currency.clone(),
        hours_text: phrases.hours_text(hours),
        rate_text: money(sym, rate),
        total_text: money(sym, total),
        questions,
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

    fn run(
        cfg: &Config,
        lib: &Library,
        rules: &Rules,
        qs: &[&str],
        client: Option<&str>,
    ) -> Triage {
        let templates = crate::draft::Templates::built_in();
        let questions: Vec<Question> = qs.iter().map(|t| q(t)).collect();
        triage(
            &questions,
            client,
            cfg,
            lib,
            &crate::learn::Learned::default(),
            rules,
            Some("Q-0042"),
            templates.phrases("en"),
            "en",
        )
    }

    #[test]
    fn quick_answers_are_free_and_only_longer_work_is_quoted() {
        let (cfg, lib, rules) = setup();
        let t = run(
            &cfg,
            &lib,
            &rules,
            &[
                "Can you review the supplier contract?",
                "When is the deadline?",
                "Is it worth switching to cash accounting?",
                "And where do I send the form?",
            ],
            Some("a@client.example"),
        );
        let cats: Vec<_> = t.questions.iter().map(|x| x.category).collect();
        assert_eq!(
            cats,
            vec![
                Category::Work,
                Category::Answer,
                Category::Research,
                Category::Answer
            ]
        );
        let kinds: Vec<_> = t.questions.iter().map(|x| x.kind).collect();
        assert_eq!(
            kinds,
            vec![Kind::MoreTime, Kind::Open, Kind::Research, Kind::Open]
        );
        // Both quick questions are free, although together they pass the allowance.
        assert!(t.questions[1].free && t.questions[3].free);
        assert_eq!(t.free_minutes, 4);
        let quote = t.quote.expect("a quote");
        assert_eq!(quote.minutes, 90 + 30);
        assert_eq!(quote.hours, 2.0);
        assert_eq!(quote.total_text, "$500");
        assert_eq!(quote.reference, "Q-0042");
        assert_eq!(quote.questions, vec![0, 2]);
        assert!(t.questions[0].answer.contains("offer below"));
        assert!(!t.questions[0].needs_answer && !t.questions[2].needs_answer);
        // Nothing is known about the quick ones: they stay open for a person.
        assert!(t.questions[1].needs_answer && t.questions[3].needs_answer);
    }

    #[test]
    fn the_firm_asked_to_do_its_own_work_is_quoted_a_quick_errand_is_not() {
        let (cfg, lib, rules) = setup();
        let t = run(
            &cfg,
            &lib,
            &rules,
            &[
                "Could you survey the hull before the end of May?",
                "Pourriez-vous traduire l'acte de naissance ?",
                "Könnten Sie das Gutachten bis Freitag auf Englisch übersetzen?",
                "Could you send me the invoice again?",
                "Puoi confermarmi la data?",
                "Kunt u mij morgen terugbellen?",
            ],
            None,
        );
        let cats: Vec<_> = t.questions.iter().map(|x| x.category).collect();
        assert_eq!(&cats[..3], &[Category::Work; 3], "{cats:?}");
        assert!(cats[3..].iter().all(|c| *c != Category::Work), "{cats:?}");
    }

    #[test]
    fn many_quick_questions_have_no_quote() {
        let (cfg, lib, rules) = setup();
        let many: Vec<String> = (0..6)
            .map(|i| format!("Is form {i} due this month?"))
            .collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        let t = run(&cfg, &lib, &rules, &refs, None);
        assert!(
            t.quote.is_none(),
            "six 2-minute answers are six quick answers"
        );
        assert!(t.questions.iter().all(|q| q.free));
        assert_eq!(t.free_minutes, 12);
    }

    #[test]
    fn rounding_and_rates() {
        let (mut cfg, lib, rules) = setup();
        cfg.pricing.client.push(crate::config::ClientRate {
            domain: "big.example".into(),
            hourly_rate: 180.0,
        });
        cfg.triage.default_minutes.answer = 7;
        let t = run(&cfg, &lib, &rules, &["What is it?"], Some("x@big.example"));
        let quote = t.quote.expect("7 minutes exceed the allowance");
        assert_eq!(quote.hours, 0.5);
        assert_eq!(quote.total_text, "$90");
        assert_eq!(quote.hours_text, "30 minutes");
    }

    #[test]
    fn a_research_question_within_the_allowance_is_free_and_worded_so() {
        let (mut cfg, lib, _) = setup();
        cfg.triage.default_minutes.research = 4;
        for r in &mut cfg.triage.rule {
            r.minutes = None;
        }
        let rules = Rules::from_config(&cfg).expect("rules compile");
        let t = run(
            &cfg,
            &lib,
            &rules,
            &["Is it worth switching to cash accounting?"],
            None,
        );
        assert!(t.quote.is_none());
        assert!(t.questions[0].free);
        assert_eq!(t.questions[0].kind, Kind::Research);
        assert!(
            !t.questions[0].answer.contains("offer"),
            "{}",
            t.questions[0].answer
        );
    }

    #[test]
    fn german_phrases_for_a_german_reply() {
        let (cfg, lib, rules) = setup();
        let templates = crate::draft::Templates::built_in();
        let t = triage(
            &[q("Können Sie den Mietvertrag für uns überarbeiten?")],
            None,
            &cfg,
            &lib,
            &crate::learn::Learned::default(),
            &rules,
            None,
            templates.phrases("de"),
            "de",
        );
        let quote = t.quote.expect("work is quoted");
        assert_eq!(quote.hours_text, "1 Stunde");
        assert!(
            t.questions[0].answer.contains("Angebot"),
            "{}",
            t.questions[0].answer
        );
    }

    #[test]
    fn formatting() {
        assert_eq!(money("$", 1250.0), "$1,250");
        assert_eq!(money("€", 87.5), "€87.50");
    }
}
