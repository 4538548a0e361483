//! Stage 6, draft: the questions, their answers and the quote rendered into a reply.
//!
//! Input: the client's [`InboundMail`], its [`Triage`] and the firm's [`Config`]. Output: a
//! [`Draft`] (recipient, subject with the quote reference, body, `In-Reply-To`, `References`).
//! Templates are tera files (`templates/reply.txt`, `templates/subject.txt`), loaded and compiled
//! once at start-up; `.txt` names keep tera from HTML-escaping mail bodies. No I/O after loading.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use tera::{Context, Tera};

use crate::config::Config;
use crate::parse::{InboundMail, Mailbox};
use crate::triage::{Quote, Triage};

/// The firm's own templates, in the firm's language, at the top of the templates folder.
pub const TEMPLATE_NAMES: &[&str] = &["handoff.txt", "notice.txt"];

/// The templates of each language a client may be written to, in `templates/<language>/`.
pub const LANGUAGE_TEMPLATE_NAMES: &[&str] = &["reply.txt", "subject.txt", "reminder.txt"];

/// The quick answers and hour words of a language: `templates/<language>/phrases.toml`.
pub const PHRASES_FILE: &str = "phrases.toml";

macro_rules! built_in_language {
    ($lang:literal) => {
        (
            $lang,
            [
                (
                    "reply.txt",
                    include_str!(concat!("../templates/", $lang, "/reply.txt")),
                ),
                (
                    "subject.txt",
                    include_str!(concat!("../templates/", $lang, "/subject.txt")),
                ),
                (
                    "reminder.txt",
                    include_str!(concat!("../templates/", $lang, "/reminder.txt")),
                ),
            ],
            include_str!(concat!("../templates/", $lang, "/phrases.toml")),
        )
    };
}

/// The example templates, compiled in as the fallback for the built-in configuration.
const BUILT_IN: &[(&str, &str)] = &[
    ("handoff.txt", include_str!("../templates/handoff.txt")),
    ("notice.txt", include_str!("../templates/notice.txt")),
];

type BuiltInLanguage = (
    &'static str,
    [(&'static str, &'static str); 3],
    &'static str,
);

const BUILT_IN_LANGUAGES: &[BuiltInLanguage] = &[
    built_in_language!("en"),
    built_in_language!("de"),
    built_in_language!("fr"),
    built_in_language!("es"),
    built_in_language!("nl"),
    built_in_language!("it"),
    built_in_language!("pt"),
];

/// Errors of loading or rendering templates.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// A template file is missing.
    #[error("cannot find template {path}")]
    Missing { path: String },
    /// A template does not compile (the message names the file and line).
    #[error("cannot compile templates in {dir}")]
    Compile {
        dir: String,
        #[source]
        source: tera::Error,
    },
    /// A template fails when rendered (an unknown variable, a bad filter argument).
    #[error("cannot render template {name}")]
    Render {
        name: String,
        #[source]
        source: tera::Error,
    },
    /// A language's phrases file cannot be read or has unknown or missing keys.
    #[error("cannot read the phrases {path}: {message}")]
    Phrases { path: String, message: String },
    /// The templates folder is laid out the old way, or lacks the firm's language.
    #[error("templates in {dir}: {message}")]
    Layout { dir: String, message: String },
}

/// The quick answers of the five-minute rule in one language, and its words for hours. Text in
/// brackets is for a person to replace (a reply is never sent with it).
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Phrases {
    /// "Yes."
    pub yes: String,
    /// "No."
    pub no: String,
    /// We need something from the client (says what, in brackets for a person to fill in).
    pub needs_info: String,
    /// We need to research the answer, and it is quoted.
    pub research: String,
    /// We need to look it up, within the free allowance.
    pub research_free: String,
    /// It will take more time, and it is quoted.
    pub more_time: String,
    /// It will take more time, within the free allowance.
    pub more_time_free: String,
    /// Nothing is known: the question is open until a person answers it.
    pub open: String,
    /// The client asked us to send a document.
    pub send_document: String,
    /// Our answer to a counter-offer when the price stands; {total}, {hours} and {rate} are
    /// filled in.
    pub keep_price: String,
    /// "hour"
    pub hour: String,
    /// "hours"
    pub hours: String,
    /// "minutes"
    pub minutes: String,
    /// The decimal separator of "1.5 hours".
    pub decimal: String,
}

impl Phrases {
    fn parse(text: &str, path: &str) -> Result<Phrases, DraftError> {
        toml::from_str(text).map_err(|e| DraftError::Phrases {
            path: path.to_string(),
            message: e.message().to_string(),
        })
    }

    /// "2 hours", "1,5 Stunden", "30 minutes".
    pub fn hours_text(&self, hours: f64) -> String {
        if hours < 1.0 {
            return format!("{} {}", (hours * 60.0).round(), self.minutes);
        }
        let s = format!("{hours:.2}");
        let h = s.trim_end_matches('0').trim_end_matches('.');
        let word = if h == "1" { &self.hour } else { &self.hours };
        format!("{} {word}", h.replace('.', &self.decimal))
    }

    /// Every phrase a kind of quick answer may have, so a reply's answers can be moved from one
    /// language to another.
    pub fn all(&self) -> [&str; 9] {
        [
            &self.yes,
            &self.no,
            &self.needs_info,
            &self.research,
            &self.research_free,
            &self.more_time,
            &self.more_time_free,
            &self.open,
            &self.send_document,
        ]
    }
}

/// Compiled templates: the firm's own, and a set per language clients are written to.
#[derive(Debug)]
pub struct Templates {
    tera: Tera,
    /// Each template's text by its name (`en/reply.txt`), as compiled: what ops edit.
    sources: std::collections::BTreeMap<String, String>,
    phrases: std::collections::BTreeMap<String, Phrases>,
    default_language: String,
    /// Where they came from, for messages.
    pub origin: String,
}

impl Templates {
    /// Loads and compiles every template in `dir`: `handoff.txt` and `notice.txt` at the top, and
    /// each language's set in a folder named by its code (`en/`, `de/`, ...). `default_language`
    /// (the firm's) must be among them.
    pub fn load(dir: &Path, default_language: &str) -> Result<Templates, DraftError> {
        let layout = |message: String| DraftError::Layout {
            dir: dir.display().to_string(),
            message,
        };
        if dir.join("reply.txt").is_file() {
            return Err(layout(format!(
                "reply.txt is at the top of the folder; client templates now live in a folder per \
                 language: move reply.txt, subject.txt and reminder.txt to {default_language}/ and \
                 add {default_language}/{PHRASES_FILE} (see templates/en/ in the source)"
            )));
        }
        let mut files = Vec::new();
        for name in TEMPLATE_NAMES {
            let path = dir.join(name);
            if !path.is_file() {
                return Err(DraftError::Missing {
                    path: path.display().to_string(),
                });
            }
            files.push((path, Some(name.to_string())));
        }
        let mut phrases = std::collections::BTreeMap::new();
        let entries = std::fs::read_dir(dir).map_err(|_| DraftError::Missing {
            path: dir.display().to_string(),
        })?;
        let mut langs: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| !n.starts_with('.'))
            .collect();
        langs.sort();
        for lang in &langs {
            let sub = dir.join(lang);
            for name in LANGUAGE_TEMPLATE_NAMES {
                let path = sub.join(name);
                if !path.is_file() {
                    return Err(DraftError::Missing {
                        path: path.display().to_string(),
                    });
                }
                files.push((path, Some(format!("{lang}/{name}"))));
            }
            let path = sub.join(PHRASES_FILE);
            let text = std::fs::read_to_string(&path).map_err(|e| DraftError::Phrases {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            phrases.insert(
                lang.clone(),
                Phrases::parse(&text, &path.display().to_string())?,
            );
        }
        if !phrases.contains_key(default_language) {
            return Err(layout(format!(
                "no folder {default_language}/ for the firm's language (draft.language); found: {}",
                if langs.is_empty() {
                    "none".to_string()
                } else {
                    langs.join(", ")
                }
            )));
        }
        let mut sources = std::collections::BTreeMap::new();
        for (path, name) in &files {
            let text = std::fs::read_to_string(path).map_err(|_| DraftError::Missing {
                path: path.display().to_string(),
            })?;
            sources.insert(name.clone().unwrap_or_default(), text);
        }
        let mut tera = Tera::new();
        tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|source| DraftError::Compile {
                dir: dir.display().to_string(),
                source,
            })?;
        Ok(Templates {
            tera,
            sources,
            phrases,
            default_language: default_language.to_string(),
            origin: dir.display().to_string(),
        })
    }

    /// The example templates compiled into the binary, with `default_language` as the firm's
    /// (English when the built-in templates lack it).
    pub fn built_in_for(default_language: &str) -> Templates {
        let mut t = Templates::built_in();
        if t.phrases.contains_key(default_language) {
            t.default_language = default_language.to_string();
        }
        t
    }

    /// The example templates compiled into the binary, English the firm's language.
    pub fn built_in() -> Templates {
        let mut tera = Tera::new();
        tera.add_raw_templates(BUILT_IN.iter().copied())
            .expect("built-in templates compile (checked by tests)");
        let mut sources: std::collections::BTreeMap<String, String> = BUILT_IN
            .iter()
            .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
            .collect();
        let mut phrases = std::collections::BTreeMap::new();
        for (lang, files, text) in BUILT_IN_LANGUAGES {
            tera.add_raw_templates(files.iter().map(|(n, t)| (format!("{lang}/{n}"), *t)))
                .expect("built-in templates compile (checked by tests)");
            for (n, t) in files.iter() {
                sources.insert(format!("{lang}/{n}"), (*t).to_string());
            }
            phrases.insert(
                lang.to_string(),
                Phrases::parse(text, lang).expect("built-in phrases parse (checked by tests)"),
            );
        }
        Templates {
            tera,
            sources,
            phrases,
            default_language: "en".into(),
            origin: "the built-in templates".into(),
        }
    }

    /// The names of the templates (`handoff.txt`, `en/reply.txt`, ...), sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().map(String::as_str)
    }

    /// A template's text.
    pub fn source(&self, name: &str) -> Option<&str> {
        self.sources.get(name).map(String::as_str)
    }

    /// A copy with `name`'s text replaced, compiled and rendered against samples as
    /// `fiveminute check` does: a template that does not compile or render is refused, and the
    /// error names its line.
    pub fn with_text(&self, name: &str, text: &str, cfg: &Config) -> Result<Templates, DraftError> {
        if !self.sources.contains_key(name) {
            return Err(DraftError::Missing {
                path: name.to_string(),
            });
        }
        let mut sources = self.sources.clone();
        sources.insert(name.to_string(), text.to_string());
        let mut tera = Tera::new();
        tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|source| DraftError::Compile {
                dir: format!("{name} as edited"),
                source,
            })?;
        let t = Templates {
            tera,
            sources,
            phrases: self.phrases.clone(),
            default_language: self.default_language.clone(),
            origin: self.origin.clone(),
        };
        t.check(cfg)?;
        Ok(t)
    }

    /// The languages there are templates for.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.phrases.keys().map(String::as_str)
    }

    /// The firm's language (`draft.language`).
    pub fn default_language(&self) -> &str {
        &self.default_language
    }

    /// The language a reply is written in: `wanted` when there are templates for it, else the
    /// firm's.
    pub fn language<'a>(&'a self, wanted: Option<&'a str>) -> &'a str {
        match wanted {
            Some(l) if self.phrases.contains_key(l) => l,
            _ => &self.default_language,
        }
    }

    /// The phrases of a language (the firm's when there is no such language).
    pub fn phrases(&self, lang: &str) -> &Phrases {
        self.phrases
            .get(lang)
            .or_else(|| self.phrases.get(&self.default_language))
            .expect("the firm's language has phrases (checked at load)")
    }

    /// Renders every template against a sample context, because tera finds an undefined
    /// variable only when rendering: each language's reply (with and without a quote, with one
    /// question and with several), subject and reminder, and the firm's own templates.
    pub fn check(&self, cfg: &Config) -> Result<(), DraftError> {
        let quote = Quote {
            reference: "Q-0042".into(),
            minutes: 90,
            hours: 1.5,
            hourly_rate: 250.0,
            total: 375.0,
            currency: "USD".into(),
            hours_text: "1.5 hours".into(),
            rate_text: "$250".into(),
            total_text: "$375".into(),
            questions: vec![1],
        };
        let question = |text: &str, answer: &str, kind, category, minutes, free| QuestionContext {
            text: text.into(),
            answer: answer.into(),
            kind,
            category,
            minutes,
            free,
        };
        let langs: Vec<String> = self.languages().map(str::to_string).collect();
        for lang in &langs {
            for (with_quote, n) in [(true, 2), (false, 2), (true, 1), (false, 1), (true, 3)] {
                let mut questions = vec![
                    question(
                        "When are receipts due?",
                        "By the 10th.",
                        "written",
                        "answer",
                        1,
                        true,
                    ),
                    question(
                        "Can you review the contract?",
                        "See the offer below.",
                        "more_time",
                        "work",
                        90,
                        false,
                    ),
                    question(
                        "Is it worth it?",
                        "See the offer below.",
                        "research",
                        "research",
                        30,
                        false,
                    ),
                ];
                questions.truncate(n);
                let mut quote = quote.clone();
                quote.questions = (0..n).filter(|&i| i > 0 || n == 1).collect();
                let ctx = ReplyContext {
                    client: ClientContext {
                        name: Some("Alice Moreau".into()),
                        first_name: Some("Alice".into()),
                        address: "alice@client.example".into(),
                    },
                    firm: FirmContext::of(
                        cfg,
                        Some(&Signer {
                            name: "Mia Jensen".into(),
                            signature: "Senior accountant".into(),
                        }),
                    ),
                    questions,
                    quote: with_quote.then_some(quote),
                    allowance_minutes: 5,
                    subject: "Re: A few questions".into(),
                    language: lang.clone(),
                };
                self.render(&ctx)?;
            }
        }
        let sample = serde_json::json!({
            "job": {"reference": "Q-0042", "hours_text": "2 hours", "rate_text": "$250",
                    "total_text": "$500", "direct_brief": true, "direct_reason": "a question needs information"},
            "client": {"name": "Alice Moreau", "first_name": "Alice", "address": "alice@client.example"},
            "questions": [{"text": "Can you review it?", "answer": "Yes.", "kind": "more_time", "category": "work", "minutes": 90, "free": false}],
            "acceptance": "Yes, go ahead.",
            "original": "Can you review it?",
            "subject": "Contract",
            "quote": {"reference": "Q-0042", "hours_text": "2 hours", "rate_text": "$250", "total_text": "$500"},
            "firm": {"name": cfg.firm.name, "signer": cfg.firm.signer.clone().unwrap_or_default(), "signature": ""},
        });
        self.render_named("handoff.txt", &sample)?;
        for lang in &langs {
            self.render_named(&format!("{lang}/reminder.txt"), &sample)?;
        }
        for notice in ["cancelled", "back_on"] {
            let mut sample = sample.clone();
            sample["notice"] = notice.into();
            sample["actor"] = "mia".into();
            sample["status_text"] = "declined".into();
            sample["brief"] = "New job Q-0042: …".into();
            self.render_named("notice.txt", &sample)?;
        }
        Ok(())
    }

    /// Renders one template against any serialisable context, tidied like a mail body.
    pub fn render_named(&self, name: &str, ctx: &impl Serialize) -> Result<String, DraftError> {
        let context = Context::from_serialize(ctx).map_err(|source| DraftError::Render {
            name: name.to_string(),
            source,
        })?;
        self.tera
            .render(name, &context)
            .map(|s| tidy(&s))
            .map_err(|source| DraftError::Render {
                name: name.to_string(),
                source,
            })
    }

    fn render(&self, ctx: &ReplyContext) -> Result<(String, String), DraftError> {
        let context = Context::from_serialize(ctx).map_err(|source| DraftError::Render {
            name: "context".into(),
            source,
        })?;
        let render = |name: &str| {
            self.tera
                .render(name, &context)
                .map_err(|source| DraftError::Render {
                    name: name.to_string(),
                    source,
                })
        };
        let lang = self.language(Some(&ctx.language));
        let subject = render(&format!("{lang}/subject.txt"))?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let body = tidy(&render(&format!("{lang}/reply.txt"))?);
        Ok((subject, body))
    }
}

/// A reply ready for review.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Draft {
    /// Who it goes to: From, or a Reply-To within the sender's domain ([`recipient`]); None when
    /// no valid address of the client's can be found.
    pub to: Option<Mailbox>,
    /// "Re: …" with the quote reference when there is a quote.
    pub subject: String,
    /// The rendered body.
    pub body: String,
    /// The client's Message-ID.
    pub in_reply_to: Option<String>,
    /// The thread: the client's References plus their Message-ID.
    pub references: Vec<String>,
    /// What a person must know before sending: a Reply-To not followed, no valid address.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The language it is written in (en, de, fr, es, nl, it, pt, or one ops added).
    #[serde(default = "english")]
    pub language: String,
    /// Who signs it, when the person who approves signs (no `firm.signer` is configured): set
    /// when a person saves or approves the draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_by: Option<Signer>,
}

/// The person who signs a reply: their name as clients read it and the lines under it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq, Default)]
pub struct Signer {
    /// "Mia Jensen".
    pub name: String,
    /// "Senior accountant\n+44 20 7946 0000" (may be empty).
    #[serde(default)]
    pub signature: String,
}

fn english() -> String {
    "en".into()
}

/// Says a draft has no address it may go to; such a draft cannot be approved.
pub const NO_VALID_ADDRESS: &str = "no valid reply address";

/// Who a reply goes to, and what a person must know about that choice.
///
/// - A Reply-To is followed only within the sender's own domain: one pointing elsewhere is how a
///   third party gets a client's answers, so the reply goes to From and the draft says so.
/// - Of several Reply-To addresses the first within the sender's domain is taken, with a note.
/// - An address must be valid (RFC 5321) and written as such in its header (a parser's repair of
///   a malformed header is not an address), and must not be one of ours.
/// - The display name travels only with its own address, never with another.
pub fn recipient(mail: &InboundMail, cfg: &Config) -> (Option<Mailbox>, Vec<String>) {
    let mut warnings = Vec::new();
    let ours = |a: &str| {
        let a = a.to_ascii_lowercase();
        cfg.firm
            .addresses
            .iter()
            .chain(cfg.mailbox.iter().map(|m| &m.address))
            .chain(
                cfg.mailbox
                    .iter()
                    .filter_map(|m| m.production_address.as_ref()),
            )
            .any(|o| o.eq_ignore_ascii_case(&a))
    };
    let usable = |m: &Mailbox, header: &str| {
        crate::parse::valid_address(&m.address) && mail.address_in_header(header, &m.address)
    };
    let from = mail.from.as_ref().filter(|f| usable(f, "from"));
    let from_domain = from.and_then(Mailbox::domain);
    let (own, replies): (Vec<&Mailbox>, Vec<&Mailbox>) = mail
        .reply_to_all
        .iter()
        .filter(|r| usable(r, "reply-to"))
        .filter(|r| from.is_none_or(|f| !f.address.eq_ignore_ascii_case(&r.address)))
        .partition(|r| ours(&r.address));
    if !own.is_empty() {
        warnings.push(format!(
            "The client's Reply-To names our own address ({}); it is ignored.",
            join(&own)
        ));
    }
    let mut to = from.cloned();
    if !replies.is_empty() {
        let same_domain = replies
            .iter()
            .find(|r| from_domain.is_some() && r.domain() == from_domain);
        match same_domain {
            Some(r) => {
                to = Some((*r).clone());
                if replies.len() > 1 {
                    warnings.push(format!(
                        "The client's mail names several Reply-To addresses ({}); the reply goes \
                         to {}.",
                        join(&replies),
                        r.address
                    ));
                }
            }
            None => warnings.push(format!(
                "The client's mail asks for replies to go to {}, which is not the sender's own \
                 address; the reply goes to the sender, {}. Check with the client before \
                 writing to another address.",
                join(&replies),
                from.map_or("(none)", |f| f.address.as_str())
            )),
        }
    }
    if let Some(t) = &to
        && ours(&t.address)
    {
        warnings.push(format!(
            "{NO_VALID_ADDRESS}: {} is one of our own addresses.",
            t.address
        ));
        to = None;
    } else if to.is_none() {
        let written = mail
            .header("from")
            .map(|v| v.chars().take(120).collect::<String>())
            .unwrap_or_default();
        warnings.push(format!(
            "{NO_VALID_ADDRESS}: the sender's address cannot be read from `From: {written}`."
        ));
    }
    (to, warnings)
}

fn join(list: &[&Mailbox]) -> String {
    list.iter()
        .map(|m| m.address.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Debug, Serialize)]
struct ReplyContext {
    client: ClientContext,
    firm: FirmContext,
    questions: Vec<QuestionContext>,
    quote: Option<Quote>,
    allowance_minutes: u32,
    subject: String,
    language: String,
}

#[derive(Debug, Serialize)]
struct ClientContext {
    name: Option<String>,
    first_name: Option<String>,
    address: String,
}

#[derive(Debug, Serialize)]
struct FirmContext {
    name: String,
    signer: String,
    signature: String,
}

impl FirmContext {
    /// The firm's configured signer, else the person who approves (when known).
    fn of(cfg: &Config, person: Option<&Signer>) -> FirmContext {
        let (signer, signature) = match (&cfg.firm.signer, person) {
            (Some(s), _) => (s.clone(), String::new()),
            (None, Some(p)) => (p.name.clone(), p.signature.trim_end().to_string()),
            (None, None) => (String::new(), String::new()),
        };
        FirmContext {
            name: cfg.firm.name.clone(),
            signer,
            signature,
        }
    }
}

#[derive(Debug, Serialize)]
struct QuestionContext {
    text: String,
    answer: String,
    kind: &'static str,
    category: &'static str,
    minutes: u32,
    free: bool,
}

static QUOTE_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\[[A-Za-z0-9]+-[A-Za-z0-9]+\]").expect("pattern compiles"));

/// "Re: " once. With `new_quote`, an earlier quote reference is dropped (the new one is added by
/// the template); without, it is kept so the thread still matches its quote.
pub fn reply_subject(original: &str, new_quote: bool) -> String {
    let s = if new_quote {
        QUOTE_REF.replace_all(original, "").trim().to_string()
    } else {
        original.trim().to_string()
    };
    if s.is_empty() {
        return "Re: your email".into();
    }
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("re:") || lower.starts_with("re :") {
        s
    } else {
        format!("Re: {s}")
    }
}

/// Renders the reply to a mail. Returns `None` when there is nothing to answer.
pub fn compose(
    mail: &InboundMail,
    triage: &Triage,
    cfg: &Config,
    templates: &Templates,
    language: &str,
    signer: Option<&Signer>,
) -> Result<Option<Draft>, DraftError> {
    if triage.questions.is_empty() {
        return Ok(None);
    }
    let (to, warnings) = recipient(mail, cfg);
    let ctx = ReplyContext {
        client: ClientContext {
            name: mail.from.as_ref().and_then(|f| f.name.clone()),
            first_name: mail.first_name(),
            address: to.as_ref().map(|t| t.address.clone()).unwrap_or_default(),
        },
        firm: FirmContext::of(cfg, signer),
        questions: triage
            .questions
            .iter()
            .map(|q| QuestionContext {
                text: q.text.clone(),
                answer: q.answer.clone(),
                kind: q.kind.as_str(),
                category: q.category.as_str(),
                minutes: q.minutes,
                free: q.free,
            })
            .collect(),
        quote: triage.quote.clone(),
        allowance_minutes: triage.allowance_minutes,
        subject: reply_subject(&mail.subject, triage.quote.is_some()),
        language: templates.language(Some(language)).to_string(),
    };
    let (subject, body) = templates.render(&ctx)?;
    let mut references = mail.references.clone();
    if let Some(id) = &mail.message_id
        && !references.contains(id)
    {
        references.push(id.clone());
    }
    Ok(Some(Draft {
        to,
        subject,
        body,
        in_reply_to: mail.message_id.clone(),
        references,
        warnings,
        language: templates.language(Some(language)).to_string(),
        signed_by: signer.filter(|_| cfg.firm.signer.is_none()).cloned(),
    }))
}

/// Trailing spaces off, at most one blank line in a row, one newline at the end.
fn tidy(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut blank = 0;
    for line in body.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A templates folder with the firm's templates and English, and `reply` as en/reply.txt.
    fn folder(tag: &str, reply: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("fm-tpl-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("en")).expect("dir");
        for name in TEMPLATE_NAMES {
            std::fs::copy(Path::new("templates").join(name), dir.join(name)).expect("copy");
        }
        for name in ["subject.txt", "reminder.txt", PHRASES_FILE] {
            std::fs::copy(
                Path::new("templates/en").join(name),
                dir.join("en").join(name),
            )
            .expect("copy");
        }
        std::fs::write(dir.join("en/reply.txt"), reply).expect("write");
        dir
    }

    #[test]
    fn built_in_templates_render() {
        let cfg = Config::load(None, &HashMap::new()).expect("config");
        let t = Templates::built_in();
        t.check(&cfg).expect("renders");
        assert_eq!(
            t.languages().collect::<Vec<_>>(),
            ["de", "en", "es", "fr", "it", "nl", "pt"]
        );
        let from_files = Templates::load(Path::new("templates"), "en").expect("the source's");
        assert_eq!(
            from_files.languages().collect::<Vec<_>>(),
            t.languages().collect::<Vec<_>>()
        );
        assert_eq!(t.language(Some("de")), "de");
        assert_eq!(t.language(Some("sv")), "en");
        assert_eq!(t.language(None), "en");
    }

    #[test]
    fn hours_in_words_of_each_language() {
        let t = Templates::built_in();
        assert_eq!(t.phrases("en").hours_text(1.5), "1.5 hours");
        assert_eq!(t.phrases("en").hours_text(1.0), "1 hour");
        assert_eq!(t.phrases("en").hours_text(0.5), "30 minutes");
        assert_eq!(t.phrases("de").hours_text(1.5), "1,5 Stunden");
        assert_eq!(t.phrases("fr").hours_text(2.0), "2 heures");
        assert_eq!(t.phrases("sv").hours_text(2.0), "2 hours");
    }

    #[test]
    fn every_language_has_a_stub_free_yes_and_a_bracketed_open() {
        let t = Templates::built_in();
        for lang in t.languages() {
            let p = t.phrases(lang);
            for sendable in [
                &p.yes,
                &p.no,
                &p.research,
                &p.research_free,
                &p.more_time,
                &p.more_time_free,
            ] {
                assert!(!crate::triage::needs_answer(sendable), "{lang}: {sendable}");
            }
            for stub in [&p.open, &p.needs_info, &p.send_document] {
                assert!(crate::triage::needs_answer(stub), "{lang}: {stub}");
            }
        }
    }

    #[test]
    fn subjects() {
        assert_eq!(reply_subject("Tax", true), "Re: Tax");
        assert_eq!(reply_subject("RE: Tax [Q-0041]", true), "RE: Tax");
        assert_eq!(reply_subject("RE: Tax [Q-0041]", false), "RE: Tax [Q-0041]");
        assert_eq!(reply_subject("", false), "Re: your email");
    }

    #[test]
    fn broken_template_names_file_and_line() {
        let dir = folder("broken", "Hi\n{% if x %}\nno end\n");
        let err = Templates::load(&dir, "en").expect_err("must not compile");
        let text = format!("{:#}", anyhow::Error::from(err));
        assert!(text.contains("reply.txt"), "{text}");
        let missing = Templates::load(&dir.join("nope"), "en").expect_err("missing");
        assert!(missing.to_string().contains("handoff.txt"), "{missing}");
    }

    #[test]
    fn old_layout_and_missing_language_are_named() {
        let dir = folder("layout", "Hi");
        let err = Templates::load(&dir, "de").expect_err("no German");
        assert!(err.to_string().contains("no folder de/"), "{err}");
        std::fs::write(dir.join("reply.txt"), "Hi").expect("write");
        let err = Templates::load(&dir, "en").expect_err("old layout");
        assert!(err.to_string().contains("move reply.txt"), "{err}");
        std::fs::remove_file(dir.join("reply.txt")).expect("rm");
        std::fs::write(dir.join("en/phrases.toml"), "yes = \"Yes.\"\n").expect("write");
        let err = Templates::load(&dir, "en").expect_err("phrases incomplete");
        let text = err.to_string();
        assert!(
            text.contains("phrases.toml") && text.contains("missing field"),
            "{text}"
        );
    }

    #[test]
    fn undefined_variable_is_found_by_check() {
        let dir = folder("undefined", "Hi {{ client.nickname }}");
        let t = Templates::load(&dir, "en").expect("compiles");
        let cfg = Config::load(None, &HashMap::new()).expect("config");
        let err = t.check(&cfg).expect_err("undefined variable");
        assert!(format!("{:#}", anyhow::Error::from(err)).contains("nickname"));
    }
}
