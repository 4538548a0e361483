//! `fiveminute learn --from-sent`: the firm's past replies, read from a Maildir folder, an mbox
//! file, a folder of .eml files, or an IMAP folder, become learned answers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::lexicon::Lexicon;
use crate::store::NewLearned;
use crate::triage::{Category, Kind};

use super::harvest::harvest;

/// Why past replies could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SentError {
    /// The path does not exist or cannot be read.
    #[error("cannot read {path}")]
    Read {
        /// The path.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A folder with no mail in it.
    #[error(
        "{0} holds no mail: give a Maildir folder (with cur/ and new/), an mbox file, a folder of .eml files, or imap:FOLDER"
    )]
    Empty(String),
}

/// One past reply as read: where it came from and its bytes.
#[derive(Debug)]
pub struct Raw {
    /// A key naming it (`file:…`, `mbox:…#3`, `imap:Sent#12`).
    pub key: String,
    /// The message.
    pub bytes: Vec<u8>,
}

/// Every message at `path`: a Maildir folder (cur/ and new/), a folder of .eml files, an mbox
/// file, or one .eml file.
pub fn read_path(path: &Path) -> Result<Vec<Raw>, SentError> {
    let err = |source| SentError::Read {
        path: path.display().to_string(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(err)?;
    let mut out = Vec::new();
    if meta.is_dir() {
        let maildir = ["cur", "new"].iter().any(|d| path.join(d).is_dir());
        let dirs: Vec<PathBuf> = if maildir {
            ["cur", "new"].iter().map(|d| path.join(d)).collect()
        } else {
            vec![path.to_path_buf()]
        };
        for dir in dirs.iter().filter(|d| d.is_dir()) {
            let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                .map_err(|source| SentError::Read {
                    path: dir.display().to_string(),
                    source,
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .filter(|p| maildir || p.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml")))
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            files.sort();
            for f in files {
                let bytes = std::fs::read(&f).map_err(|source| SentError::Read {
                    path: f.display().to_string(),
                    source,
                })?;
                out.push(Raw {
                    key: format!(
                        "file:{}",
                        f.file_name().unwrap_or_default().to_string_lossy()
                    ),
                    bytes,
                });
            }
        }
        if out.is_empty() {
            return Err(SentError::Empty(path.display().to_string()));
        }
        return Ok(out);
    }
    let bytes = std::fs::read(path).map_err(err)?;
    if bytes.starts_with(b"From ") {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        for (i, m) in split_mbox(&bytes).into_iter().enumerate() {
            out.push(Raw {
                key: format!("mbox:{name}#{}", i + 1),
                bytes: m,
            });
        }
    } else {
        out.push(Raw {
            key: format!(
                "file:{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            ),
            bytes,
        });
    }
    Ok(out)
}

/// The messages of an mbox file: each starts with a "From " line after a blank line (or at the
/// start); ">From " in a body is unescaped (mboxrd).
pub fn split_mbox(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut cur: Option<Vec<u8>> = None;
    let mut prev_blank = true;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        if prev_blank && line.starts_with(b"From ") {
            if let Some(m) = cur.take() {
                out.push(m);
            }
            cur = Some(Vec::new());
            prev_blank = false;
            continue;
        }
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        prev_blank = body.is_empty();
        if let Some(m) = cur.as_mut() {
            let unescaped = line
                .iter()
                .position(|&b| b != b'>')
                .filter(|&k| k > 0 && line[k..].starts_with(b"From "))
                .map_or(line, |_| &line[1..]);
            m.extend_from_slice(unescaped);
        }
    }
    if let Some(m) = cur {
        out.push(m);
    }
    out
}

/// What learning from past replies found.
#[derive(Debug, Default)]
pub struct Learning {
    /// Messages read.
    pub read: usize,
    /// Messages that gave at least one pair.
    pub used: usize,
    /// The pairs, as they are stored.
    pub answers: Vec<NewLearned>,
    /// Each message skipped (wholly or in part): its key and the reason.
    pub skips: Vec<(String, String)>,
}

impl Learning {
    /// The messages skipped, counted by the shape of their reason, not its numbers: "3 questions
    /// and 2 answer paragraphs: not clear …" counts with the other unclear pairings.
    pub fn skip_counts(&self) -> BTreeMap<&str, usize> {
        let mut counts = BTreeMap::new();
        for (_, why) in &self.skips {
            let shape = match why.split_once(": ") {
                Some((n, rest)) if n.starts_with(|c: char| c.is_ascii_digit()) => rest,
                _ => why.as_str(),
            };
            *counts.entry(shape).or_default() += 1;
        }
        counts
    }
}

/// Reads the pairs of each past reply (the answers keep who sent them, to whom and when).
pub fn learn(
    raws: &[Raw],
    cfg: &Config,
    lexicon: &Lexicon,
    analyzer: &super::Analyzer,
    now: i64,
) -> Learning {
    let mut out = Learning::default();
    for r in raws {
        out.read += 1;
        let mail = match crate::parse::parse(&r.bytes) {
            Ok(m) => m,
            Err(e) => {
                out.skips.push((r.key.clone(), format!("unreadable: {e}")));
                continue;
            }
        };
        let h = harvest(&mail, lexicon, analyzer);
        if let Some(why) = &h.skipped {
            out.skips.push((r.key.clone(), why.clone()));
        }
        if h.pairs.is_empty() {
            continue;
        }
        out.used += 1;
        let to = mail.to.first();
        let at = mail
            .date
            .as_deref()
            .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
            .map_or(now, |d| d.timestamp_millis());
        let by = mail
            .from
            .as_ref()
            .map(|f| f.name.clone().unwrap_or_else(|| f.address.clone()))
            .unwrap_or_else(|| "the firm".into());
        let key = mail
            .message_id
            .clone()
            .map_or_else(|| r.key.clone(), |m| format!("message-id:{m}"));
        for p in h.pairs {
            out.answers.push(NewLearned {
                question: p.question.clone(),
                context: p.context.clone(),
                answer: p.answer.clone(),
                kind: Kind::Written,
                category: Category::Answer,
                minutes: cfg.triage.default_minutes.answer,
                language: h
                    .language
                    .clone()
                    .or_else(|| crate::lexicon::detect_language(&p.answer).map(str::to_string))
                    .or_else(|| Some(cfg.draft.language.clone())),
                client_name: to.and_then(|t| t.name.clone()),
                client_address: to.map(|t| t.address.clone()),
                answered_by: by.clone(),
                answered_at: at,
                message_id: None,
                source: "sent",
                source_key: key.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_messages_are_split_and_unescaped() {
        let mbox = b"From a@x Thu Nov 12 10:00:00 2026\nSubject: one\n\nHi\n>From here\n\nFrom b@x Thu Nov 12 11:00:00 2026\nSubject: two\n\nBye\n";
        let m = split_mbox(mbox);
        assert_eq!(m.len(), 2);
        assert!(String::from_utf8_lossy(&m[0]).contains("\nFrom here"));
        assert!(String::from_utf8_lossy(&m[1]).starts_with("Subject: two"));
    }
}
