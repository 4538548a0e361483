//! Answers the firm gave before: every answer a manager approves is kept with its question (and
//! `fiveminute learn --from-sent` reads the firm's past replies into the same store); a later
//! question like one of them gets that answer as a suggestion, with who gave it, to whom, when,
//! and how similar the questions are.
//!
//! Input: the stored [`LearnedAnswer`]s and the lexicon's `[match]` lists (stop words and
//! synonyms per language) with the firm's own synonyms (`learn.synonyms`). Output: the best
//! earlier answer for a question, when its similarity reaches `learn.threshold`. No I/O: the
//! worker reloads the index from the store when answers were added.
//!
//! Similarity is the cosine of the two questions' word sets, each word weighted by how rare it is
//! among the learned questions (idf), after stop words are left out, words are stemmed in the
//! question's language (Snowball) and synonyms are folded into one word. Words that ask *where*,
//! *when* or *how much* are not stop words: they tell "Where is your office?" from "When is your
//! office open?".

pub mod analyze;
pub mod harvest;
pub mod sent;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use analyze::Analyzer;

use crate::triage::{Category, Kind};

/// An answer given before, as stored.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LearnedAnswer {
    /// Row id.
    pub id: i64,
    /// The client's question.
    pub question: String,
    /// The sentence before it in the client's email, which a short question leans on ("We
    /// bought a flat in Spain. Is that taxed?").
    #[serde(default)]
    pub context: Option<String>,
    /// The firm's answer, as it went to the client.
    pub answer: String,
    /// The kind of quick answer it was.
    pub kind: Kind,
    /// Its category.
    pub category: Category,
    /// Its minutes.
    pub minutes: u32,
    /// The reply's language.
    pub language: Option<String>,
    /// The client it was given to (name, else address).
    pub client: Option<String>,
    /// Who gave it: the approver's name or the sender of a past reply.
    pub answered_by: String,
    /// When (epoch ms).
    pub answered_at: i64,
    /// `approved` or `sent`.
    pub source: String,
    /// `active`, `promoted` (a library entry now) or `dismissed` (not proposed again).
    pub state: String,
}

/// A suggestion from an answer given before, as a question's source shows it: "answered before
/// for Alice Moreau, 12 Nov 2026, by Mia".
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Suggestion {
    /// The learned answer's row id.
    pub id: i64,
    /// 0 to 1: the cosine of the two questions' weighted words.
    pub similarity: f64,
    /// The question it answered.
    pub question: String,
    /// The client it was given to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    /// When, as "12 Nov 2026".
    pub date: String,
    /// Who gave it.
    pub by: String,
}

impl Suggestion {
    /// "answered before for Alice Moreau, 12 Nov 2026, by Mia (similarity 0.82)".
    pub fn describe(&self) -> String {
        let client = self
            .client
            .as_deref()
            .map(|c| format!(" for {c}"))
            .unwrap_or_default();
        format!(
            "answered before{client}, {}, by {} (similarity {:.2})",
            self.date, self.by, self.similarity
        )
    }
}

/// How much a word counts when it is in the question itself, in the sentence before it, or
/// only in the firm's answer. Answer words add evidence but do not lengthen the question: a
/// client who asks "Is the CHF 380 fee per person?" shares words with the answer, not always
/// with the question answered before.
const IN_QUESTION: f64 = 1.0;
const IN_CONTEXT: f64 = 0.6;
const IN_ANSWER: f64 = 0.35;

/// An answer given before to a question somewhat like this one, below the bar for suggesting
/// it: the draft page shows it for a person to use with one click, and nothing is filled in.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Earlier {
    /// Who, when, how similar.
    #[serde(flatten)]
    pub suggestion: Suggestion,
    /// The answer given then.
    pub answer: String,
}

/// The learned answers with their index, ready to match questions.
#[derive(Debug, Clone, Default)]
pub struct Learned {
    analyzer: Analyzer,
    threshold: f64,
    answers: Vec<LearnedAnswer>,
    /// Term ids of each answer with where they were found (the highest of the weights above).
    docs: Vec<Vec<(u32, f64)>>,
    /// Which answers hold each term.
    postings: Vec<Vec<u32>>,
    vocab: HashMap<String, u32>,
    /// The weighted length of each document's question and context.
    norms: Vec<f64>,
    /// Terms by their first five letters, to find a word's close relatives.
    prefixes: HashMap<String, Vec<u32>>,
    /// Each term id's word.
    names: Vec<String>,
    /// Each answer's words ([`normalise`]): one suggestion per distinct answer.
    keys: Vec<String>,
}

/// How much a word counts when it only matches a relative: one starting the same way
/// ("inspection", "inspected" where the stemmer differs), or a part of a compound
/// ("Mehrwertsteuerabrechnung" and "Abrechnung").
const RELATIVE: f64 = 0.6;

fn head(t: &str, n: usize) -> Option<String> {
    (t.chars().count() >= n).then(|| t.chars().take(n).collect())
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

impl Learned {
    /// Indexes `answers` (dismissed ones too: dismissing a proposal does not unlearn the answer)
    /// with `analyzer`; a suggestion needs `threshold` similarity.
    pub fn new(analyzer: Analyzer, threshold: f64, answers: Vec<LearnedAnswer>) -> Learned {
        let mut l = Learned {
            analyzer,
            threshold,
            ..Learned::default()
        };
        for a in &answers {
            let lang = a.language.as_deref();
            let mut weights: HashMap<u32, f64> = HashMap::new();
            for (text, w) in [
                (a.question.as_str(), IN_QUESTION),
                (a.context.as_deref().unwrap_or(""), IN_CONTEXT),
                (a.answer.as_str(), IN_ANSWER),
            ] {
                for t in l.analyzer.terms(text, lang) {
                    let next = l.vocab.len() as u32;
                    let id = *l.vocab.entry(t).or_insert(next);
                    let e = weights.entry(id).or_insert(0.0);
                    *e = e.max(w);
                }
            }
            let mut doc: Vec<(u32, f64)> = weights.into_iter().collect();
            doc.sort_unstable_by_key(|&(t, _)| t);
            l.docs.push(doc);
        }
        l.postings = vec![Vec::new(); l.vocab.len()];
        for (d, doc) in l.docs.iter().enumerate() {
            for &(t, _) in doc {
                l.postings[t as usize].push(d as u32);
            }
        }
        l.norms = l
            .docs
            .iter()
            .map(|doc| {
                doc.iter()
                    .filter(|&&(_, w)| w > IN_ANSWER)
                    .map(|&(t, w)| (w * l.idf(l.postings[t as usize].len())).powi(2))
                    .sum::<f64>()
                    .sqrt()
            })
            .collect();
        l.names = vec![String::new(); l.vocab.len()];
        for (t, &id) in &l.vocab {
            l.names[id as usize] = t.clone();
            if let Some(h) = head(t, 5) {
                l.prefixes.entry(h).or_default().push(id);
            }
        }
        l.keys = answers.iter().map(|a| normalise(&a.answer)).collect();
        l.answers = answers;
        l
    }

    /// A known word close to `t`, which is not known itself: one of the same start (one is the
    /// other's beginning, or they share six letters), else the longest known word that ends or
    /// starts a compound `t`.
    fn relative(&self, t: &str) -> Option<u32> {
        let len = t.chars().count();
        if let Some(h) = head(t, 5)
            && let Some(ids) = self.prefixes.get(&h)
        {
            let vocab: Vec<(&String, u32)> = ids
                .iter()
                .map(|&id| (&self.names[id as usize], id))
                .collect();
            if let Some((_, id)) = vocab
                .iter()
                .filter(|(v, _)| {
                    let c = common_prefix(v, t);
                    c >= 6 || c == v.chars().count() || c == len
                })
                .max_by_key(|(v, _)| common_prefix(v, t))
            {
                return Some(*id);
            }
        }
        if len >= 9 {
            let chars: Vec<char> = t.chars().collect();
            let mut best: Option<(usize, u32)> = None;
            for k in 4..=len - 5 {
                for part in [
                    chars[k..].iter().collect::<String>(),
                    chars[..len - k].iter().collect::<String>(),
                ] {
                    if let Some(&id) = self.vocab.get(&part) {
                        let n = part.chars().count();
                        if best.is_none_or(|(b, _)| n > b) {
                            best = Some((n, id));
                        }
                    }
                }
            }
            return best.map(|(_, id)| id);
        }
        None
    }

    /// The number of answers learned.
    pub fn len(&self) -> usize {
        self.answers.len()
    }

    /// True when nothing has been learned.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// The similarity a suggestion needs.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    fn idf(&self, df: usize) -> f64 {
        let n = self.docs.len() as f64;
        // An unknown word (df 0) weighs as much as one seen in half a question: it counts
        // against the match, as the question asks about something the other does not.
        (1.0 + n / (df as f64).max(0.5)).ln()
    }

    /// The earlier answer most like `question` (in `lang`, the reply's language), whatever its
    /// similarity; answers in another language are not compared.
    pub fn best(&self, question: &str, lang: Option<&str>) -> Option<(&LearnedAnswer, Suggestion)> {
        self.ranked(question, lang).into_iter().next()
    }

    /// The earlier answers most like `question`, most similar first, one per distinct answer.
    pub fn ranked(&self, question: &str, lang: Option<&str>) -> Vec<(&LearnedAnswer, Suggestion)> {
        if self.answers.is_empty() {
            return Vec::new();
        }
        let mut terms = self.analyzer.terms(question, lang);
        terms.sort_unstable();
        terms.dedup();
        if terms.is_empty() {
            return Vec::new();
        }
        let mut q_norm = 0.0;
        let mut dots: HashMap<u32, f64> = HashMap::new();
        for t in &terms {
            let (id, factor) = match self.vocab.get(t) {
                Some(&id) => (id, 1.0),
                None => match self.relative(t) {
                    Some(id) => (id, RELATIVE),
                    None => {
                        let w = self.idf(0);
                        q_norm += w * w;
                        continue;
                    }
                },
            };
            let post = &self.postings[id as usize];
            let w = self.idf(post.len());
            q_norm += w * w;
            for &d in post {
                let doc = &self.docs[d as usize];
                let dw = doc
                    .binary_search_by_key(&id, |&(t, _)| t)
                    .map_or(0.0, |k| doc[k].1);
                *dots.entry(d).or_default() += w * w * dw * factor;
            }
        }
        let q_norm = q_norm.sqrt();
        let same_language = |a: &LearnedAnswer| match (lang, a.language.as_deref()) {
            (Some(l), Some(m)) => l == m,
            _ => true,
        };
        let mut scored: Vec<(usize, f64)> = dots
            .into_iter()
            .filter(|(d, _)| same_language(&self.answers[*d as usize]))
            .map(|(d, dot)| {
                (
                    d as usize,
                    dot / (q_norm * self.norms[d as usize]).max(1e-9),
                )
            })
            .collect();
        // Most similar first; among equals the latest answer.
        scored.sort_by(|a, b| {
            b.1.partial_cmp(&a.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(b.0.cmp(&a.0))
        });
        let mut seen = std::collections::HashSet::new();
        scored
            .into_iter()
            .filter(|(d, _)| seen.insert(self.keys[*d].as_str()))
            .take(5)
            .map(|(d, sim)| {
                let a = &self.answers[d];
                (
                    a,
                    Suggestion {
                        id: a.id,
                        similarity: (sim.min(1.0) * 1000.0).round() / 1000.0,
                        question: a.question.clone(),
                        client: a.client.clone(),
                        date: day(a.answered_at),
                        by: a.answered_by.clone(),
                    },
                )
            })
            .collect()
    }

    /// The best earlier answer when it reaches the threshold.
    pub fn suggest(
        &self,
        question: &str,
        lang: Option<&str>,
    ) -> Option<(&LearnedAnswer, Suggestion)> {
        self.best(question, lang)
            .filter(|(_, s)| s.similarity >= self.threshold)
    }

    /// The answers given most often, as proposed library entries (see [`proposals`]).
    pub fn proposals(&self, min_count: usize) -> Vec<Proposal> {
        proposals(&self.answers, min_count)
    }
}

/// The answers given most often (at least `min_count` times, not yet promoted or dismissed), as
/// proposed library entries: the answer with every question it answered, most given first.
pub fn proposals(answers: &[LearnedAnswer], min_count: usize) -> Vec<Proposal> {
    group(answers.iter().filter(|a| a.state == "active"), min_count)
}

/// Written answers grouped by their words and language, each group given at least `min_count`
/// times, most given first.
pub fn group<'a>(
    answers: impl Iterator<Item = &'a LearnedAnswer>,
    min_count: usize,
) -> Vec<Proposal> {
    let mut groups: Vec<Proposal> = Vec::new();
    let mut by_answer: HashMap<String, usize> = HashMap::new();
    for a in answers {
        let key = format!(
            "{}\u{1}{}",
            a.language.as_deref().unwrap_or(""),
            normalise(&a.answer)
        );
        let g = *by_answer.entry(key).or_insert_with(|| {
            groups.push(Proposal {
                answer: a.answer.clone(),
                language: a.language.clone(),
                kind: a.kind,
                category: a.category,
                minutes: a.minutes,
                questions: Vec::new(),
                ids: Vec::new(),
                last: 0,
            });
            groups.len() - 1
        });
        let p = &mut groups[g];
        if !p.questions.contains(&a.question) {
            p.questions.push(a.question.clone());
        }
        p.ids.push(a.id);
        p.last = p.last.max(a.answered_at);
    }
    groups.retain(|p| p.ids.len() >= min_count && p.kind == Kind::Written);
    groups.sort_by(|a, b| b.ids.len().cmp(&a.ids.len()).then(b.last.cmp(&a.last)));
    groups
}

/// An answer given several times, proposed as a library entry.
#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    /// The answer.
    pub answer: String,
    /// Its language.
    pub language: Option<String>,
    /// Its kind.
    pub kind: Kind,
    /// Its category.
    pub category: Category,
    /// Its minutes.
    pub minutes: u32,
    /// The questions it answered.
    pub questions: Vec<String>,
    /// The learned answers it groups.
    pub ids: Vec<i64>,
    /// When it was last given (epoch ms).
    pub last: i64,
}

impl Proposal {
    /// The entry as it goes into the answer library file (`answers.toml`).
    pub fn to_toml(&self, id: &str) -> String {
        #[derive(Serialize)]
        struct File<'a> {
            answer: Vec<Entry<'a>>,
        }
        #[derive(Serialize)]
        struct Entry<'a> {
            id: &'a str,
            questions: &'a [String],
            answer: &'a str,
            minutes: u32,
            category: &'a str,
        }
        toml::to_string(&File {
            answer: vec![Entry {
                id,
                questions: &self.questions,
                answer: &self.answer,
                minutes: self.minutes,
                category: self.category.as_str(),
            }],
        })
        .unwrap_or_default()
    }
}

/// The answers of an approved draft to remember (`analysis` is its stored preview): every
/// question answered by a person or a quick kind, with who approved it. Library answers are the
/// library's already; a stub is never an answer.
pub fn from_approved(
    analysis: &str,
    message_id: i64,
    by: &str,
    at: i64,
) -> Vec<crate::store::NewLearned> {
    let Ok(preview) = serde_json::from_str::<crate::pipeline::Preview>(analysis) else {
        return Vec::new();
    };
    let from = preview.message.from.as_ref();
    let language = preview
        .draft
        .as_ref()
        .map(|d| d.language.clone())
        .or(preview.language.clone());
    preview
        .questions
        .iter()
        .filter(|q| {
            !q.needs_answer
                && q.kind != Kind::Open
                && !q.answer.trim().is_empty()
                && !matches!(q.source, crate::triage::AnswerSource::Library(_))
        })
        .map(|q| crate::store::NewLearned {
            question: q.text.trim().to_string(),
            context: context_of(&preview.new_text, &q.text),
            answer: q.answer.trim().to_string(),
            kind: q.kind,
            category: q.category,
            minutes: q.minutes,
            language: language.clone(),
            client_name: from.and_then(|f| f.name.clone()),
            client_address: from.map(|f| f.address.clone()),
            answered_by: by.to_string(),
            answered_at: at,
            message_id: Some(message_id),
            source: "approved",
            source_key: format!("message:{message_id}"),
        })
        .collect()
}

/// The sentence before `question` in the client's `text` (same paragraph, not itself a
/// question), which a short question often leans on: "We bought a flat in Spain. Is that taxed?"
pub fn context_of(text: &str, question: &str) -> Option<String> {
    let head: String = question.trim().chars().take(30).collect();
    if head.is_empty() {
        return None;
    }
    let pos = text
        .find(&head)
        .or_else(|| text.to_lowercase().find(&head.to_lowercase()))?;
    let before = text.get(..pos)?;
    let para = before.rsplit("\n\n").next().unwrap_or(before);
    let last = crate::split::sentences(para)
        .into_iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .rfind(|s| !s.is_empty())?;
    if last.ends_with('?')
        || last.split_whitespace().count() < 3
        || crate::split::is_greeting_line(&last)
    {
        return None;
    }
    Some(last.chars().take(300).collect())
}

/// Lower case, words only: two answers that differ in spacing or punctuation are one.
pub fn normalise(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// "12 Nov 2026" for an epoch-ms time.
pub fn day(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%-d %b %Y").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(id: i64, lang: &str, q: &str, a: &str) -> LearnedAnswer {
        LearnedAnswer {
            id,
            question: q.into(),
            context: None,
            answer: a.into(),
            kind: Kind::Written,
            category: Category::Answer,
            minutes: 2,
            language: Some(lang.into()),
            client: Some("Alice Moreau".into()),
            answered_by: "Mia".into(),
            answered_at: 1_794_441_600_000,
            source: "approved".into(),
            state: "active".into(),
        }
    }

    fn learned() -> Learned {
        Learned::new(
            Analyzer::built_in(&[]),
            0.5,
            vec![
                answer(
                    1,
                    "en",
                    "What is your fee for a tax return?",
                    "Our fee is $300.",
                ),
                answer(
                    2,
                    "en",
                    "Can I claim my home office?",
                    "Yes, a share of rent.",
                ),
                answer(
                    3,
                    "en",
                    "When is the VAT deadline?",
                    "The 7th of the month.",
                ),
                answer(
                    4,
                    "de",
                    "Welche Unterlagen brauchen Sie für die Steuererklärung?",
                    "Lohnsteuerbescheinigung und Belege.",
                ),
            ],
        )
    }

    #[test]
    fn other_words_find_the_earlier_answer() {
        let l = learned();
        let (a, s) = l
            .suggest(
                "How much do you charge for doing my tax returns?",
                Some("en"),
            )
            .expect("a suggestion");
        assert_eq!(a.id, 1, "{s:?}");
        assert_eq!(s.date, "12 Nov 2026");
        assert!(
            s.describe()
                .contains("for Alice Moreau, 12 Nov 2026, by Mia")
        );
        let (a, _) = l
            .suggest(
                "Was für Dokumente benötigen Sie für meine Steuererklärung?",
                Some("de"),
            )
            .expect("a German suggestion");
        assert_eq!(a.id, 4);
    }

    #[test]
    fn a_near_miss_gets_nothing() {
        let l = learned();
        for q in ["Where is your office?", "What is the late fee for VAT?"] {
            let best = l.best(q, Some("en")).map(|(_, s)| s.similarity);
            assert!(l.suggest(q, Some("en")).is_none(), "{q}: {best:?}");
        }
        // Another language's answers are not compared.
        assert!(
            l.best("What is your fee for a tax return?", Some("de"))
                .is_none()
        );
    }

    #[test]
    fn answers_given_often_are_proposed() {
        let mut answers = vec![
            answer(
                1,
                "en",
                "Are you open on Saturdays?",
                "No, Monday to Friday 9-5.",
            ),
            answer(2, "en", "Open on Saturday?", "No, Monday to Friday 9-5. "),
            answer(
                3,
                "en",
                "Can I claim my home office?",
                "Yes, a share of rent.",
            ),
        ];
        answers[2].state = "dismissed".into();
        let l = Learned::new(Analyzer::built_in(&[]), 0.5, answers);
        let p = l.proposals(2);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].ids, vec![1, 2]);
        assert!(
            p[0].to_toml("saturday").contains("questions = ["),
            "{}",
            p[0].to_toml("x")
        );
    }
}
