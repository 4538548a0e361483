//! Stage 3, guard: is this mail from a machine, and may a machine answer it?
//!
//! Input: an [`InboundMail`] and the firm's [`Policy`]. Output: a [`GuardDecision`] with two
//! answers, each naming the rule that decided it: the verdict (`automatic` for machine-made mail,
//! which is never taken as a client's question or decision, or `human`), and whether an automatic
//! reply is allowed (never for machine mail; also not for some mail people wrote, which still goes
//! to review). No I/O.
//!
//! Headers decide (RFC 3834, RFC 3464 reports, list headers, Exchange's markers). Body text alone
//! never makes a person's mail machine-made: "I'm out of office next week, can you…" is a person.
//! The one place text counts is next to a header or subject that already says "automatic".

use std::sync::{Arc, LazyLock};

use regex::Regex;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::lexicon::{Lexicon, PhraseSet};
use crate::parse::InboundMail;

/// Who wrote the mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Machine-made: bounces, auto-replies, lists, our own mail coming back.
    Automatic,
    /// Written by a person.
    Human,
}

/// The guard's two answers with their reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardDecision {
    /// Machine or person.
    pub verdict: Verdict,
    /// May a reply be sent without a person approving it.
    pub auto_reply_allowed: bool,
    /// Why, in words, for the verdict (and for a refused auto-reply when the verdict is human).
    pub reason: String,
    /// The identifier of the rule that decided the verdict, e.g. `auto-submitted`.
    pub rule: String,
    /// The rule that refused an automatic reply to a person's mail, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_reply_rule: Option<String>,
}

impl GuardDecision {
    /// True for machine-made mail.
    pub fn is_automatic(&self) -> bool {
        self.verdict == Verdict::Automatic
    }
}

/// What the guard needs to know about us.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Our own addresses, lower-cased.
    pub own_addresses: Vec<String>,
    /// Our domain, lower-cased: mail to any address there is addressed to us.
    pub own_domain: String,
    /// Local parts of role addresses (people, but never answered by a robot).
    pub role_senders: Vec<String>,
    /// Addresses or `@domain`s that are machines.
    pub machine_senders: Vec<String>,
    /// Points of evidence at which mail is machine-made.
    pub machine_score: i32,
    /// The phrase lists and header knowledge.
    pub lexicon: Arc<Lexicon>,
}

const BUILT_IN_ROLES: &[&str] = &[
    "postmaster",
    "abuse",
    "hostmaster",
    "webmaster",
    "security",
    "noc",
    "root",
    "listmaster",
];

impl Policy {
    /// The policy of a configuration.
    pub fn from_config(cfg: &Config, lexicon: Arc<Lexicon>) -> Policy {
        let lower = |v: &[String]| v.iter().map(|s| s.trim().to_ascii_lowercase()).collect();
        let mut role_senders: Vec<String> = BUILT_IN_ROLES.iter().map(|s| s.to_string()).collect();
        role_senders.extend(lower(&cfg.guard.role_senders));
        Policy {
            own_addresses: lower(&cfg.own_addresses()),
            own_domain: cfg.firm.domain.trim().to_ascii_lowercase(),
            role_senders,
            machine_senders: lower(&cfg.guard.machine_senders),
            machine_score: cfg.guard.machine_score,
            lexicon,
        }
    }
}

/// The header we put on every message we send, so our own mail is recognised when it returns.
pub const OWN_MAIL_HEADER: &str = "X-Fiveminute-Origin";

fn automatic(rule: &str, reason: String) -> GuardDecision {
    GuardDecision {
        verdict: Verdict::Automatic,
        auto_reply_allowed: false,
        reason,
        rule: rule.to_string(),
        auto_reply_rule: None,
    }
}

/// Text bytes of the body searched for a notice's wording: a bounce or an auto-reply says what it
/// is at the top.
const BODY_SCAN_BYTES: usize = 16 * 1024;

/// Decides whether the mail is machine-made and whether a robot may answer it.
pub fn check(mail: &InboundMail, policy: &Policy) -> GuardDecision {
    let evidence = match weigh(mail, policy) {
        Weighed::Sure(d) => return d,
        Weighed::Points(e) => e,
    };
    let total: i32 = evidence.iter().map(|e| e.points).sum();
    if total >= policy.machine_score {
        let top = evidence
            .iter()
            .max_by_key(|e| e.points)
            .map(|e| e.rule)
            .unwrap_or("evidence");
        return automatic(top, describe(&evidence, total));
    }
    let refused = no_auto_reply(mail, policy)
        .or_else(|| {
            (!has_a_persons_words(&mail.body)).then(|| {
                (
                    "no-text",
                    "the mail holds no words a person wrote (only attachments, data or markup): a person must look".to_string(),
                )
            })
        })
        .or_else(|| {
        // Half the score: a person's "I'm out of office next week" alone is no sign.
        (2 * total >= policy.machine_score).then(|| {
            (
                "machine-evidence",
                format!(
                    "some signs of machine-made mail, too few to be sure ({}): a person must look",
                    describe(&evidence, total)
                ),
            )
        })
    });
    match refused {
        Some((rule, reason)) => GuardDecision {
            verdict: Verdict::Human,
            auto_reply_allowed: false,
            reason: if evidence.is_empty() || rule == "machine-evidence" {
                reason
            } else {
                format!(
                    "{reason}; signs of machine-made mail too weak to count: {}",
                    describe(&evidence, total)
                )
            },
            rule: "human".into(),
            auto_reply_rule: Some(rule.to_string()),
        },
        None => GuardDecision {
            verdict: Verdict::Human,
            auto_reply_allowed: true,
            reason: if evidence.is_empty() {
                "no sign of machine-made mail".into()
            } else {
                format!(
                    "signs of machine-made mail too weak to count: {}",
                    describe(&evidence, total)
                )
            },
            rule: "human".into(),
            auto_reply_rule: None,
        },
    }
}

/// A person writes words: a body of only attachments, an XML record or markup is no one's
/// message to answer by robot.
fn has_a_persons_words(body: &str) -> bool {
    let t = body.trim_start();
    if t.starts_with("<?xml") || t.starts_with("<!DOCTYPE") || t.starts_with("<?") {
        return false;
    }
    let mut head_end = t.len().min(BODY_SCAN_BYTES);
    while !t.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &t[..head_end];
    let words = head
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.contains('<'))
        .count();
    let tags = head.matches('<').count();
    words >= 3 && tags * 4 <= words
}

/// One piece of evidence that a machine wrote the mail.
#[derive(Debug, Clone)]
struct Evidence {
    rule: &'static str,
    points: i32,
    what: String,
}

enum Weighed {
    /// Evidence that decides alone.
    Sure(GuardDecision),
    /// Evidence to add up.
    Points(Vec<Evidence>),
}

fn describe(evidence: &[Evidence], total: i32) -> String {
    let parts: Vec<String> = evidence
        .iter()
        .map(|e| format!("{} (+{})", e.what, e.points))
        .collect();
    format!("{}; {total} points", parts.join(", "))
}

/// The address inside a header value: `Name <a@b>` gives `a@b`, `<>` gives an empty string.
fn address_of(value: &str) -> String {
    let v = value.trim();
    let inner = match (v.rfind('<'), v.rfind('>')) {
        (Some(a), Some(b)) if a < b => &v[a + 1..b],
        _ => v.split_whitespace().next().unwrap_or(""),
    };
    inner.trim().trim_matches('"').to_ascii_lowercase()
}

fn local_of(address: &str) -> &str {
    address.rsplit_once('@').map_or(address, |(l, _)| l)
}

/// True when `local` is one of `names`, or starts with one before a separator, or ends with one
/// after a separator (`noreply+x`, `shop-noreply`).
fn local_is(local: &str, names: &PhraseSet) -> Option<String> {
    let local = local.to_lowercase();
    let base = local.split('+').next().unwrap_or(&local);
    if names.contains_exactly(base) {
        return Some(base.to_string());
    }
    let lower: String = base
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    names
        .matches(&lower)
        .into_iter()
        .find(|&(s, e, _)| {
            (s == 0 || lower[..s].ends_with('-'))
                && (e == lower.len() || lower[e..].starts_with('-'))
        })
        .map(|(_, _, p)| p.to_string())
}

/// A display name that is a phone number and nothing else ("408-276-0030", "+44 20 7946 0000").
fn phone_number_name(name: &str) -> bool {
    let n = name.trim().trim_matches('"').trim();
    let digits = n.chars().filter(char::is_ascii_digit).count();
    digits >= 6
        && n.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.' | '/'))
}

fn weigh(mail: &InboundMail, policy: &Policy) -> Weighed {
    let lex = &policy.lexicon;
    let from = mail.from.as_ref();
    let from_addr = from.map(|f| f.address.to_ascii_lowercase());
    let local = from.map(|f| f.local_part()).unwrap_or_default();
    let sure = |rule: &str, reason: String| Weighed::Sure(automatic(rule, reason));

    if let Some(a) = &from_addr
        && policy.own_addresses.iter().any(|o| o == a)
    {
        return sure(
            "own-address",
            format!("sent from our own address {a}: our mail coming back"),
        );
    }
    if mail.has_header(OWN_MAIL_HEADER) {
        return sure(
            "own-mail",
            format!("carries our {OWN_MAIL_HEADER} header: our mail coming back"),
        );
    }
    if let Some(v) = mail.header("auto-submitted") {
        let kind = v
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if kind != "no" && !kind.is_empty() {
            return sure("auto-submitted", format!("Auto-Submitted: {v} (RFC 3834)"));
        }
    }
    for (ct, what) in [
        ("message/delivery-status", "a delivery status notification"),
        (
            "message/global-delivery-status",
            "a delivery status notification",
        ),
        ("message/disposition-notification", "a read receipt"),
        ("message/feedback-report", "a spam feedback report"),
    ] {
        if mail.content_types.iter().any(|c| c == ct) {
            return sure("report", format!("{what} ({ct})"));
        }
    }
    if mail.content_types.iter().any(|c| c == "multipart/report") {
        let rt = mail.report_type.as_deref().unwrap_or("unknown");
        return sure(
            "report",
            format!("a machine report (multipart/report; report-type={rt})"),
        );
    }
    // The envelope sender: empty or the mail system itself is a bounce.
    for h in ["return-path", "x-envelope-from", "errors-to"] {
        if let Some(v) = mail.header(h) {
            let a = address_of(v);
            if a.is_empty() && h != "errors-to" {
                return sure(
                    "null-return-path",
                    format!("{h}: <> (a bounce or other machine notice)"),
                );
            }
            if let Some(d) = local_is(local_of(&a), lex.list("senders.daemon")) {
                return sure("mailer-daemon", format!("{h}: {a} ({d}: a bounce)"));
            }
        }
    }
    // The From header as written: `MAILER-DAEMON <>` has no address a parser keeps.
    if let Some(raw_from) = mail.header("from") {
        let a = address_of(raw_from);
        let name = raw_from
            .split('<')
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"')
            .to_lowercase();
        if raw_from.contains("<>") || (a.is_empty() && !name.is_empty()) {
            return sure(
                "mailer-daemon",
                format!("From: {raw_from} (no sender address: a bounce)"),
            );
        }
        if lex.list("senders.daemon").contains_exactly(&name) {
            return sure("mailer-daemon", format!("sent by \"{name}\" (a bounce)"));
        }
    }
    if let Some(d) = local_is(&local, lex.list("senders.daemon")) {
        return sure(
            "mailer-daemon",
            format!(
                "sent by {} ({d}: a bounce)",
                from_addr.as_deref().unwrap_or("MAILER-DAEMON")
            ),
        );
    }
    for (name, _) in &mail.headers {
        if lex.list("headers.bounce").contains_exactly(name) {
            return sure("bounce", format!("header {name} (a bounce)"));
        }
        if lex.list("headers.report").contains_exactly(name) {
            return sure("report", format!("header {name} (a machine report)"));
        }
    }
    for (name, value) in &mail.headers {
        if lex.list("headers.auto_reply").contains_exactly(name)
            && !matches!(
                value.trim().to_ascii_lowercase().as_str(),
                "no" | "false" | "0" | "" | "forward" | "forwarded"
            )
        {
            return sure(
                "autoreply-header",
                format!("header {name}: {value} (an automatic reply)"),
            );
        }
    }
    for h in ["precedence", "x-precedence"] {
        if let Some(v) = mail.header(h) {
            let v = v.trim().to_ascii_lowercase();
            if v == "auto_reply" || v == "auto-reply" {
                return sure(
                    "precedence",
                    format!("Precedence: {v} (an automatic reply)"),
                );
            }
            if v == "list" || v == "junk" {
                return sure("precedence", format!("Precedence: {v} (list or bulk mail)"));
            }
        }
    }
    for (name, _) in &mail.headers {
        if lex.list("headers.list").contains_exactly(name) {
            return sure(
                "list",
                format!("mailing list or newsletter (header {name})"),
            );
        }
    }
    let service = {
        let l = local.to_lowercase();
        let base = l.split('+').next().unwrap_or(&l).to_string();
        lex.list("senders.service_accounts")
            .contains_exactly(&base)
            .then_some(base)
    };
    if let Some(d) = local_is(&local, lex.list("senders.no_reply")).or(service) {
        return sure(
            "no-reply-sender",
            format!(
                "sent from an address nobody reads ({}: {d})",
                from_addr.as_deref().unwrap_or("")
            ),
        );
    }
    if let Some(a) = &from_addr {
        let domain = a.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
        if policy
            .machine_senders
            .iter()
            .any(|m| m == a || m.strip_prefix('@').is_some_and(|d| d == domain))
        {
            return sure(
                "machine-sender",
                format!("{a} is listed in guard.machine_senders"),
            );
        }
    }

    // Evidence that counts only together.
    let mut ev = Gathered {
        lex,
        items: Vec::new(),
    };
    if let Some(d) = local_is(&local, lex.list("senders.postmaster")) {
        ev.add("postmaster", "postmaster_sender", format!("sent by {d}@"));
    }
    if let Some(name) = from.and_then(|f| f.name.as_deref())
        && let Some(p) = lex
            .list("senders.system_names")
            .prefix(name.trim_matches('"'))
    {
        ev.add(
            "mailer-daemon",
            "system_name",
            format!("sender named \"{p}\""),
        );
    }
    let envelope = ["return-path", "sender", "errors-to", "x-envelope-from"]
        .iter()
        .filter_map(|h| mail.header(h).map(|v| (*h, address_of(v))))
        .find_map(|(h, a)| {
            lex.list("senders.list_envelope")
                .find(local_of(&a))
                .map(|p| format!("{h} {a} ({p})"))
        });
    let envelope = envelope.or_else(|| {
        ["return-path", "x-envelope-from", "errors-to"]
            .iter()
            .filter_map(|h| mail.header(h).map(|v| (*h, address_of(v))))
            .find_map(|(h, a)| {
                let (local, domain) = a.rsplit_once('@')?;
                let bounce_host = domain
                    .split('.')
                    .any(|label| lex.list("senders.envelope_domains").contains_exactly(label));
                // VERP: the recipient's address folded into the envelope (x+ann=client.example@).
                let verp = local.split('=').nth(1).is_some_and(|d| d.contains('.'));
                (bounce_host || verp).then(|| format!("{h} {a} (a bounce-handling address)"))
            })
    });
    if let Some(e) = envelope {
        ev.add("list", "list_envelope", e);
    }
    if let (Some(sender), Some(f)) = (mail.header("sender"), &from_addr) {
        let s = address_of(sender);
        if !s.is_empty() && &s != f {
            ev.add(
                "list",
                "sender_on_behalf",
                format!("Sender {s} is not From {f}"),
            );
        }
    }
    // A list manager's own address (`talk-request@`, `owner-talk@`): its confirmations and notices.
    if let Some(p) = lex.list("senders.list_robot").find(&local) {
        ev.add(
            "list",
            "list_envelope",
            format!("sent from a list manager's address ({local}@: {p})"),
        );
    }
    if let Some(to) = mail.header("to")
        && let Some(p) = lex.list("headers.undisclosed").find(&to.to_lowercase())
    {
        ev.add(
            "bulk",
            "undisclosed",
            format!("To: {p} (the real recipients were hidden: mail to many)"),
        );
    }
    if let Some(d) = local_is(&local, lex.list("senders.bulk")) {
        ev.add("bulk", "bulk_sender", format!("sent from {d}@"));
    }
    // A service's role account (`faxservice@`, `helpdesk-france@`, `status@`): a program or a
    // desk sends from it, seldom a client.
    if let Some(d) = local_is(&local, lex.list("senders.role_accounts")) {
        ev.add("machine-made", "role_sender", format!("sent from {d}@"));
    }
    // A fax or voice gateway names the caller's number: "408-276-0030" <faxservice@…>.
    if let Some(name) = from.and_then(|f| f.name.as_deref())
        && phone_number_name(name)
    {
        ev.add(
            "machine-made",
            "number_name",
            format!(
                "sender named by a phone number ({})",
                name.trim_matches('"')
            ),
        );
    }
    if let Some(d) = local_is(&local, lex.list("senders.reporters")) {
        ev.add("complaint", "report_sender", format!("sent from {d}@"));
    }
    if let Some(a) = mail.reply_to_all.iter().find_map(|r| {
        local_is(r.local_part().as_str(), lex.list("senders.no_reply")).map(|_| r.address.clone())
    }) {
        ev.add(
            "no-reply-sender",
            "no_reply_reply_to",
            format!("Reply-To {a} is an address nobody reads"),
        );
    }
    if let Some(p) = lex.list("subjects.report").find(&mail.subject) {
        ev.add(
            "report",
            "report_subject",
            format!("subject has \"{p}\" (the form of a machine report)"),
        );
    }
    if let Some(v) = mail.header("precedence")
        && v.trim().eq_ignore_ascii_case("bulk")
    {
        ev.add("precedence", "bulk_precedence", "Precedence: bulk".into());
    }
    if let Some(name) = header_in(mail, lex.list("headers.bulk")) {
        ev.add(
            "bulk",
            "bulk_header",
            format!("header {name} (a sending service)"),
        );
    }
    if let Some(m) = mailer_in(mail, lex.list("senders.bulk_mailers")) {
        ev.add("bulk", "bulk_mailer", format!("sent with {m}"));
    }
    if mail
        .content_types
        .iter()
        .any(|c| c == "text/rfc822-headers" || c == "message/rfc822-headers")
    {
        ev.add(
            "bounce",
            "returned_headers",
            "returned mail's headers attached".into(),
        );
    }
    if mail
        .content_types
        .iter()
        .any(|c| c == "message/rfc822" || c == "message/global")
    {
        ev.add(
            "attached",
            "attached_message",
            "a whole message attached".into(),
        );
    }
    let subject = mail.subject.trim();
    if lex.list("guard.reply_prefix").prefix(subject).is_none() {
        if let Some(p) = lex.list("guard.auto_reply_subject").prefix(subject) {
            ev.add(
                "auto-reply-form",
                "auto_reply_subject",
                format!("subject starts \"{p}\""),
            );
        }
        for (list, rule, weight) in [
            ("guard.bounce_subject", "bounce", "bounce_subject"),
            ("guard.complaint_subject", "complaint", "complaint_subject"),
        ] {
            if let Some(p) = lex.list(list).find(subject) {
                ev.add(rule, weight, format!("subject has \"{p}\""));
            }
        }
        if let Some(p) = lex.list("guard.receipt_subject").prefix(subject) {
            ev.add(
                "receipt",
                "receipt_subject",
                format!("subject starts \"{p}\""),
            );
        }
    }
    let subject_counted = ev.items.iter().any(|e| e.what.starts_with("subject"));
    if subject_counted {
        // One subject counts once.
    } else if let Some(p) = lex.list("guard.notice_subject").find(subject) {
        ev.add(
            "auto-reply-form",
            "notice_subject",
            format!("subject has \"{p}\""),
        );
    } else if ticket_tag(subject) {
        ev.add(
            "ticket",
            "notice_subject",
            "a ticket number in the subject".into(),
        );
    }
    let body = &mail.body[..floor(&mail.body, BODY_SCAN_BYTES)];
    let lower = body.to_lowercase();
    // A newsletter's footer is its own text; a person's reply may quote one.
    let own = format!("{}\n{}", mail.parts.new_text, mail.parts.signature).to_lowercase();
    // A mail that says in its own words that a program sent it ("this is an automated message",
    // "please do not reply to this email") weighs more than one that only quotes such words.
    let declared = distinct_phrases(lex.list("guard.self_declared"), &own, &[]);
    for p in &declared {
        ev.add(
            "notification",
            "self_declared",
            format!("its own text says a program sent it: \"{p}\""),
        );
    }
    // A person who forwards an invitation ("Fwd: Invitation: …") is a person.
    let forwarded = lex
        .list("guard.reply_prefix")
        .prefix(mail.subject.trim())
        .is_some();
    if !forwarded
        && mail
            .content_types
            .iter()
            .any(|c| c == "text/calendar" || c == "application/ics")
    {
        ev.add(
            "notification",
            "calendar",
            "a calendar invitation (text/calendar)".into(),
        );
    }
    for (list, rule, weight) in [
        ("guard.bounce_text", "bounce", "bounce_text"),
        ("guard.auto_reply_text", "out-of-office", "auto_reply_text"),
        ("guard.complaint_text", "complaint", "complaint_text"),
        ("guard.receipt_text", "receipt", "receipt_text"),
        ("guard.notice_text", "notification", "notice_text"),
    ] {
        // Up to two different phrases count: a notice says what it is more than once. A phrase
        // already counted as the mail's own declaration counts once.
        let found = distinct_phrases(lex.list(list), &lower, &declared);
        for p in found {
            ev.add(rule, weight, format!("text has \"{p}\""));
        }
    }
    if let Some(&(_, _, p)) = lex.list("guard.bulk_text").matches(&own).first() {
        ev.add("bulk", "bulk_text", format!("text has \"{p}\""));
    }
    // How the mail was made: by a program, not by a person's mail client.
    if let Some(how) = mail.message_id.as_deref().and_then(made_by) {
        ev.add(
            "machine-made",
            "mta_message_id",
            format!("its Message-ID was made by {how}: the program that sent it set none"),
        );
    }
    if let Some(m) = mailer_in(mail, lex.list("senders.app_mailers")) {
        ev.add(
            "machine-made",
            "app_mailer",
            format!("sent by a program's mail library ({m})"),
        );
    }
    if let Some(name) = header_in(mail, lex.list("headers.script")) {
        ev.add(
            "machine-made",
            "script_header",
            format!("header {name} (a web script sent it)"),
        );
    }
    let shape = mail.html_shape;
    if shape.tables >= 3 || shape.tracking_pixel {
        let what = match (shape.tables >= 3, shape.tracking_pixel) {
            (true, true) => format!("{} tables and a tracking pixel", shape.tables),
            (true, false) => format!("{} tables", shape.tables),
            _ => "a tracking pixel".to_string(),
        };
        ev.add(
            "bulk",
            "designed_html",
            format!("HTML laid out like a newsletter or a service's notice ({what})"),
        );
    }
    if mail.body_from_html && !mail.content_types.iter().any(|c| c == "text/plain") {
        ev.add(
            "bulk",
            "html_only",
            "only an HTML version, no plain text".into(),
        );
    }
    if let Some(n) = form_fields(&mail.body, lex.list("forms.header_labels")) {
        ev.add(
            "form",
            "form_relay",
            format!("the text opens with a filled-in form ({n} fields, one an e-mail address)"),
        );
    }
    if mail.has_header("x-auto-response-suppress") && !ev.items.is_empty() {
        ev.add(
            "out-of-office",
            "bulk_precedence",
            "X-Auto-Response-Suppress (Exchange's own notices carry it)".into(),
        );
    }
    Weighed::Points(ev.items)
}

/// Up to two different phrases of `list` in `text`, none of `skip`; phrases that overlap ("out of
/// the office" in "out of the office until") count once.
fn distinct_phrases<'a>(list: &'a PhraseSet, text: &str, skip: &[&str]) -> Vec<&'a str> {
    let mut found: Vec<&str> = Vec::new();
    let mut reached = 0;
    for (start, end, p) in list.matches(text) {
        if skip.iter().any(|d| d.contains(p) || p.contains(d)) {
            continue;
        }
        if start >= reached && !found.contains(&p) {
            found.push(p);
            reached = end;
        }
    }
    found.truncate(2);
    found
}

/// Evidence gathered so far, with the weights to give it.
struct Gathered<'a> {
    lex: &'a Lexicon,
    items: Vec<Evidence>,
}

impl Gathered<'_> {
    fn add(&mut self, rule: &'static str, weight: &str, what: String) {
        self.items.push(Evidence {
            rule,
            points: self.lex.weight(weight, 2),
            what,
        });
    }
}

/// The name of the first header that is one of `names`.
fn header_in<'a>(mail: &'a InboundMail, names: &PhraseSet) -> Option<&'a str> {
    mail.headers
        .iter()
        .map(|(n, _)| n.as_str())
        .find(|n| names.contains_exactly(n))
}

/// The first of `names` found in X-Mailer or User-Agent.
fn mailer_in<'a>(mail: &InboundMail, names: &'a PhraseSet) -> Option<&'a str> {
    ["x-mailer", "user-agent"]
        .iter()
        .filter_map(|h| mail.header(h))
        .find_map(|v| names.find(v))
}

/// Who made a Message-ID, when its form is one a mail server or a program library writes for
/// mail that came without one (a person's mail client always writes its own).
fn made_by(id: &str) -> Option<&'static str> {
    static FORMS: LazyLock<[(Regex, &'static str); 5]> = LazyLock::new(|| {
        let r = |p: &str| Regex::new(p).expect("pattern compiles");
        [
            (r(r"^\d{14}\.[0-9A-F]{6,12}@"), "the mail server (Postfix)"),
            (
                r(r"^\d{12}\.[A-Za-z0-9]{14}@"),
                "the mail server (Sendmail)",
            ),
            (r(r"^\d+\.\d+\.qmail@"), "the mail server (qmail)"),
            (
                r(r"^E1[A-Za-z0-9]{5}-[A-Za-z0-9]{6}-[A-Za-z0-9]{2,4}@"),
                "the mail server (Exim)",
            ),
            (
                r(r"(?i)@localhost(\.localdomain)?$"),
                "a program on an unnamed host",
            ),
        ]
    });
    if let Some((_, how)) = FORMS.iter().find(|(re, _)| re.is_match(id)) {
        return Some(how);
    }
    let lower = id.to_ascii_lowercase();
    (lower.contains(".javamail.") && !lower.contains("zimbra"))
        .then_some("a Java program (JavaMail)")
}

/// The number of `Label: value` lines a web form's relay opens with, when one of them holds an
/// e-mail address; `None` for a person's text. Labels that are a quoted mail's header names
/// (From, Sent, Betreff, ...) do not count.
fn form_fields(text: &str, header_labels: &PhraseSet) -> Option<usize> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.chars().any(char::is_alphanumeric))
        .take(14)
        .collect();
    let mut fields = 0;
    let mut address = false;
    let mut first_field = None;
    for (i, line) in lines.iter().enumerate() {
        let Some((label, value)) = line.split_once(':') else {
            continue;
        };
        let label = label.trim().trim_matches('*').trim();
        let words = label.split_whitespace().count();
        if label.is_empty()
            || words > 4
            || label.len() > 32
            || !label.chars().next().is_some_and(char::is_alphabetic)
            || value.starts_with("//")
            || header_labels.contains_exactly(&label.to_lowercase())
        {
            continue;
        }
        fields += 1;
        first_field.get_or_insert(i);
        address |= value.contains('@') && value.contains('.');
    }
    // The form is the text: its fields start within the first three lines and are most of them.
    (fields >= 5 && address && first_field.is_some_and(|i| i <= 2) && 2 * fields >= lines.len())
        .then_some(fields)
}

/// `[support.example #33575]`, `[#1234]`, `[Ticket#2024011510000012]`: a ticket system's tag.
fn ticket_tag(subject: &str) -> bool {
    subject.split('[').skip(1).any(|rest| {
        let inner = rest.split(']').next().unwrap_or("");
        rest.contains(']')
            && inner
                .rsplit_once('#')
                .is_some_and(|(_, n)| n.len() >= 3 && n.chars().all(|c| c.is_ascii_digit()))
    })
}

fn floor(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Mail a person wrote that still must not get a robot's answer.
fn no_auto_reply(mail: &InboundMail, policy: &Policy) -> Option<(&'static str, String)> {
    let Some(from) = &mail.from else {
        return Some(("no-sender", "the mail has no sender address".into()));
    };
    if let Some(v) = mail.header("x-auto-response-suppress") {
        return Some((
            "auto-response-suppress",
            format!("the sender asked for no automatic replies (X-Auto-Response-Suppress: {v})"),
        ));
    }
    if let Some(v) = mail.header("precedence")
        && v.trim().eq_ignore_ascii_case("bulk")
    {
        return Some((
            "precedence-bulk",
            "Precedence: bulk, stamped by the sender's gateway".into(),
        ));
    }
    let local = from.local_part();
    if policy.role_senders.contains(&local) {
        return Some((
            "role-sender",
            format!(
                "{} is a role address, never answered by a robot",
                from.address
            ),
        ));
    }
    let addressed = mail.to.iter().chain(&mail.cc).any(|r| {
        let a = r.address.to_ascii_lowercase();
        policy.own_addresses.contains(&a)
            || (!policy.own_domain.is_empty() && r.domain().as_deref() == Some(&policy.own_domain))
    });
    if !addressed && !policy.own_addresses.is_empty() {
        return Some((
            "bcc",
            "none of our addresses is in To or Cc: we were only Bcc'd".into(),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn policy() -> Policy {
        Policy {
            own_addresses: vec!["help@firm.example".into()],
            own_domain: "firm.example".into(),
            role_senders: BUILT_IN_ROLES.iter().map(|s| s.to_string()).collect(),
            machine_senders: vec!["@alerts.example".into()],
            machine_score: 6,
            lexicon: Lexicon::built_in(),
        }
    }

    fn check_raw(raw: &str) -> GuardDecision {
        check(&parse(raw.as_bytes()).expect("parses"), &policy())
    }

    fn decide(headers: &str, body: &str) -> GuardDecision {
        let raw = format!("{headers}\nMessage-ID: <m@x.example>\n\n{body}\n");
        check(&parse(raw.as_bytes()).expect("parses"), &policy())
    }

    const TO: &str = "From: Ann <ann@client.example>\nTo: help@firm.example";

    #[test]
    fn a_person_is_human() {
        let d = decide(TO, "I'm out of office next week, can you file it before?");
        assert_eq!(d.verdict, Verdict::Human);
        assert!(d.auto_reply_allowed, "{d:?}");
    }

    #[test]
    fn a_program_s_account_is_machine_but_a_person_with_its_name_is_not() {
        let person = decide(
            "From: Huw Jenkins <huw.jenkins@seren-mor.example>\nTo: help@firm.example",
            "Yes - sorry for the slow reply, I've been at sea since Monday. Do it.",
        );
        assert_eq!(person.verdict, Verdict::Human, "{person:?}");
        let program = decide(
            "From: jenkins@ci.example\nTo: help@firm.example",
            "Build 4412 failed.",
        );
        assert_eq!(program.verdict, Verdict::Automatic, "{program:?}");
    }

    #[test]
    fn gateways_and_service_notices_never_get_an_automatic_reply() {
        let fax = decide(
            "From: 408-276-0030 <faxservice@pbx.client.example>\nTo: help@firm.example\nSubject: 2 page FAX",
            "See the attached file for your fax image.",
        );
        assert!(!fax.auto_reply_allowed, "{fax:?}");
        let notice = decide(
            "From: support@portal.example\nTo: help@firm.example\nSubject: Your registration",
            "To confirm your email address, please click on the link below. If clicking the link \
             does not work, copy it and paste it into your browser.",
        );
        assert!(!notice.auto_reply_allowed, "{notice:?}");
        // A person who mentions a link to click is still a person.
        let person = decide(
            "From: Ana Ruiz <ana@client.example>\nTo: help@firm.example",
            "The bank says to click the link below to sign. Is that safe, or should I call them?",
        );
        assert_eq!(person.verdict, Verdict::Human, "{person:?}");
    }

    #[test]
    fn machine_rules() {
        let cases = [
            ("Auto-Submitted: auto-replied", "auto-submitted"),
            (
                "AUTO-SUBMITTED: Auto-Generated; owner-email=x",
                "auto-submitted",
            ),
            ("Return-Path: <>", "null-return-path"),
            ("X-Autoreply: yes", "autoreply-header"),
            ("x-autorespond: 1", "autoreply-header"),
            ("Precedence: junk", "precedence"),
            ("List-Id: <news.client.example>", "list"),
            ("List-Unsubscribe: <mailto:u@x.example>", "list"),
            ("X-Failed-Recipients: a@b.example", "bounce"),
        ];
        for (h, rule) in cases {
            let d = decide(&format!("{TO}\n{h}"), "hello");
            assert_eq!(d.verdict, Verdict::Automatic, "{h}");
            assert_eq!(d.rule, rule, "{h}");
            assert!(!d.auto_reply_allowed);
        }
        assert_eq!(
            decide(&format!("{TO}\nAuto-Submitted: no"), "x").verdict,
            Verdict::Human
        );
    }

    #[test]
    fn senders() {
        for from in [
            "MAILER-DAEMON@mx.client.example",
            "no-reply@shop.example",
            "noreply+abc@shop.example",
            "help@firm.example",
            "x@alerts.example",
        ] {
            let d = decide(&format!("From: {from}\nTo: help@firm.example"), "x");
            assert_eq!(d.verdict, Verdict::Automatic, "{from}");
        }
    }

    #[test]
    fn no_robot_answers_mail_without_a_persons_words() {
        let d = decide(
            TO,
            "<?xml version=\"1.0\"?><adf><prospect><id>1</id></prospect></adf>",
        );
        assert_eq!(
            (
                d.verdict,
                d.auto_reply_allowed,
                d.auto_reply_rule.as_deref()
            ),
            (Verdict::Human, false, Some("no-text"))
        );
        let d = decide(TO, "Can you send me the March statement, please?");
        assert!(d.auto_reply_allowed, "{d:?}");
    }

    #[test]
    fn overlapping_phrases_count_once() {
        // "out of the office" inside "out of the office until" is one piece of evidence: a
        // person's own words about their week must not add up to a machine's.
        let d = decide(
            TO,
            "I'm out of the office until Monday, but no need to go ahead with this.",
        );
        assert_eq!(d.verdict, Verdict::Human, "{d:?}");
        assert!(d.auto_reply_allowed, "{d:?}");
    }

    #[test]
    fn people_who_must_not_get_a_robot() {
        let d = decide("From: ann@client.example\nTo: other@client.example", "hi?");
        assert_eq!(
            (d.verdict, d.auto_reply_rule.as_deref()),
            (Verdict::Human, Some("bcc"))
        );
        let d = decide(
            "From: postmaster@client.example\nTo: help@firm.example",
            "hi?",
        );
        assert_eq!(d.auto_reply_rule.as_deref(), Some("role-sender"));
        let d = decide(&format!("{TO}\nPrecedence: bulk"), "Can you call me?");
        assert_eq!(
            (d.verdict, d.auto_reply_rule.as_deref()),
            (Verdict::Human, Some("precedence-bulk"))
        );
        let d = decide(
            &format!("{TO}\nX-Auto-Response-Suppress: All"),
            "Can you call?",
        );
        assert_eq!(d.verdict, Verdict::Human);
        assert!(!d.auto_reply_allowed);
    }

    #[test]
    fn exchange_out_of_office() {
        let d = decide(
            &format!(
                "{TO}\nSubject: Automatic reply: your questions\nX-Auto-Response-Suppress: All"
            ),
            "I am out of the office until Monday.",
        );
        assert_eq!(d.verdict, Verdict::Automatic);
    }

    #[test]
    fn read_receipt_and_dsn() {
        let raw = "From: ann@client.example\nTo: help@firm.example\nContent-Type: multipart/report; report-type=disposition-notification; boundary=b\n\n--b\nContent-Type: text/plain\n\nRead.\n--b\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822;ann@client.example\n--b--\n";
        let d = check(&parse(raw.as_bytes()).expect("parses"), &policy());
        assert_eq!(d.verdict, Verdict::Automatic);
        assert!(d.reason.contains("read receipt"), "{}", d.reason);
    }

    #[test]
    fn a_short_date_zone_hides_no_header() {
        for zone in ["UT", "Z", "A"] {
            for eol in ["\n", "\r\n"] {
                let raw = format!(
                    "From: Ann <ann@client.example>{eol}To: help@firm.example{eol}Date: Thu, 1 Oct 2020 17:14:50 {zone}{eol}Auto-Submitted: auto-replied{eol}List-Id: <x.example>{eol}Subject: away{eol}{eol}I am away.{eol}"
                );
                let mail = parse(raw.as_bytes()).expect("parses");
                assert_eq!(mail.subject, "away", "{zone} {eol:?}");
                let d = check(&mail, &policy());
                assert_eq!(d.rule, "auto-submitted", "{zone} {eol:?}: {d:?}");
            }
        }
    }

    #[test]
    fn machine_reports_by_their_fixed_forms_and_senders() {
        let dmarc = "From: \"DMARC Aggregate Report\" <dmarcreport@microsoft.com>\nTo: <postmaster@ueber.net>\nSubject: Report Domain: ueber.net Submitter: protection.outlook.com Report-ID: 8be4\nMessage-ID: <x@microsoft.com>\n\nThis is a DMARC aggregate report.\n";
        assert!(check_raw(dmarc).is_automatic(), "{:?}", check_raw(dmarc));
        let tls = "From: reports@example.net\nTo: a@b.example\nSubject: hello\nTLS-Report-Domain: b.example\nMessage-ID: <y@x>\n\nreport\n";
        assert!(check_raw(tls).is_automatic());
        // A client's subject alone is not a report.
        let person = "From: Ann Lee <ann@client.example>\nTo: help@hallpartners.example\nSubject: Incident report for the insurer\nMessage-ID: <z@client.example>\n\nCan you help me fill in the incident report?\n";
        assert!(!check_raw(person).is_automatic(), "{:?}", check_raw(person));
    }

    #[test]
    fn bounces_by_combined_evidence() {
        let cases = [
            "From: MAILER-DAEMON <>\nTo: help@firm.example\nSubject: Mail delivery failed",
            "From: Postmaster <postmaster@mx.example>\nTo: help@firm.example\nSubject: Undeliverable Mail",
            "Return-Path: <MAILER-DAEMON@mx.example>\nFrom: Ann <ann@client.example>\nTo: help@firm.example",
            "From: Rob <rob@uni.example>\nTo: help@firm.example\nSender: owner-talk@lists.example\nPrecedence: bulk",
        ];
        for h in cases {
            let d = decide(h, "hello");
            assert_eq!(d.verdict, Verdict::Automatic, "{h}: {d:?}");
        }
        let d = decide(
            "From: postmaster@mx.example\nTo: help@firm.example\nSubject: hello",
            "This message could not be delivered: user unknown.",
        );
        assert_eq!(d.verdict, Verdict::Automatic, "{d:?}");
    }

    #[test]
    fn a_mail_that_says_a_program_sent_it_is_machine_but_one_that_quotes_it_is_not() {
        let d = decide(
            &format!("{TO}\nSubject: Your receipt from Shopline"),
            "You sent a payment of 12.00 EUR.\n\nThis is an automated message. Please do not reply to this email.",
        );
        assert_eq!(d.verdict, Verdict::Automatic, "{d:?}");
        let d = decide(
            &format!("{TO}\nSubject: Re: Your receipt"),
            "What is this charge? I never bought anything there.\n\n> This is an automated message.\n> Please do not reply to this email.",
        );
        assert_eq!(d.verdict, Verdict::Human, "{d:?}");
    }

    #[test]
    fn a_calendar_invitation_is_machine_but_a_forwarded_one_is_a_persons() {
        let invite = |subject: &str, note: &str| {
            let raw = format!(
                "{TO}\nSubject: {subject}\nMessage-ID: <c@x.example>\nMIME-Version: 1.0\n\
                 Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n{note}\n\
                 --b\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n--b--\n"
            );
            check(&parse(raw.as_bytes()).expect("parses"), &policy())
        };
        let d = invite(
            "Invitation: Site visit @ Fri 9:00",
            "You have been invited to Site visit.",
        );
        assert_eq!(d.verdict, Verdict::Automatic, "{d:?}");
        let d = invite(
            "Fwd: Invitation: Site visit",
            "Can you come to this one too?",
        );
        assert_eq!(d.verdict, Verdict::Human, "{d:?}");
    }

    #[test]
    fn a_person_asking_about_a_bounce_is_a_person() {
        let d = decide(
            &format!("{TO}\nSubject: Undeliverable?"),
            "My mail to the tax office came back undeliverable, can you check the address?",
        );
        assert_eq!(d.verdict, Verdict::Human, "{d:?}");
        assert!(!d.auto_reply_allowed, "some evidence: a person looks first");
        let d = decide(
            &format!("{TO}\nSubject: Re: Undeliverable: invoice"),
            "Can you resend it?",
        );
        assert_eq!(d.verdict, Verdict::Human, "{d:?}");
    }

    #[test]
    fn message_ids_a_mail_server_or_a_library_made() {
        for (id, by) in [
            ("20110112151854.456323DF24@60gp.ovh.net", "Postfix"),
            ("201012212111.oBLLBSvr010148@neo.pressnet.biz", "Sendmail"),
            ("20101223160221.30146.qmail@ns307334.ovh.net", "qmail"),
            ("E1Onbpx-0004Wz-3i@xyzserver.com", "Exim"),
            ("5746264.1297874330567.JavaMail.ebill@ebill1", "JavaMail"),
            (
                "87170c95bbc06eec92d9bc277dd26188@localhost.localdomain",
                "unnamed host",
            ),
        ] {
            assert!(made_by(id).is_some_and(|h| h.contains(by)), "{id}");
        }
        for id in [
            "CAF=abc123@mail.gmail.com",
            "20070511163207.GA4821@host.example",
            "1234.5678.JavaMail.zimbra@mail.firm.example",
            "0101017000ec0605-2b97@us-west-2.amazonses.com",
        ] {
            assert_eq!(made_by(id), None, "{id}: a mail client's own form");
        }
    }

    #[test]
    fn a_web_forms_relay_is_a_form_but_a_forwards_header_is_not() {
        let labels = policy().lexicon.list("forms.header_labels").clone();
        let form = "Support Request Form\nLast Name: Doe\nFirst Name: Jo\nCompany: Acme\n\
                    Telephone:\neMail: jo@acme.example\nComments: please send a price";
        assert_eq!(form_fields(form, &labels), Some(6));
        let forward = "From: Jo <jo@acme.example>\nSent: Monday\nTo: Ann\nSubject: price\n\
                       Date: today\n\nhello";
        assert_eq!(form_fields(forward, &labels), None);
        let signature = "Can you send the price list?\n\nThanks\nJo\nPhone: 123\n\
                         Mobile: 456\nEmail: jo@acme.example\nWeb: acme.example\nFax: 789";
        assert_eq!(
            form_fields(signature, &labels),
            None,
            "a signature ends a text"
        );
    }

    #[test]
    fn a_notice_from_a_person_like_address_by_how_it_was_made() {
        let html = format!(
            "<html><body>{}<img src=\"https://t.example/o.gif\" width=\"1\" height=\"1\">\
             </body></html>",
            "<table><tr><td>Your invoice is ready</td></tr></table>".repeat(4)
        );
        let raw = format!(
            "From: Billing <ebill@telco.example>\nTo: help@firm.example\nSubject: Your bill\n\
             Message-ID: <5746264.1297874330567.JavaMail.ebill@ebill1>\n\
             Content-Type: text/html; charset=utf-8\n\n{html}\n"
        );
        let d = check_raw(&raw);
        assert_eq!(d.verdict, Verdict::Automatic, "{d:?}");
        assert!(
            d.reason.contains("JavaMail") && d.reason.contains("tracking pixel"),
            "{d:?}"
        );
        // A person's plain mail that only went through a server that stamped its Message-ID:
        // a person, whom a robot does not answer.
        let raw = "From: Ann <ann@client.example>\nTo: help@firm.example\nSubject: lease\n\
                   Message-ID: <20110112151854.456323DF24@mx.client.example>\n\n\
                   Can you look at the lease before Friday?\n";
        let d = check_raw(raw);
        assert_eq!(d.verdict, Verdict::Human, "{d:?}");
        assert!(!d.auto_reply_allowed, "{d:?}");
        assert!(d.reason.contains("Postfix"), "the page says why: {d:?}");
    }

    #[test]
    fn a_list_managers_notice_to_hidden_recipients() {
        let d = decide(
            "From: talk-request@lists.example\nTo: undisclosed-recipients:;\nSubject: confirm 1cdd8938",
            "Your membership in the list has been disabled.",
        );
        assert_eq!(d.verdict, Verdict::Automatic, "{d:?}");
        assert!(
            d.reason.contains("list manager") && d.reason.contains("hidden"),
            "{d:?}"
        );
        // A person whose name holds "owner" is not a list manager.
        let d = decide(
            "From: Ann Owner <ann.owner@client.example>\nTo: help@firm.example\nSubject: lease",
            "Can you look at the lease?",
        );
        assert_eq!(d.verdict, Verdict::Human, "{d:?}");
        assert!(d.auto_reply_allowed, "{d:?}");
    }
}
