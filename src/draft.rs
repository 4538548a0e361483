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

/// The templates every installation must have.
pub const TEMPLATE_NAMES: &[&str] = &[
    "reply.txt",
    "subject.txt",
    "handoff.txt",
    "reminder.txt",
    "notice.txt",
];

/// The example templates, compiled in as the fallback for the built-in configuration.
const BUILT_IN: &[(&str, &str)] = &[
    ("reply.txt", include_str!("../templates/reply.txt")),
    ("subject.txt", include_str!("../templates/subject.txt")),
    ("handoff.txt", include_str!("../templates/handoff.txt")),
    ("reminder.txt", include_str!("../templates/reminder.txt")),
    ("notice.txt", include_str!("../templates/notice.txt")),
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
}

/// Compiled templates.
#[derive(Debug)]
pub struct Templates {
    tera: Tera,
    /// Where they came from, for messages.
    pub origin: String,
}

impl Templates {
    /// Loads and compiles every template in `dir`.
    pub fn load(dir: &Path) -> Result<Templates, DraftError> {
        let mut files = Vec::new();
        for name in TEMPLATE_NAMES {
            let path = dir.join(name);
            if !path.is_file() {
                return Err(DraftError::Missing {
                    path: path.display().to_string(),
                });
            }
            files.push((path, Some(*name)));
        }
        let mut tera = Tera::new();
        tera.add_template_files(files)
            .map_err(|source| DraftError::Compile {
                dir: dir.display().to_string(),
                source,
            })?;
        Ok(Templates {
            tera,
            origin: dir.display().to_string(),
        })
    }

    /// The example templates compiled into the binary.
    pub fn built_in() -> Templates {
        let mut tera = Tera::new();
        tera.add_raw_templates(BUILT_IN.iter().copied())
            .expect("built-in templates compile (checked by tests)");
        Templates {
            tera,
            origin: "the built-in templates".into(),
        }
    }

    /// Renders every template against a sample context, because tera finds an undefined
    /// variable only when rendering.
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
        for with_quote in [true, false] {
            let ctx = ReplyContext {
                client: ClientContext {
                    name: Some("Alice Moreau".into()),
                    first_name: Some("Alice".into()),
                    address: "alice@client.example".into(),
                },
                firm: FirmContext {
                    name: cfg.firm.name.clone(),
                    signer: cfg.firm.signer.clone(),
                },
                questions: vec![
                    QuestionContext {
                        text: "When are receipts due?".into(),
                        answer: "By the 10th.".into(),
                        category: "answer",
                        minutes: 1,
                        free: true,
                    },
                    QuestionContext {
                        text: "Can you review the contract?".into(),
                        answer: "See the offer below.".into(),
                        category: "work",
                        minutes: 90,
                        free: false,
                    },
                ],
                quote: with_quote.then(|| quote.clone()),
                allowance_minutes: 5,
                subject: "Re: A few questions".into(),
            };
            self.render(&ctx)?;
        }
        let sample = serde_json::json!({
            "job": {"reference": "Q-0042", "hours_text": "2 hours", "rate_text": "$250",
                    "total_text": "$500", "direct_brief": true, "direct_reason": "a question needs information"},
            "client": {"name": "Alice Moreau", "first_name": "Alice", "address": "alice@client.example"},
            "questions": [{"text": "Can you review it?", "answer": "Yes.", "category": "work", "minutes": 90, "free": false}],
            "acceptance": "Yes, go ahead.",
            "original": "Can you review it?",
            "subject": "Contract",
            "quote": {"reference": "Q-0042", "hours_text": "2 hours", "rate_text": "$250", "total_text": "$500"},
            "firm": {"name": cfg.firm.name, "signer": cfg.firm.signer},
        });
        for name in ["handoff.txt", "reminder.txt"] {
            self.render_named(name, &sample)?;
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
        let subject = render("subject.txt")?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let body = tidy(&render("reply.txt")?);
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
}

#[derive(Debug, Serialize)]
struct QuestionContext {
    text: String,
    answer: String,
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
        firm: FirmContext {
            name: cfg.firm.name.clone(),
            signer: cfg.firm.signer.clone(),
        },
        questions: triage
            .questions
            .iter()
            .map(|q| QuestionContext {
                text: q.text.clone(),
                answer: q.answer.clone(),
                category: q.category.as_str(),
                minutes: q.minutes,
                free: q.free,
            })
            .collect(),
        quote: triage.quote.clone(),
        allowance_minutes: triage.allowance_minutes,
        subject: reply_subject(&mail.subject, triage.quote.is_some()),
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

    fn copy_others(dir: &Path) {
        for name in ["handoff.txt", "reminder.txt", "notice.txt"] {
            std::fs::copy(Path::new("templates").join(name), dir.join(name)).expect("copy");
        }
    }

    #[test]
    fn built_in_templates_render() {
        let cfg = Config::load(None, &HashMap::new()).expect("config");
        Templates::built_in().check(&cfg).expect("renders");
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
        let dir = std::env::temp_dir().join(format!("fm-tpl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join("reply.txt"), "Hi\n{% if x %}\nno end\n").expect("write");
        std::fs::write(dir.join("subject.txt"), "{{ subject }}").expect("write");
        copy_others(&dir);
        let err = Templates::load(&dir).expect_err("must not compile");
        let text = format!("{:#}", anyhow::Error::from(err));
        assert!(text.contains("reply.txt"), "{text}");
        let missing = Templates::load(&dir.join("nope")).expect_err("missing");
        assert!(missing.to_string().contains("reply.txt"));
    }

    #[test]
    fn undefined_variable_is_found_by_check() {
        let dir = std::env::temp_dir().join(format!("fm-tpl2-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join("reply.txt"), "Hi {{ client.nickname }}").expect("write");
        std::fs::write(dir.join("subject.txt"), "{{ subject }}").expect("write");
        copy_others(&dir);
        let t = Templates::load(&dir).expect("compiles");
        let cfg = Config::load(None, &HashMap::new()).expect("config");
        let err = t.check(&cfg).expect_err("undefined variable");
        assert!(format!("{:#}", anyhow::Error::from(err)).contains("nickname"));
    }
}
