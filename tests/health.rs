//! Supervision seen from outside: `GET /healthz` and `fiveminute queue --json` show each task's
//! state on a real daemon; a junk file in the Maildir ends as a failed row; a task that cannot
//! run stops the daemon with an error instead of leaving it half alive.

mod support;

use std::time::{Duration, Instant};

use fiveminute::daemon;
use serde_json::Value;
use support::{
    daemon_config, env, load, metrics_text, n, reader, review_address, sample, temp_dir, wait_for,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_util::sync::CancellationToken;

const TASKS: [&str; 5] = ["intake help", "outbox", "review", "tracker", "worker"];

/// `fiveminute queue --json`'s first line, parsed, and as text (for failure messages).
fn queue_header(dir: &std::path::Path) -> (Value, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fiveminute"))
        .args(["queue", "--json", "--config"])
        .arg(dir.join("fiveminute.toml"))
        .output()
        .expect("queue runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let header: Value = serde_json::from_str(&first).expect("a header object");
    (header, first)
}

/// A plain HTTP/1.1 GET; returns the status code and the body.
async fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr)
        .await
        .expect("connects");
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .expect("writes");
    let mut out = String::new();
    s.read_to_string(&mut out).await.expect("reads");
    let code = out
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = out
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    // Chunked or not, the JSON object is the part between the outer braces.
    let body = match (body.find('{'), body.rfind('}')) {
        (Some(a), Some(b)) => body[a..=b].to_string(),
        _ => body,
    };
    (code, body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_and_queue_json_show_every_task() {
    let dir = temp_dir("health");
    daemon_config(&dir, None, "");
    let cfg = load(&dir.join("fiveminute.toml"));
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle = tokio::spawn(async move { daemon::serve(cfg, env(), s.cancelled_owned()).await });
    let store = reader(&dir).await;
    let addr = review_address(&store).await;

    let (code, body) = get(&addr, "/healthz").await;
    assert_eq!(code, 200, "{body}");
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["status"], "ok");
    for t in TASKS {
        assert_eq!(v["tasks"][t]["state"], "running", "{t}: {body}");
    }
    // No login needed, and no page of client data behind it.
    let (code, _) = get(&addr, "/api/inbox").await;
    assert_eq!(code, 401);

    // The operations view, on its own address, without login.
    let m = metrics_text(&store).await;
    assert!(
        m.contains("# TYPE fiveminute_first_answer_seconds histogram"),
        "{m}"
    );
    for t in TASKS {
        assert_eq!(
            sample(
                &m,
                &format!("fiveminute_task_state{{task=\"{t}\",state=\"running\"}}")
            ),
            Some(1.0),
            "{t}: {m}"
        );
    }
    assert_eq!(
        sample(&m, "fiveminute_mailbox_connected{mailbox=\"help\"}"),
        Some(1.0),
        "{m}"
    );
    assert_eq!(sample(&m, "fiveminute_drafts_waiting"), Some(0.0), "{m}");
    // This process holds the mailbox and the follow-up, and its own lease says it is alive.
    let me = format!(":{}:", std::process::id());
    for lease in ["mailbox:help", "tracker"] {
        assert!(
            m.lines().any(|l| l.starts_with(&format!(
                "fiveminute_lease_holder{{lease=\"{lease}\",holder=\""
            )) && l.contains(&me)
                && l.ends_with(" 1")),
            "{lease}: {m}"
        );
    }
    assert!(
        m.lines()
            .any(|l| l.starts_with("fiveminute_lease_holder{lease=\"daemon:") && l.contains(&me)),
        "{m}"
    );
    assert_eq!(
        sample(&m, "fiveminute_lease_epoch{lease=\"mailbox:help\"}"),
        Some(1.0),
        "{m}"
    );

    // The same states from another process, once the daemon has stored a snapshot taken after
    // every task started (it stores one every few seconds; the first may predate the last start).
    let mut tries = 0;
    let (header, first) = loop {
        let (header, first) = queue_header(&dir);
        let all = TASKS
            .iter()
            .all(|t| header["daemon"]["tasks"][t]["state"] == "running");
        tries += 1;
        if all || tries > 100 {
            break (header, first);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(header["daemon"]["running"], true, "{first}");
    assert_eq!(header["daemon"]["healthy"], true, "{first}");
    for t in TASKS {
        assert_eq!(
            header["daemon"]["tasks"][t]["state"], "running",
            "{t}: {first}"
        );
    }

    stop.cancel();
    handle.await.expect("joins").expect("stops cleanly");
    // A clean stop leaves the tasks stopped, and queue says the daemon is not running.
    let (header, first) = queue_header(&dir);
    assert_eq!(header["daemon"]["running"], false, "{first}");
    assert_eq!(
        header["daemon"]["tasks"]["worker"]["state"], "stopped",
        "{first}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_that_are_not_mail_each_end_as_a_failed_row() {
    let dir = temp_dir("health-junk");
    daemon_config(&dir, None, "");
    let maildir = dir.join("Maildir");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).expect("maildir");
    }
    // Two different junk files and an empty one: before, the second and the empty one got the
    // first one's fingerprint and vanished into cur/ with no row and no log line.
    std::fs::write(
        maildir.join("new/1.junk.host"),
        b"\x00\x01binary junk without headers",
    )
    .expect("junk");
    std::fs::write(
        maildir.join("new/2.junk.host"),
        b"other junk, still no header line at all",
    )
    .expect("junk");
    std::fs::write(maildir.join("new/3.empty.host"), b"").expect("empty");
    let cfg = load(&dir.join("fiveminute.toml"));
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle = tokio::spawn(async move { daemon::serve(cfg, env(), s.cancelled_owned()).await });
    let store = reader(&dir).await;
    let counts = wait_for(&store, Duration::from_secs(15), "3 failed rows", |c| {
        n(c, "failed") == 3
    })
    .await;
    assert_eq!(counts.values().sum::<i64>(), 3, "{counts:?}");
    stop.cancel();
    handle.await.expect("joins").expect("stops cleanly");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_task_that_cannot_run_stops_the_daemon_with_an_error() {
    let dir = temp_dir("health-fail");
    // A Maildir under a plain file cannot be created: the watcher fails for good.
    std::fs::write(dir.join("not-a-folder"), b"x").expect("file");
    daemon_config(&dir, None, "");
    let text = std::fs::read_to_string(dir.join("fiveminute.toml")).expect("config");
    let text = text.replace(
        &format!("path = \"{}\"", dir.join("Maildir").display()),
        &format!("path = \"{}\"", dir.join("not-a-folder/Maildir").display()),
    );
    std::fs::write(dir.join("fiveminute.toml"), text).expect("config");
    let cfg = load(&dir.join("fiveminute.toml"));
    let result = tokio::time::timeout(
        Duration::from_secs(30),
        daemon::serve(cfg, env(), std::future::pending()),
    )
    .await
    .expect("the daemon stops by itself");
    let err = result.expect_err("a failed task makes the daemon fail");
    assert!(format!("{err:#}").contains("a task failed"), "{err:#}");
    let store = reader(&dir).await;
    let (tasks, _) = store.tasks().await.expect("tasks");
    assert_eq!(
        tasks.get("intake help").map(|t| t.state),
        Some(fiveminute::daemon::health::TaskState::Failed),
        "{tasks:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_is_503_while_the_imap_server_is_gone_and_200_once_it_is_back() {
    let mut dovecot = support::Dovecot::start();
    dovecot.stop();
    let dir = temp_dir("health-imap");
    daemon_config(&dir, Some(dovecot.port), "");
    let cfg = load(&dir.join("fiveminute.toml"));
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle = tokio::spawn(async move { daemon::serve(cfg, env(), s.cancelled_owned()).await });
    let store = reader(&dir).await;
    let addr = review_address(&store).await;

    // Intake cannot connect: the daemon says so instead of looking healthy.
    let deadline = Instant::now() + Duration::from_secs(20);
    let body = loop {
        let (code, body) = get(&addr, "/healthz").await;
        if code == 503 {
            break body;
        }
        assert!(
            Instant::now() < deadline,
            "never 503 with the server gone: {code} {body}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["status"], "down", "{body}");
    assert_eq!(v["tasks"]["intake help"]["state"], "reconnecting", "{body}");
    assert_eq!(v["tasks"]["worker"]["state"], "running", "{body}");
    let m = metrics_text(&store).await;
    assert_eq!(
        sample(&m, "fiveminute_mailbox_connected{mailbox=\"help\"}"),
        Some(0.0),
        "{m}"
    );
    assert!(
        sample(&m, "fiveminute_mailbox_reconnects_total{mailbox=\"help\"}")
            .is_some_and(|n| n >= 1.0),
        "{m}"
    );

    dovecot.restart();
    let deadline = Instant::now() + Duration::from_secs(40);
    loop {
        let (code, body) = get(&addr, "/healthz").await;
        if code == 200 {
            let v: Value = serde_json::from_str(&body).expect("json");
            assert_eq!(v["tasks"]["intake help"]["state"], "running", "{body}");
            let m = metrics_text(&store).await;
            assert_eq!(
                sample(&m, "fiveminute_mailbox_connected{mailbox=\"help\"}"),
                Some(1.0),
                "{m}"
            );
            break;
        }
        assert!(
            Instant::now() < deadline,
            "still {code} after the server came back: {body}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    stop.cancel();
    handle.await.expect("joins").expect("stops cleanly");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_copies_a_running_installation_and_never_overwrites() {
    let dir = temp_dir("backup");
    daemon_config(&dir, None, "");
    let cfg = load(&dir.join("fiveminute.toml"));
    let md = dir.join("Maildir");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(md.join(sub)).expect("maildir");
    }
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle = tokio::spawn(async move { daemon::serve(cfg, env(), s.cancelled_owned()).await });
    let store = reader(&dir).await;
    for i in 0..3 {
        let raw = format!(
            "From: Client {i} <c{i}@client.example>\r\nTo: help@hallpartners.example\r\n\
             Subject: Question {i}\r\nMessage-ID: <backup-{i}@client.example>\r\n\r\n\
             Hi,\r\n\r\nCan you send me the March statement?\r\n"
        );
        let name = format!("{i}.backup");
        std::fs::write(md.join("tmp").join(&name), raw).expect("tmp");
        std::fs::rename(md.join("tmp").join(&name), md.join("new").join(&name)).expect("new");
    }
    wait_for(&store, Duration::from_secs(20), "three drafts", |c| {
        n(c, "drafted") == 3
    })
    .await;
    // While the daemon runs.
    let copy = dir.join("copy.db");
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_fiveminute"))
            .arg("backup")
            .arg(&copy)
            .arg("--config")
            .arg(dir.join("fiveminute.toml"))
            .output()
            .expect("backup runs")
    };
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    if support::pg::enabled() {
        // PostgreSQL has its own consistent copy of a running database: the command says so.
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{stdout}");
        assert!(err.contains("pg_dump"), "{err}");
        assert!(!copy.exists(), "nothing written");
        stop.cancel();
        handle.await.expect("joins").expect("stops");
        return;
    }
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("integrity ok"), "{stdout}");
    assert!(
        stdout
            .lines()
            .any(|l| l.trim_start().starts_with("messages") && l.contains(" 3 rows")),
        "{stdout}"
    );
    let backup = fiveminute::store::Store::open_reader(
        &copy,
        std::sync::Arc::new(fiveminute::clock::SystemClock),
    )
    .await
    .expect("the copy opens");
    let counts: std::collections::HashMap<String, i64> =
        backup.counts().await.expect("counts").into_iter().collect();
    assert_eq!(n(&counts, "drafted"), 3, "{counts:?}");
    assert_eq!(backup.integrity().await.expect("check"), "ok");
    backup.close().await;
    // A second backup to the same file is refused, and the copy is untouched.
    let before = std::fs::read(&copy).expect("copy");
    let out = run();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("exists already"), "{stderr}");
    assert_eq!(std::fs::read(&copy).expect("copy"), before);
    stop.cancel();
    handle.await.expect("joins").expect("stops cleanly");
}
