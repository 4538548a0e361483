//! Stage 8, outbox: approved replies leave, exactly once or visibly not at all.
//!
//! Input: outbox rows written when a draft is approved ([`approve`]), each with the reply's
//! Message-ID and exact bytes fixed then, so a retry is the same message. Output: delivery over
//! SMTP (lettre) or to a folder, a copy in the mailbox's Sent folder, and a status per row.
//!
//! SMTP cannot be exactly-once; failures are sorted by what the server may have accepted:
//! - **retry**: nothing was accepted (connect, greeting, STARTTLS, AUTH, MAIL, RCPT or DATA failed
//!   before the message went, or a 4xx answer). Capped exponential backoff.
//! - **permanent**: a 5xx answer. Stops, shown under Problems with the server's words.
//! - **uncertain**: the connection broke after the message was sent, before the server answered.
//!   Never resent on its own: shown under Problems for a person to check and resend.
//!
//! The row is marked `sending` just before DATA; a process that dies then leaves it `sending`,
//! and the next start marks it `uncertain`.

use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use lettre::address::{Address, Envelope};
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::ClientId;
use tokio_util::sync::CancellationToken;
use tracing::{debug, info, warn};

use crate::clock::SharedClock;
use crate::config::{Config, MailboxKind, Security, Transport};
use crate::daemon::Daemon;
use crate::guard::OWN_MAIL_HEADER;
use crate::store::{DraftRow, NewOutbox, OutboxRow, Store, StoreError};

/// Errors of the outbox.
#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    /// The database failed.
    #[error("the outbox cannot use the database")]
    Store(#[from] StoreError),
    /// The message has no draft.
    #[error("message {0} has no draft")]
    NoDraft(i64),
    /// The draft cannot be turned into a message (a bad address).
    #[error("cannot build the reply to message {id}: {message}")]
    Build { id: i64, message: String },
    /// The configuration lacks something the outbox needs.
    #[error("the outbox is not configured: {0}")]
    Config(String),
}

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
}

/// Builds a message of ours that no person reviews, marked `Auto-Submitted: auto-generated`.
pub fn build_plain(cfg: &Config, m: &Plain<'_>, now_ms: i64) -> Result<BuiltReply, String> {
    let parse = |a: &str| {
        a.parse::<Address>()
            .map_err(|e| format!("`{a}` is not a valid address: {e}"))
    };
    let from = parse(m.from)?;
    let to = parse(m.to)?;
    let token: u64 = rand::random();
    let message_id = format!("{now_ms}.{token:016x}@{}", cfg.firm.domain);
    let mut b = Message::builder()
        .from(Mailbox::new(Some(cfg.firm.name.clone()), from.clone()))
        .to(Mailbox::new(None, to.clone()))
        .subject(m.subject.to_string())
        .message_id(Some(format!("<{message_id}>")))
        .date(UNIX_EPOCH + Duration::from_millis(u64::try_from(now_ms).unwrap_or(0)))
        .header(Origin(cfg.firm.domain.clone()))
        .header(AutoSubmitted("auto-generated"))
        .header(ContentType::TEXT_PLAIN);
    let mut recipients = vec![to.to_string()];
    if let Some(cc) = m.cc {
        let cc = parse(cc)?;
        recipients.push(cc.to_string());
        b = b.cc(Mailbox::new(None, cc));
    }
    let msg = b.body(m.body.to_string()).map_err(|e| e.to_string())?;
    Ok(BuiltReply {
        message_id,
        raw: msg.formatted(),
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
    let id = draft.message.id;
    let bad = |message: String| OutboxError::Build { id, message };
    let to_text = draft
        .to_addr
        .as_deref()
        .ok_or_else(|| bad("the client's address is missing".into()))?;
    let to: Address = to_text
        .parse()
        .map_err(|e| bad(format!("`{to_text}` is not a valid address: {e}")))?;
    let from: Address = from_address
        .parse()
        .map_err(|e| bad(format!("`{from_address}` is not a valid address: {e}")))?;
    let token: u64 = rand::random();
    let message_id = format!("{now_ms}.{token:016x}@{}", cfg.firm.domain);
    let mut b = Message::builder()
        .from(Mailbox::new(Some(cfg.firm.name.clone()), from.clone()))
        .to(Mailbox::new(draft.message.from_name.clone(), to.clone()))
        .subject(draft.subject.clone())
        .message_id(Some(format!("<{message_id}>")))
        .date(UNIX_EPOCH + Duration::from_millis(u64::try_from(now_ms).unwrap_or(0)))
        .header(Origin(cfg.firm.domain.clone()))
        .header(ContentType::TEXT_PLAIN);
    if let Some(irt) = draft.in_reply_to.as_deref().filter(|s| !s.is_empty()) {
        b = b.in_reply_to(format!("<{irt}>"));
    }
    let refs: Vec<String> = draft
        .refs
        .split_whitespace()
        .map(|r| format!("<{r}>"))
        .collect();
    if !refs.is_empty() {
        b = b.references(refs.join(" "));
    }
    if automatic {
        b = b.header(AutoSubmitted("auto-replied"));
    }
    let msg = b.body(draft.body.clone()).map_err(|e| bad(e.to_string()))?;
    Ok(BuiltReply {
        message_id,
        raw: msg.formatted(),
        sender: from.to_string(),
        recipients: vec![to.to_string()],
    })
}

/// What approving did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Approved {
    /// Written to the outbox with this Message-ID.
    Queued(String),
    /// The message was not awaiting review (already approved, discarded, sent).
    NotInReview,
}

/// Approves a drafted message: builds the reply, writes the outbox row and moves the message to
/// `approved` in one transaction, with the audit line.
pub async fn approve(
    store: &Store,
    cfg: &Config,
    clock: &SharedClock,
    id: i64,
    actor: &str,
    automatic: bool,
) -> Result<Approved, OutboxError> {
    let draft = store.draft(id).await?.ok_or(OutboxError::NoDraft(id))?;
    if draft.message.status != "drafted" {
        return Ok(Approved::NotInReview);
    }
    let address = cfg
        .mailbox
        .iter()
        .find(|m| m.name == draft.message.mailbox)
        .map(|m| m.address.clone())
        .or_else(|| cfg.firm.addresses.first().cloned())
        .ok_or_else(|| OutboxError::Config("no address to send from".into()))?;
    let built = build(cfg, &address, &draft, clock.now_ms(), automatic)?;
    let mut tx = store.begin().await?;
    let ok = tx
        .approve(
            id,
            &NewOutbox {
                mailbox: draft.message.mailbox.clone(),
                rfc_message_id: built.message_id.clone(),
                sender: built.sender,
                recipients: built.recipients,
                raw: built.raw,
                automatic,
            },
        )
        .await?;
    if !ok {
        return Ok(Approved::NotInReview);
    }
    tx.audit(
        id,
        actor,
        if automatic { "auto-sent" } else { "approved" },
        Some(&format!("reply <{}>", built.message_id)),
    )
    .await?;
    tx.commit().await?;
    Ok(Approved::Queued(built.message_id))
}

/// The result of one delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// Accepted; the server's answer.
    Sent(String),
    /// Nothing was accepted; try again later.
    Retry(String),
    /// Refused for good (5xx).
    Permanent(String),
    /// Sent, but the answer never came: a person must check.
    Uncertain(String),
}

/// Sends due outbox rows until cancelled.
pub async fn run(ctx: Arc<Daemon>, cancel: CancellationToken) -> Result<(), OutboxError> {
    let interrupted = ctx.store.outbox_interrupted().await?;
    if interrupted > 0 {
        warn!(
            count = interrupted,
            "replies were being sent when fiveminute stopped; they are marked uncertain for a person to check"
        );
    }
    let password = ctx
        .config
        .smtp_password(&ctx.env)
        .map_err(OutboxError::Config)?;
    loop {
        if cancel.is_cancelled() {
            return Ok(());
        }
        for row in ctx.store.outbox_due(20).await? {
            if cancel.is_cancelled() {
                return Ok(());
            }
            let attempt = match ctx.config.outbox.transport {
                Transport::File => deliver_file(&ctx.config, &row),
                Transport::Smtp => {
                    deliver_smtp(&ctx.config, password.as_deref(), &row, &ctx.store).await
                }
            };
            record(&ctx, &row, attempt).await?;
        }
        copy_sent(&ctx).await;
        // Approvals in this process wake the outbox at once; the poll catches the rest.
        let poll_ms = i64::try_from(ctx.config.worker.poll_seconds.max(1) * 1000).unwrap_or(5000);
        let now = ctx.clock.now_ms();
        let wait = match ctx.store.outbox_next_due().await? {
            Some(at) => (at - now).clamp(50, poll_ms),
            None => poll_ms,
        };
        let wait = Duration::from_millis(u64::try_from(wait).unwrap_or(1000));
        tokio::select! {
            _ = cancel.cancelled() => return Ok(()),
            _ = ctx.outbox_nudge.notified() => {}
            _ = tokio::time::sleep(wait) => {}
        }
    }
}

async fn record(ctx: &Daemon, row: &OutboxRow, attempt: Attempt) -> Result<(), OutboxError> {
    let span = tracing::info_span!("send", id = row.message_id, to = %row.recipients);
    let _e = span.enter();
    let o = &ctx.config.outbox;
    match attempt {
        Attempt::Sent(answer) => {
            info!(answer = %answer, "sent");
            ctx.store.outbox_mark(row.id, "sent", None, None).await?;
            let mut tx = ctx.store.begin().await?;
            tx.audit(row.message_id, "outbox", "sent", Some(&answer))
                .await?;
            tx.commit().await?;
        }
        Attempt::Retry(error) => {
            let attempts = row.attempts + 1;
            if attempts >= i64::from(o.max_attempts) {
                let msg = format!("gave up after {attempts} attempts; last error: {error}");
                warn!(error = %msg, "send failed for good");
                ctx.store
                    .outbox_mark(row.id, "permanent", Some(&msg), None)
                    .await?;
            } else {
                let base = o.retry_seconds.max(1) * 1000;
                let delay = (base * (1u64 << attempts.clamp(0, 10) as u32)).min(30 * 60 * 1000);
                let jitter = rand::random_range(0..=delay / 4);
                let next =
                    ctx.clock.now_ms() + i64::try_from(delay + jitter).unwrap_or(i64::MAX / 2);
                warn!(error = %error, attempts, retry_in_ms = delay + jitter, "send failed; will retry");
                ctx.store
                    .outbox_mark(row.id, "retry", Some(&error), Some(next))
                    .await?;
            }
        }
        Attempt::Permanent(error) => {
            warn!(error = %error, "the server refused the reply");
            ctx.store
                .outbox_mark(row.id, "permanent", Some(&error), None)
                .await?;
        }
        Attempt::Uncertain(error) => {
            warn!(error = %error, "the reply may or may not have been accepted; a person must check");
            ctx.store
                .outbox_mark(row.id, "uncertain", Some(&error), None)
                .await?;
        }
    }
    Ok(())
}

/// The `file` transport: the exact bytes into `outbox.directory`, written atomically.
fn deliver_file(cfg: &Config, row: &OutboxRow) -> Attempt {
    let dir = cfg.resolve(&cfg.outbox.directory);
    let write = || -> std::io::Result<std::path::PathBuf> {
        std::fs::create_dir_all(&dir)?;
        let name = format!("{}.eml", row.rfc_message_id.replace(['/', '\\'], "_"));
        let tmp = dir.join(format!(".{name}.tmp"));
        std::fs::write(&tmp, &row.raw)?;
        let target = dir.join(name);
        std::fs::rename(&tmp, &target)?;
        Ok(target)
    };
    match write() {
        Ok(path) => Attempt::Sent(format!("written to {}", path.display())),
        Err(e) => Attempt::Retry(format!("cannot write to {}: {e}", dir.display())),
    }
}

fn classify(e: &lettre::transport::smtp::Error, content_sent: bool) -> Attempt {
    let text = e.to_string();
    if e.is_permanent() {
        Attempt::Permanent(text)
    } else if e.is_transient() || !content_sent {
        Attempt::Retry(text)
    } else {
        Attempt::Uncertain(text)
    }
}

/// The `smtp` transport, step by step so that each failure is known for what it is.
pub async fn deliver_smtp(
    cfg: &Config,
    password: Option<&str>,
    row: &OutboxRow,
    store: &Store,
) -> Attempt {
    let o = &cfg.outbox;
    let host = o.host.clone().unwrap_or_default();
    let timeout = Duration::from_secs(o.timeout_seconds);
    let hello = ClientId::Domain(
        o.hello_name
            .clone()
            .unwrap_or_else(|| cfg.firm.domain.clone()),
    );
    let tls = || -> Result<TlsParameters, String> {
        let mut b = TlsParameters::builder(host.clone());
        if let Some(ca) = &o.ca_file {
            let path = cfg.resolve(ca);
            let pem =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| format!("bad CA {}: {e}", path.display()))?;
            b = b.add_root_certificate(cert);
        }
        b.build_rustls().map_err(|e| e.to_string())
    };
    let implicit = match o.security {
        Security::Tls => match tls() {
            Ok(t) => Some(t),
            Err(e) => return Attempt::Retry(e),
        },
        _ => None,
    };
    let mut conn = match AsyncSmtpConnection::connect_tokio1(
        (host.as_str(), o.smtp_port()),
        Some(timeout),
        &hello,
        implicit,
        None,
    )
    .await
    {
        Ok(c) => c,
        Err(e) => return classify(&e, false),
    };
    if o.security == Security::Starttls {
        if !conn.can_starttls() {
            return Attempt::Retry(format!("{host} does not offer STARTTLS"));
        }
        let params = match tls() {
            Ok(t) => t,
            Err(e) => return Attempt::Retry(e),
        };
        if let Err(e) = conn.starttls(params, &hello).await {
            return classify(&e, false);
        }
    }
    if let (Some(user), Some(pass)) = (&o.username, password) {
        let creds = Credentials::new(user.clone(), pass.to_string());
        if let Err(e) = conn
            .auth(&[Mechanism::Plain, Mechanism::Login], &creds)
            .await
        {
            // A refused login accepts nothing: retried, and shown with its error meanwhile.
            return Attempt::Retry(format!("AUTH failed: {e}"));
        }
    }
    let from: Option<Address> = row.sender.parse().ok();
    let to: Vec<Address> = row
        .recipients
        .split_whitespace()
        .filter_map(|r| r.parse().ok())
        .collect();
    if to.is_empty() || Envelope::new(from.clone(), to.clone()).is_err() {
        return Attempt::Permanent(format!("no valid recipient in `{}`", row.recipients));
    }
    if let Err(e) = conn.command(Mail::new(from, vec![])).await {
        return classify(&e, false);
    }
    for addr in to {
        if let Err(e) = conn.command(Rcpt::new(addr, vec![])).await {
            conn.abort().await;
            return classify(&e, false);
        }
    }
    if let Err(e) = store.outbox_mark(row.id, "sending", None, None).await {
        conn.abort().await;
        return Attempt::Retry(format!("cannot record the send: {e:#}"));
    }
    if let Err(e) = conn.command(Data).await {
        return classify(&e, false);
    }
    let result = conn.message(&row.raw).await;
    let _ = conn.quit().await;
    match result {
        Ok(answer) => Attempt::Sent(format!(
            "{} {}",
            answer.code(),
            answer.first_line().unwrap_or("")
        )),
        Err(e) => classify(&e, true),
    }
}

/// Puts a copy of each sent reply in the mailbox's Sent folder (IMAP), or its Maildir `.Sent`.
/// With the file transport the outbox folder is the copy. Failures are retried next round.
async fn copy_sent(ctx: &Daemon) {
    let rows = match ctx.store.outbox_uncopied(20).await {
        Ok(r) => r,
        Err(e) => {
            warn!(error = %format!("{e:#}"), "cannot list sent mail to copy");
            return;
        }
    };
    for row in rows {
        let Some(mb) = ctx.config.mailbox.iter().find(|m| m.name == row.mailbox) else {
            let _ = ctx.store.outbox_copied(row.id).await;
            continue;
        };
        let done = match (ctx.config.outbox.transport, mb.kind) {
            (Transport::File, _) => Ok(()),
            (_, MailboxKind::Imap) => crate::mailbox::imap::append(
                &ctx.config,
                mb,
                &ctx.env,
                &ctx.config.outbox.sent_folder,
                &row.raw,
            )
            .await
            .map_err(|e| format!("{:#}", anyhow::Error::from(e))),
            (_, MailboxKind::Maildir) => {
                let root = ctx
                    .config
                    .resolve(mb.path.as_deref().unwrap_or(std::path::Path::new("mail")));
                let dir = root.join(".Sent");
                crate::mailbox::maildir::ensure(&dir)
                    .map_err(|e| e.to_string())
                    .and_then(|()| {
                        std::fs::write(
                            dir.join("cur")
                                .join(format!("{}.fiveminute:2,S", row.rfc_message_id)),
                            &row.raw,
                        )
                        .map_err(|e| e.to_string())
                    })
            }
        };
        match done {
            Ok(()) => {
                let _ = ctx.store.outbox_copied(row.id).await;
                debug!(id = row.message_id, "copied to Sent");
            }
            Err(e) => warn!(id = row.message_id, error = %e, "cannot copy to Sent yet"),
        }
    }
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
        }
    }

    #[test]
    fn the_reply_carries_thread_headers_and_our_marker() {
        let cfg = Config::load(None, &HashMap::new()).expect("config");
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
        assert!(text.contains(&format!("Message-ID: <{}>", r.message_id)));
        assert!(r.message_id.ends_with("@hallpartners.example"));
        assert!(!text.contains("Auto-Submitted"));
        let parsed = crate::parse::parse(&r.raw).expect("our reply parses");
        assert!(parsed.parts.new_text.contains("café"));
        let auto = build(&cfg, "help@hallpartners.example", &draft(), 0, true).expect("builds");
        assert!(String::from_utf8_lossy(&auto.raw).contains("Auto-Submitted: auto-replied"));
    }

    #[test]
    fn a_bad_recipient_is_named() {
        let cfg = Config::load(None, &HashMap::new()).expect("config");
        let mut d = draft();
        d.to_addr = Some("not an address".into());
        let err = build(&cfg, "help@hallpartners.example", &d, 0, false).expect_err("bad address");
        assert!(err.to_string().contains("not an address"), "{err}");
    }
}
