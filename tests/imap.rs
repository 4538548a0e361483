//! The daemon against a real Dovecot on 127.0.0.1: IDLE, batches, restarts, UIDVALIDITY, large
//! and malformed mail, and a crash with SIGKILL. Each test has its own Dovecot and database.

mod support;

use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fiveminute::daemon;
use support::{Dovecot, daemon_config, env, load, message, n, reader, temp_dir, wait_for};
use tokio_util::sync::CancellationToken;

/// Starts the daemon in this process; cancelling the token stops it. Its log goes to the test's
/// output (shown when a test fails).
fn start(
    dir: &std::path::Path,
) -> (
    CancellationToken,
    tokio::task::JoinHandle<anyhow::Result<()>>,
) {
    let _ = tracing_subscriber::fmt()
        .with_env_filter("fiveminute=debug")
        .with_test_writer()
        .try_init();
    let cfg = load(&dir.join("fiveminute.toml"));
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle = tokio::spawn(async move { daemon::serve(cfg, env(), s.cancelled_owned()).await });
    (stop, handle)
}

async fn stop(token: CancellationToken, handle: tokio::task::JoinHandle<anyhow::Result<()>>) {
    token.cancel();
    let r = tokio::time::timeout(Duration::from_secs(15), handle)
        .await
        .expect("the daemon stops within its deadline")
        .expect("the daemon task joins");
    r.expect("the daemon stops without error");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_appended_during_idle_is_drafted() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("idle");
    daemon_config(&dir, Some(dovecot.port), "");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    // Let it connect and enter IDLE on the empty folder.
    tokio::time::sleep(Duration::from_millis(700)).await;
    let t0 = Instant::now();
    dovecot.append(&[message("idle", 1)]).await;
    wait_for(&store, Duration::from_secs(10), "a draft", |c| {
        n(c, "drafted") == 1
    })
    .await;
    println!("APPEND to draft: {:?}", t0.elapsed());
    let rows = store.queue(Some("drafted"), 10).await.expect("queue");
    assert_eq!(rows[0].questions, Some(1));
    assert!(
        rows[0]
            .quote
            .as_deref()
            .is_some_and(|q| q.starts_with("Q-")),
        "{rows:?}"
    );
    stop(token, handle).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_of_500_is_drafted_exactly_once() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("batch");
    daemon_config(&dir, Some(dovecot.port), "");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    let msgs: Vec<Vec<u8>> = (0..500).map(|i| message("batch", i)).collect();
    dovecot.append(&msgs).await;
    wait_for(&store, Duration::from_secs(60), "500 drafts", |c| {
        n(c, "drafted") == 500
    })
    .await;
    let ids = store.drafted_message_ids().await.expect("drafts");
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (500, 500));
    // Nothing was marked \Seen: people read the shared mailbox.
    let mut s = dovecot.session().await;
    s.select("INBOX").await.expect("select");
    let seen = s.search("SEEN").await.expect("search");
    assert!(seen.is_empty(), "{} messages marked \\Seen", seen.len());
    stop(token, handle).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnects_after_dovecot_restarts() {
    let mut dovecot = Dovecot::start();
    let dir = temp_dir("restart");
    daemon_config(&dir, Some(dovecot.port), "");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    dovecot.append(&[message("restart", 1)]).await;
    wait_for(&store, Duration::from_secs(10), "the first draft", |c| {
        n(c, "drafted") == 1
    })
    .await;
    dovecot.restart();
    dovecot
        .append(&[message("restart", 2), message("restart", 3)])
        .await;
    wait_for(
        &store,
        Duration::from_secs(30),
        "drafts after the restart",
        |c| n(c, "drafted") == 3,
    )
    .await;
    stop(token, handle).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uidvalidity_change_rereads_without_duplicates() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("uidvalidity");
    daemon_config(&dir, Some(dovecot.port), "");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    dovecot
        .append(&(0..5).map(|i| message("uv", i)).collect::<Vec<_>>())
        .await;
    wait_for(&store, Duration::from_secs(10), "5 drafts", |c| {
        n(c, "drafted") == 5
    })
    .await;
    stop(token, handle).await;

    dovecot.doveadm(&[
        "mailbox",
        "update",
        "-u",
        support::USER,
        "--uid-validity",
        "4242",
        "INBOX",
    ]);
    dovecot.append(&[message("uv", 99)]).await;
    let (token, handle) = start(&dir);
    wait_for(
        &store,
        Duration::from_secs(15),
        "the new message only",
        |c| n(c, "drafted") == 6,
    )
    .await;
    // Give the re-read time to (wrongly) store duplicates, then check there are none.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let counts: std::collections::HashMap<String, i64> =
        store.counts().await.expect("counts").into_iter().collect();
    assert_eq!(counts.values().sum::<i64>(), 6, "{counts:?}");
    stop(token, handle).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_and_malformed_mail_is_stored_and_the_daemon_goes_on() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("large");
    daemon_config(&dir, Some(dovecot.port), "");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    // An empty mailbox first: nothing to do, no error.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(store.counts().await.expect("counts").len(), 0);

    let big = {
        let mut m = String::from(
            "From: Big <big@client.example>\r\nTo: help@hallpartners.example\r\nSubject: scans\r\n\
             Message-ID: <big-1@client.example>\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\
             Could you check the attached scans?\r\n--b\r\nContent-Type: application/pdf\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n",
        );
        let line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\r\n";
        while m.len() < 30 * 1024 * 1024 {
            m.push_str(line);
        }
        m.push_str("--b--\r\n");
        m.into_bytes()
    };
    let mut batch = vec![big];
    for f in [
        "bad-boundary",
        "invalid-base64",
        "unknown-charset",
        "bad-utf8",
        "html-garbage",
        "nul-bytes",
    ] {
        batch.push(std::fs::read(format!("tests/corpus/malformed/{f}.eml")).expect("case"));
    }
    batch.push(b"this is not an email at all, just junk without headers".to_vec());
    batch.push(message("after", 1));
    let expected = batch.len() as i64;
    dovecot.append(&batch).await;
    let counts = wait_for(
        &store,
        Duration::from_secs(60),
        "every message settled",
        |c| n(c, "received") == 0 && c.values().sum::<i64>() == expected,
    )
    .await;
    let rows = store.queue(None, 100).await.expect("queue");
    let big = rows
        .iter()
        .find(|r| r.subject.as_deref() == Some("scans"))
        .expect("the 30 MB message is stored");
    assert_eq!(big.status, "drafted", "{big:?}");
    assert!(
        rows.iter()
            .any(|r| r.subject.as_deref() == Some("Question 1") && r.status == "drafted")
    );
    println!("{counts:?}");
    stop(token, handle).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_now_skips_old_mail() {
    let dovecot = Dovecot::start();
    dovecot
        .append(&[message("old", 1), message("old", 2)])
        .await;
    let dir = temp_dir("now");
    let cfg = daemon_config(&dir, Some(dovecot.port), "");
    let text = std::fs::read_to_string(&cfg)
        .expect("config")
        .replace("start = \"all\"", "start = \"now\"");
    std::fs::write(&cfg, text).expect("config");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    dovecot.append(&[message("new", 1)]).await;
    wait_for(&store, Duration::from_secs(10), "the new message", |c| {
        n(c, "drafted") == 1
    })
    .await;
    let rows = store.queue(None, 10).await.expect("queue");
    assert_eq!(rows.len(), 1, "old mail must not be drafted: {rows:?}");
    stop(token, handle).await;
}

/// The daemon as a child process, as in production.
fn spawn_daemon(dir: &std::path::Path) -> support::KillOnDrop {
    support::KillOnDrop::spawn(
        Command::new(env!("CARGO_BIN_EXE_fiveminute"))
            .arg("run")
            .arg("--config")
            .arg(dir.join("fiveminute.toml"))
            .env(support::PASSWORD_ENV, support::PASSWORD)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("daemon.log")).expect("log")),
        "the daemon starts",
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_loses_nothing_and_doubles_nothing() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("crash");
    daemon_config(&dir, Some(dovecot.port), "");
    let mut child = spawn_daemon(&dir);
    let store = reader(&dir).await;
    let msgs: Vec<Vec<u8>> = (0..300).map(|i| message("crash", i)).collect();
    let appender = {
        let port = dovecot.port;
        let msgs = msgs.clone();
        tokio::spawn(async move {
            let d = support::Dovecot::session_on(port).await;
            support::append_with(d, &msgs).await;
        })
    };
    // Kill at a point that varies from run to run, while mail is arriving and being drafted.
    let wait_ms = 150 + u64::from(std::process::id() % 400);
    tokio::time::sleep(Duration::from_millis(wait_ms)).await;
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    let before: i64 = store
        .counts()
        .await
        .expect("counts")
        .iter()
        .map(|(_, n)| n)
        .sum();
    appender.await.expect("appends");
    let mut child = spawn_daemon(&dir);
    wait_for(
        &store,
        Duration::from_secs(60),
        "300 drafts after the restart",
        |c| n(c, "drafted") == 300,
    )
    .await;
    let ids = store.drafted_message_ids().await.expect("drafts");
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(
        (ids.len(), unique.len()),
        (300, 300),
        "stored before the kill: {before}"
    );
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let status = child.wait().expect("exits");
    assert!(status.success(), "clean exit after SIGTERM: {status:?}");
}

#[test]
fn a_second_daemon_on_sqlite_is_refused_and_on_postgresql_stands_by() {
    let dir = temp_dir("second");
    daemon_config(&dir, None, "");
    let mut first = spawn_daemon(&dir);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !support::database_ready(&dir) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    if support::pg::enabled() {
        // PostgreSQL takes several daemons: the second stands by while the first holds the
        // mailbox (tests/failover.rs has the takeovers).
        let log = dir.join("second.log");
        let mut second = support::KillOnDrop::spawn(
            Command::new(env!("CARGO_BIN_EXE_fiveminute"))
                .args(["run", "--config"])
                .arg(dir.join("fiveminute.toml"))
                .env("RUST_LOG", "info")
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&log).expect("log")),
            "runs",
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            if text.contains("another daemon watches this mailbox; standing by") {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the second daemon does not stand by: {text}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(second.id().to_string())
            .status();
        assert!(second.wait().expect("exits").success());
    } else {
        let second = Command::new(env!("CARGO_BIN_EXE_fiveminute"))
            .args(["run", "--config"])
            .arg(dir.join("fiveminute.toml"))
            .output()
            .expect("runs");
        assert!(!second.status.success());
        let err = String::from_utf8_lossy(&second.stderr);
        assert!(err.contains("another fiveminute daemon"), "{err}");
        assert!(
            err.contains("PostgreSQL"),
            "the way to run several is named: {err}"
        );
    }
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(first.id().to_string())
        .status();
    assert!(first.wait().expect("exits").success());
}

/// Rewrites the test config's mailbox to use TLS or STARTTLS with the instance's private CA.
fn secure_config(dir: &std::path::Path, dovecot: &Dovecot, security: &str) {
    let cfg = dir.join("fiveminute.toml");
    let port = if security == "tls" {
        dovecot.tls_port.expect("a TLS instance")
    } else {
        dovecot.port
    };
    let text = std::fs::read_to_string(&cfg)
        .expect("config")
        .replace(
            &format!("port = {}", dovecot.port),
            &format!("port = {port}"),
        )
        .replace(
            "security = \"plain\"",
            &format!(
                "security = \"{security}\"\nca_file = \"{}\"",
                dovecot.ca().display()
            ),
        );
    std::fs::write(&cfg, text).expect("config");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_and_starttls_with_a_private_ca() {
    let dovecot = Dovecot::start_tls();
    for security in ["tls", "starttls"] {
        let dir = temp_dir(security);
        daemon_config(&dir, Some(dovecot.port), "");
        secure_config(&dir, &dovecot, security);
        let (token, handle) = start(&dir);
        let store = reader(&dir).await;
        dovecot.append(&[message(security, 1)]).await;
        wait_for(&store, Duration::from_secs(10), "a draft over TLS", |c| {
            c.values().sum::<i64>() >= 1 && n(c, "received") == 0
        })
        .await;
        stop(token, handle).await;
    }
}

#[test]
fn check_logs_in_and_reports_a_wrong_password() {
    let dovecot = Dovecot::start_tls();
    let dir = temp_dir("check");
    daemon_config(&dir, Some(dovecot.port), "");
    secure_config(&dir, &dovecot, "starttls");
    let check = |password: &str| {
        Command::new(env!("CARGO_BIN_EXE_fiveminute"))
            .args(["check", "--config"])
            .arg(dir.join("fiveminute.toml"))
            .env(support::PASSWORD_ENV, password)
            .output()
            .expect("runs")
    };
    let ok = check(support::PASSWORD);
    let text = String::from_utf8_lossy(&ok.stdout);
    assert!(ok.status.success(), "{text}");
    assert!(text.contains("IMAP login ok"), "{text}");
    let bad = check("wrong");
    let text = String::from_utf8_lossy(&bad.stdout);
    assert!(!bad.status.success());
    assert!(
        text.contains("refused the login") && text.contains("mailbox help"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sent_reply_is_copied_to_the_sent_folder() {
    let dovecot = Dovecot::start();
    let smtp_dir = temp_dir("sent-smtp");
    let smtp = support::Smtp::start(&smtp_dir, None);
    let dir = temp_dir("sentcopy");
    let cfg = daemon_config(&dir, Some(dovecot.port), "");
    support::use_smtp(&cfg, smtp.port);
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    dovecot.append(&[message("sent", 1)]).await;
    wait_for(&store, Duration::from_secs(10), "a draft", |c| {
        n(c, "drafted") == 1
    })
    .await;
    let id = store.queue(Some("drafted"), 1).await.expect("queue")[0].id;
    let writer = support::writer(&dir).await;
    let clock: fiveminute::clock::SharedClock = std::sync::Arc::new(fiveminute::clock::SystemClock);
    fiveminute::outbox::approve(
        &writer,
        &load(&dir.join("fiveminute.toml")),
        &clock,
        id,
        "tester",
        false,
    )
    .await
    .expect("approves");
    wait_for(&store, Duration::from_secs(15), "sent", |c| {
        n(c, "sent") == 1
    })
    .await;
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let row = store
            .outbox_for(id)
            .await
            .expect("row")
            .expect("outbox row");
        if row.copied {
            break;
        }
        assert!(Instant::now() < deadline, "no copy in Sent: {row:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut s = dovecot.session().await;
    s.select("Sent").await.expect("select Sent");
    let seen = s.search("SEEN").await.expect("search");
    assert_eq!(seen.len(), 1, "one copy in Sent, marked \\Seen");
    assert_eq!(smtp.received().len(), 1);
    stop(token, handle).await;
}

/// The total stored, whatever the status.
fn total(counts: &std::collections::HashMap<String, i64>) -> i64 {
    counts.values().sum()
}

/// The Message-IDs stored from the test mailbox, without angle brackets.
async fn stored_ids(store: &fiveminute::store::Store) -> Vec<String> {
    store
        .stored_message_ids("help")
        .await
        .expect("stored ids")
        .into_iter()
        .map(|id| id.trim_matches(['<', '>']).to_string())
        .collect()
}

/// The position moves only past messages that are stored. Dovecot is killed three times (every
/// process, SIGKILL) while the daemon catches up on 2,000 messages through a paced link (so each
/// kill cuts a FETCH short, between two responses), restarted a second later each time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_killed_during_catch_up_loses_no_mail() {
    const N: usize = 2000;
    let mut dovecot = Dovecot::start();
    let msgs: Vec<Vec<u8>> = (0..N)
        .map(|i| support::padded_message("kill", i, 4096))
        .collect();
    dovecot.deliver(&msgs);
    let proxy = support::slow_proxy_whole_responses(dovecot.port, 2_000_000);
    let dir = temp_dir("killcatchup");
    daemon_config(&dir, Some(proxy.port), "timeout_seconds = 5\n");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    for at in [300, 800, 1300] {
        let c = wait_for(&store, Duration::from_secs(30), "catch-up progress", |c| {
            total(c) >= at
        })
        .await;
        assert!(total(&c) < N as i64, "caught up before the kill: {c:?}");
        // A batch is stored, the next FETCH has begun (a batch of 100 takes about 250 ms at
        // this pace): kill in its middle.
        tokio::time::sleep(Duration::from_millis(120)).await;
        dovecot.kill();
        tokio::time::sleep(Duration::from_secs(1)).await;
        dovecot.restart();
    }
    // The position reaches the last UID only once everything below it is stored.
    let deadline = Instant::now() + Duration::from_secs(45);
    loop {
        let pos = store.position("help").await.expect("position");
        if pos.is_some_and(|p| p.last_uid >= N as i64) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "position {pos:?}; stored {:?}",
            store.counts().await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ids = stored_ids(&store).await;
    let unique: HashSet<&String> = ids.iter().collect();
    let expected: HashSet<String> = (0..N).map(|i| format!("kill-{i}@client.example")).collect();
    let missing = expected.iter().filter(|id| !unique.contains(id)).count();
    assert_eq!(
        (ids.len(), unique.len(), missing),
        (N, N, 0),
        "stored {} ({} unique), missing {missing}",
        ids.len(),
        unique.len()
    );
    stop(token, handle).await;
}

/// A process stopped with SIGSTOP, continued when dropped (also when the test fails).
struct Stopped(u32);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-CONT", &self.0.to_string()])
            .status();
    }
}

/// the Dovecot process serving the daemon's connection hangs (SIGSTOP) during IDLE.
/// The daemon notices within check_seconds + timeout_seconds, reconnects and drafts the mail
/// that arrives meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hung_server_is_noticed_within_the_check_bound() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("hung");
    daemon_config(
        &dir,
        Some(dovecot.port),
        "check_seconds = 2\ntimeout_seconds = 2\n",
    );
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    dovecot.append(&[message("hung", 1)]).await;
    wait_for(&store, Duration::from_secs(10), "the first draft", |c| {
        n(c, "drafted") == 1
    })
    .await;
    // The one imap process left is the daemon's (the append session has logged out).
    let deadline = Instant::now() + Duration::from_secs(10);
    let pid = loop {
        let procs = dovecot.imap_processes();
        if let [(pid, title)] = procs.as_slice()
            && title.contains("IDLE")
        {
            break *pid;
        }
        assert!(Instant::now() < deadline, "imap processes: {procs:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    support::signal(pid, "-STOP");
    let _stopped = Stopped(pid);
    let t0 = Instant::now();
    dovecot.append(&[message("hung", 2)]).await;
    // check 2 s + DONE unanswered 2 s + backoff under 1 s + drafting: well under 12 s.
    wait_for(
        &store,
        Duration::from_secs(12),
        "the draft after the hang",
        |c| n(c, "drafted") == 2,
    )
    .await;
    println!("hang to draft: {:?}", t0.elapsed());
    stop(token, handle).await;
}

/// Three 3 MB messages through a 1 MB/s link, with a timeout (2 s) far below the time
/// a whole batch takes (9 s): each is stored as soon as it is complete.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_mail_over_a_slow_link_is_stored_one_by_one() {
    let dovecot = Dovecot::start();
    let big: Vec<Vec<u8>> = (0..3)
        .map(|i| support::large_message("slow", i, 3_000_000))
        .collect();
    dovecot.append(&big).await;
    let proxy = support::slow_proxy(dovecot.port, 1_000_000);
    let dir = temp_dir("slowlink");
    daemon_config(&dir, Some(proxy.port), "timeout_seconds = 2\n");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    let mut seen = std::collections::BTreeSet::new();
    let deadline = Instant::now() + Duration::from_secs(40);
    loop {
        let c: std::collections::HashMap<String, i64> =
            store.counts().await.expect("counts").into_iter().collect();
        seen.insert(total(&c));
        if total(&c) == 3 {
            break;
        }
        assert!(Instant::now() < deadline, "stored so far: {seen:?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(
        seen.contains(&1) && seen.contains(&2),
        "each message is stored as soon as it is complete: {seen:?}"
    );
    stop(token, handle).await;
}

/// The number of commands a scripted server receives while the daemon watches it for 4 s.
async fn commands_over_four_seconds(server: &support::ScriptedImap) -> usize {
    let before = server.commands();
    tokio::time::sleep(Duration::from_secs(4)).await;
    server.commands() - before
}

/// A server without IDLE is polled at poll_seconds, and its new mail is fetched.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_without_idle_is_polled() {
    let server = support::ScriptedImap::start(&temp_dir("noidle-srv"), "none");
    server.add(&message("noidle", 1));
    let dir = temp_dir("noidle");
    daemon_config(&dir, Some(server.port()), "poll_seconds = 1\n");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    wait_for(&store, Duration::from_secs(10), "the first message", |c| {
        total(c) == 1
    })
    .await;
    let sent = commands_over_four_seconds(&server).await;
    println!("commands in 4 s without IDLE: {sent}");
    assert!(sent < 20, "{sent} commands in 4 s");
    server.add(&message("noidle", 2));
    wait_for(&store, Duration::from_secs(10), "the new message", |c| {
        total(c) == 2
    })
    .await;
    stop(token, handle).await;
}

/// A server that ends every IDLE at once (with a false EXISTS, or its own tagged OK)
/// is polled with a backoff capped at poll_seconds, never in a tight loop; new mail still comes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_ends_every_idle_at_once_is_not_hammered() {
    for mode in ["exists", "done"] {
        let server = support::ScriptedImap::start(&temp_dir(&format!("spin-srv-{mode}")), mode);
        server.add(&message(mode, 1));
        let dir = temp_dir(&format!("spin-{mode}"));
        daemon_config(&dir, Some(server.port()), "poll_seconds = 2\n");
        let (token, handle) = start(&dir);
        let store = reader(&dir).await;
        wait_for(&store, Duration::from_secs(10), "the first message", |c| {
            total(c) == 1
        })
        .await;
        let sent = commands_over_four_seconds(&server).await;
        println!("commands in 4 s, IDLE mode {mode}: {sent}");
        assert!(sent < 20, "IDLE mode {mode}: {sent} commands in 4 s");
        server.add(&message(mode, 2));
        wait_for(&store, Duration::from_secs(10), "the new message", |c| {
            total(c) == 2
        })
        .await;
        stop(token, handle).await;
    }
}

/// Issue 16: the watched folder is swapped with two RENAMEs; Dovecot then answers
/// every IDLE on the old selection with "* NO Internal error occurred". The daemon reconnects,
/// selects the new folder (a new UIDVALIDITY), and stores its mail, old and new.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_swapped_by_rename_is_selected_again() {
    let dovecot = Dovecot::start();
    let mut s = dovecot.session().await;
    for f in ["Clients", "New"] {
        s.create(f).await.expect("create");
    }
    s.append("Clients", None, None, &message("clients", 1))
        .await
        .expect("append");
    for i in 0..2 {
        s.append("New", None, None, &message("new", i))
            .await
            .expect("append");
    }
    let dir = temp_dir("swap");
    daemon_config(&dir, Some(dovecot.port), "folder = \"Clients\"\n");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    wait_for(&store, Duration::from_secs(10), "the first message", |c| {
        total(c) == 1
    })
    .await;
    // Let the daemon enter IDLE on Clients, then swap.
    tokio::time::sleep(Duration::from_millis(300)).await;
    s.rename("Clients", "Old").await.expect("rename");
    s.rename("New", "Clients").await.expect("rename");
    s.append("Clients", None, None, &message("new", 9))
        .await
        .expect("append");
    let _ = s.logout().await;
    wait_for(
        &store,
        Duration::from_secs(15),
        "the new Clients folder's mail",
        |c| total(c) == 4,
    )
    .await;
    let ids: HashSet<String> = stored_ids(&store).await.into_iter().collect();
    for id in ["new-0", "new-1", "new-9"] {
        assert!(ids.contains(&format!("{id}@client.example")), "{ids:?}");
    }
    stop(token, handle).await;
}

/// Issue 16: a first start with `start = "now"` while the server is down. Mail that
/// arrives after the start, before the first connection, is drafted; older mail is not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_now_takes_mail_that_arrived_while_the_server_was_down() {
    let mut dovecot = Dovecot::start();
    dovecot
        .append(&[message("before", 1), message("before", 2)])
        .await;
    dovecot.stop();
    let dir = temp_dir("nowdown");
    let cfg = daemon_config(&dir, Some(dovecot.port), "");
    let text = std::fs::read_to_string(&cfg)
        .expect("config")
        .replace("start = \"all\"", "start = \"now\"");
    std::fs::write(&cfg, text).expect("config");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while store.started_at("help").await.ok().flatten().is_none() {
        assert!(
            Instant::now() < deadline,
            "the first start is never recorded"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    // INTERNALDATE has whole seconds, and mail of the first start's very second is left out:
    // deliver in the next one.
    let started = store
        .started_at("help")
        .await
        .expect("started_at")
        .expect("recorded");
    #[allow(clippy::disallowed_methods)] // set-up against the server's wall clock
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as i64;
    let next_second = (started.div_euclid(1000) + 1) * 1000;
    tokio::time::sleep(Duration::from_millis(
        (next_second - now).max(0) as u64 + 20,
    ))
    .await;
    // Delivered into the Maildir while IMAP is down, as an MTA would.
    let new = dovecot.inbox_maildir().join("new");
    for i in 0..3 {
        let path = new.join(format!("17000000{i:02}.M1P1.test"));
        std::fs::write(&path, message("during", i)).expect("deliver");
        std::os::unix::fs::chown(&path, Some(5000), Some(5000)).expect("chown");
    }
    dovecot.restart();
    wait_for(
        &store,
        Duration::from_secs(20),
        "the mail that arrived meanwhile",
        |c| total(c) >= 3,
    )
    .await;
    dovecot.append(&[message("after", 1)]).await;
    wait_for(&store, Duration::from_secs(10), "the mail after", |c| {
        total(c) >= 4
    })
    .await;
    let ids: HashSet<String> = stored_ids(&store).await.into_iter().collect();
    let expected: HashSet<String> = [
        "during-0@client.example",
        "during-1@client.example",
        "during-2@client.example",
        "after-1@client.example",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(ids, expected, "old mail must not be stored");
    stop(token, handle).await;
}

/// A test that fails while its daemon runs leaves no `fiveminute run` behind: the harness kills
/// the daemon when the test lets go of it, also on a panic.
#[test]
fn a_failing_test_leaves_no_daemon_behind() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("reaped");
    daemon_config(&dir, Some(dovecot.port), "");
    let (tx, rx) = std::sync::mpsc::channel();
    let failed = std::thread::spawn(move || {
        let daemon = spawn_daemon(&dir);
        tx.send(daemon.id()).expect("the pid is sent");
        panic!("a test that fails with its daemon running");
    })
    .join();
    assert!(failed.is_err(), "the thread panicked");
    let pid = rx.recv().expect("the daemon started");
    // Killed and reaped: no process, not even a zombie, is left under that pid.
    assert!(
        !std::path::Path::new(&format!("/proc/{pid}")).exists(),
        "the daemon {pid} still runs after its test failed"
    );
}
