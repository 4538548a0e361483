//! Stage 8, outbox: approved replies leave, exactly once or visibly not at all.
//!
//! Input: outbox rows written when a draft is approved ([`approve`]), each with the reply's
//! Message-ID and exact bytes fixed then, so a retry is the same message. Output: delivery over
//! SMTP (lettre) or to a folder, a copy in the mailbox's Sent folder, and a status per row.
//!
//! SMTP cannot be exactly-once; failures are sorted by what the server may have accepted:
//! - **retry**: nothing was accepted (connect, greeting, STARTTLS, AUTH, MAIL, RCPT or DATA failed
//!   or went unanswered before the message went, or a 4xx answer). Capped exponential backoff.
//! - **permanent**: a 5xx answer. Stops, shown under Problems with the server's words.
//! - **uncertain**: the connection broke, or no answer came in time, after the message was sent.
//!   Never resent on its own: shown under Problems for a person to check and resend.
//!
//! Every attempt is counted when it begins (so a crash mid-attempt counts too); the wait before
//! the next one doubles from `retry_seconds`, and after `max_attempts` the row is given up into
//! Problems with its last error. Every SMTP step has a deadline (`timeout_seconds`, see [`smtp`]),
//! so one silent server cannot hold the rows behind it.
//!
//! The row is marked `sending` just before DATA; a process that dies then leaves it `sending`,
//! and the next start marks it `uncertain` (or, with several daemons on one database, another
//! daemon once the dead one's lease expired).
//!
//! Several daemons: each row is claimed by one daemon before its attempt (`claimed_by`), and
//! marking it `sending` checks the claim is still theirs; a daemon paused past its lease wakes
//! up to find its claim taken and sends nothing.
//!
//! Layout: [`build`] makes the bytes (headers cleaned and bounded), [`smtp`] talks to the relay,
//! this module queues, schedules and records.

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;
use tracing::{Instrument as _, debug, info, warn};

use crate::clock::SharedClock;
use crate::config::{Config, MailboxKind, Transport};
use crate::daemon::Daemon;
use crate::store::{NewOutbox, OutboxRow, Store, StoreError};

pub mod build;
pub mod smtp;

pub use build::{BuiltReply, FileToSend, Plain, build, build_plain, build_with_files};
pub use smtp::deliver_smtp;

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
    /// Answers still hold a stub a person must fill in (1-based question numbers): nothing is
    /// queued, so no placeholder reaches a client.
    #[error("message {id}: question {} still needs an answer", list_numbers(.questions))]
    Unanswered { id: i64, questions: Vec<usize> },
}

fn list_numbers(n: &[usize]) -> String {
    n.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The 1-based numbers of the draft's questions whose answer still needs a person, read from
/// its stored analysis (the questions and answers as last saved).
pub fn unanswered(analysis: &str) -> Vec<usize> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(analysis) else {
        return Vec::new();
    };
    v["questions"]
        .as_array()
        .map(|qs| {
            qs.iter()
                .enumerate()
                .filter(|(_, q)| crate::triage::needs_answer(q["answer"].as_str().unwrap_or("")))
                .map(|(i, _)| i + 1)
                .collect()
        })
        .unwrap_or_default()
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
    let questions = unanswered(&draft.analysis);
    if !questions.is_empty() {
        return Err(OutboxError::Unanswered { id, questions });
    }
    let address = cfg
        .mailbox
        .iter()
        .find(|m| m.name == draft.message.mailbox)
        .map(|m| m.address.clone())
        .or_else(|| cfg.firm.addresses.first().cloned())
        .ok_or_else(|| OutboxError::Config("no address to send from".into()))?;
    // The files go into the bytes now: the outbox row keeps them, so a retry sends the same.
    let files = store.reply_file_bytes(id).await?;
    let built = build_with_files(cfg, &address, &draft, clock.now_ms(), automatic, &files)?;
    // A person's answers are kept with their questions, for questions like them later.
    let learned = if automatic {
        Vec::new()
    } else {
        let by = store
            .profile(actor)
            .await?
            .and_then(|(d, _)| d)
            .filter(|d| !d.trim().is_empty())
            .unwrap_or_else(|| actor.to_string());
        crate::learn::from_approved(&draft.analysis, id, &by, clock.now_ms())
    };
    let mut tx = store.begin().await?;
    // A person's approval waits `outbox.undo_seconds`, so that it can be taken back.
    let undo_ms = if automatic {
        0
    } else {
        i64::try_from(cfg.outbox.undo_seconds.saturating_mul(1000)).unwrap_or(i64::MAX / 2)
    };
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
            clock.now_ms().saturating_add(undo_ms),
        )
        .await?;
    if !ok {
        return Ok(Approved::NotInReview);
    }
    for a in &learned {
        tx.learn(a).await?;
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
    /// Nothing was sent: another daemon took the row over meanwhile.
    TakenOver,
}

/// Sends due outbox rows until cancelled.
pub async fn run(ctx: Arc<Daemon>, cancel: CancellationToken) -> Result<(), OutboxError> {
    interrupted(&ctx, true).await?;
    let password = ctx
        .config
        .smtp_password(&ctx.env)
        .map_err(OutboxError::Config)?;
    let mut checked = tokio::time::Instant::now();
    let mut backoff = Duration::from_millis(500);
    loop {
        if cancel.is_cancelled() {
            return Ok(());
        }
        // A database that is busy or slow to answer for a while is waited out, not fatal.
        let wait = match round(&ctx, password.as_deref(), &cancel, &mut checked).await {
            Ok(Some(wait)) => {
                backoff = Duration::from_millis(500);
                wait
            }
            Ok(None) => return Ok(()),
            Err(OutboxError::Store(e)) if e.is_retryable() => {
                warn!(error = %format!("{e:#}"), retry_in = ?backoff, "the outbox cannot reach the database; trying again");
                let wait = backoff;
                backoff = (backoff * 2).min(Duration::from_secs(30));
                wait
            }
            Err(e) => return Err(e),
        };
        tokio::select! {
            _ = cancel.cancelled() => return Ok(()),
            _ = ctx.outbox_nudge.notified() => {}
            _ = tokio::time::sleep(wait) => {}
        }
    }
}

/// Sends what is due, copies what was sent, and now and then looks for sends a dead daemon
/// cut short; returns how long to wait for the next round, or None when cancelled.
async fn round(
    ctx: &Daemon,
    password: Option<&str>,
    cancel: &CancellationToken,
    checked: &mut tokio::time::Instant,
) -> Result<Option<Duration>, OutboxError> {
    for mut row in ctx.store.outbox_due(20).await? {
        if cancel.is_cancelled() {
            return Ok(None);
        }
        let span = tracing::info_span!("send", id = row.message_id, to = %row.recipients);
        // Claimed and counted before anything goes out, so a crash in the middle still counts.
        let Some(attempts) = ctx.store.outbox_begin_attempt(row.id).await? else {
            continue; // no longer due: a person changed it, or another daemon has it
        };
        row.attempts = attempts;
        let attempt = match ctx.config.outbox.transport {
            Transport::File => deliver_file(&ctx.config, &row),
            Transport::Smtp => {
                deliver_smtp(&ctx.config, password, &row, &ctx.store)
                    .instrument(span.clone())
                    .await
            }
        };
        // What happened is known now: recording it is tried again while the database is busy.
        let mut tries = 0u32;
        loop {
            match record(ctx, &row, attempt.clone())
                .instrument(span.clone())
                .await
            {
                Ok(()) => break,
                Err(OutboxError::Store(e)) if e.is_retryable() && tries < 6 => {
                    tries += 1;
                    warn!(error = %format!("{e:#}"), tries, "cannot record a send yet; trying again");
                    tokio::time::sleep(Duration::from_millis(250) * 2u32.pow(tries)).await;
                }
                Err(e) => return Err(e),
            }
        }
    }
    copy_sent(ctx).await;
    // Sends cut short by another daemon's death.
    let check_every =
        Duration::from_millis(u64::try_from(ctx.store.lease_ms() / 2).unwrap_or(15_000));
    if checked.elapsed() >= check_every {
        interrupted(ctx, false).await?;
        *checked = tokio::time::Instant::now();
    }
    // Approvals in this process wake the outbox at once; the poll catches the rest.
    let poll_ms = i64::try_from(ctx.config.worker.poll_seconds.max(1) * 1000).unwrap_or(5000);
    let now = ctx.clock.now_ms();
    let wait = match ctx.store.outbox_next_due().await? {
        Some(at) => (at - now).clamp(50, poll_ms),
        None => poll_ms,
    };
    Ok(Some(Duration::from_millis(
        u64::try_from(wait).unwrap_or(1000),
    )))
}

/// Marks sends cut short by a daemon's death `uncertain`, and says so.
async fn interrupted(ctx: &Daemon, at_start: bool) -> Result<(), OutboxError> {
    let n = ctx.store.outbox_interrupted(at_start).await?;
    if n > 0 {
        warn!(
            count = n,
            "replies were being sent when a fiveminute daemon stopped; they are marked uncertain for a person to check"
        );
    }
    Ok(())
}

/// The wait before attempt `attempts + 1`, after `attempts` failed ones: `retry_seconds`, doubling
/// each time, at most 30 minutes, plus up to a quarter more so that rows spread out.
fn backoff_ms(retry_seconds: u64, attempts: i64) -> u64 {
    const MAX_MS: u64 = 30 * 60 * 1000;
    let base = retry_seconds.max(1).saturating_mul(1000);
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    let delay = base.saturating_mul(1u64 << doublings).min(MAX_MS);
    delay + rand::random_range(0..=delay / 4)
}

/// Records how an attempt went; `row.attempts` already counts it.
async fn record(ctx: &Daemon, row: &OutboxRow, attempt: Attempt) -> Result<(), OutboxError> {
    let o = &ctx.config.outbox;
    let marked = match attempt {
        Attempt::TakenOver => {
            warn!(
                "another daemon took this reply over while this one was paused; nothing was sent"
            );
            return Ok(());
        }
        Attempt::Sent(answer) => {
            info!(answer = %answer, attempts = row.attempts, "sent");
            if !ctx.store.outbox_mark(row.id, "sent", None, None).await? {
                warn!("sent, but another daemon had taken the reply over meanwhile");
                return Ok(());
            }
            let mut tx = ctx.store.begin().await?;
            tx.audit(row.message_id, "outbox", "sent", Some(&answer))
                .await?;
            tx.commit().await?;
            true
        }
        Attempt::Retry(error) => {
            let attempts = row.attempts;
            if attempts >= i64::from(o.max_attempts) {
                let msg = format!("gave up after {attempts} attempts; last error: {error}");
                warn!(error = %msg, "send failed for good");
                ctx.store
                    .outbox_mark(row.id, "permanent", Some(&msg), None)
                    .await?
            } else {
                let wait = backoff_ms(o.retry_seconds, attempts);
                let next = ctx.clock.now_ms() + i64::try_from(wait).unwrap_or(i64::MAX / 2);
                warn!(error = %error, attempts, retry_in_ms = wait, "send failed; will retry");
                ctx.store
                    .outbox_mark(row.id, "retry", Some(&error), Some(next))
                    .await?
            }
        }
        Attempt::Permanent(error) => {
            warn!(error = %error, "the server refused the reply");
            ctx.store
                .outbox_mark(row.id, "permanent", Some(&error), None)
                .await?
        }
        Attempt::Uncertain(error) => {
            warn!(error = %error, "the reply may or may not have been accepted; a person must check");
            ctx.store
                .outbox_mark(row.id, "uncertain", Some(&error), None)
                .await?
        }
    };
    if !marked {
        warn!("another daemon had taken this reply over meanwhile; its outcome is theirs");
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

    #[test]
    fn the_wait_doubles_from_retry_seconds_and_is_capped() {
        for (attempts, low) in [(1, 15_000), (2, 30_000), (3, 60_000), (4, 120_000)] {
            let w = backoff_ms(15, attempts);
            assert!((low..=low + low / 4).contains(&w), "{attempts}: {w}");
        }
        let cap = 30 * 60 * 1000;
        assert!((cap..=cap + cap / 4).contains(&backoff_ms(15, 1000)));
        assert!((1000..=1250).contains(&backoff_ms(0, 0)));
    }
}
