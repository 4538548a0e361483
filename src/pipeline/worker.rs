//! The pipeline worker: stored messages → guard → split → triage → draft → stored drafts.
//!
//! Input: messages in status `received`, claimed from the store with a lease. Output: each moves
//! to `drafted` (with its draft and quote), `no_reply` (a person, nothing to answer), `ignored`
//! (machine mail, with the guard's reason) or `failed` (with the error), all of a batch in one
//! transaction. Woken by the watchers; also polls, so nothing waits forever.
//!
//! The CPU work runs on the blocking pool and is guarded against panics: one poisoned message is
//! marked failed and the worker goes on.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;
use tracing::{debug, info, warn};

use crate::daemon::Daemon;
use crate::parse::{self, InboundMail};

use crate::pipeline::Preview;
use crate::store::{Claimed, NewDraft, NewQuote, StoreError};

/// Errors that stop the worker (and so the daemon).
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    /// The database failed in a way a retry will not fix.
    #[error("the pipeline worker cannot use the database")]
    Store(#[from] StoreError),
    /// A blocking task could not be joined (the runtime is shutting down).
    #[error("the pipeline worker lost its processing task")]
    Join(#[from] tokio::task::JoinError),
}

/// What happened to one claimed message.
#[derive(Clone)]
enum Outcome {
    Processed(Box<(InboundMail, Preview)>),
    Failed(String),
}

/// Runs until cancelled. Work in progress (one batch) is finished before returning.
pub async fn run(ctx: Arc<Daemon>, cancel: CancellationToken) -> Result<(), WorkerError> {
    let w = &ctx.config.worker;
    let batch = i64::from(w.batch);
    let batch_bytes = i64::try_from(w.batch_bytes).unwrap_or(i64::MAX);
    let lease_ms = i64::try_from(w.lease_seconds).unwrap_or(300) * 1000;
    let poll = Duration::from_secs(w.poll_seconds);
    let mut backoff = Duration::from_millis(200);
    let mut learned = None;
    loop {
        if cancel.is_cancelled() {
            return Ok(());
        }
        let claimed = match ctx.store.claim(batch, lease_ms, batch_bytes).await {
            Ok(c) => {
                backoff = Duration::from_millis(200);
                c
            }
            Err(e) if e.is_retryable() => {
                warn!(error = %format!("{e:#}"), "the database is busy; retrying");
                tokio::select! {
                    _ = cancel.cancelled() => return Ok(()),
                    _ = tokio::time::sleep(backoff) => {}
                }
                backoff = (backoff * 2).min(Duration::from_secs(10));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        if claimed.is_empty() {
            tokio::select! {
                _ = cancel.cancelled() => return Ok(()),
                _ = ctx.nudge.notified() => {}
                _ = tokio::time::sleep(poll) => {}
            }
            continue;
        }
        // A busy database is waited out: the answers given before load on a later batch.
        if let Err(e) = refresh_learned(&ctx, &mut learned).await {
            if e.is_retryable() {
                warn!(error = %format!("{e:#}"), "the database is busy; answers given before load later");
            } else {
                return Err(e.into());
            }
        }
        let pipeline = Arc::clone(&ctx.pipeline);
        let ids: Vec<i64> = claimed.iter().map(|c| c.id).collect();
        let outcomes = tokio::task::spawn_blocking(move || {
            claimed
                .into_iter()
                .map(|c| (c.id, c.mailbox.clone(), c.force, analyze(&pipeline, &c)))
                .collect::<Vec<_>>()
        })
        .await?;
        // Recording is one transaction: when the database is busy it is tried again with the
        // same outcomes; if it stays busy the batch is left to its lease, and read again later.
        let mut attempt = 0u32;
        loop {
            match record(&ctx, outcomes.clone()).await {
                Ok(()) => {
                    debug!(count = ids.len(), "batch recorded");
                    break;
                }
                Err(WorkerError::Store(e)) if e.is_retryable() => {
                    attempt += 1;
                    if attempt > 5 {
                        warn!(error = %format!("{e:#}"), count = ids.len(), "the database stayed busy; the batch is read again when its lease ends");
                        break;
                    }
                    warn!(error = %format!("{e:#}"), attempt, "the database is busy; recording the batch again");
                    tokio::select! {
                        _ = cancel.cancelled() => return Ok(()),
                        _ = tokio::time::sleep(Duration::from_millis(200) * 2u32.pow(attempt)) => {}
                    }
                }
                Err(e) => return Err(e),
            }
        }
    }
}

/// Loads the answers given before again when the store holds new ones (or some were promoted
/// or dismissed), so the next batch's suggestions include them.
pub async fn refresh_learned(
    ctx: &Daemon,
    seen: &mut Option<crate::store::LearnedVersion>,
) -> Result<(), StoreError> {
    if !ctx.config.learn.suggest {
        return Ok(());
    }
    let v = ctx.store.learned_version().await?;
    if *seen != Some(v) {
        let answers = ctx.store.learned_answers().await?;
        debug!(answers = answers.len(), "answers given before loaded");
        ctx.pipeline.set_learned(answers);
        *seen = Some(v);
    }
    Ok(())
}

fn analyze(pipeline: &crate::pipeline::Pipeline, c: &Claimed) -> Outcome {
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        parse::parse(&c.raw).map(|mail| {
            let preview = if c.force {
                pipeline.process_forced(&mail)
            } else {
                pipeline.process(&mail, None)
            };
            (mail, preview)
        })
    }));
    match result {
        Ok(Ok(pair)) => Outcome::Processed(Box::new(pair)),
        Ok(Err(e)) => Outcome::Failed(e.to_string()),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Outcome::Failed(format!("internal error while processing: {what}"))
        }
    }
}

async fn record(
    ctx: &Daemon,
    outcomes: Vec<(i64, String, bool, Outcome)>,
) -> Result<(), WorkerError> {
    let mut tx = ctx.store.begin().await?;
    // Drafts a robot may send, checked against the daily cap once the batch is committed.
    let mut auto: Vec<(i64, String)> = Vec::new();
    let prefix = &ctx.config.draft.quote_prefix;
    let (mut drafted, mut others) = (0usize, 0usize);
    for (id, mailbox, forced, outcome) in outcomes {
        // Another daemon took this message over (this one was paused past its lease) and may
        // have drafted it already: nothing is recorded twice.
        if !tx.own(id).await? {
            warn!(id, mailbox = %mailbox, "another daemon took this message over; leaving it to that daemon");
            continue;
        }
        // No span entered here: a guard held across the `.await`s below corrupts tracing's span
        // stack (and once panicked the watcher); the fields go on each line instead.
        match outcome {
            Outcome::Failed(reason) => {
                warn!(id, mailbox = %mailbox, reason = %reason, "message failed");
                tx.status(id, "failed", Some(&reason)).await?;
                others += 1;
            }
            Outcome::Processed(pair) => {
                let (mail, mut preview) = *pair;
                let message_id = mail.message_id.clone().unwrap_or_default();
                // Searchable by who sent it, its subject and the client's own words.
                let sender = mail
                    .from
                    .as_ref()
                    .map(|f| format!("{} {}", f.name.as_deref().unwrap_or(""), f.address))
                    .unwrap_or_default();
                tx.index_message(id, &sender, &mail.subject, &mail.parts.new_text)
                    .await?;
                // A manager asked for a draft of this one: it is not read as a reply to a quote.
                if !forced
                    && let Some((quote, how)) =
                        crate::track::find_quote(&ctx.store, &ctx.config, &mail).await?
                    && track_reply(ctx, &mut tx, id, &mail, &preview, &quote, how).await?
                {
                    others += 1;
                    continue;
                }
                if preview.guard.is_automatic() {
                    debug!(id, mailbox = %mailbox, message_id = %message_id, reason = %preview.guard.reason, "ignored");
                    tx.status(id, "ignored", Some(&preview.guard.reason))
                        .await?;
                    others += 1;
                    continue;
                }
                // Mail too short to tell its language keeps the language of the client's
                // last reply.
                if preview.language.is_none()
                    && let (Some(d), Some(from)) = (&preview.draft, &mail.from)
                    && let Some(last) = tx.last_language(&from.address).await?
                    && last != d.language
                    && let Err(e) = ctx.pipeline.render_in(&mail, &mut preview, &last)
                {
                    warn!(id, mailbox = %mailbox, error = %format!("{:#}", anyhow::Error::from(e)), "cannot write the reply in the client's language");
                }
                let reference = match &preview.quote {
                    Some(_) => {
                        let n = tx.next_quote_number().await?;
                        let r = format!("{prefix}-{n:04}");
                        if let Err(e) = ctx.pipeline.assign_reference(&mail, &mut preview, &r) {
                            let reason = format!("{:#}", anyhow::Error::from(e));
                            warn!(id, mailbox = %mailbox, reason = %reason, "draft failed");
                            tx.status(id, "failed", Some(&reason)).await?;
                            others += 1;
                            continue;
                        }
                        Some(r)
                    }
                    None => None,
                };
                let Some(draft) = preview.draft.clone() else {
                    let reason = preview
                        .problems
                        .last()
                        .cloned()
                        .filter(|_| !preview.questions.is_empty())
                        .map(|p| ("failed", p))
                        .unwrap_or_else(|| {
                            (
                                "no_reply",
                                preview
                                    .no_draft_reason
                                    .clone()
                                    .unwrap_or_else(|| "nothing to answer".into()),
                            )
                        });
                    debug!(id, mailbox = %mailbox, message_id = %message_id, status = reason.0, "not drafted");
                    tx.status(id, reason.0, Some(&reason.1)).await?;
                    others += 1;
                    continue;
                };
                let quote = preview.quote.as_ref().map(|qu| NewQuote {
                    reference: reference.clone().unwrap_or_default(),
                    client: mail.from.as_ref().map(|f| f.address.clone()),
                    minutes: i64::from(qu.minutes),
                    hours: qu.hours,
                    hourly_rate: qu.hourly_rate,
                    total: qu.total,
                    currency: qu.currency.clone(),
                });
                let analysis = serde_json::to_string(&preview).unwrap_or_default();
                let new_draft = NewDraft {
                    to: draft.to.as_ref().map(|t| t.address.clone()),
                    subject: draft.subject.clone(),
                    body: draft.body.clone(),
                    in_reply_to: draft.in_reply_to.clone(),
                    references: draft.references.join(" "),
                    questions: i64::try_from(preview.questions.len()).unwrap_or(0),
                    analysis,
                };
                tx.drafted(id, &new_draft, quote.as_ref()).await?;
                if may_autosend(&ctx.config, &preview)
                    && let Some(to) = &new_draft.to
                {
                    auto.push((id, to.clone()));
                }
                debug!(
                    id,
                    mailbox = %mailbox,
                    message_id = %message_id,
                    questions = preview.questions.len(),
                    quote = reference.as_deref().unwrap_or("-"),
                    "drafted"
                );
                drafted += 1;
            }
        }
    }
    tx.commit().await?;
    if drafted > 0 {
        info!(drafted, others, "batch drafted");
    }
    Ok(autosend(ctx, auto).await?)
}

/// A reply to one of our quotes. Returns true when it is settled (accepted, declined, machine
/// mail); false when a person must read it (unclear, or the quote was decided already), and it
/// goes on to be drafted like any client email, flagged.
async fn track_reply(
    ctx: &Daemon,
    tx: &mut crate::store::Tx,
    id: i64,
    mail: &InboundMail,
    preview: &Preview,
    quote: &crate::store::QuoteRow,
    how: crate::track::MatchedBy,
) -> Result<bool, WorkerError> {
    use crate::track::Decision;
    let c = ctx.pipeline.classify(mail, &preview.guard);
    let reason = format!("{} [matched by {how:?}]", c.reason);
    info!(id, quote = %quote.reference, decision = c.decision.as_str(), reason = %c.reason, "reply to a quote");
    match c.decision {
        Decision::Automatic => {
            // Logged and ignored; the quote stays open and its reminder still comes.
            tx.record_reply(id, quote.id, "automatic", &reason, "ignored")
                .await?;
            Ok(true)
        }
        Decision::Accept | Decision::Decline if quote.status == "sent" => {
            tx.record_reply(id, quote.id, c.decision.as_str(), &reason, "tracked")
                .await?;
            tx.quote_replied(quote.id).await?;
            decide(
                ctx,
                tx,
                id,
                mail,
                quote,
                c.decision == Decision::Accept,
                "tracker",
            )
            .await?;
            Ok(true)
        }
        _ => {
            let note = if quote.status == "sent" {
                reason
            } else {
                format!("{reason}; the quote is already {}", quote.status)
            };
            tx.record_reply(id, quote.id, c.decision.as_str(), &note, "received")
                .await?;
            // What they would pay instead, for the manager's choice on the page.
            if c.decision == Decision::Unclear
                && let Some(p) = crate::track::classify::proposal(
                    &mail.parts.new_text,
                    &[quote.total, quote.hours, quote.hourly_rate],
                )
            {
                tx.record_proposal(id, &serde_json::to_string(&p).unwrap_or_default())
                    .await?;
            }
            tx.quote_replied(quote.id).await?;
            Ok(false)
        }
    }
}

/// Accepts (job, hand-off) or declines a quote, with the audit line.
pub async fn decide(
    ctx: &Daemon,
    tx: &mut crate::store::Tx,
    reply_id: i64,
    reply: &InboundMail,
    quote: &crate::store::QuoteRow,
    accept: bool,
    actor: &str,
) -> Result<(), WorkerError> {
    let status = if accept { "accepted" } else { "declined" };
    if !tx.decide_quote(quote.id, status).await? {
        return Ok(());
    }
    tx.audit(
        quote.message_id,
        actor,
        &format!("quote {status}"),
        Some(&quote.reference),
    )
    .await?;
    if !accept {
        return Ok(());
    }
    let original: Option<Preview> = ctx
        .store
        .analysis_of(quote.message_id)
        .await?
        .and_then(|(a, _)| serde_json::from_str(&a).ok());
    let (brief, direct, why) = match original
        .as_ref()
        .map(|o| crate::track::handoff(ctx, quote, o, reply))
    {
        Some(Ok(b)) => b,
        Some(Err(e)) => (
            format!("The brief could not be rendered ({e}); see the thread."),
            true,
            "no brief".into(),
        ),
        None => (
            "The original analysis is missing; take the brief from the thread.".into(),
            true,
            "no brief".into(),
        ),
    };
    if !tx.create_job(quote.id, reply_id, &brief, direct).await? {
        return Ok(());
    }
    tx.audit(quote.message_id, actor, "job created", Some(&why))
        .await?;
    crate::track::tell_production(
        ctx,
        tx,
        quote,
        crate::track::ToProduction::Brief {
            brief: &brief,
            direct,
        },
    )
    .await?;
    Ok(())
}

/// Auto-send is for what the firm trusts: on, a person who may get a robot's answer, and (with
/// `library_answers_only`) every question answered from the library with nothing quoted.
fn may_autosend(cfg: &crate::config::Config, preview: &Preview) -> bool {
    let a = &cfg.autosend;
    a.enabled
        && preview.guard.auto_reply_allowed
        && preview
            .draft
            .as_ref()
            .is_some_and(|d| d.warnings.is_empty())
        && !preview
            .problems
            .iter()
            .any(|p| p.starts_with(crate::pipeline::LONG_BRIEF))
        && !preview.questions.is_empty()
        && (!a.library_answers_only
            || (preview.quote.is_none()
                && preview
                    .questions
                    .iter()
                    .all(|q| matches!(q.source, crate::triage::AnswerSource::Library(_)))))
}

/// Approves eligible drafts as `auto-send`, at most `max_per_sender_per_day` per address, so no
/// loop can form with another robot. The rest stay in the inbox for a person.
/// Approves drafts without review, each within the per-address daily cap (left for review
/// beyond it). Used for auto-sent replies and, when the firm allows it, reminders.
pub(crate) async fn autosend(ctx: &Daemon, drafts: Vec<(i64, String)>) -> Result<(), StoreError> {
    let day_ago = ctx.clock.now_ms() - 24 * 3600 * 1000;
    let cap = i64::from(ctx.config.autosend.max_per_sender_per_day);
    for (id, to) in drafts {
        if ctx.store.automatic_replies_to(&to, day_ago).await? >= cap {
            info!(id, to = %to, "auto-send cap reached for this address today; left for review");
            continue;
        }
        match crate::outbox::approve(&ctx.store, &ctx.config, &ctx.clock, id, "auto-send", true)
            .await
        {
            Ok(crate::outbox::Approved::Queued(_)) => {
                info!(id, to = %to, "auto-sent");
                ctx.outbox_nudge.notify_one();
            }
            Ok(crate::outbox::Approved::NotInReview) => {}
            Err(crate::outbox::OutboxError::Store(e)) => return Err(e),
            Err(e) => warn!(id, error = %format!("{e:#}"), "cannot auto-send; left for review"),
        }
    }
    Ok(())
}
