//! The daemon against a real Dovecot on 127.0.0.1: IDLE, batches, restarts, UIDVALIDITY, large
//! and malformed mail, and a crash with SIGKILL. Each test has its own Dovecot and database.

mod support;

use std::collections::HashSet;
use std::process::{Child, Command, Stdio};
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
fn spawn_daemon(dir: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_fiveminute"))
        .arg("run")
        .arg("--config")
        .arg(dir.join("fiveminute.toml"))
        .env(support::PASSWORD_ENV, support::PASSWORD)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("daemon.log")).expect("log"))
        .spawn()
        .expect("the daemon starts")
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
fn a_second_daemon_on_the_same_database_is_refused() {
    let dir = temp_dir("second");
    daemon_config(&dir, None, "");
    let mut first = spawn_daemon(&dir);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !dir.join("fiveminute.db").exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    let second = Command::new(env!("CARGO_BIN_EXE_fiveminute"))
        .args(["run", "--config"])
        .arg(dir.join("fiveminute.toml"))
        .output()
        .expect("runs");
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("another fiveminute daemon"), "{err}");
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
    let writer = fiveminute::store::Store::connect(
        &format!("sqlite://{}", dir.join("fiveminute.db").display()),
        "test".into(),
        std::sync::Arc::new(fiveminute::clock::SystemClock),
    )
    .await
    .expect("writer");
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
