//! Stage 9, track: replies to our quotes, reminders, expiry, and the hand-off to production.
//!
//! - [`classify`] (pure): a reply → accept, decline, unclear or automatic.
//! - [`find_quote`]: which quote a reply answers. By `In-Reply-To`/`References` to one of our
//!   Message-IDs first (generated on the firm's domain), then by the `[Q-…]` reference in the
//!   subject, then by a reference in the quoted text; a reference is trusted only when the sender
//!   is the quote's client or from their domain (references can be typed by anyone).
//! - [`handoff`]: the brief for production, rendered from `templates/handoff.txt`.
//! - [`run`]: the one reminder after `remind_after_business_days` of silence, and expiry.
//!
//! The worker applies decisions in the transaction that records the reply (pipeline/worker.rs).

pub mod classify;

use std::sync::{Arc, LazyLock};

use chrono::{Datelike, TimeZone, Weekday};
use regex::Regex;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

pub use classify::{Classification, Decision, classify, classify_text};

use crate::config::Config;
use crate::daemon::Daemon;
use crate::parse::InboundMail;
use crate::pipeline::Preview;
use crate::store::{QuoteRow, Store, StoreError};

/// How a reply was matched to its quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchedBy {
    /// In-Reply-To or References named one of our Message-IDs.
    Thread,
    /// The `[Q-…]` reference in the subject.
    Subject,
    /// A reference in the quoted text.
    QuotedText,
}

/// Our Message-IDs among the reply's In-Reply-To and References (newest first).
pub fn our_ids(mail: &InboundMail, domain: &str) -> Vec<String> {
    let suffix = format!("@{}", domain.to_ascii_lowercase());
    let mut ids: Vec<String> = mail
        .in_reply_to
        .iter()
        .chain(mail.references.iter().rev())
        .filter(|id| id.to_ascii_lowercase().ends_with(&suffix))
        .cloned()
        .collect();
    ids.dedup();
    ids
}

/// Quote references (`Q-0042`) in a text.
pub fn references_in(text: &str, prefix: &str) -> Vec<String> {
    static CACHE: LazyLock<std::sync::Mutex<Option<(String, Regex)>>> =
        LazyLock::new(|| std::sync::Mutex::new(None));
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    if cache.as_ref().is_none_or(|(p, _)| p != prefix) {
        let re = Regex::new(&format!(r"(?i)\b({}-\d{{2,}})\b", regex::escape(prefix)))
            .expect("reference pattern compiles");
        *cache = Some((prefix.to_string(), re));
    }
    let (_, re) = cache.as_ref().expect("just set");
    let mut refs: Vec<String> = re
        .find_iter(text)
        .map(|m| m.as_str().to_uppercase())
        .collect();
    refs.dedup();
    refs
}

fn same_client(quote: &QuoteRow, mail: &InboundMail) -> bool {
    let (Some(client), Some(from)) = (quote.client.as_deref(), mail.from.as_ref()) else {
        return false;
    };
    let client = client.to_ascii_lowercase();
    let from = from.address.to_ascii_lowercase();
    client == from
        || client.rsplit_once('@').map(|(_, d)| d) == from.rsplit_once('@').map(|(_, d)| d)
}

/// The quote a reply answers, if any.
pub async fn find_quote(
    store: &Store,
    cfg: &Config,
    mail: &InboundMail,
) -> Result<Option<(QuoteRow, MatchedBy)>, StoreError> {
    let ids = our_ids(mail, &cfg.firm.domain);
    if let Some(q) = store.quote_by_our_ids(&ids).await? {
        return Ok(Some((q, MatchedBy::Thread)));
    }
    let prefix = &cfg.draft.quote_prefix;
    for (text, how) in [
        (&mail.subject, MatchedBy::Subject),
        (&mail.parts.quoted, MatchedBy::QuotedText),
    ] {
        for r in references_in(text, prefix) {
            if let Some(q) = store.quote_by_reference(&r).await?
                && same_client(&q, mail)
            {
                return Ok(Some((q, how)));
            }
        }
    }
    Ok(None)
}

/// The brief for production: (text, take-the-brief-from-the-client-directly, why).
pub fn handoff(
    ctx: &Daemon,
    quote: &QuoteRow,
    original: &Preview,
    acceptance: &InboundMail,
) -> Result<(String, bool, String), crate::draft::DraftError> {
    // Low confidence: information still missing, or research nobody could size.
    let unsure = original.questions.iter().find(|q| {
        !q.free
            && (q.category == crate::triage::Category::NeedsInfo
                || (q.category == crate::triage::Category::Research
                    && matches!(q.source, crate::triage::AnswerSource::Default)))
    });
    let (direct, why) = match unsure {
        _ if quote.direct_brief => (
            true,
            "the client manager marked that the brief cannot be written on a simple form".into(),
        ),
        Some(q) => (
            true,
            format!(
                "\"{}\" needs details from the client before the work can start",
                q.text
            ),
        ),
        None => (false, String::new()),
    };
    let sym = &ctx.config.pricing.currency_symbol;
    let templates = ctx.pipeline.templates();
    // The brief is the firm's own, in the firm's language.
    let firm_phrases = templates.phrases(templates.default_language());
    let value = json!({
        "job": {
            "reference": quote.reference,
            "hours_text": firm_phrases.hours_text(quote.hours),
            "rate_text": crate::triage::money(sym, quote.hourly_rate),
            "total_text": crate::triage::money(sym, quote.total),
            "direct_brief": direct,
            "direct_reason": why,
        },
        "client": {
            "name": original.message.from.as_ref().and_then(|f| f.name.clone()).unwrap_or_default(),
            "address": quote.client.clone().unwrap_or_default(),
        },
        "questions": original.questions,
        "acceptance": acceptance.parts.new_text,
        "original": original.new_text,
        "subject": original.message.subject,
        "firm": {"name": ctx.config.firm.name, "signer": ctx.config.firm.signer.clone().unwrap_or_default()},
    });
    let text = templates.render_named("handoff.txt", &value)?;
    Ok((text, direct, why))
}

/// What production is told about a quote's job.
#[derive(Debug, Clone, Copy)]
pub enum ToProduction<'a> {
    /// The hand-off: the job's brief (the client managers copied when production must take
    /// the brief from the client directly).
    Brief {
        /// The brief.
        brief: &'a str,
        /// Production takes the brief from the client.
        direct: bool,
    },
    /// A manager changed the decision: the job is off.
    Cancelled {
        /// Who changed it.
        actor: &'a str,
        /// The quote's status now (`declined`, `sent`, …).
        status: &'a str,
    },
    /// A manager recorded the client's yes again: the job is back, with its brief.
    BackOn {
        /// Who recorded it.
        actor: &'a str,
        /// The brief.
        brief: &'a str,
    },
}

/// Queues mail to the production address of the quote's mailbox, in the caller's transaction,
/// as a message of its own (kind `notice`; a colleague's answer to it is never read as the
/// client's decision). False when the mailbox has no production address, or the mail cannot be
/// built (logged; the job is on the Jobs page either way).
pub async fn tell_production(
    ctx: &Daemon,
    tx: &mut crate::store::Tx,
    quote: &QuoteRow,
    what: ToProduction<'_>,
) -> Result<bool, StoreError> {
    let mailbox = ctx.config.mailbox.iter().find(|m| m.name == quote.mailbox);
    let (Some(mb), Some(prod)) = (
        mailbox,
        mailbox.and_then(|m| m.production_address.as_deref()),
    ) else {
        return Ok(false);
    };
    let client = quote.client.as_deref().unwrap_or("client");
    let about = format!(
        "{}: {client}: {}",
        quote.reference,
        quote.subject.as_deref().unwrap_or("")
    );
    let now = ctx.clock.now_ms();
    let notice = |kind: &str, actor: &str, status_text: &str, brief: &str| {
        let value = json!({
            "notice": kind,
            "actor": actor,
            "status_text": status_text,
            "job": {"reference": quote.reference},
            "client": {"address": client},
            "subject": quote.subject,
            "brief": brief,
            "firm": {"name": ctx.config.firm.name, "signer": ctx.config.firm.signer.clone().unwrap_or_default()},
        });
        ctx.pipeline.templates().render_named("notice.txt", &value)
    };
    let (key, subject, body, cc) = match what {
        ToProduction::Brief { brief, direct } => (
            format!("production:{}:brief", quote.reference),
            format!("Job {about}"),
            Ok(brief.to_string()),
            direct,
        ),
        ToProduction::Cancelled { actor, status } => {
            let now_is = match status {
                "declined" => "declined",
                "expired" => "expired",
                _ => "open again, waiting for the client's decision",
            };
            (
                format!("production:{}:cancelled:{now}", quote.reference),
                format!("Cancelled: job {about}"),
                notice("cancelled", actor, now_is, ""),
                false,
            )
        }
        ToProduction::BackOn { actor, brief } => (
            format!("production:{}:back-on:{now}", quote.reference),
            format!("Back on: job {about}"),
            notice("back_on", actor, "accepted", brief),
            false,
        ),
    };
    let body = match body {
        Ok(b) => b,
        Err(e) => {
            warn!(quote = %quote.reference, error = %e, "cannot write the mail to production (templates/notice.txt); the job is on the Jobs page");
            return Ok(false);
        }
    };
    // The brief carries the client's files, so production has the whole of it.
    let files: Vec<crate::outbox::FileToSend> = match what {
        ToProduction::Brief { .. } | ToProduction::BackOn { .. } => ctx
            .store
            .raw_message(quote.message_id)
            .await?
            .map(|raw| {
                crate::parse::files::files(&raw)
                    .into_iter()
                    .map(|f| {
                        let ct = crate::parse::files::send_type(&f.name, &f.declared, &f.bytes);
                        (f.name, ct, f.bytes)
                    })
                    .collect()
            })
            .unwrap_or_default(),
        ToProduction::Cancelled { .. } => Vec::new(),
    };
    let plain = crate::outbox::Plain {
        from: &mb.address,
        to: prod,
        cc: cc.then_some(mb.address.as_str()),
        subject: &subject,
        body: &body,
        files: &files,
    };
    let built = match crate::outbox::build_plain(&ctx.config, &plain, now) {
        Ok(b) => b,
        Err(e) => {
            warn!(quote = %quote.reference, error = %e, "cannot build the mail to production; the job is on the Jobs page");
            return Ok(false);
        }
    };
    let Some(id) = tx
        .add_notice(&quote.mailbox, quote.id, &key, prod, &subject, &built.raw)
        .await?
    else {
        return Ok(false);
    };
    tx.queue_outbox(
        id,
        &crate::store::NewOutbox {
            mailbox: quote.mailbox.clone(),
            rfc_message_id: built.message_id,
            sender: built.sender,
            recipients: built.recipients,
            raw: built.raw,
            automatic: false,
        },
    )
    .await?;
    ctx.outbox_nudge.notify_one();
    Ok(true)
}

/// `n` business days (Monday to Friday, in `tz`) after `start_ms`, at the same time of day.
pub fn add_business_days(start_ms: i64, n: u32, tz: chrono_tz::Tz) -> i64 {
    let Some(start) = tz.timestamp_millis_opt(start_ms).single() else {
        return start_ms + i64::from(n) * 86_400_000;
    };
    let mut t = start;
    let mut left = n;
    while left > 0 {
        t += chrono::Duration::days(1);
        if !matches!(t.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    t.timestamp_millis()
}

/// What one round of follow-up did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Followup {
    /// Reminder drafts created.
    pub reminded: usize,
    /// Quotes expired.
    pub expired: usize,
}

/// One round: reminders for quotes silent too long, expiry for quotes past their time.
pub async fn tick(ctx: &Daemon) -> Result<Followup, StoreError> {
    let now = ctx.clock.now_ms();
    let t = &ctx.config.track;
    let tz = t.tz();
    let mut done = Followup::default();
    for q in ctx.store.open_quotes().await? {
        let Some(sent) = q.sent_at else { continue };
        if now >= add_business_days(sent, t.expire_after_business_days, tz) {
            let mut tx = ctx.store.begin().await?;
            if tx.decide_quote(q.id, "expired").await? {
                tx.audit(q.message_id, "tracker", "quote expired", Some(&q.reference))
                    .await?;
                done.expired += 1;
            }
            tx.commit().await?;
            continue;
        }
        if q.reminded_at.is_none()
            && q.last_reply_at.is_none()
            && now >= add_business_days(sent, t.remind_after_business_days, tz)
            && remind(ctx, &q).await?
        {
            done.reminded += 1;
        }
    }
    if done.reminded + done.expired > 0 {
        info!(
            reminded = done.reminded,
            expired = done.expired,
            "follow-up"
        );
    }
    Ok(done)
}

async fn remind(ctx: &Daemon, q: &QuoteRow) -> Result<bool, StoreError> {
    let Some((analysis, raw)) = ctx.store.analysis_of(q.message_id).await? else {
        return Ok(false);
    };
    let Some(to) = q.client.clone() else {
        return Ok(false);
    };
    let mut preview: Value = serde_json::from_str(&analysis).unwrap_or(Value::Null);
    let mail = crate::parse::parse(&raw).ok();
    let sym = &ctx.config.pricing.currency_symbol;
    // The reminder is written in the language of the reply it follows.
    let templates = ctx.pipeline.templates();
    let lang = templates
        .language(preview["draft"]["language"].as_str())
        .to_string();
    let ctx_value = json!({
        "client": {"first_name": mail.as_ref().and_then(InboundMail::first_name)},
        "quote": {
            "reference": q.reference,
            "hours_text": templates.phrases(&lang).hours_text(q.hours),
            "rate_text": crate::triage::money(sym, q.hourly_rate),
            "total_text": crate::triage::money(sym, q.total),
        },
        "subject": q.subject,
        "firm": {"name": ctx.config.firm.name, "signer": ctx.config.firm.signer.clone().unwrap_or_default()},
    });
    let body = match ctx
        .pipeline
        .templates()
        .render_named(&format!("{lang}/reminder.txt"), &ctx_value)
    {
        Ok(b) => b,
        Err(e) => {
            warn!(quote = %q.reference, error = %format!("{:#}", anyhow::Error::from(e)), "cannot render the reminder");
            return Ok(false);
        }
    };
    let mut subject = crate::draft::reply_subject(q.subject.as_deref().unwrap_or(""), false);
    if !subject.contains(&q.reference) {
        subject = format!("{subject} [{}]", q.reference);
    }
    let ours = ctx.store.sent_reply_id(q.message_id).await?;
    let mut refs: Vec<String> = mail
        .as_ref()
        .map(|m| m.references.clone())
        .unwrap_or_default();
    if let Some(id) = mail.as_ref().and_then(|m| m.message_id.clone()) {
        refs.push(id);
    }
    if let Some(id) = &ours {
        refs.push(id.clone());
    }
    // The draft page shows the client's email; a reminder has no questions to edit.
    if let Value::Object(o) = &mut preview {
        o.insert("questions".into(), json!([]));
    }
    let mut tx = ctx.store.begin().await?;
    let added = tx
        .add_reminder(
            q,
            &raw,
            &to,
            &subject,
            &body,
            ours.as_deref(),
            &refs.join(" "),
            &preview.to_string(),
        )
        .await?;
    if added.is_some() {
        tx.audit(
            q.message_id,
            "tracker",
            "reminder drafted",
            Some(&q.reference),
        )
        .await?;
    }
    tx.commit().await?;
    if let Some(id) = added
        && ctx.config.autosend.reminders
    {
        crate::pipeline::worker::autosend(ctx, vec![(id, to)]).await?;
    }
    Ok(added.is_some())
}

/// How often the database's planner statistics are refreshed (it also happens at start).
const OPTIMIZE_EVERY: std::time::Duration = std::time::Duration::from_secs(6 * 3600);

/// Reminders and expiry until cancelled (and, every few hours, the planner's statistics).
///
/// With several daemons on one database, one at a time follows up: the one holding the
/// `tracker` lease, taken (or kept) at each round for two rounds and the lease time.
pub async fn run(ctx: Arc<Daemon>, cancel: CancellationToken) -> Result<(), StoreError> {
    let every = std::time::Duration::from_secs(ctx.config.track.check_seconds.max(1));
    let hold_ms = i64::try_from(every.as_millis())
        .unwrap_or(i64::MAX / 4)
        .saturating_mul(2)
        .saturating_add(ctx.store.lease_ms());
    let holder = ctx.store.holder().to_string();
    let mut optimized = tokio::time::Instant::now();
    let mut held: Option<i64> = None;
    loop {
        if optimized.elapsed() >= OPTIMIZE_EVERY {
            optimized = tokio::time::Instant::now();
            if let Err(e) = ctx.store.optimize().await {
                warn!(error = %format!("{e:#}"), "the planner's statistics were not refreshed");
            }
        }
        let took = ctx.store.take_lease(TRACKER_LEASE, &holder, hold_ms).await;
        match took {
            Ok(Some(epoch)) => {
                if held != Some(epoch) {
                    info!(
                        epoch,
                        "this daemon follows the quotes up (reminders, expiry)"
                    );
                }
                held = Some(epoch);
                match tick(&ctx).await {
                    Ok(_) => {}
                    Err(e) if e.is_retryable() => {
                        warn!(error = %format!("{e:#}"), "follow-up skipped a round")
                    }
                    Err(e) => return Err(e),
                }
            }
            Ok(None) => {
                if held.take().is_some() {
                    info!("another daemon follows the quotes up now");
                }
            }
            Err(e) if e.is_retryable() => {
                warn!(error = %format!("{e:#}"), "follow-up skipped a round")
            }
            Err(e) => return Err(e),
        }
        tokio::select! {
            _ = cancel.cancelled() => {
                if let Some(epoch) = held {
                    let _ = ctx.store.release_lease(TRACKER_LEASE, &holder, epoch).await;
                }
                return Ok(());
            }
            _ = tokio::time::sleep(every) => {}
        }
    }
}

/// The lease of the daemon that follows quotes up.
pub const TRACKER_LEASE: &str = "tracker";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_days_skip_weekends() {
        let tz: chrono_tz::Tz = "Europe/London".parse().expect("tz");
        // Thursday 2026-11-26 10:00 London.
        let thu = tz
            .with_ymd_and_hms(2026, 11, 26, 10, 0, 0)
            .single()
            .expect("time")
            .timestamp_millis();
        let plus3 = tz
            .timestamp_millis_opt(add_business_days(thu, 3, tz))
            .single()
            .expect("time");
        assert_eq!(
            (plus3.weekday(), plus3.format("%H:%M").to_string()),
            (Weekday::Tue, "10:00".into())
        );
        let plus1 = tz
            .timestamp_millis_opt(add_business_days(thu, 1, tz))
            .single()
            .expect("time");
        assert_eq!(plus1.weekday(), Weekday::Fri);
    }

    #[test]
    fn references_are_found_in_any_case() {
        assert_eq!(
            references_in("Re: Tax [q-0042] and Q-0043", "Q"),
            vec!["Q-0042", "Q-0043"]
        );
        assert!(references_in("no ref Q-1 here", "Q").is_empty());
    }
}
