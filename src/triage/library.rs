//! The firm's answer library: questions it answers often, matched to a client's question by
//! BM25 over the library's example questions.
//!
//! The score shown is BM25's; the similarity (0 to 1) that the threshold applies to is that
//! score divided by the score the question would get against itself, i.e. the share of the
//! question's weighted words that the library entry covers.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Category;

/// BM25 parameters (the usual ones).
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Errors while loading the library.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// The file cannot be read.
    #[error("cannot read the answer library {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML or has unknown keys.
    #[error("cannot parse the answer library {path}")]
    Parse {
        path: String,
        #[source]
        source: toml::de::Error,
    },
    /// An entry is incomplete.
    #[error("answer library {path}: entry `{id}`: {message}")]
    Invalid {
        path: String,
        id: String,
        message: String,
    },
}

/// The file's shape.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile {
    #[serde(default)]
    answer: Vec<Entry>,
}

/// One library entry.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// A short stable name, shown with the suggestion ("provisional-tax").
    pub id: String,
    /// Ways clients ask this question.
    pub questions: Vec<String>,
    /// The answer, as it goes into the reply.
    pub answer: String,
    /// Minutes it takes to give this answer.
    pub minutes: u32,
    /// The category; `answer` when left out.
    #[serde(default = "default_category")]
    pub category: Category,
    /// The answer in other languages, by code (`de = "..."`), for replies written in them.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub translations: std::collections::BTreeMap<String, String>,
}

impl Entry {
    /// The answer in a language: its translation when there is one, else `answer`.
    pub fn answer_in(&self, lang: &str) -> &str {
        self.translations
            .get(lang)
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(&self.answer)
    }
}

fn default_category() -> Category {
    Category::Answer
}

/// A library entry that matched a question.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct LibraryMatch {
    /// The entry's id.
    pub id: String,
    /// 0 to 1: the share of the question's weighted words the entry covers.
    pub similarity: f64,
    /// The raw BM25 score.
    pub score: f64,
}

/// The loaded library with its index.
#[derive(Debug, Clone, Default)]
pub struct Library {
    entries: Vec<Entry>,
    /// Token ids of each example question, and the entry it belongs to.
    docs: Vec<(Vec<u32>, usize)>,
    vocab: HashMap<String, u32>,
    df: Vec<u32>,
    avg_len: f64,
    /// The TOML text it was read from.
    source: String,
}

impl Library {
    /// Reads a library file.
    pub fn load(path: &Path) -> Result<Library, LibraryError> {
        let text = std::fs::read_to_string(path).map_err(|source| LibraryError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Library::parse(&text, &path.display().to_string())
    }

    /// Parses library text; `name` is used in error messages.
    pub fn parse(text: &str, name: &str) -> Result<Library, LibraryError> {
        let file: LibraryFile = toml::from_str(text).map_err(|source| LibraryError::Parse {
            path: name.to_string(),
            source,
        })?;
        let mut seen = std::collections::HashSet::new();
        for e in &file.answer {
            let bad = |message: &str| LibraryError::Invalid {
                path: name.to_string(),
                id: e.id.clone(),
                message: message.to_string(),
            };
            if e.id.trim().is_empty() {
                return Err(bad("`id` must not be empty"));
            }
            if !seen.insert(e.id.clone()) {
                return Err(bad("the id is used twice"));
            }
            if e.questions.iter().all(|q| tokens(q).is_empty()) {
                return Err(bad("`questions` needs at least one example question"));
            }
            if e.answer.trim().is_empty() {
                return Err(bad("`answer` must not be empty"));
            }
        }
        let mut lib = Library::build(file.answer);
        lib.source = text.to_string();
        Ok(lib)
    }

    /// The TOML text the library was read from.
    pub fn source(&self) -> &str {
        &self.source
    }

    fn build(entries: Vec<Entry>) -> Library {
        let mut lib = Library {
            entries,
            ..Library::default()
        };
        for (k, e) in lib.entries.iter().enumerate() {
            for q in &e.questions {
                let ids: Vec<u32> = tokens(q)
                    .into_iter()
                    .map(|t| {
                        let next = lib.vocab.len() as u32;
                        *lib.vocab.entry(t).or_insert(next)
                    })
                    .collect();
                if !ids.is_empty() {
                    lib.docs.push((ids, k));
                }
            }
        }
        lib.df = vec![0; lib.vocab.len()];
        for (ids, _) in &lib.docs {
            let mut uniq = ids.clone();
            uniq.sort_unstable();
            uniq.dedup();
            for id in uniq {
                lib.df[id as usize] += 1;
            }
        }
        let total: usize = lib.docs.iter().map(|(d, _)| d.len()).sum();
        lib.avg_len = if lib.docs.is_empty() {
            1.0
        } else {
            total as f64 / lib.docs.len() as f64
        };
        lib
    }

    /// The entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// An entry by id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    fn idf(&self, df: u32) -> f64 {
        let n = self.docs.len() as f64;
        let df = f64::from(df);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The best entry for a question, whatever its similarity.
    pub fn best(&self, question: &str) -> Option<(&Entry, LibraryMatch)> {
        let q = tokens(question);
        if q.is_empty() || self.docs.is_empty() {
            return None;
        }
        // Query terms with their counts; unknown words count against the similarity.
        let mut q_tf: HashMap<&str, u32> = HashMap::new();
        for t in &q {
            *q_tf.entry(t.as_str()).or_default() += 1;
        }
        let q_len = q.len() as f64;
        let self_score: f64 = q_tf
            .iter()
            .map(|(t, &tf)| {
                let df = self.vocab.get(*t).map_or(0, |&id| self.df[id as usize]);
                let tf = f64::from(tf);
                self.idf(df) * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * q_len / self.avg_len))
            })
            .sum();
        let q_ids: Vec<(u32, f64)> = q_tf
            .keys()
            .filter_map(|t| {
                self.vocab
                    .get(*t)
                    .map(|&id| (id, self.idf(self.df[id as usize])))
            })
            .collect();
        let mut best: Option<(usize, f64)> = None;
        for (ids, entry) in &self.docs {
            let dl = ids.len() as f64;
            let mut score = 0.0;
            for &(id, idf) in &q_ids {
                let tf = ids.iter().filter(|&&x| x == id).count() as f64;
                if tf > 0.0 {
                    score += idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * dl / self.avg_len));
                }
            }
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((*entry, score));
            }
        }
        let (entry, score) = best?;
        if score <= 0.0 {
            return None;
        }
        let similarity = if self_score > 0.0 {
            (score / self_score).min(1.0)
        } else {
            0.0
        };
        let e = &self.entries[entry];
        Some((
            e,
            LibraryMatch {
                id: e.id.clone(),
                similarity: (similarity * 1000.0).round() / 1000.0,
                score: (score * 1000.0).round() / 1000.0,
            },
        ))
    }
}

const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "am",
    "do",
    "does",
    "did",
    "can",
    "could",
    "would",
    "should",
    "will",
    "shall",
    "may",
    "might",
    "must",
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "which",
    "who",
    "whom",
    "how",
    "when",
    "where",
    "why",
    "have",
    "has",
    "had",
    "so",
    "just",
    "also",
    "please",
    "any",
    "some",
    "about",
    "into",
    "than",
    "then",
    "them",
    "they",
    "their",
    "he",
    "she",
    "his",
    "her",
    "not",
    "no",
    "yes",
    "hi",
    "hello",
    "thanks",
    "thank",
    "know",
    "let",
    "tell",
    "wondering",
    "whether",
    "need",
    "like",
    "want",
    "get",
    "im",
    "ive",
    "id",
    "dont",
    "quick",
    "question",
];

/// Lower-cased words without stop words, lightly stemmed ("receipts" → "receipt").
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').replace('\'', "").to_lowercase())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

fn stem(w: &str) -> String {
    let len = w.chars().count();
    if len <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    let mut s = w.to_string();
    if let Some(base) = s.strip_suffix("ies") {
        s = format!("{base}y");
    } else if ["sses", "xes", "zes", "ches", "shes"]
        .iter()
        .any(|x| s.ends_with(x))
    {
        s.truncate(s.len() - 2);
    } else if s.ends_with('s') && !["ss", "us", "is"].iter().any(|x| s.ends_with(x)) {
        s.pop();
    }
    if s.len() >= 6 && s.ends_with("ing") {
        s.truncate(s.len() - 3);
    } else if s.len() >= 5 && s.ends_with("ed") {
        s.truncate(s.len() - 2);
    }
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIB: &str = r#"
[[answer]]
id = "receipts"
questions = ["When do I need to send you my receipts?", "What is the deadline for receipts?"]
answer = "By the 10th of the following month."
minutes = 1

[[answer]]
id = "provisional-tax"
questions = ["Do I need to pay provisional tax?", "Am I liable for provisional tax this year?"]
answer = "Yes, if your last tax bill was over $5,000."
minutes = 3
"#;

    #[test]
    fn matches_the_right_entry() {
        let lib = Library::parse(LIB, "test").expect("parses");
        let (e, m) = lib
            .best("When do I need to send you the receipts for October?")
            .expect("a match");
        assert_eq!(e.id, "receipts");
        assert!(m.similarity > 0.5, "{m:?}");
        let (e, _) = lib
            .best("do i have to pay provisional tax")
            .expect("a match");
        assert_eq!(e.id, "provisional-tax");
    }

    #[test]
    fn unrelated_question_scores_low() {
        let lib = Library::parse(LIB, "test").expect("parses");
        let low = lib
            .best("Can you redesign our homepage banner?")
            .map_or(0.0, |(_, m)| m.similarity);
        assert!(low < 0.2, "{low}");
    }

    #[test]
    fn bad_entries_are_named() {
        let err = Library::parse(
            "[[answer]]\nid = \"x\"\nquestions = []\nanswer = \"a\"\nminutes = 1\n",
            "lib.toml",
        )
        .expect_err("no questions");
        assert!(err.to_string().contains("`x`"), "{err}");
        let err = Library::parse("[[answer]]\nid = \"x\"\nqestions = []\n", "lib.toml")
            .expect_err("typo");
        assert!(format!("{:#}", anyhow::Error::from(err)).contains("qestions"));
    }

    #[test]
    fn stemming() {
        assert_eq!(
            tokens("Receipts, invoices & filing!"),
            vec!["receipt", "invoic", "fil"]
        );
    }
}
