//! Words of a question as matching sees them: lower case, without the language's stop words
//! (`[match] stopwords`), stemmed by the language's Snowball stemmer, without accents, and with
//! synonyms (`[match] synonyms` and the firm's `learn.synonyms`) folded into one word.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use crate::lexicon::Lexicon;

/// The stemmer of each language the lexicon reads.
fn algorithm(lang: &str) -> Option<Algorithm> {
    Some(match lang {
        "en" => Algorithm::English,
        "de" => Algorithm::German,
        "fr" => Algorithm::French,
        "es" => Algorithm::Spanish,
        "nl" => Algorithm::Dutch,
        "it" => Algorithm::Italian,
        "pt" => Algorithm::Portuguese,
        _ => return None,
    })
}

#[derive(Debug, Default)]
struct Language {
    stopwords: HashSet<String>,
    algorithm: Option<Algorithm>,
    /// A word's stem (without accents) → the stem of its group's first word.
    synonyms: HashMap<String, String>,
}

/// Turns a question into the words matching compares.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    languages: Arc<HashMap<String, Language>>,
    /// Every language's stop words, for text of no known language.
    any_stopwords: Arc<HashSet<String>>,
}

impl Analyzer {
    /// From the lexicon's `[match]` lists of each language, and the firm's synonym groups
    /// (`"fee, charge, cost"`), which hold in every language.
    pub fn new(lexicon: &Lexicon, firm_synonyms: &[String]) -> Analyzer {
        let mut languages = HashMap::new();
        let mut any = HashSet::new();
        for lang in lexicon.languages() {
            let stop = lexicon.list(&format!("{lang}:match.stopwords"));
            let mut l = Language {
                stopwords: stop.phrases().iter().cloned().collect(),
                algorithm: algorithm(lang),
                synonyms: HashMap::new(),
            };
            any.extend(l.stopwords.iter().cloned());
            let groups = lexicon.list(&format!("{lang}:match.synonyms")).phrases();
            for group in groups.iter().chain(firm_synonyms) {
                l.add_group(group);
            }
            languages.insert(lang.clone(), l);
        }
        Analyzer {
            languages: Arc::new(languages),
            any_stopwords: Arc::new(any),
        }
    }

    /// From the built-in lexicon.
    pub fn built_in(firm_synonyms: &[String]) -> Analyzer {
        Analyzer::new(&Lexicon::built_in(), firm_synonyms)
    }

    /// The words of `text` in `lang` (None: no stemming, every language's stop words).
    pub fn terms(&self, text: &str, lang: Option<&str>) -> Vec<String> {
        let l = lang.and_then(|l| self.languages.get(l));
        let stop = l.map_or(&*self.any_stopwords, |l| &l.stopwords);
        let stemmer = l.and_then(|l| l.algorithm).map(Stemmer::create);
        let mut out = Vec::new();
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            if w.chars().count() < 2 || w.chars().all(|c| c.is_numeric()) {
                continue;
            }
            let w = w.to_lowercase();
            if stop.contains(&w) {
                continue;
            }
            let stem = match &stemmer {
                Some(s) => fold(&s.stem(&w)),
                None => fold(&w),
            };
            let stem = l
                .and_then(|l| l.synonyms.get(&stem))
                .cloned()
                .unwrap_or(stem);
            out.push(stem);
        }
        out
    }
}

impl Language {
    /// One group of synonyms, "fee, charge, cost": each word's stem maps to the first's.
    fn add_group(&mut self, group: &str) {
        let stemmer = self.algorithm.map(Stemmer::create);
        let stem = |w: &str| match &stemmer {
            Some(s) => fold(&s.stem(w)),
            None => fold(w),
        };
        let words: Vec<String> = group
            .split(',')
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty() && !w.contains(' '))
            .collect();
        let Some(first) = words.first() else {
            return;
        };
        // A word already in a group keeps it: groups that share a word become one.
        let canonical = words
            .iter()
            .find_map(|w| self.synonyms.get(&stem(w)).cloned())
            .unwrap_or_else(|| stem(first));
        for w in &words {
            self.synonyms.insert(stem(w), canonical.clone());
        }
    }
}

/// Without accents: "gebühr" and "gebuhr" are one word.
fn fold(w: &str) -> String {
    w.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_folds_and_drops_small_words() {
        let a = Analyzer::built_in(&[]);
        assert_eq!(
            a.terms("What are your charges for filing returns?", Some("en")),
            a.terms("what is the fee for filing a return", Some("en"))
        );
        let t = a.terms("Wie hoch sind Ihre Gebühren für 2025?", Some("de"));
        assert!(!t.iter().any(|w| w == "2025" || w == "ihre"), "{t:?}");
        assert!(t.contains(&"wie".to_string()), "question words stay: {t:?}");
    }

    #[test]
    fn the_firms_synonyms_hold() {
        let plain = Analyzer::built_in(&[]);
        let firm = Analyzer::built_in(&["bookkeeping, books, ledger".to_string()]);
        assert_ne!(
            plain.terms("ledger", Some("en")),
            plain.terms("bookkeeping", Some("en"))
        );
        assert_eq!(
            firm.terms("ledger", Some("en")),
            firm.terms("bookkeeping", Some("en"))
        );
    }
}
