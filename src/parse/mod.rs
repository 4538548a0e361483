//! Stage 2, parse: raw message bytes to an [`InboundMail`].
//!
//! Input: the bytes of one message as received (any MIME structure, charset and transfer
//! encoding; mail-parser decodes them). Output: the headers the later stages read, the text body
//! (plain before HTML; HTML converted with line breaks, lists and quotes kept) and that body
//! separated into the client's new text, quoted history, forwarded messages and signature.
//! No I/O.

pub mod files;
mod html;
pub use html::HtmlShape;
pub mod quote;

use std::sync::LazyLock;

use mail_parser::{Address, HeaderValue, MessageParser, MimeHeaders, PartType};
use regex::Regex;
use serde::Serialize;

pub use quote::{Separated, separate};

/// Text bodies beyond this many bytes are cut before separation: a client's questions are at the
/// top, and a pathological body must not stall the pipeline.
pub const MAX_BODY_BYTES: usize = 512 * 1024;

/// Bytes of a message that are parsed at all. Questions, headers and the structure a guard reads
/// are at the top; a 30 MB attachment below them is stored whole but never decoded here, so the
/// memory a message costs the pipeline is bounded whatever its size.
pub const MAX_PARSE_BYTES: usize = 4 * 1024 * 1024;

/// Why a message could not be parsed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    /// Zero bytes.
    #[error("cannot parse an empty message")]
    Empty,
    /// Bytes without a single header line.
    #[error("cannot parse the message: it has no header lines, so it is not an email")]
    NoHeaders,
}

/// One address with its display name.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Mailbox {
    /// The display name, when there is one ("Alice Moreau").
    pub name: Option<String>,
    /// The address, as written ("alice@moreau-florist.com").
    pub address: String,
}

impl Mailbox {
    /// The part after the @, lower-cased.
    pub fn domain(&self) -> Option<String> {
        self.address
            .rsplit_once('@')
            .map(|(_, d)| d.to_ascii_lowercase())
    }

    /// The part before the @, lower-cased.
    pub fn local_part(&self) -> String {
        self.address
            .rsplit_once('@')
            .map_or(self.address.as_str(), |(l, _)| l)
            .to_ascii_lowercase()
    }
}

/// A message as the pipeline sees it.
#[derive(Debug, Clone, Serialize)]
pub struct InboundMail {
    /// The Message-ID without angle brackets.
    pub message_id: Option<String>,
    /// Message-IDs from In-Reply-To.
    pub in_reply_to: Vec<String>,
    /// Message-IDs from References, oldest first.
    pub references: Vec<String>,
    /// The author.
    pub from: Option<Mailbox>,
    /// Where replies go when not to the author.
    pub reply_to: Option<Mailbox>,
    /// Every Reply-To address (a message may name several).
    pub reply_to_all: Vec<Mailbox>,
    /// Primary recipients.
    pub to: Vec<Mailbox>,
    /// Copied recipients.
    pub cc: Vec<Mailbox>,
    /// The subject, decoded.
    pub subject: String,
    /// The Date header in RFC 3339, when it parses.
    pub date: Option<String>,
    /// Every header as (lower-case name, unfolded value), in order.
    #[serde(skip)]
    pub headers: Vec<(String, String)>,
    /// The content types of every part (`multipart/report`, `message/delivery-status`, ...).
    pub content_types: Vec<String>,
    /// The `report-type` parameter of a `multipart/report`.
    pub report_type: Option<String>,
    /// The text body that was read.
    #[serde(skip)]
    pub body: String,
    /// True when the body was converted from HTML.
    pub body_from_html: bool,
    /// How the first HTML part is built (tables, a tracking pixel), read or not.
    pub html_shape: HtmlShape,
    /// The body separated into new text, quotes, forwards and signature.
    pub parts: Separated,
    /// File names of attachments.
    pub attachments: Vec<String>,
    /// Things that went wrong but did not stop parsing (bad charset, cut body), for review.
    pub problems: Vec<String>,
}

impl InboundMail {
    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// True when the header is present at all.
    pub fn has_header(&self, name: &str) -> bool {
        self.header(name).is_some()
    }

    /// True when `address` is written, as it is, in a header named `name`: a parser that
    /// repaired a malformed header (`<script>x</script>carol@…` read as `script/scriptcarol@…`)
    /// gives an address that is not there, and we must not send to it.
    pub fn address_in_header(&self, name: &str, address: &str) -> bool {
        let needle = address.to_lowercase();
        self.headers
            .iter()
            .any(|(n, v)| n == name && v.to_lowercase().contains(&needle))
    }

    /// The client's first name for a greeting: from the display name ("Moreau, Alice" and
    /// "Alice Moreau" both give "Alice"), or None when there is no usable name.
    pub fn first_name(&self) -> Option<String> {
        let name = self
            .from
            .as_ref()?
            .name
            .as_deref()?
            .trim()
            .trim_matches('"');
        if name.is_empty() || name.contains('@') {
            return None;
        }
        let given = match name.split_once(',') {
            Some((_, given)) if !given.trim().is_empty() => given.trim(),
            _ => name,
        };
        let first = given.split_whitespace().next()?;
        let first = first.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
        let looks_like_name = first.chars().next().is_some_and(char::is_alphabetic)
            && first.chars().count() > 1
            && !first
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic());
        if !looks_like_name {
            return None;
        }
        let mut c = first.chars();
        let initial = c.next()?;
        Some(initial.to_uppercase().chain(c).collect())
    }
}

/// True when `address` is a mailbox we can send to (RFC 5321 `Mailbox`): a dot-atom or quoted
/// local part of at most 64 octets, `@`, and a domain of letter-digit-hyphen labels (UTF-8
/// letters allowed, as SMTPUTF8 does) or an address literal; at most 254 octets in all.
pub fn valid_address(address: &str) -> bool {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    if address.len() > 254 || local.is_empty() || local.len() > 64 || domain.is_empty() {
        return false;
    }
    let atext = |c: char| {
        c.is_alphanumeric() || (c.is_ascii_punctuation() && "!#$%&'*+-/=?^_`{|}~".contains(c))
    };
    let local_ok = if let Some(inner) = local.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        !inner
            .chars()
            .any(|c| c.is_control() || c == '"' || c == '\\')
    } else {
        local
            .split('.')
            .all(|atom| !atom.is_empty() && atom.chars().all(atext))
    };
    let domain_ok = if let Some(lit) = domain.strip_prefix('[').and_then(|d| d.strip_suffix(']')) {
        lit.parse::<std::net::IpAddr>().is_ok()
            || lit
                .strip_prefix("IPv6:")
                .is_some_and(|v| v.parse::<std::net::Ipv6Addr>().is_ok())
    } else {
        domain.len() <= 253
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
    };
    local_ok && domain_ok
}

/// True when the first line (after leading blank lines, and an mbox `From ` line) is a header
/// field: a name of printable ASCII without `:` or space, then `:`. Bytes that do not start so
/// are not an email, whatever a lenient parser makes of them.
fn starts_with_header(raw: &[u8]) -> bool {
    let mut lines = raw
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .skip_while(|l| l.is_empty());
    let mut first = lines.next().unwrap_or_default();
    if first.starts_with(b"From ") {
        first = lines.next().unwrap_or_default();
    }
    match first.iter().position(|&b| b == b':') {
        Some(colon) if colon > 0 => first[..colon].iter().all(|&b| (33..=126).contains(&b)),
        _ => false,
    }
}

/// `raw` from its first line that is not only white space.
fn skip_blank_lines(raw: &[u8]) -> &[u8] {
    let mut at = 0;
    while let Some(end) = raw[at..].iter().position(|&b| b == b'\n') {
        if raw[at..at + end].iter().all(u8::is_ascii_whitespace) {
            at += end + 1;
        } else {
            break;
        }
    }
    &raw[at..]
}

/// Parses raw bytes. Never panics on any input; fails only for input that is not an email.
pub fn parse(raw: &[u8]) -> Result<InboundMail, ParseError> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::Empty);
    }
    // Lines of nothing but white space before the headers (a tool's padding): read from the first
    // line that has something.
    let raw = skip_blank_lines(raw);
    if !starts_with_header(raw) {
        return Err(ParseError::NoHeaders);
    }
    let whole = raw.len();
    let raw = &raw[..whole.min(MAX_PARSE_BYTES)];
    let headers = header_fields(raw);
    let repaired = repair_short_zones(raw);
    let msg = MessageParser::default()
        .parse(repaired.as_ref())
        .ok_or(ParseError::NoHeaders)?;
    if msg.headers().is_empty() || headers.is_empty() {
        return Err(ParseError::NoHeaders);
    }

    let mut problems = Vec::new();
    if whole > MAX_PARSE_BYTES {
        problems.push(format!(
            "the message is {} MiB; only its first {} MiB were read (attachments after that \
             are not listed)",
            whole.div_ceil(1024 * 1024),
            MAX_PARSE_BYTES / (1024 * 1024)
        ));
    }
    let mut content_types = Vec::new();
    let mut report_type = None;
    for part in &msg.parts {
        if let Some(ct) = part.content_type() {
            let full = format!(
                "{}/{}",
                ct.ctype().to_ascii_lowercase(),
                ct.subtype().unwrap_or("").to_ascii_lowercase()
            );
            if full == "multipart/report" {
                report_type = ct.attribute("report-type").map(str::to_ascii_lowercase);
            }
            if !content_types.contains(&full) {
                content_types.push(full);
            }
        }
        if part.is_encoding_problem {
            problems.push("a part could not be decoded with its declared encoding".to_string());
        }
    }

    let (mut body, body_from_html) = body_text(&msg);
    let html_shape = msg
        .html_bodies()
        .find_map(|p| match &p.body {
            PartType::Html(h) => Some(html::shape(
                &h[..floor_char_boundary(h, h.len().min(4 * MAX_BODY_BYTES))],
            )),
            _ => None,
        })
        .unwrap_or_default();
    if body.len() > MAX_BODY_BYTES {
        let mut cut = MAX_BODY_BYTES;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        body.truncate(cut);
        body.shrink_to_fit();
        problems.push(format!(
            "the body is longer than {} KiB; only its beginning was read",
            MAX_BODY_BYTES / 1024
        ));
    }
    let parts = separate(&body);

    let attachments = msg
        .attachments()
        .filter_map(|a| a.attachment_name().map(str::to_string))
        .collect();

    let mut mail = InboundMail {
        message_id: msg.message_id().map(str::to_string),
        in_reply_to: ids(msg.in_reply_to()),
        references: ids(msg.references()),
        from: msg.from().and_then(first_mailbox),
        reply_to: msg.reply_to().and_then(first_mailbox),
        reply_to_all: msg.reply_to().map(mailboxes).unwrap_or_default(),
        to: msg.to().map(mailboxes).unwrap_or_default(),
        cc: msg.cc().map(mailboxes).unwrap_or_default(),
        subject: msg.subject().unwrap_or("").trim().to_string(),
        date: msg.date().map(|d| d.to_rfc3339()),
        headers,
        content_types,
        report_type,
        body,
        body_from_html,
        html_shape,
        parts,
        attachments,
        problems,
    };
    mail.take_inline_answers();
    Ok(mail)
}

static ANSWERS_BELOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(answers?|comments?|responses?|replies|notes|thoughts|reply)\b.{0,40}\b(below|inline|in[-\s]line|underneath|in\s+(red|blue|bold|green|caps|capitals))\b|\bmarked\s+(with|as)\b|\bsee\s+below\b|\binline\b",
    )
    .expect("pattern compiles")
});

static MARKED_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(marked|prefixed|starting|beginning)\s+(with|as|by)\s+[\x22'“]?([\p{L}]{2,20})",
    )
    .expect("pattern compiles")
});

impl InboundMail {
    /// "See my answers below, marked with ANNA:" — answers written inside the quoted message
    /// without quote marks (Outlook) are the client's new words: add them to the new text.
    fn take_inline_answers(&mut self) {
        if self.parts.quoted.is_empty() || !ANSWERS_BELOW.is_match(&self.parts.new_text) {
            return;
        }
        let mut markers: Vec<String> = Vec::new();
        if let Some(c) = MARKED_WITH.captures(&self.parts.new_text) {
            markers.push(c[3].to_lowercase());
        }
        if let Some(n) = self.first_name() {
            markers.push(n.to_lowercase());
        }
        if markers.is_empty() {
            return;
        }
        let answers: Vec<String> = self
            .parts
            .quoted
            .lines()
            .filter_map(|l| {
                let t = l.trim_start_matches(['>', ' ']).trim();
                let (head, rest) = t.split_once([':', '-'])?;
                let head = head.trim().to_lowercase();
                (markers.contains(&head) && !rest.trim().is_empty())
                    .then(|| rest.trim().to_string())
            })
            .collect();
        if !answers.is_empty() {
            self.parts.new_text = format!("{}\n\n{}", self.parts.new_text, answers.join("\n\n"));
        }
    }
}

/// The header fields of the top-level header block, read line by line as RFC 5322 writes them
/// (a name, a colon, a value; lines starting with white space continue it), up to the first empty
/// line. Each field stands on its own line, so one malformed value cannot hide the fields after
/// it, whatever a structured parser makes of that value. Lines that are neither a field nor a
/// continuation are skipped. Names are lower-cased, values unfolded and trimmed.
pub fn header_fields(raw: &[u8]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut lines = raw
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .skip_while(|l| l.is_empty())
        .peekable();
    if lines.peek().is_some_and(|l| l.starts_with(b"From ")) {
        lines.next();
    }
    let mut current: Option<usize> = None;
    for line in lines {
        if line.is_empty() {
            break;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            if let Some(i) = current {
                let more = String::from_utf8_lossy(line);
                let v = &mut out[i].1;
                if !v.is_empty() {
                    v.push(' ');
                }
                v.push_str(more.trim());
            }
            continue;
        }
        current = None;
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let name = line[..colon].trim_ascii_end();
        if name.is_empty() || !name.iter().all(|&b| (33..=126).contains(&b)) {
            continue;
        }
        let value = String::from_utf8_lossy(&line[colon + 1..])
            .trim()
            .to_string();
        out.push((String::from_utf8_lossy(name).to_ascii_lowercase(), value));
        current = Some(out.len() - 1);
    }
    out
}

/// mail-parser 0.11 reads an obsolete one- or two-letter time zone (`17:14:50 UT`, `Z`) by taking
/// the next two bytes whatever they are, so with the line end among them the date runs on into
/// the next header, which is lost (an `Auto-Submitted` or `List-Id` right after the Date vanished
/// that way). Date lines ending so get two spaces before their line end; other bytes are kept.
fn repair_short_zones(raw: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let needs = |line: &[u8]| {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let colon = match line.iter().position(|&b| b == b':') {
            Some(c) => c,
            None => return false,
        };
        let name = &line[..colon];
        if !(name.eq_ignore_ascii_case(b"date") || name.eq_ignore_ascii_case(b"resent-date")) {
            return false;
        }
        let value = line[colon + 1..].trim_ascii_end();
        let zone_len = value
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        (1..=2).contains(&zone_len) && value.len() > zone_len
    };
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, &b) in raw.iter().enumerate() {
        if b == b'\n' {
            let line = &raw[start..i];
            if line.len() > 5 && line.len() < 200 && needs(line) {
                let end = if line.ends_with(b"\r") { i - 1 } else { i };
                spans.push(end);
            }
            start = i + 1;
        }
    }
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(raw.len() + 2 * spans.len());
    let mut from = 0;
    for at in spans {
        out.extend_from_slice(&raw[from..at]);
        out.extend_from_slice(b"  ");
        from = at;
    }
    out.extend_from_slice(&raw[from..]);
    std::borrow::Cow::Owned(out)
}

/// Plain text before HTML; an empty plain part next to an HTML one does not count.
fn body_text(msg: &mail_parser::Message<'_>) -> (String, bool) {
    let mut plain = String::new();
    for part in msg.text_bodies() {
        if let PartType::Text(t) = &part.body {
            if plain.len() > MAX_BODY_BYTES {
                break;
            }
            if !plain.is_empty() {
                plain.push('\n');
            }
            // A byte more than the bound, so the caller still sees the body was cut.
            plain.push_str(&t[..floor_char_boundary(t, t.len().min(MAX_BODY_BYTES + 1))]);
        }
    }
    if !plain.trim().is_empty() {
        return (plain, false);
    }
    let mut text = String::new();
    for part in msg.html_bodies() {
        if let PartType::Html(h) = &part.body {
            let h = if h.len() > 4 * MAX_BODY_BYTES {
                &h[..floor_char_boundary(h, 4 * MAX_BODY_BYTES)]
            } else {
                h.as_ref()
            };
            if let Some(t) = html::to_text(h) {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&t);
            }
        }
    }
    if !text.trim().is_empty() {
        return (text, true);
    }
    (other_text(msg).unwrap_or(plain), false)
}

/// RFC 2045: a `text` part with no subtype, or a subtype we do not know (`text/enriched`,
/// `text/x-anything`), is read as text/plain. mail-parser files such parts as attachments; when
/// a message has no plain or HTML body, the first of them that is not a named attachment is the
/// body.
fn other_text(msg: &mail_parser::Message<'_>) -> Option<String> {
    msg.parts.iter().find_map(|part| {
        let ct = part.content_type()?;
        let named = part.attachment_name().is_some()
            || part
                .content_disposition()
                .is_some_and(|d| d.ctype().eq_ignore_ascii_case("attachment"));
        let is_other_text = ct.ctype().eq_ignore_ascii_case("text")
            && !ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("html") || s.eq_ignore_ascii_case("plain"));
        match &part.body {
            PartType::Text(t) if is_other_text && !named && !t.trim().is_empty() => {
                Some(t[..floor_char_boundary(t, t.len().min(MAX_BODY_BYTES + 1))].to_string())
            }
            _ => None,
        }
    })
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ids(v: &HeaderValue<'_>) -> Vec<String> {
    match v {
        HeaderValue::Text(t) => vec![t.trim_matches(['<', '>']).to_string()],
        HeaderValue::TextList(l) => l
            .iter()
            .map(|t| t.trim_matches(['<', '>']).to_string())
            .collect(),
        _ => Vec::new(),
    }
}

fn to_mailbox(a: &mail_parser::Addr<'_>) -> Option<Mailbox> {
    let address = a.address()?.trim().to_string();
    if address.is_empty() {
        return None;
    }
    Some(Mailbox {
        name: a
            .name()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty()),
        address,
    })
}

fn first_mailbox(a: &Address<'_>) -> Option<Mailbox> {
    a.iter().find_map(to_mailbox)
}

fn mailboxes(a: &Address<'_>) -> Vec<Mailbox> {
    a.iter().filter_map(to_mailbox).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_before_html_and_headers() {
        let raw = b"From: \"Moreau, Alice\" <alice@x.example>\r\nTo: help@firm.example\r\n\
Subject: Hi\r\nMessage-ID: <a1@x.example>\r\nIn-Reply-To: <q1@firm.example>\r\n\
Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\
Plain?\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>Html?</p>\r\n--b--\r\n";
        let m = parse(raw).expect("parses");
        assert_eq!(m.parts.new_text, "Plain?");
        assert_eq!(m.message_id.as_deref(), Some("a1@x.example"));
        assert_eq!(m.in_reply_to, vec!["q1@firm.example"]);
        assert_eq!(m.first_name().as_deref(), Some("Alice"));
        assert_eq!(m.header("SUBJECT"), Some("Hi"));
        assert!(!m.body_from_html);
    }

    #[test]
    fn html_only_and_latin1() {
        let mut raw = b"From: a@x.example\nContent-Type: text/html; charset=iso-8859-1\n\n<ul><li>Qu'est-ce que c'est?</li><li>Caf".to_vec();
        raw.push(0xe9);
        raw.extend_from_slice(b"?</li></ul>");
        let m = parse(&raw).expect("parses");
        assert!(m.body_from_html);
        assert!(m.parts.new_text.contains("- Café?"), "{}", m.parts.new_text);
    }

    #[test]
    fn lines_of_white_space_before_the_headers_are_skipped() {
        let mut raw = " ".repeat(255).into_bytes();
        raw.extend_from_slice(
            b"\n\t \r\nFrom: postmaster@x.example\nSubject: Undeliverable: hi\n\nNot delivered.\n",
        );
        let m = parse(&raw).expect("parses");
        assert_eq!(m.subject, "Undeliverable: hi");
        assert_eq!(m.parts.new_text, "Not delivered.");
    }

    #[test]
    fn junk_is_refused_cleanly() {
        assert_eq!(parse(b"").err(), Some(ParseError::Empty));
        assert_eq!(parse(b"  \n ").err(), Some(ParseError::Empty));
        // Binary junk never panics; whatever mail-parser makes of it, we either parse or refuse.
        let junk: Vec<u8> = (0..5000u32).map(|i| (i * 7919 % 256) as u8).collect();
        let _ = parse(&junk);
    }

    #[test]
    fn first_name_variants() {
        let mk = |n: &str| InboundMail {
            from: Some(Mailbox {
                name: Some(n.into()),
                address: "a@b.example".into(),
            }),
            ..parse(b"From: a@b.example\n\nx").expect("parses")
        };
        assert_eq!(mk("bruno silva").first_name().as_deref(), Some("Bruno"));
        assert_eq!(mk("ACME SALES").first_name(), None);
        assert_eq!(mk("a@b.example").first_name(), None);
    }

    #[test]
    fn text_without_a_known_subtype_is_plain_text() {
        for ct in ["text", "text/x-foo", "text/enriched", "TEXT"] {
            let raw = format!(
                "From: a@b.example\nTo: help@firm.example\nSubject: x\nContent-Type: {ct}; charset=us-ascii\n\nCan you send the invoice?\n"
            );
            let mail = parse(raw.as_bytes()).expect("parses");
            assert!(
                mail.parts.new_text.contains("send the invoice"),
                "{ct}: {:?}",
                mail.body
            );
        }
        let raw = "From: a@b.example\nTo: h@f.example\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text\n\nCan you call?\n--b--\n";
        assert!(
            parse(raw.as_bytes())
                .unwrap()
                .body
                .contains("Can you call?")
        );
    }

    #[test]
    fn header_fields_are_read_line_by_line() {
        let raw = b"From x\nA: 1\nB-C: two\n  lines\nnot a header\nD:\n\nE: body\n";
        let h = header_fields(raw);
        assert_eq!(
            h,
            vec![
                ("a".into(), "1".into()),
                ("b-c".into(), "two lines".into()),
                ("d".into(), String::new())
            ]
        );
    }
}
