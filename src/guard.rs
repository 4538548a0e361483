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

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::config::Config;
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
    pub fn from_config(cfg: &Config) -> Policy {
        let lower = |v: &[String]| v.iter().map(|s| s.trim().to_ascii_lowercase()).collect();
        let mut role_senders: Vec<String> = BUILT_IN_ROLES.iter().map(|s| s.to_string()).collect();
        role_senders.extend(lower(&cfg.guard.role_senders));
        Policy {
            own_addresses: lower(&cfg.own_addresses()),
            own_domain: cfg.firm.domain.trim().to_ascii_lowercase(),
            role_senders,
            machine_senders: lower(&cfg.guard.machine_senders),
        }
    }
}

/// The header we put on every message we send, so our own mail is recognised when it returns.
pub const OWN_MAIL_HEADER: &str = "X-Fiveminute-Origin";

static NO_REPLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|no[-_.]?respon[ds]e?|bounces?|notifications?|mailer|automailer|auto[-_.]?reply|autoresponder)([-_.+].*)?$|[-_.+]no[-_.]?reply$",
    )
    .expect("pattern compiles")
});

static MAILER_DAEMON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(mailer[-_]?daemon|mail[-_]?daemon|maildaemon)$").expect("pattern compiles")
});

static AUTO_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(automatic reply|auto[-\s]?reply|autoreply|auto[-\s]?response|out of (the )?office|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|automatisch antwoord|afwezig|autosvar|automatisk svar|fr[åa]nvaro|undeliverable|undelivered mail|delivery status notification|delivery failure|mail delivery failed|returned mail|failure notice|non[- ]?delivery|read:|gelesen:|lu :|le[íi]do:)",
    )
    .expect("pattern compiles")
});

static AUTO_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(out of (the )?office|on (annual |parental |sick |maternity |paternity )?leave|on vacation|on holiday|away from (the |my )?(office|desk)|limited access to (my )?e-?mail|(i('m| am| will be)|currently) (away|travelling|traveling|out)|until .{0,30}\b(back|return)|will (be back|return)|abwesend|nicht im b[üu]ro|au[ßs]er haus|absente? du bureau|en (vacances|cong[ée])|fuera de la oficina|de vacaciones|afwezig|fuori (ufficio|sede)|in ferie|automatic reply|auto-?reply|could not be delivered|undeliver|delivery (has )?failed|returned to sender|permanent (error|failure)|mailbox (is )?(full|unavailable)|user unknown|was read|has been read|wurde gelesen)",
    )
    .expect("pattern compiles")
});

fn automatic(rule: &'static str, reason: String) -> GuardDecision {
    GuardDecision {
        verdict: Verdict::Automatic,
        auto_reply_allowed: false,
        reason,
        rule: rule.to_string(),
        auto_reply_rule: None,
    }
}

/// Decides whether the mail is machine-made and whether a robot may answer it.
pub fn check(mail: &InboundMail, policy: &Policy) -> GuardDecision {
    if let Some(d) = machine(mail, policy) {
        return d;
    }
    match no_auto_reply(mail, policy) {
        Some((rule, reason)) => GuardDecision {
            verdict: Verdict::Human,
            auto_reply_allowed: false,
            reason,
            rule: "human".into(),
            auto_reply_rule: Some(rule.to_string()),
        },
        None => GuardDecision {
            verdict: Verdict::Human,
            auto_reply_allowed: true,
            reason: "no sign of machine-made mail in the headers".into(),
            rule: "human".into(),
            auto_reply_rule: None,
        },
    }
}

fn machine(mail: &InboundMail, policy: &Policy) -> Option<GuardDecision> {
    let from = mail.from.as_ref();
    let from_addr = from.map(|f| f.address.to_ascii_lowercase());
    let local = from.map(|f| f.local_part()).unwrap_or_default();

    if let Some(a) = &from_addr
        && policy.own_addresses.iter().any(|o| o == a)
    {
        return Some(automatic(
            "own-address",
            format!("sent from our own address {a}: our mail coming back"),
        ));
    }
    if mail.has_header(OWN_MAIL_HEADER) {
        return Some(automatic(
            "own-mail",
            format!("carries our {OWN_MAIL_HEADER} header: our mail coming back"),
        ));
    }
    if let Some(v) = mail.header("auto-submitted") {
        let kind = v
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if kind != "no" && !kind.is_empty() {
            return Some(automatic(
                "auto-submitted",
                format!("Auto-Submitted: {v} (RFC 3834)"),
            ));
        }
    }
    for (ct, what) in [
        ("message/delivery-status", "a delivery status notification"),
        ("message/disposition-notification", "a read receipt"),
        ("message/feedback-report", "a spam feedback report"),
    ] {
        if mail.content_types.iter().any(|c| c == ct) {
            return Some(automatic("report", format!("{what} ({ct})")));
        }
    }
    if mail.content_types.iter().any(|c| c == "multipart/report") {
        let rt = mail.report_type.as_deref().unwrap_or("unknown");
        return Some(automatic(
            "report",
            format!("a machine report (multipart/report; report-type={rt})"),
        ));
    }
    if let Some(rp) = mail.header("return-path")
        && rp.trim().trim_matches(['<', '>']).trim().is_empty()
    {
        return Some(automatic(
            "null-return-path",
            "Return-Path: <> (a bounce or other machine notice)".into(),
        ));
    }
    if MAILER_DAEMON.is_match(&local)
        || from
            .and_then(|f| f.name.as_deref())
            .is_some_and(|n| n.to_ascii_lowercase().starts_with("mail delivery sub"))
    {
        return Some(automatic(
            "mailer-daemon",
            format!(
                "sent by {} (a bounce)",
                from_addr.as_deref().unwrap_or("MAILER-DAEMON")
            ),
        ));
    }
    if let Some(d) = from
        .and_then(|f| f.name.as_deref())
        .filter(|n| n.eq_ignore_ascii_case("mail delivery system"))
    {
        return Some(automatic(
            "mailer-daemon",
            format!("sent by \"{d}\" (a bounce)"),
        ));
    }
    for h in ["x-failed-recipients", "x-ms-exchange-message-is-ndr"] {
        if mail.has_header(h) {
            return Some(automatic("bounce", format!("header {h} (a bounce)")));
        }
    }
    for h in [
        "x-autoreply",
        "x-autorespond",
        "x-autoresponder",
        "x-auto-reply",
        "x-autogenerated",
        "x-autoreply-from",
        "x-mail-autoreply",
        "x-fc-machinegenerated",
    ] {
        if let Some(v) = mail.header(h)
            && !matches!(v.trim().to_ascii_lowercase().as_str(), "no" | "false" | "0")
        {
            return Some(automatic(
                "autoreply-header",
                format!("header {h}: {v} (an automatic reply)"),
            ));
        }
    }
    for h in ["precedence", "x-precedence"] {
        if let Some(v) = mail.header(h) {
            let v = v.trim().to_ascii_lowercase();
            if v == "auto_reply" || v == "auto-reply" {
                return Some(automatic(
                    "precedence",
                    format!("Precedence: {v} (an automatic reply)"),
                ));
            }
            if v == "list" || v == "junk" {
                return Some(automatic(
                    "precedence",
                    format!("Precedence: {v} (list or bulk mail)"),
                ));
            }
        }
    }
    let auto_subject = AUTO_SUBJECT.is_match(&mail.subject);
    let auto_body = AUTO_BODY.is_match(&mail.parts.new_text);
    if mail.has_header("x-auto-response-suppress") && (auto_subject || auto_body) {
        return Some(automatic(
            "out-of-office",
            "X-Auto-Response-Suppress with an out-of-office or delivery notice (Exchange)".into(),
        ));
    }
    if auto_subject && auto_body && mail.in_reply_to.len() + mail.references.len() > 0 {
        return Some(automatic(
            "auto-reply-form",
            format!(
                "subject \"{}\" and text both in the form of an automatic reply",
                mail.subject
            ),
        ));
    }
    for h in [
        "list-id",
        "list-unsubscribe",
        "list-post",
        "list-owner",
        "list-subscribe",
        "list-archive",
        "list-help",
        "mailing-list",
    ] {
        if mail.has_header(h) {
            return Some(automatic(
                "list",
                format!("mailing list or newsletter (header {h})"),
            ));
        }
    }
    if NO_REPLY.is_match(&local) {
        return Some(automatic(
            "no-reply-sender",
            format!(
                "sent from a no-reply address ({})",
                from_addr.as_deref().unwrap_or("")
            ),
        ));
    }
    if let Some(a) = &from_addr {
        let domain = a.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
        if policy
            .machine_senders
            .iter()
            .any(|m| m == a || m.strip_prefix('@').is_some_and(|d| d == domain))
        {
            return Some(automatic(
                "machine-sender",
                format!("{a} is listed in guard.machine_senders"),
            ));
        }
    }
    None
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
        }
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
}
