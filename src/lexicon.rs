//! Knowledge as data: phrase lists per language and the guard's header knowledge, matched by one
//! engine.
//!
//! The lists live in `lexicon/*.toml` (embedded in the binary at build time) and in any files the
//! configuration adds under `[lexicon] files`; every file has the same shape, and lists of the same
//! name are joined. Each list is compiled once into one Aho-Corasick automaton over lower-cased
//! text, so a text is searched in one pass per list whatever the number of phrases or languages.
//! A phrase matches on word boundaries: "no" is found in "no thanks", not in "know".

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

/// The lexicon files built into the binary, by name.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("lexicon/guard.toml", include_str!("../lexicon/guard.toml")),
    ("lexicon/en.toml", include_str!("../lexicon/en.toml")),
    ("lexicon/de.toml", include_str!("../lexicon/de.toml")),
    ("lexicon/fr.toml", include_str!("../lexicon/fr.toml")),
    ("lexicon/es.toml", include_str!("../lexicon/es.toml")),
    ("lexicon/nl.toml", include_str!("../lexicon/nl.toml")),
    ("lexicon/it.toml", include_str!("../lexicon/it.toml")),
    ("lexicon/pt.toml", include_str!("../lexicon/pt.toml")),
];

/// Why a lexicon file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The file could not be read.
    #[error("cannot read the lexicon file {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid TOML of the lexicon's shape.
    #[error("the lexicon file {path} is not valid: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// The parser's words, with the line.
        message: String,
    },
    /// A list could not be compiled.
    #[error("the lexicon list {list} cannot be compiled: {message}")]
    Compile {
        /// The list's name.
        list: String,
        /// Why.
        message: String,
    },
}

/// One file: an optional language code and named lists in sections (`[guard] bounce_subject`),
/// named `section.list` once loaded.
#[derive(Debug, Deserialize)]
struct File {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    weights: BTreeMap<String, i32>,
    #[serde(flatten)]
    sections: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// A compiled list of phrases.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    phrases: Vec<String>,
    /// Per phrase: it ends in `*` ("renonc*") and matches any word that starts so.
    word_prefix: Vec<bool>,
    automaton: Option<AhoCorasick>,
    /// Phrases with a gap ("laten * zitten"): the words before the `*`, those after, and the
    /// phrase as written. The second part must follow within [`GAP_BYTES`].
    gapped: Vec<(String, String, String)>,
}

/// How far apart the two parts of a phrase with a gap may be: a few words.
const GAP_BYTES: usize = 40;

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl PhraseSet {
    /// Compiles phrases (lower-cased; empty ones dropped).
    pub fn new(phrases: Vec<String>) -> Result<PhraseSet, String> {
        let mut phrases: Vec<String> = phrases
            .into_iter()
            .map(|p| p.trim().to_lowercase())
            .filter(|p| !p.is_empty())
            .collect();
        phrases.sort();
        phrases.dedup();
        let (gaps, phrases): (Vec<String>, Vec<String>) =
            phrases.into_iter().partition(|p| p.contains(" * "));
        let gapped = gaps
            .into_iter()
            .map(|p| {
                let (a, b) = p.split_once(" * ").expect("partitioned on the gap");
                (a.trim().to_string(), b.trim().to_string(), p.clone())
            })
            .collect();
        let word_prefix: Vec<bool> = phrases.iter().map(|p| is_word_prefix(p)).collect();
        let patterns: Vec<&str> = phrases.iter().map(|p| strip_star(p)).collect();
        let automaton = if phrases.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .map_err(|e| e.to_string())?,
            )
        };
        Ok(PhraseSet {
            phrases,
            word_prefix,
            automaton,
            gapped,
        })
    }

    /// The phrases without a gap, lower-cased and sorted.
    pub fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// The number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len() + self.gapped.len()
    }

    /// Matches of the phrases with a gap, as (start, end, phrase).
    fn gapped_matches<'a>(&'a self, lower: &str) -> Vec<(usize, usize, &'a str)> {
        let mut out = Vec::new();
        for (a, b, phrase) in &self.gapped {
            for (s, _) in lower.match_indices(a.as_str()) {
                let e = s + a.len();
                if !on_word_boundaries(lower, s, e, a) {
                    continue;
                }
                let mut stop = (e + GAP_BYTES + b.len()).min(lower.len());
                while !lower.is_char_boundary(stop) {
                    stop -= 1;
                }
                let part = strip_star(b);
                let found = lower[e..stop].match_indices(part).find_map(|(k, _)| {
                    word_hit(lower, e + k, e + k + part.len(), b, is_word_prefix(b))
                });
                if let Some((_, end)) = found {
                    out.push((s, end, phrase.as_str()));
                    break;
                }
            }
        }
        out
    }

    /// True when the list has no phrase.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty() && self.gapped.is_empty()
    }

    /// Every match in `lower` (text already lower-cased), on word boundaries, as
    /// (start, end, phrase); overlapping matches are all given, leftmost first.
    pub fn matches<'a>(&'a self, lower: &str) -> Vec<(usize, usize, &'a str)> {
        let mut out: Vec<(usize, usize, &str)> = self
            .automaton
            .iter()
            .flat_map(|ac| ac.find_overlapping_iter(lower))
            .filter_map(|m| {
                let k = m.pattern().as_usize();
                let phrase = self.phrases[k].as_str();
                word_hit(lower, m.start(), m.end(), phrase, self.word_prefix[k])
                    .map(|(s, e)| (s, e, phrase))
            })
            .collect();
        out.extend(self.gapped_matches(lower));
        out.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        out
    }

    /// The first (leftmost, then longest) phrase found in `text`, which is lower-cased here.
    pub fn find(&self, text: &str) -> Option<&str> {
        let lower = text.to_lowercase();
        self.matches(&lower).first().map(|&(_, _, p)| p)
    }

    /// True when any phrase is found in `text` (stops at the first one on word boundaries).
    pub fn is_match(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        let plain = self.automaton.as_ref().is_some_and(|ac| {
            ac.find_overlapping_iter(&lower).any(|m| {
                let k = m.pattern().as_usize();
                let phrase = self.phrases[k].as_str();
                word_hit(&lower, m.start(), m.end(), phrase, self.word_prefix[k]).is_some()
            })
        });
        plain || !self.gapped_matches(&lower).is_empty()
    }

    /// The phrase `text` starts with (after leading white space), if any.
    pub fn prefix(&self, text: &str) -> Option<&str> {
        let lower = text.trim_start().to_lowercase();
        self.matches(&lower)
            .into_iter()
            .find(|&(s, _, _)| s == 0)
            .map(|(_, _, p)| p)
    }

    /// True when `text`, trimmed and lower-cased, is exactly one of the phrases.
    pub fn contains_exactly(&self, text: &str) -> bool {
        let lower = text.trim().to_lowercase();
        self.phrases.binary_search(&lower).is_ok()
    }
}

/// A phrase that ends in `*` right after a letter ("renonc*") matches any word starting so.
fn is_word_prefix(phrase: &str) -> bool {
    phrase
        .strip_suffix('*')
        .is_some_and(|p| p.chars().next_back().is_some_and(is_word))
}

/// The phrase as searched: without the `*` of a word prefix.
fn strip_star(phrase: &str) -> &str {
    if is_word_prefix(phrase) {
        &phrase[..phrase.len() - 1]
    } else {
        phrase
    }
}

/// Where a phrase found at `s..e` matches, if it stands on word boundaries; a word prefix's
/// match runs on to the end of its word.
fn word_hit(lower: &str, s: usize, e: usize, phrase: &str, prefix: bool) -> Option<(usize, usize)> {
    if !prefix {
        return on_word_boundaries(lower, s, e, phrase).then_some((s, e));
    }
    let starts_word = phrase.chars().next().is_some_and(is_word);
    if starts_word && lower[..s].chars().next_back().is_some_and(is_word) {
        return None;
    }
    let rest = lower[e..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(lower.len(), |(k, _)| e + k);
    Some((s, rest))
}

/// A phrase found at `s..e` stands on word boundaries where it starts or ends with a letter.
fn on_word_boundaries(lower: &str, s: usize, e: usize, phrase: &str) -> bool {
    let starts_word = phrase.chars().next().is_some_and(is_word);
    let ends_word = phrase.chars().last().is_some_and(is_word);
    let before_ok = !starts_word || lower[..s].chars().next_back().is_none_or(|c| !is_word(c));
    let after_ok = !ends_word || lower[e..].chars().next().is_none_or(|c| !is_word(c));
    before_ok && after_ok
}

/// Every list, compiled, and the weights the guard reads.
#[derive(Debug, Clone)]
pub struct Lexicon {
    lists: BTreeMap<String, PhraseSet>,
    weights: BTreeMap<String, i32>,
    languages: Vec<String>,
    empty: PhraseSet,
}

impl Lexicon {
    /// The built-in lexicon joined with the files named (ops' additions).
    pub fn load(extra: &[impl AsRef<Path>]) -> Result<Lexicon, LexiconError> {
        let mut texts: Vec<(String, String)> = BUILT_IN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        for p in extra {
            let p = p.as_ref();
            let text = std::fs::read_to_string(p).map_err(|source| LexiconError::Read {
                path: p.display().to_string(),
                source,
            })?;
            texts.push((p.display().to_string(), text));
        }
        Lexicon::from_texts(&texts)
    }

    /// Compiles lexicon files given as (name, TOML text).
    pub fn from_texts(texts: &[(String, String)]) -> Result<Lexicon, LexiconError> {
        let mut raw: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut weights = BTreeMap::new();
        let mut languages = Vec::new();
        for (name, text) in texts {
            let file: File = toml::from_str(text).map_err(|e| LexiconError::Invalid {
                path: name.clone(),
                message: e.to_string(),
            })?;
            if let Some(l) = &file.language {
                languages.push(l.clone());
            }
            weights.extend(file.weights);
            for (section, lists) in file.sections {
                for (list, phrases) in lists {
                    // Each language's own list too ("de:split.whether"), for words that mean
                    // one thing in one language and another elsewhere (Dutch "of").
                    if let Some(l) = &file.language {
                        raw.entry(format!("{l}:{section}.{list}"))
                            .or_default()
                            .extend(phrases.iter().cloned());
                    }
                    raw.entry(format!("{section}.{list}"))
                        .or_default()
                        .extend(phrases);
                }
            }
        }
        let mut lists = BTreeMap::new();
        for (name, phrases) in raw {
            let set = PhraseSet::new(phrases).map_err(|message| LexiconError::Compile {
                list: name.clone(),
                message,
            })?;
            lists.insert(name, set);
        }
        Ok(Lexicon {
            lists,
            weights,
            languages,
            empty: PhraseSet::new(Vec::new()).expect("an empty list compiles"),
        })
    }

    /// The built-in lexicon, compiled once.
    pub fn built_in() -> Arc<Lexicon> {
        static BUILT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| {
            let none: [&Path; 0] = [];
            Arc::new(Lexicon::load(&none).expect("the built-in lexicon compiles"))
        });
        BUILT.clone()
    }

    /// A list by its name (`guard.bounce_subject`); an unknown name is an empty list.
    pub fn list(&self, name: &str) -> &PhraseSet {
        self.lists.get(name).unwrap_or(&self.empty)
    }

    /// A list of one language (`"de"`), or of every language when `language` is None or has no
    /// such list.
    pub fn list_in(&self, language: Option<&str>, name: &str) -> &PhraseSet {
        language
            .and_then(|l| self.lists.get(&format!("{l}:{name}")))
            .unwrap_or_else(|| self.list(name))
    }

    /// A weight by name, or `default`.
    pub fn weight(&self, name: &str, default: i32) -> i32 {
        self.weights.get(name).copied().unwrap_or(default)
    }

    /// The languages that have a file.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The names of every list with its number of phrases.
    pub fn summary(&self) -> Vec<(String, usize)> {
        self.lists
            .iter()
            .filter(|(n, _)| !n.contains(':'))
            .map(|(n, s)| (n.clone(), s.len()))
            .collect()
    }
}

/// The language of a client's text, as an ISO 639-1 code, among the seven the lexicon reads
/// (en, de, fr, es, nl, it, pt); None for text too short or unlike any of them.
pub fn detect_language(text: &str) -> Option<&'static str> {
    use whatlang::{Detector, Lang};
    static DETECTOR: LazyLock<Detector> = LazyLock::new(|| {
        Detector::with_allowlist(vec![
            Lang::Eng,
            Lang::Deu,
            Lang::Fra,
            Lang::Spa,
            Lang::Nld,
            Lang::Ita,
            Lang::Por,
        ])
    });
    let mut cut = text.len().min(1024);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &text[..cut];
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 8 {
        return None;
    }
    // Short text: the language with clearly the most common words of its own, else a guess
    // whatlang is sure of, else none (a reply then keeps the client's last language).
    if letters < SHORT_TEXT_LETTERS {
        let lexicon = Lexicon::built_in();
        let lower = sample.to_lowercase();
        let mut counts: Vec<(usize, &str)> = lexicon
            .languages()
            .iter()
            .map(|l| {
                (
                    lexicon
                        .list_in(Some(l), "detect.common")
                        .matches(&lower)
                        .len(),
                    l.as_str(),
                )
            })
            .filter(|&(n, _)| n > 0)
            .collect();
        counts.sort_by_key(|c| std::cmp::Reverse(c.0));
        let top = counts.first().copied();
        let runner_up = counts.get(1).map_or(0, |c| c.0);
        if let Some((n, l)) = top
            && n >= 2
            && n > runner_up
        {
            return ["en", "de", "fr", "es", "nl", "it", "pt"]
                .into_iter()
                .find(|&k| k == l);
        }
        // No clear count: whatlang's guess when it is sure, or when the common words do not
        // speak against it.
        let info = DETECTOR.detect(sample)?;
        let guess = code(info.lang())?;
        let best = top.map_or(0, |t| t.0);
        let agrees = top.is_none() || counts.iter().any(|&(n, l)| n == best && l == guess);
        return (info.is_reliable() || agrees).then_some(guess);
    }
    let info = DETECTOR.detect(sample)?;
    code(info.lang())
}

/// Text with fewer letters than this is judged by its common words first.
const SHORT_TEXT_LETTERS: usize = 160;

fn code(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang;
    Some(match lang {
        Lang::Eng => "en",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        Lang::Spa => "es",
        Lang::Nld => "nl",
        Lang::Ita => "it",
        Lang::Por => "pt",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_told_by_its_common_words() {
        for (text, lang) in [
            ("Could you do it for $200 instead?", Some("en")),
            ("Und wann ist die Frist?", Some("de")),
            ("Pouvez-vous me rappeler demain ?", Some("fr")),
            ("Est-ce que vous avez reçu les documents ?", Some("fr")),
            ("¿Cuándo está lista la factura?", Some("es")),
            ("Wanneer kunt u het sturen?", Some("nl")),
            ("Quando sono pronte le carte? Grazie", Some("it")),
            ("Bis wann?", None),
        ] {
            assert_eq!(detect_language(text), lang, "{text}");
        }
    }

    #[test]
    fn a_phrase_with_a_gap_matches_a_few_words_apart() {
        let s = PhraseSet::new(vec!["laten * zitten".into()]).unwrap();
        assert!(s.is_match("We laten het lichtplan maar zitten."));
        assert!(!s.is_match("We laten het lichtplan zoals het is, want het moet nog een hele tijd zo blijven zitten."));
        assert!(!s.is_match("We laten het weten."));
    }

    #[test]
    fn a_phrase_ending_in_a_star_matches_every_word_that_starts_so() {
        let s = PhraseSet::new(vec!["renonc*".into(), "devons * renonc*".into()]).unwrap();
        let lower = "nous devons donc renoncer.";
        let found = s.matches(lower);
        assert!(found.contains(&(17, 25, "renonc*")), "{found:?}");
        assert!(found.contains(&(5, 25, "devons * renonc*")), "{found:?}");
        assert!(s.is_match("Ils renoncent"));
        assert!(!s.is_match("prerenoncer"), "a prefix starts a word");
        // A star that ends no word is the phrase's own character.
        let t = PhraseSet::new(vec!["note *".into()]).unwrap();
        assert!(!t.is_match("note this"));
    }

    #[test]
    fn word_boundaries_and_prefixes() {
        let s = PhraseSet::new(vec!["no".into(), "no thanks".into(), "re:".into()]).unwrap();
        assert_eq!(s.find("Well, no thanks."), Some("no thanks"));
        assert_eq!(s.find("No."), Some("no"));
        assert!(s.find("I know").is_none());
        assert_eq!(s.prefix("  Re: hello"), Some("re:"));
        assert!(s.prefix("about re: x").is_none());
        assert!(s.contains_exactly(" No "));
    }

    #[test]
    fn built_in_compiles_with_seven_languages() {
        let lex = Lexicon::built_in();
        for l in ["en", "de", "fr", "es", "nl", "it", "pt"] {
            assert!(lex.languages().iter().any(|x| x == l), "{l}");
        }
        assert!(!lex.list("guard.bounce_subject").is_empty());
    }

    #[test]
    fn languages_are_told_apart() {
        for (text, lang) in [
            ("Could you send me the invoice for March, please?", "en"),
            ("Können Sie mir bitte die Rechnung für März schicken?", "de"),
            (
                "Pourriez-vous m'envoyer la facture de mars, s'il vous plaît ?",
                "fr",
            ),
            ("¿Podrían enviarme la factura de marzo, por favor?", "es"),
            (
                "Kunnen jullie mij de factuur van maart sturen alstublieft?",
                "nl",
            ),
            ("Potreste inviarmi la fattura di marzo, per favore?", "it"),
            ("Podem enviar-me a fatura de março, por favor?", "pt"),
        ] {
            assert_eq!(detect_language(text), Some(lang), "{text}");
        }
        assert_eq!(detect_language("ok"), None);
    }

    #[test]
    fn a_bad_file_is_named() {
        let err = Lexicon::from_texts(&[("ops.toml".into(), "[guard]\nx = 3".into())]).unwrap_err();
        assert!(err.to_string().contains("ops.toml"), "{err}");
    }
}
