//! The operations view: `GET /metrics` in Prometheus text format, on `metrics.listen`, without
//! login and without client data. What the database says (messages, waiting drafts, quotes, the
//! outbox, the time to the first answer) is read at each scrape; what the process knows (each
//! task's state, restarts, each mailbox's connection and reconnects, who holds the database) comes
//! from [`Health`](super::health::Health).

use std::fmt::Write as _;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use super::Daemon;
use super::health::{Health, TaskState};
use crate::config::MailboxKind;
use crate::store::ANSWER_BUCKETS;

/// Serves `/metrics` on `metrics.listen` until cancelled.
pub async fn serve(ctx: Arc<Daemon>, cancel: CancellationToken) -> anyhow::Result<()> {
    let addr = ctx.config.metrics.listen.clone();
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr} (metrics.listen): {e}"))?;
    let address = listener.local_addr()?;
    info!(address = %address, "metrics listening");
    ctx.health.set(
        "metrics",
        TaskState::Running,
        Some(format!("listening on {address}")),
    );
    let app = axum::Router::new()
        .route("/metrics", get(metrics))
        .with_state(ctx);
    axum::serve(listener, app)
        .with_graceful_shutdown(cancel.cancelled_owned())
        .await?;
    Ok(())
}

async fn metrics(State(ctx): State<Arc<Daemon>>) -> Response {
    match render(&ctx).await {
        Ok(text) => (
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            text,
        )
            .into_response(),
        Err(e) => {
            warn!(error = %format!("{e:#}"), "cannot read the figures for /metrics");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the database cannot be read\n",
            )
                .into_response()
        }
    }
}

/// A label value, escaped as the text format wants.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Writes one metric family's header.
fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// The whole text of `/metrics`.
pub async fn render(ctx: &Daemon) -> anyhow::Result<String> {
    let m = ctx.store.metrics().await?;
    let now = ctx.clock.now_ms();
    let mut out = String::new();

    family(
        &mut out,
        "fiveminute_messages",
        "gauge",
        "Stored emails by status.",
    );
    for (status, n) in &m.messages {
        let _ = writeln!(
            out,
            "fiveminute_messages{{status=\"{}\"}} {n}",
            label(status)
        );
    }
    family(
        &mut out,
        "fiveminute_messages_leased",
        "gauge",
        "Emails a worker holds a live lease on (being read now).",
    );
    let _ = writeln!(out, "fiveminute_messages_leased {}", m.leased);
    family(
        &mut out,
        "fiveminute_drafts_waiting",
        "gauge",
        "Drafts waiting for a manager.",
    );
    let _ = writeln!(out, "fiveminute_drafts_waiting {}", m.drafts_waiting);
    family(
        &mut out,
        "fiveminute_oldest_draft_age_seconds",
        "gauge",
        "Age of the email behind the oldest waiting draft (0 when none waits).",
    );
    let age = m
        .oldest_waiting_at
        .map_or(0.0, |t| (now - t).max(0) as f64 / 1000.0);
    let _ = writeln!(out, "fiveminute_oldest_draft_age_seconds {age}");

    family(
        &mut out,
        "fiveminute_first_answer_seconds",
        "histogram",
        "Time from an email's arrival to its answer being sent.",
    );
    for (b, n) in ANSWER_BUCKETS.iter().zip(&m.answer_buckets) {
        let _ = writeln!(
            out,
            "fiveminute_first_answer_seconds_bucket{{le=\"{b}\"}} {n}"
        );
    }
    let _ = writeln!(
        out,
        "fiveminute_first_answer_seconds_bucket{{le=\"+Inf\"}} {}",
        m.answers
    );
    let _ = writeln!(
        out,
        "fiveminute_first_answer_seconds_sum {}",
        m.answer_seconds
    );
    let _ = writeln!(out, "fiveminute_first_answer_seconds_count {}", m.answers);

    family(&mut out, "fiveminute_quotes", "gauge", "Quotes by status.");
    for (status, n) in &m.quotes {
        let _ = writeln!(out, "fiveminute_quotes{{status=\"{}\"}} {n}", label(status));
    }
    family(
        &mut out,
        "fiveminute_outbox",
        "gauge",
        "Outgoing replies by status.",
    );
    for (status, n) in &m.outbox {
        let _ = writeln!(out, "fiveminute_outbox{{status=\"{}\"}} {n}", label(status));
    }
    family(
        &mut out,
        "fiveminute_outbox_failures",
        "gauge",
        "Replies that failed, by kind: refused (5xx, given up), uncertain (may have gone out; a person decides), retrying (a transient failure, sent again later).",
    );
    let count = |s: &str| m.outbox.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
    for (kind, status) in [
        ("refused", "permanent"),
        ("uncertain", "uncertain"),
        ("retrying", "retry"),
    ] {
        let _ = writeln!(
            out,
            "fiveminute_outbox_failures{{kind=\"{kind}\"}} {}",
            count(status)
        );
    }
    family(
        &mut out,
        "fiveminute_outbox_retries",
        "gauge",
        "Send attempts beyond each reply's first.",
    );
    let _ = writeln!(out, "fiveminute_outbox_retries {}", m.outbox_retries);

    let tasks = ctx.health.snapshot();
    family(
        &mut out,
        "fiveminute_task_state",
        "gauge",
        "Each task's state (1 for the state it is in).",
    );
    for (name, t) in &tasks {
        for s in [
            TaskState::Running,
            TaskState::Reconnecting,
            TaskState::Standby,
            TaskState::Restarting,
            TaskState::Failed,
            TaskState::Stopped,
        ] {
            let _ = writeln!(
                out,
                "fiveminute_task_state{{task=\"{}\",state=\"{}\"}} {}",
                label(name),
                s.as_str(),
                u8::from(t.state == s)
            );
        }
    }
    family(
        &mut out,
        "fiveminute_task_restarts_total",
        "counter",
        "Restarts of each task after a panic since the daemon started.",
    );
    for (name, t) in &tasks {
        let _ = writeln!(
            out,
            "fiveminute_task_restarts_total{{task=\"{}\"}} {}",
            label(name),
            t.restarts
        );
    }
    family(
        &mut out,
        "fiveminute_mailbox_connected",
        "gauge",
        "1 when the mailbox's watcher is connected (IMAP) or reading (Maildir).",
    );
    for mb in &ctx.config.mailbox {
        let t = tasks.get(&Health::intake(&mb.name));
        let up = t.is_some_and(|t| {
            t.state == TaskState::Running
                && (mb.kind == MailboxKind::Maildir
                    || t.detail
                        .as_deref()
                        .is_some_and(|d| d.starts_with("connected")))
        });
        let _ = writeln!(
            out,
            "fiveminute_mailbox_connected{{mailbox=\"{}\"}} {}",
            label(&mb.name),
            u8::from(up)
        );
    }
    family(
        &mut out,
        "fiveminute_mailbox_reconnects_total",
        "counter",
        "Times the mailbox's connection was lost and made again since the daemon started.",
    );
    for mb in &ctx.config.mailbox {
        let n = tasks
            .get(&Health::intake(&mb.name))
            .map_or(0, |t| t.reconnects);
        let _ = writeln!(
            out,
            "fiveminute_mailbox_reconnects_total{{mailbox=\"{}\"}} {n}",
            label(&mb.name)
        );
    }
    family(
        &mut out,
        "fiveminute_lease_holder",
        "gauge",
        "Who holds each live lease (1): `mailbox:<name>` watches a mailbox, `tracker` sends reminders and expires quotes, `daemon:<holder>` is a daemon alive. Several daemons share a PostgreSQL database by these; with SQLite there is one.",
    );
    family(
        &mut out,
        "fiveminute_lease_epoch",
        "gauge",
        "Each live lease's epoch: it grows by one each time another daemon takes the lease over.",
    );
    let now = ctx.clock.now_ms();
    for l in ctx.store.leases().await? {
        if l.expires_at <= now {
            continue;
        }
        let _ = writeln!(
            out,
            "fiveminute_lease_holder{{lease=\"{}\",holder=\"{}\"}} 1",
            label(&l.name),
            label(&l.holder)
        );
        let _ = writeln!(
            out,
            "fiveminute_lease_epoch{{lease=\"{}\"}} {}",
            label(&l.name),
            l.epoch
        );
    }
    Ok(out)
}
