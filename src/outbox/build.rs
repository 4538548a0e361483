//! Building the messages we send: a reply to a draft ([`build`]) and a plain message of ours
//! ([`build_plain`], the hand-off to production).
//!
//! Input: a draft or a [`Plain`]; output: the exact bytes, fixed when the send is decided. No I/O.
//! Everything that goes into a header may come from a client (a display name decoded from an
//! RFC 2047 encoded-word, a subject, Message-IDs), so it is cleaned here: control characters
//! (CR, LF, NUL, the other C0 and C1 controls, U+2028/U+2029) are folded into spaces, since lettre
//! panics on a name with a line break and a relay refuses a header with one; and every header is
//! bounded so that no line of the message exceeds 998 bytes (RFC 5322 2.1.1; a relay answers
//! "500 Line too long" otherwise): the subject is cut to [`SUBJECT_MAX_CHARS`], names to
//! [`NAME_MAX_CHARS`], `References` keeps the first id and the last few. A final check refuses to
//! build a message with a longer line rather than queue one no relay takes.

use std::time::{Duration, UNIX_EPOCH};

use lettre::address::Address;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue, MIME_VERSION_1_0};
use lettre::message::{Attachment, Mailbox, Message, MultiPart, SinglePart};

use crate::config::Config;
use crate::draft::NO_VALID_ADDRESS;
use crate::guard::OWN_MAIL_HEADER;
use crate::store::DraftRow;

use super::OutboxError;

/// The longest subject we write, in characters; a longer one keeps its start and its end (where
/// the `[Q-…]` reference is) around an ellipsis.
pub const SUBJECT_MAX_CHARS: usize = 250;
/// The longest display name we write, in characters.
pub const NAME_MAX_CHARS: usize = 100;
/// The most Message-IDs in `References`: the first (the thread's start) and the most recent ones,
/// as RFC 5322 3.6.4 and RFC 5537 3.4.4 suggest when trimming.
pub const REFERENCES_MAX: usize = 10;
/// The longest Message-ID we repeat in `In-Reply-To` or `References`, in bytes; a longer one is
/// left out (no real mail system makes one).
pub const MESSAGE_ID_MAX_BYTES: usize = 250;
/// RFC 5322 2.1.1: a line has at most 998 characters before its CRLF.
pub const LINE_MAX_BYTES: usize = 998;

/// `X-Fiveminute-Origin`: marks our own mail, so the guard never answers it when it comes back.
#[derive(Debug, Clone)]
struct Origin(String);

impl Header for Origin {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str(OWN_MAIL_HEADER)
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Origin(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `Auto-Submitted` (RFC 3834): `auto-replied` on replies no person approved, `auto-generated`
/// on the hand-off to production.
#[derive(Debug, Clone)]
struct AutoSubmitted(&'static str);

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted("auto-generated"))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.to_string())
    }
}

/// Characters that must never reach a header: they end or break a line somewhere.
fn is_breaking(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// A header text on one clean line: control characters and runs of whitespace become one space,
/// trimmed at both ends.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_breaking(c) || c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// At most `max` characters: a longer text keeps its start and its last `max / 5` characters
/// around "…", cut at character boundaries.
pub fn capped(s: &str, max: usize) -> String {
    let count = s.chars().count();
    if count <= max {
        return s.to_string();
    }
    let tail_len = max / 5;
    let head_len = max.saturating_sub(tail_len + 1);
    let head: String = s.chars().take(head_len).collect();
    let tail: String = s.chars().skip(count - tail_len).collect();
    format!("{}…{}", head.trim_end(), tail.trim_start())
}

/// A header text from any source: one clean line, at most `max` characters.
fn header_text(s: &str, max: usize) -> String {
    capped(&one_line(s), max)
}

/// A Message-ID as we repeat it (without brackets), or `None` when it could break the header:
/// empty, too long, or with whitespace, controls or angle brackets in it.
fn message_id(s: &str) -> Option<&str> {
    let s = s.trim().trim_start_matches('<').trim_end_matches('>');
    let fine = !s.is_empty()
        && s.len() <= MESSAGE_ID_MAX_BYTES
        && !s
            .chars()
            .any(|c| is_breaking(c) || c.is_whitespace() || matches!(c, '<' | '>'));
    fine.then_some(s)
}

/// The `References` we write: the first id and the most recent ones, `REFERENCES_MAX` at most.
fn references(refs: &str) -> Vec<String> {
    let ids: Vec<&str> = refs.split_whitespace().filter_map(message_id).collect();
    let kept: Vec<&str> = if ids.len() <= REFERENCES_MAX {
        ids
    } else {
        let mut k = vec![ids[0]];
        k.extend_from_slice(&ids[ids.len() - (REFERENCES_MAX - 1)..]);
        k
    };
    kept.into_iter().map(|r| format!("<{r}>")).collect()
}

/// The first line longer than RFC 5322 allows, as (line number, length), if any.
pub fn overlong_line(raw: &[u8]) -> Option<(usize, usize)> {
    raw.split(|b| *b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l).len())
        .enumerate()
        .find(|(_, len)| *len > LINE_MAX_BYTES)
        .map(|(i, len)| (i + 1, len))
}

/// The Date header's time.
fn date(now_ms: i64) -> std::time::SystemTime {
    UNIX_EPOCH + Duration::from_millis(u64::try_from(now_ms).unwrap_or(0))
}

/// A new Message-ID (without brackets) on the firm's domain.
fn new_message_id(cfg: &Config, now_ms: i64) -> String {
    let token: u64 = rand::random();
    format!("{now_ms}.{token:016x}@{}", one_line(&cfg.firm.domain))
}

/// A mailbox with a cleaned display name (none when the name cleans to nothing).
fn mailbox(name: Option<&str>, address: Address) -> Mailbox {
    let name = name
        .map(|n| header_text(n, NAME_MAX_CHARS))
        .filter(|n| !n.is_empty());
    Mailbox::new(name, address)
}

/// A text followed by files: `multipart/mixed`, each file base64 with
/// `Content-Disposition: attachment`.
fn with_files(text: &str, files: &[FileToSend]) -> MultiPart {
    let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(text.to_string()));
    for (name, content_type, bytes) in files {
        let ct = ContentType::parse(content_type)
            .or_else(|_| ContentType::parse("application/octet-stream"))
            .unwrap_or(ContentType::TEXT_PLAIN);
        parts = parts
            .singlepart(Attachment::new(header_text(name, NAME_MAX_CHARS)).body(bytes.clone(), ct));
    }
    parts
}

/// A message of ours that is not a reply to a draft (the hand-off to production).
#[derive(Debug, Clone)]
pub struct Plain<'a> {
    /// From (one of our addresses).
    pub from: &'a str,
    /// To.
    pub to: &'a str,
    /// Cc.
    pub cc: Option<&'a str>,
    /// Subject.
    pub subject: &'a str,
    /// Body.
    pub body: &'a str,
    /// Files sent with it (the client's files with the brief).
    pub files: &'a [FileToSend],
}

/// Builds a message of ours that no person reviews, marked `Auto-Submitted: auto-generated`.
pub fn build_plain(cfg: &Config, m: &Plain<'_>, now_ms: i64) -> Result<BuiltReply, String> {
    let parse = |a: &str| {
        a.parse::<Address>()
            .map_err(|e| format!("`{a}` is not a valid address: {e}"))
    };
    let from = parse(m.from)?;
    let to = parse(m.to)?;
    let message_id = new_message_id(cfg, now_ms);
    let mut b = Message::builder()
        .from(mailbox(Some(&cfg.firm.name), from.clone()))
        .to(Mailbox::new(None, to.clone()))
        .subject(header_text(m.subject, SUBJECT_MAX_CHARS))
        .message_id(Some(format!("<{message_id}>")))
        .date(date(now_ms))
        .header(Origin(one_line(&cfg.firm.domain)))
        .header(AutoSubmitted("auto-generated"))
        .header(MIME_VERSION_1_0);
    if m.files.is_empty() {
        b = b.header(ContentType::TEXT_PLAIN);
    }
    let mut recipients = vec![to.to_string()];
    if let Some(cc) = m.cc {
        let cc = parse(cc)?;
        recipients.push(cc.to_string());
        b = b.cc(Mailbox::new(None, cc));
    }
    let msg = if m.files.is_empty() {
        b.body(m.body.to_string())
    } else {
        b.multipart(with_files(m.body, m.files))
    }
    .map_err(|e| e.to_string())?;
    let raw = msg.formatted();
    if let Some((line, len)) = overlong_line(&raw) {
        return Err(format!(
            "line {line} of the message would be {len} bytes, over the {LINE_MAX_BYTES} a relay accepts"
        ));
    }
    Ok(BuiltReply {
        message_id,
        raw,
        sender: from.to_string(),
        recipients,
    })
}

/// The reply as it will be sent: its Message-ID (without brackets), exact bytes and recipients.
#[derive(Debug, Clone)]
pub struct BuiltReply {
    /// The Message-ID, on the firm's domain.
    pub message_id: String,
    /// The bytes sent.
    pub raw: Vec<u8>,
    /// Envelope sender.
    pub sender: String,
    /// Envelope recipients.
    pub recipients: Vec<String>,
}

/// Builds the reply for a draft, from the mailbox's address, at time `now_ms`.
pub fn build(
    cfg: &Config,
    from_address: &str,
    draft: &DraftRow,
    now_ms: i64,
    automatic: bool,
) -> Result<BuiltReply, OutboxError> {
    build_with_files(cfg, from_address, draft, now_ms, automatic, &[])
}

/// A file sent with a reply: (name, content type, bytes).
pub type FileToSend = (String, String, Vec<u8>);

/// As [`build`], with files attached: the reply is then `multipart/mixed`, its text first and
/// each file after it (base64, `Content-Disposition: attachment`).
pub fn build_with_files(
    cfg: &Config,
    from_address: &str,
    draft: &DraftRow,
    now_ms: i64,
    automatic: bool,
    files: &[FileToSend],
) -> Result<BuiltReply, OutboxError> {
    let id = draft.message.id;
    let bad = |message: String| OutboxError::Build { id, message };
    let to_text = draft
        .to_addr
        .as_deref()
        .ok_or_else(|| bad(format!("{NO_VALID_ADDRESS}: see the warning on the draft")))?;
    if !crate::parse::valid_address(to_text) {
        return Err(bad(format!("{NO_VALID_ADDRESS}: `{to_text}`")));
    }
    let to: Address = to_text
        .parse()
        .map_err(|e| bad(format!("{NO_VALID_ADDRESS}: `{to_text}` ({e})")))?;
    // The client's name travels only with the client's own address, never with another one.
    let to_name = draft.message.from_name.as_deref().filter(|_| {
        draft
            .message
            .from_addr
            .as_deref()
            .is_some_and(|f| f.eq_ignore_ascii_case(to_text))
    });
    let from: Address = from_address
        .parse()
        .map_err(|e| bad(format!("`{from_address}` is not a valid address: {e}")))?;
    let reply_id = new_message_id(cfg, now_ms);
    let mut b = Message::builder()
        .from(mailbox(Some(&cfg.firm.name), from.clone()))
        .to(mailbox(to_name, to.clone()))
        .subject(header_text(&draft.subject, SUBJECT_MAX_CHARS))
        .message_id(Some(format!("<{reply_id}>")))
        .date(date(now_ms))
        .header(Origin(one_line(&cfg.firm.domain)))
        .header(MIME_VERSION_1_0);
    if files.is_empty() {
        b = b.header(ContentType::TEXT_PLAIN);
    }
    if let Some(irt) = draft.in_reply_to.as_deref().and_then(message_id) {
        b = b.in_reply_to(format!("<{irt}>"));
    }
    let refs = references(&draft.refs);
    if !refs.is_empty() {
        b = b.references(refs.join(" "));
    }
    if automatic {
        b = b.header(AutoSubmitted("auto-replied"));
    }
    let msg = if files.is_empty() {
        b.body(draft.body.clone())
    } else {
        b.multipart(with_files(&draft.body, files))
    }
    .map_err(|e| bad(e.to_string()))?;
    let raw = msg.formatted();
    if let Some((line, len)) = overlong_line(&raw) {
        return Err(bad(format!(
            "line {line} of the reply would be {len} bytes, over the {LINE_MAX_BYTES} a relay accepts"
        )));
    }
    Ok(BuiltReply {
        message_id: reply_id,
        raw,
        sender: from.to_string(),
        recipients: vec![to.to_string()],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::ReviewRow;
    use std::collections::HashMap;

    fn draft() -> DraftRow {
        DraftRow {
            message: ReviewRow {
                id: 1,
                mailbox: "help".into(),
                status: "drafted".into(),
                reason: None,
                from_addr: Some("alice@client.example".into()),
                from_name: Some("Alice Moreau".into()),
                subject: Some("A few questions".into()),
                received_at: 0,
                questions: Some(1),
                quote: None,
                quote_total: None,
                currency: None,
                kind: "client".into(),
                decision: None,
                decision_reason: None,
                owner: None,
            },
            to_addr: Some("alice@client.example".into()),
            subject: "Re: A few questions [Q-0001]".into(),
            body: "Hi Alice,\n\nYes — café.\n".into(),
            in_reply_to: Some("p01@client.example".into()),
            refs: "p00@client.example p01@client.example".into(),
            analysis: "{}".into(),
            quote_id: None,
            quote_hours: None,
            quote_rate: None,
            version: 0,
        }
    }

    fn config() -> Config {
        Config::load(None, &HashMap::new()).expect("config")
    }

    /// The header section, unfolded: one entry per header.
    fn headers(raw: &[u8]) -> Vec<String> {
        let text = String::from_utf8_lossy(raw);
        let head = text.split("\r\n\r\n").next().expect("a header section");
        assert!(
            !head.replace("\r\n", "").contains(['\r', '\n']),
            "a bare CR or LF: {head:?}"
        );
        let mut out: Vec<String> = Vec::new();
        for line in head.split("\r\n") {
            match out.last_mut() {
                Some(last) if line.starts_with([' ', '\t']) => last.push_str(line),
                _ => out.push(line.to_string()),
            }
        }
        out
    }

    #[test]
    fn the_reply_carries_thread_headers_and_our_marker() {
        let cfg = config();
        let r = build(
            &cfg,
            "help@hallpartners.example",
            &draft(),
            1_795_000_000_000,
            false,
        )
        .expect("builds");
        let text = String::from_utf8_lossy(&r.raw);
        assert!(text.contains("In-Reply-To: <p01@client.example>"), "{text}");
        assert!(
            text.contains("References: <p00@client.example> <p01@client.example>"),
            "{text}"
        );
        assert!(
            text.contains("X-Fiveminute-Origin: hallpartners.example"),
            "{text}"
        );
        assert!(text.contains("MIME-Version: 1.0\r\n"), "{text}");
        assert!(text.contains(&format!("Message-ID: <{}>", r.message_id)));
        assert!(r.message_id.ends_with("@hallpartners.example"));
        assert!(!text.contains("Auto-Submitted"));
        let parsed = crate::parse::parse(&r.raw).expect("our reply parses");
        assert!(parsed.parts.new_text.contains("café"));
        let auto = build(&cfg, "help@hallpartners.example", &draft(), 0, true).expect("builds");
        assert!(String::from_utf8_lossy(&auto.raw).contains("Auto-Submitted: auto-replied"));
    }

    #[test]
    fn the_clients_name_goes_only_with_the_clients_address() {
        let cfg = Config::load(None, &HashMap::new()).expect("config");
        let mut d = draft();
        d.to_addr = Some("accounts@client.example".into());
        let r = build(&cfg, "help@hallpartners.example", &d, 0, false).expect("builds");
        let text = String::from_utf8_lossy(&r.raw);
        assert!(text.contains("To: accounts@client.example\r\n"), "{text}");
        assert!(!text.contains("Alice Moreau"), "{text}");
        d.to_addr = None;
        let err = build(&cfg, "help@hallpartners.example", &d, 0, false).expect_err("no address");
        assert!(err.to_string().contains(NO_VALID_ADDRESS), "{err}");
        d.to_addr = Some("script/<x>@client.example".into());
        let err = build(&cfg, "help@hallpartners.example", &d, 0, false).expect_err("bad address");
        assert!(err.to_string().contains(NO_VALID_ADDRESS), "{err}");
    }

    #[test]
    fn a_bad_recipient_is_named() {
        let mut d = draft();
        d.to_addr = Some("not an address".into());
        let err =
            build(&config(), "help@hallpartners.example", &d, 0, false).expect_err("bad address");
        assert!(err.to_string().contains("not an address"), "{err}");
    }

    #[test]
    fn control_characters_are_folded_out_of_every_header() {
        let mut cfg = config();
        cfg.firm.name = "Hall\r\n& Partners\u{0}".into();
        for name in [
            "Alice\r\nMoreau",
            "Alice\nMoreau",
            "Alice\rMoreau\u{0}",
            "Alice\u{2028}Moreau",
            "Alice\u{2029}\u{7}Moreau\u{1b}",
            "\r\n",
        ] {
            let mut d = draft();
            d.message.from_name = Some(name.into());
            d.subject = "Re: Contract\r\nBcc: victim@example.test\u{2028}[Q-0001]".into();
            d.in_reply_to = Some("p01@client.example>\r\nX-Evil: 1".into());
            d.refs = "p00@client.example bad\u{0}id@x p01@client.example".into();
            let r = build(&cfg, "help@hallpartners.example", &d, 0, false).expect("builds");
            let hs = headers(&r.raw);
            for h in &hs {
                assert!(!h.chars().any(is_breaking), "{name:?}: {h:?}");
            }
            assert_eq!(
                hs.iter().filter(|h| h.starts_with("To:")).count(),
                1,
                "{name:?}: {hs:?}"
            );
            let parsed = crate::parse::parse(&r.raw).expect("parses");
            let to = &parsed.to[0];
            assert_eq!(to.address, "alice@client.example");
            let expected = (!name.trim().is_empty()).then(|| "Alice Moreau".to_string());
            assert_eq!(to.name, expected, "{name:?}: {hs:?}");
            let from = parsed.from.as_ref().expect("a From");
            assert_eq!(from.name.as_deref(), Some("Hall & Partners"), "{hs:?}");
            assert_eq!(
                parsed.subject, "Re: Contract Bcc: victim@example.test [Q-0001]",
                "{hs:?}"
            );
            assert!(!hs.iter().any(|h| h.starts_with("X-Evil")), "{hs:?}");
            assert!(!hs.iter().any(|h| h.starts_with("In-Reply-To")), "{hs:?}");
            assert!(
                hs.contains(&"References: <p00@client.example> <p01@client.example>".to_string()),
                "{hs:?}"
            );
        }
    }

    #[test]
    fn a_huge_subject_and_thread_stay_within_998_bytes_a_line() {
        let refs: Vec<String> = (0..5000).map(|i| format!("r{i}@client.example")).collect();
        for subject in [
            format!("Re: {} [Q-0001]", "x".repeat(1_000_000)),
            format!("Re: {} [Q-0001]", "word ".repeat(200_000)),
            format!("Re: {} [Q-0001]", "é".repeat(500_000)),
        ] {
            let mut d = draft();
            d.subject = subject;
            d.message.from_name = Some("N".repeat(1_000_000));
            d.refs = format!("{} {}", refs.join(" "), "y".repeat(100_000));
            let r = build(&config(), "help@hallpartners.example", &d, 0, false).expect("builds");
            assert_eq!(overlong_line(&r.raw), None);
            let parsed = crate::parse::parse(&r.raw).expect("parses");
            assert!(parsed.subject.chars().count() <= SUBJECT_MAX_CHARS);
            assert!(parsed.subject.starts_with("Re: "), "{}", parsed.subject);
            assert!(parsed.subject.ends_with("[Q-0001]"), "{}", parsed.subject);
            assert!(parsed.subject.contains('…'), "{}", parsed.subject);
            let kept = &parsed.references;
            assert_eq!(kept.len(), REFERENCES_MAX, "{kept:?}");
            assert_eq!(kept[0], "r0@client.example");
            assert_eq!(kept[REFERENCES_MAX - 1], "r4999@client.example");
            assert_eq!(kept[1], "r4991@client.example");
        }
    }

    #[test]
    fn plain_messages_are_mime_and_clean() {
        let mut cfg = config();
        cfg.firm.name = "Hall\n& Partners".into();
        let subject = format!("Accepted: job\r\nQ-0001 {}", "z".repeat(5000));
        let m = Plain {
            from: "help@hallpartners.example",
            to: "production@hallpartners.example",
            cc: Some("help@hallpartners.example"),
            subject: &subject,
            body: "Start the job.\n",
            files: &[],
        };
        let r = build_plain(&cfg, &m, 0).expect("builds");
        let text = String::from_utf8_lossy(&r.raw);
        assert!(text.contains("MIME-Version: 1.0\r\n"), "{text}");
        assert!(text.contains("Auto-Submitted: auto-generated"), "{text}");
        assert_eq!(overlong_line(&r.raw), None);
        let hs = headers(&r.raw);
        for h in &hs {
            assert!(!h.chars().any(is_breaking), "{h:?}");
        }
        let parsed = crate::parse::parse(&r.raw).expect("parses");
        let from = parsed.from.as_ref().expect("a From");
        assert_eq!(from.name.as_deref(), Some("Hall & Partners"), "{hs:?}");
        assert!(parsed.subject.starts_with("Accepted: job Q-0001 zzz"));
        assert!(parsed.subject.chars().count() <= SUBJECT_MAX_CHARS);
    }

    #[test]
    fn capping_keeps_the_end_and_char_boundaries() {
        assert_eq!(capped("short", 10), "short");
        let c = capped(&"é".repeat(300), 250);
        assert_eq!(c.chars().count(), 250);
        assert!(c.contains('…'));
        assert_eq!(one_line("  a\r\n\tb\u{2028}c \u{0} "), "a b c");
        assert_eq!(message_id("<a@b>"), Some("a@b"));
        assert_eq!(message_id("a b@c"), None);
    }
}
