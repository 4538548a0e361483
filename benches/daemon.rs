//! The daemon against a real Dovecot, measured end to end. Prints:
//! - latency from IMAP APPEND to stored draft, p50 and p99 over 200 messages (one at a time);
//! - a backlog of 10,000 messages already in the mailbox at first start: time until all are
//!   drafted, messages per second, and each message's wait from stored to drafted (p50, p99);
//!   with `FIVEMINUTE_TEST_DB=postgres`, on PostgreSQL with one daemon and with three;
//! - the daemon's resident memory while idle and at the peak of the backlog.
//!
//! Run with `cargo bench --bench daemon` (needs Dovecot: `apt-get install -y dovecot-imapd`), and
//! `FIVEMINUTE_TEST_DB=postgres cargo bench --bench daemon` for PostgreSQL.

#[path = "../tests/support/mod.rs"]
mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::{Dovecot, daemon_config, message, n, reader, temp_dir, wait_for};

const LATENCY_MESSAGES: usize = 200;
const BACKLOG: usize = 10_000;

fn rss_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn spawn(dir: &std::path::Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_fiveminute"))
        .args(["run", "--config"])
        .arg(dir.join("fiveminute.toml"))
        .env(support::PASSWORD_ENV, support::PASSWORD)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the daemon starts")
}

fn stop(child: &mut std::process::Child) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let _ = child.wait();
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

async fn latency() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("bench-latency");
    daemon_config(&dir, Some(dovecot.port), "");
    let mut child = spawn(&dir);
    let store = reader(&dir).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let idle_rss = rss_kib(child.id(), "VmRSS:");
    let mut session = dovecot.session().await;
    let mut samples = Vec::with_capacity(LATENCY_MESSAGES);
    for i in 0..LATENCY_MESSAGES {
        let raw = message("latency", i);
        let t0 = Instant::now();
        session
            .append("INBOX", None, None, &raw)
            .await
            .expect("APPEND");
        loop {
            let counts: std::collections::HashMap<String, i64> =
                store.counts().await.expect("counts").into_iter().collect();
            if n(&counts, "drafted") as usize > i {
                break;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        samples.push(t0.elapsed());
    }
    samples.sort();
    println!(
        "latency APPEND -> stored draft over {LATENCY_MESSAGES} messages: p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms",
        percentile(&samples, 0.50).as_secs_f64() * 1000.0,
        percentile(&samples, 0.99).as_secs_f64() * 1000.0,
        samples.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
    );
    println!(
        "resident memory while idle: {:.1} MiB",
        idle_rss as f64 / 1024.0
    );
    stop(&mut child);
}

/// The backlog with `daemons` daemons on the test database (several only on PostgreSQL): the
/// time until all are drafted, and how long each message waited from being stored to its draft.
async fn backlog(daemons: usize) {
    let dovecot = Dovecot::start();
    let msgs: Vec<Vec<u8>> = (0..BACKLOG).map(|i| message("backlog", i)).collect();
    let t = Instant::now();
    dovecot.append(&msgs).await;
    println!(
        "({BACKLOG} messages appended to Dovecot in {:.1} s)",
        t.elapsed().as_secs_f64()
    );
    let dir = temp_dir("bench-backlog");
    daemon_config(&dir, Some(dovecot.port), "");
    let database = if support::pg::enabled() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let t0 = Instant::now();
    let mut children: Vec<std::process::Child> = (0..daemons).map(|_| spawn(&dir)).collect();
    let pids: Vec<u32> = children.iter().map(|c| c.id()).collect();
    let store = reader(&dir).await;
    wait_for(&store, Duration::from_secs(900), "the backlog", |c| {
        n(c, "drafted") as usize == BACKLOG
    })
    .await;
    let secs = t0.elapsed().as_secs_f64();
    let peak: u64 = pids
        .iter()
        .map(|&p| rss_kib(p, "VmHWM:"))
        .max()
        .unwrap_or(0);
    // Stored to drafted, per message (the database's own times).
    let seed = support::seed::Seed::open(&dir).await;
    let mut waits: Vec<Duration> = sqlx::query_scalar::<_, i64>(
        "SELECT d.created_at - m.received_at FROM drafts d JOIN messages m ON m.id = d.message_id",
    )
    .fetch_all(seed.pool())
    .await
    .expect("waits")
    .into_iter()
    .map(|ms| Duration::from_millis(u64::try_from(ms.max(0)).unwrap_or(0)))
    .collect();
    waits.sort();
    println!(
        "backlog of {BACKLOG} at first start, {database}, {daemons} daemon(s): all drafted in {secs:.1} s ({:.0} messages/s); stored to drafted p50 {:.1} s, p99 {:.1} s; peak resident memory {:.1} MiB",
        BACKLOG as f64 / secs,
        percentile(&waits, 0.50).as_secs_f64(),
        percentile(&waits, 0.99).as_secs_f64(),
        peak as f64 / 1024.0
    );
    if daemons == 1 {
        tokio::time::sleep(Duration::from_secs(2)).await;
        println!(
            "resident memory idle after the backlog: {:.1} MiB",
            rss_kib(pids[0], "VmRSS:") as f64 / 1024.0
        );
    }
    for c in &mut children {
        stop(c);
    }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing and only checks it builds.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        latency().await;
        backlog(1).await;
        // Several daemons share a PostgreSQL database: one watches the mailbox, all draft.
        if support::pg::enabled() {
            backlog(3).await;
        }
    });
}
