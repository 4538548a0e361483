//! The outbox against a real SMTP server (aiosmtpd, started by the harness on 127.0.0.1): exactly
//! once on success, retries when nothing was accepted, a permanent refusal shown and not retried,
//! a connection cut after DATA marked uncertain and never resent, and SIGKILL between approval
//! and sending.

mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use fiveminute::clock::{SharedClock, SystemClock};
use fiveminute::store::Store;
use fiveminute::{daemon, outbox};
use support::{Smtp, daemon_config, env, load, n, reader, temp_dir, use_smtp, wait_for};
use tokio_util::sync::CancellationToken;

/// A test folder with a Maildir for intake and an outbox to the SMTP server on `port`.
fn setup(name: &str, smtp_port: Option<u16>) -> std::path::PathBuf {
    let dir = temp_dir(name);
    let cfg = daemon_config(&dir, None, "");
    if let Some(port) = smtp_port {
        use_smtp(&cfg, port);
    } else {
        let mut text = std::fs::read_to_string(&cfg).expect("config");
        text.push_str(&format!(
            "\n[outbox]\ntransport = \"file\"\ndirectory = \"{}\"\n",
            dir.join("outbox").display()
        ));
        std::fs::write(&cfg, text).expect("config");
    }
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(dir.join("Maildir").join(sub)).expect("maildir");
    }
    dir
}

fn client_mail(from: &str, tag: &str) -> Vec<u8> {
    format!(
        "From: Client <{from}>\r\nTo: help@hallpartners.example\r\nSubject: Contract\r\n\
         Message-ID: <{tag}@client.example>\r\nReferences: <earlier-{tag}@client.example>\r\n\r\n\
         Hi,\r\n\r\nCan you review the supplier contract before Friday?\r\n\r\nThanks\r\n"
    )
    .into_bytes()
}

fn deliver(dir: &Path, name: &str, raw: &[u8]) {
    let md = dir.join("Maildir");
    std::fs::write(md.join("tmp").join(name), raw).expect("tmp");
    std::fs::rename(md.join("tmp").join(name), md.join("new").join(name)).expect("new");
}

/// A second, writable connection: the review page's role, for these tests.
async fn writer(dir: &Path) -> Store {
    let url = format!("sqlite://{}", dir.join("fiveminute.db").display());
    Store::connect(&url, "test".into(), Arc::new(SystemClock))
        .await
        .expect("writer")
}

async fn drafted_id(store: &Store) -> i64 {
    wait_for(store, Duration::from_secs(10), "a draft", |c| {
        n(c, "drafted") >= 1
    })
    .await;
    store.queue(Some("drafted"), 1).await.expect("queue")[0].id
}

async fn approve(dir: &Path, id: i64) {
    let cfg = load(&dir.join("fiveminute.toml"));
    let clock: SharedClock = Arc::new(SystemClock);
    let w = writer(dir).await;
    let r = outbox::approve(&w, &cfg, &clock, id, "tester", false)
        .await
        .expect("approves");
    assert!(matches!(r, outbox::Approved::Queued(_)), "{r:?}");
}

fn start(
    dir: &Path,
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
    (
        stop,
        tokio::spawn(async move { daemon::serve(cfg, env(), s.cancelled_owned()).await }),
    )
}

async fn wait_received(smtp: &Smtp, count: usize) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while smtp.received().len() < count {
        assert!(
            std::time::Instant::now() < deadline,
            "the SMTP server received {} of {count}",
            smtp.received().len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approved_reply_arrives_once_with_its_thread_headers() {
    let smtp_dir = temp_dir("smtp-ok");
    let smtp = Smtp::start(&smtp_dir, None);
    let dir = setup("outbox-ok", Some(smtp.port));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(&dir, "1.ok", &client_mail("alice@client.example", "ok1"));
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    wait_received(&smtp, 1).await;
    wait_for(&store, Duration::from_secs(10), "status sent", |c| {
        n(c, "sent") == 1
    })
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = smtp.received();
    assert_eq!(got.len(), 1, "exactly once");
    let (envelope, raw) = &got[0];
    assert_eq!(envelope["to"][0], "alice@client.example");
    assert_eq!(envelope["from"], "help@hallpartners.example");
    let text = String::from_utf8_lossy(raw);
    assert!(text.contains("In-Reply-To: <ok1@client.example>"), "{text}");
    assert!(
        text.contains("References: <earlier-ok1@client.example> <ok1@client.example>"),
        "{text}"
    );
    assert!(text.contains("Subject: Re: Contract [Q-0001]"), "{text}");
    let row = store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("outbox row");
    assert_eq!((row.status.as_str(), row.attempts), ("sent", 1));
    assert!(text.contains(&row.rfc_message_id));
    let trail = store.audit_trail(id).await.expect("audit");
    let actions: Vec<&str> = trail.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(actions, vec!["approved", "sent"]);
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_down_at_approval_and_up_later_delivers_once() {
    let smtp_dir = temp_dir("smtp-late");
    let mut smtp = Smtp::start(&smtp_dir, None);
    let port = smtp.port;
    smtp.stop();
    let dir = setup("outbox-late", Some(port));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(&dir, "1.late", &client_mail("bob@client.example", "late1"));
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    // Refused connections are retried.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let row = store
            .outbox_for(id)
            .await
            .expect("row")
            .expect("outbox row");
        if row.status == "retry" {
            assert!(row.last_error.is_some());
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{row:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let smtp = Smtp::start(&smtp_dir, Some(port));
    wait_received(&smtp, 1).await;
    wait_for(&store, Duration::from_secs(10), "status sent", |c| {
        n(c, "sent") == 1
    })
    .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(smtp.received().len(), 1, "exactly once");
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permanent_refusal_is_shown_and_not_retried() {
    let smtp_dir = temp_dir("smtp-550");
    let smtp = Smtp::start(&smtp_dir, None);
    let dir = setup("outbox-550", Some(smtp.port));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(
        &dir,
        "1.perm",
        &client_mail("perm-fail@client.example", "perm1"),
    );
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    wait_for(&store, Duration::from_secs(10), "a send problem", |c| {
        n(c, "send_problem") == 1
    })
    .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let row = store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("outbox row");
    assert_eq!(row.status, "permanent");
    assert!(
        row.last_error.as_deref().is_some_and(|e| e.contains("550")),
        "{row:?}"
    );
    assert_eq!(smtp.received().len(), 0);
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_cut_after_data_is_uncertain_and_never_resent() {
    let smtp_dir = temp_dir("smtp-cut");
    let smtp = Smtp::start(&smtp_dir, None);
    let dir = setup("outbox-cut", Some(smtp.port));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(
        &dir,
        "1.cut",
        &client_mail("cut-after-data@client.example", "cut1"),
    );
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    wait_for(&store, Duration::from_secs(10), "a send problem", |c| {
        n(c, "send_problem") == 1
    })
    .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let row = store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("outbox row");
    assert_eq!(row.status, "uncertain", "{row:?}");
    let got = smtp.received();
    assert_eq!(got.len(), 1, "the server got it once and it was not resent");
    assert_eq!(got[0].0["cut"], true);
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_between_approval_and_send_delivers_once_after_restart() {
    let smtp_dir = temp_dir("smtp-kill");
    let mut smtp = Smtp::start(&smtp_dir, None);
    let port = smtp.port;
    smtp.stop();
    let dir = setup("outbox-kill", Some(port));
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_fiveminute"))
            .args(["run", "--config"])
            .arg(dir.join("fiveminute.toml"))
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the daemon starts")
    };
    let mut child = spawn();
    let store = reader(&dir).await;
    deliver(
        &dir,
        "1.kill",
        &client_mail("carol@client.example", "kill1"),
    );
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    let smtp = Smtp::start(&smtp_dir, Some(port));
    let mut child = spawn();
    wait_received(&smtp, 1).await;
    wait_for(&store, Duration::from_secs(10), "status sent", |c| {
        n(c, "sent") == 1
    })
    .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(smtp.received().len(), 1, "exactly once");
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    assert!(child.wait().expect("exits").success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_file_transport_writes_the_exact_bytes() {
    let dir = setup("outbox-file", None);
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(&dir, "1.file", &client_mail("dave@client.example", "file1"));
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    wait_for(&store, Duration::from_secs(10), "status sent", |c| {
        n(c, "sent") == 1
    })
    .await;
    let row = store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("outbox row");
    let file = dir
        .join("outbox")
        .join(format!("{}.eml", row.rfc_message_id));
    let written = std::fs::read(&file).expect("the reply file exists");
    let parsed = fiveminute::parse::parse(&written).expect("parses");
    assert_eq!(parsed.in_reply_to, vec!["file1@client.example"]);
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autosend_is_capped_per_sender_and_marked_automatic() {
    let dir = setup("outbox-auto", None);
    let cfg = dir.join("fiveminute.toml");
    let mut text = std::fs::read_to_string(&cfg).expect("config");
    text.push_str("\n[autosend]\nenabled = true\nmax_per_sender_per_day = 2\n");
    std::fs::write(&cfg, text).expect("config");
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    for i in 0..3 {
        let mail = format!(
            "From: Erin <erin@client.example>\r\nTo: help@hallpartners.example\r\nSubject: Receipts {i}\r\n\
             Message-ID: <auto{i}@client.example>\r\n\r\nWhen do I need to send you the receipts?\r\n"
        );
        deliver(&dir, &format!("{i}.auto"), mail.as_bytes());
    }
    let counts = wait_for(
        &store,
        Duration::from_secs(15),
        "two auto-sent, one left",
        |c| n(c, "sent") == 2 && n(c, "drafted") == 1,
    )
    .await;
    assert_eq!(counts.values().sum::<i64>(), 3);
    let sent = store.outbox_list(&["sent"], 10).await.expect("sent");
    assert!(sent.iter().all(|r| r.automatic));
    for r in &sent {
        let file = dir.join("outbox").join(format!("{}.eml", r.rfc_message_id));
        let raw = std::fs::read_to_string(file).expect("written");
        assert!(raw.contains("Auto-Submitted: auto-replied"), "{raw}");
    }
    // A quoted email never goes out on its own.
    deliver(
        &dir,
        "9.work",
        &client_mail("frank@client.example", "work9"),
    );
    wait_for(
        &store,
        Duration::from_secs(10),
        "the quoted one waits",
        |c| n(c, "drafted") == 2,
    )
    .await;
    token.cancel();
    handle.await.expect("joins").expect("stops");
}
