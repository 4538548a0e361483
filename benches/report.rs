//! How long a report takes on a busy firm's database. Seeds a year of a shared mailbox —
//! 100,000 client emails of 6 KB from 1,000 clients (about 270 a day), each answered with a
//! real analysis, and 20,000 quotes with their outcomes and some unclear replies — then prints the
//! time `fiveminute report` and the Reports page spend building:
//! - the page's default period (the last 12 weeks);
//! - the whole year;
//! - the whole year for one mailbox.
//!
//! Run with `cargo bench --bench report`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use fiveminute::clock::{SharedClock, SystemClock};
use fiveminute::config::Config;
use fiveminute::pipeline::Pipeline;
use fiveminute::report::{self, Scope};
use fiveminute::store::Store;
use sqlx::sqlite::SqlitePool;

const EMAILS: i64 = 100_000;
/// Under `cargo test --benches` (no `--bench`): a small run that only shows it works.
const EMAILS_CHECK: i64 = 2_000;
const CLIENTS: i64 = 1_000;
/// One quote per this many emails.
const QUOTE_EVERY: i64 = 5;
/// 1 January 2026, 00:00 UTC.
const YEAR_START: i64 = 1_767_225_600_000;
const YEAR_MS: i64 = 365 * 86_400_000;

fn ms(d: std::time::Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn seed(db: &Path, analysis: &str, emails: i64) {
    let pool = SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("pool");
    let step = YEAR_MS / emails;
    let (free_questions, free_minutes) = fiveminute::store::free_work(analysis);
    // Emails spread over the year, two mailboxes, answered between 30 s and about 17 min later.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) \
         INSERT INTO messages (id, mailbox, source_key, message_id, fingerprint, raw, size, received_at, \
           status, from_addr, from_name, subject, updated_at) \
         SELECT i, CASE WHEN i % 4 = 0 THEN 'sales' ELSE 'help' END, 'seed:' || i, '<' || i || '@c.example>', \
           'fp' || i, zeroblob(6000), 6000, ? + i * ?, CASE WHEN i % 50 = 0 THEN 'ignored' ELSE 'sent' END, \
           'client' || (i % ?) || '@c' || (i % ?) || '.example', 'Client ' || (i % ?), 'Question', ? + i * ? \
         FROM n",
    )
    .bind(emails)
    .bind(YEAR_START)
    .bind(step)
    .bind(CLIENTS)
    .bind(CLIENTS)
    .bind(CLIENTS)
    .bind(YEAR_START)
    .bind(step)
    .execute(&pool)
    .await
    .expect("messages");
    sqlx::query(
        "INSERT INTO drafts (message_id, to_addr, subject, body, questions, analysis, created_at, updated_at, \
           free_questions, free_minutes) \
         SELECT id, from_addr, 'Re: Question', 'body', 3, ?, received_at, received_at, ?, ? FROM messages \
         WHERE status = 'sent'",
    )
    .bind(analysis)
    .bind(free_questions)
    .bind(free_minutes)
    .execute(&pool)
    .await
    .expect("drafts");
    sqlx::query(
        "INSERT INTO outbox (message_id, mailbox, rfc_message_id, sender, recipients, raw, status, \
           next_attempt_at, created_at, updated_at, sent_at) \
         SELECT id, mailbox, '<r' || id || '@firm.example>', 'help@firm.example', from_addr, zeroblob(3000), 'sent', \
           t, t, t, t FROM (SELECT id, mailbox, from_addr, received_at + 30000 + (id * 7919) % 1000000 AS t \
           FROM messages WHERE status = 'sent')",
    )
    .execute(&pool)
    .await
    .expect("outbox");
    sqlx::query(
        "INSERT INTO quotes (reference, message_id, client, minutes, hours, hourly_rate, total, currency, \
           status, created_at, sent_at, decided_at) \
         SELECT 'Q-' || id, id, from_addr, 120, 2.0, 250, 500, 'USD', \
           CASE id % 7 WHEN 0 THEN 'declined' WHEN 1 THEN 'expired' WHEN 2 THEN 'sent' ELSE 'accepted' END, \
           received_at, received_at + 600000, received_at + 86400000 \
         FROM messages WHERE status = 'sent' AND id % ? = 0",
    )
    .bind(QUOTE_EVERY)
    .execute(&pool)
    .await
    .expect("quotes");
    // An unclear reply to every third open quote.
    sqlx::query(
        "INSERT INTO messages (mailbox, source_key, fingerprint, raw, size, received_at, status, from_addr, \
           updated_at, kind, quote_id, decision) \
         SELECT 'help', 'reply:' || q.id, 'rfp' || q.id, x'00', 1, q.sent_at + 3600000, 'drafted', q.client, \
           q.sent_at + 3600000, 'reply', q.id, 'unclear' FROM quotes q WHERE q.status = 'sent' AND q.id % 3 = 0",
    )
    .execute(&pool)
    .await
    .expect("replies");
    pool.close().await;
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs a small check instead.
    let emails = if std::env::args().any(|a| a == "--bench") {
        EMAILS
    } else {
        EMAILS_CHECK
    };
    let dir = support::temp_dir("report-bench");
    let cfg_path = support::daemon_config(&dir, None, "");
    let mut cfg = Config::load(Some(&cfg_path), &HashMap::new()).expect("config loads");
    // A second mailbox, so one report can be scoped to it.
    let mut sales = cfg.mailbox[0].clone();
    sales.name = "sales".into();
    cfg.mailbox.push(sales);
    let db = dir.join("fiveminute.db");
    let clock: SharedClock = Arc::new(SystemClock);
    let store = Store::open_sqlite(&db, clock).await.expect("store");

    let pipeline = Pipeline::new(cfg.clone()).expect("pipeline");
    let raw = std::fs::read("tests/corpus/shared/questions/p01.eml")
        .expect("run from the repository root");
    let analysis = serde_json::to_string(&pipeline.preview(&raw).expect("p01 parses"))
        .expect("analysis serialises");

    let t = Instant::now();
    seed(&db, &analysis, emails).await;
    // The statistics the daemon refreshes at start and every few hours.
    store.optimize().await.expect("optimize");
    println!(
        "seeded {emails} emails from {CLIENTS} clients and {} quotes in {}",
        emails / QUOTE_EVERY,
        ms(t.elapsed())
    );

    let tz = cfg.track.tz();
    let scopes = [
        (
            "last 12 weeks",
            Scope::parse(Some("2026-10-07"), Some("2026-12-30"), None, tz),
        ),
        (
            "whole year",
            Scope::parse(Some("2026-01-01"), Some("2026-12-31"), None, tz),
        ),
        (
            "whole year, mailbox sales",
            Scope::parse(Some("2026-01-01"), Some("2026-12-31"), Some("sales"), tz),
        ),
    ];
    for (what, scope) in scopes {
        let scope = scope.expect("scope");
        // One warm-up (the page cache), then the best and the median of five.
        report::build(&store, &cfg, scope.clone())
            .await
            .expect("report");
        let mut times = Vec::new();
        let mut counted = 0;
        for _ in 0..5 {
            let t = Instant::now();
            let r = report::build(&store, &cfg, scope.clone())
                .await
                .expect("report");
            times.push(t.elapsed());
            counted = r.totals.emails;
        }
        if what == "whole year" {
            // Every 50th email is machine mail, left out of the figures.
            assert_eq!(
                counted,
                (emails - emails / 50) as u64,
                "the year's client emails"
            );
        }
        times.sort();
        println!(
            "report, {what}: {counted} client emails, median {} (best {})",
            ms(times[2]),
            ms(times[0])
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
