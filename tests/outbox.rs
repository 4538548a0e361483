//! The outbox against a real SMTP server (aiosmtpd, started by the harness on 127.0.0.1): exactly
//! once on success, retries when nothing was accepted, a permanent refusal shown and not retried,
//! a connection cut after DATA marked uncertain and never resent, and SIGKILL between approval
//! and sending. Faults with a short step timeout: a server that never greets, one that goes quiet
//! at RCPT or after the final dot, refused connections and 451s counted until given up; and the
//! headers we write: control characters folded out of names, no line over 998 bytes.

mod support;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use fiveminute::clock::{SharedClock, SystemClock};
use fiveminute::store::OutboxRow;
use fiveminute::store::Store;
use fiveminute::{daemon, outbox};
use support::{
    Smtp, daemon_config, env, load, n, reader, sample, temp_dir, use_smtp, use_smtp_with, wait_for,
};
use tokio_util::sync::CancellationToken;

/// A test folder with a Maildir for intake and an outbox to the SMTP server on `port`.
fn setup(name: &str, smtp_port: Option<u16>) -> std::path::PathBuf {
    setup_with(name, smtp_port, None)
}

/// `setup` with the step timeout and the number of attempts, `(timeout_seconds, max_attempts)`.
fn setup_with(
    name: &str,
    smtp_port: Option<u16>,
    limits: Option<(u64, u32)>,
) -> std::path::PathBuf {
    let dir = temp_dir(name);
    let cfg = daemon_config(&dir, None, "");
    if let Some(port) = smtp_port {
        match limits {
            Some((timeout, max)) => use_smtp_with(&cfg, port, timeout, max),
            None => use_smtp(&cfg, port),
        }
    } else {
        let mut text = std::fs::read_to_string(&cfg)
            .expect("config")
            .replace(support::OUTBOX_BASE, "");
        text.push_str(&format!(
            "\n[outbox]\ntransport = \"file\"\ndirectory = \"{}\"\nundo_seconds = 0\n",
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
    support::writer(dir).await
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
    assert!(text.contains("MIME-Version: 1.0\r\n"), "{text}");
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
    // The operations view counts the answer, within the minute it took.
    let m = support::metrics_text(&store).await;
    assert_eq!(
        sample(&m, "fiveminute_first_answer_seconds_count"),
        Some(1.0),
        "{m}"
    );
    assert_eq!(
        sample(&m, "fiveminute_first_answer_seconds_bucket{le=\"60\"}"),
        Some(1.0),
        "{m}"
    );
    assert_eq!(
        sample(&m, "fiveminute_outbox{status=\"sent\"}"),
        Some(1.0),
        "{m}"
    );
    assert_eq!(
        sample(&m, "fiveminute_quotes{status=\"sent\"}"),
        Some(1.0),
        "{m}"
    );
    assert_eq!(
        sample(&m, "fiveminute_messages{status=\"sent\"}"),
        Some(1.0),
        "{m}"
    );
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
    let m = support::metrics_text(&store).await;
    assert_eq!(
        sample(&m, "fiveminute_outbox_failures{kind=\"refused\"}"),
        Some(1.0),
        "{m}"
    );
    assert_eq!(
        sample(&m, "fiveminute_first_answer_seconds_count"),
        Some(0.0),
        "{m}"
    );
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
    let spawn = || support::quiet_daemon(&dir);
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

/// An outbox row for failure messages, without its bytes.
fn brief(r: &OutboxRow) -> String {
    format!(
        "status {} attempts {} next {} error {:?}",
        r.status, r.attempts, r.next_attempt_at, r.last_error
    )
}

/// Polls the outbox row of message `id` until `done` holds, at most `limit`.
async fn wait_row(
    store: &Store,
    id: i64,
    limit: Duration,
    what: &str,
    done: impl Fn(&OutboxRow) -> bool,
) -> OutboxRow {
    let deadline = std::time::Instant::now() + limit;
    loop {
        let row = store.outbox_for(id).await.expect("row");
        if let Some(r) = row.as_ref().filter(|r| done(r)) {
            return r.clone();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no {what} within {limit:?}: {:?}",
            row.as_ref().map(brief)
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The ids of drafted messages by sender address, once `count` are drafted.
async fn drafted_ids(store: &Store, count: i64) -> Vec<(String, i64)> {
    wait_for(store, Duration::from_secs(10), "drafts", |c| {
        n(c, "drafted") >= count
    })
    .await;
    store
        .queue(Some("drafted"), count)
        .await
        .expect("queue")
        .into_iter()
        .map(|r| (r.from.unwrap_or_default(), r.id))
        .collect()
}

fn id_of(ids: &[(String, i64)], from: &str) -> i64 {
    ids.iter()
        .find(|(a, _)| a == from)
        .unwrap_or_else(|| panic!("no draft from {from}: {ids:?}"))
        .1
}

/// What the Problems page lists: sends in retry, permanent or uncertain, with their last error.
async fn problems(store: &Store) -> Vec<OutboxRow> {
    store
        .outbox_list(&["permanent", "uncertain", "retry"], 200)
        .await
        .expect("problems")
}

/// The header section of a message, split on CRLF; fails on a bare CR or LF.
fn header_lines(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let head = text.split("\r\n\r\n").next().expect("a header section");
    assert!(
        !head.replace("\r\n", "").contains(['\r', '\n']),
        "a bare CR or LF in the header: {head:?}"
    );
    head.split("\r\n").map(str::to_string).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_never_greets_times_out_into_retry_then_the_reply_goes() {
    let mut quiet = Smtp::start_with(&temp_dir("smtp-quiet"), None, &["--no-greeting"]);
    let port = quiet.port;
    let dir = setup_with("outbox-quiet", Some(port), Some((1, 5)));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(
        &dir,
        "1.quiet",
        &client_mail("gina@client.example", "quiet1"),
    );
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    let row = wait_row(
        &store,
        id,
        Duration::from_secs(10),
        "retry after the missing greeting",
        |r| r.status == "retry" && r.attempts >= 1,
    )
    .await;
    let error = row.last_error.clone().unwrap_or_default();
    assert!(error.contains("greeting"), "{}", brief(&row));
    let listed = problems(&store).await;
    assert!(
        listed
            .iter()
            .any(|r| r.message_id == id && r.last_error.as_deref() == Some(error.as_str())),
        "the Problems page lists the retry with its error: {listed:?}"
    );
    // The server comes back as a real one on the same port: the reply goes, once.
    quiet.stop();
    let smtp_dir = temp_dir("smtp-quiet-ok");
    let smtp = Smtp::start(&smtp_dir, Some(port));
    wait_received(&smtp, 1).await;
    let row = wait_row(&store, id, Duration::from_secs(10), "sent", |r| {
        r.status == "sent"
    })
    .await;
    assert!(row.attempts >= 2, "{}", brief(&row));
    assert_eq!(smtp.received().len(), 1);
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_stuck_at_rcpt_does_not_hold_back_the_next() {
    let smtp = Smtp::start(&temp_dir("smtp-stuck"), None);
    let dir = setup_with("outbox-stuck", Some(smtp.port), Some((1, 2)));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(
        &dir,
        "1.stuck",
        &client_mail("silent-rcpt@client.example", "stuck1"),
    );
    deliver(&dir, "2.next", &client_mail("hank@client.example", "next2"));
    let ids = drafted_ids(&store, 2).await;
    let stuck = id_of(&ids, "silent-rcpt@client.example");
    let next = id_of(&ids, "hank@client.example");
    // The stuck one is first in the outbox.
    approve(&dir, stuck).await;
    approve(&dir, next).await;
    wait_received(&smtp, 1).await;
    wait_row(&store, next, Duration::from_secs(10), "sent", |r| {
        r.status == "sent"
    })
    .await;
    let row = wait_row(&store, stuck, Duration::from_secs(15), "given up", |r| {
        r.status == "permanent"
    })
    .await;
    let error = row.last_error.clone().unwrap_or_default();
    assert!(
        error.starts_with("gave up after 2 attempts"),
        "{}",
        brief(&row)
    );
    assert!(error.contains("RCPT"), "{}", brief(&row));
    assert_eq!(smtp.received().len(), 1, "only the second went");
    token.cancel();
    handle.await.expect("joins").expect("stops");
    // A person sends it again: its count of attempts starts over, so one more failure does not
    // give it up at once.
    let writer = support::writer(&dir).await;
    let mut tx = writer.begin().await.expect("begins");
    assert!(tx.retry_outbox(stuck).await.expect("retries"));
    tx.commit().await.expect("commits");
    let row = writer
        .outbox_for(stuck)
        .await
        .expect("row")
        .expect("exists");
    assert_eq!(
        (row.status.as_str(), row.attempts),
        ("pending", 0),
        "{}",
        brief(&row)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silence_after_the_final_dot_is_uncertain_in_bounded_time_and_never_resent() {
    let smtp = Smtp::start(&temp_dir("smtp-silent"), None);
    let dir = setup_with("outbox-silent", Some(smtp.port), Some((1, 5)));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(
        &dir,
        "1.silent",
        &client_mail("silent-after-data@client.example", "silent1"),
    );
    let id = drafted_id(&store).await;
    let began = std::time::Instant::now();
    approve(&dir, id).await;
    let row = wait_row(&store, id, Duration::from_secs(10), "uncertain", |r| {
        r.status == "uncertain"
    })
    .await;
    println!("uncertain after {:?}", began.elapsed());
    assert_eq!(row.attempts, 1, "{}", brief(&row));
    assert!(
        row.last_error
            .as_deref()
            .is_some_and(|e| e.contains("no answer")),
        "{}",
        brief(&row)
    );
    assert!(problems(&store).await.iter().any(|r| r.message_id == id));
    // Retries are 1 s apart here: in 2.5 s a resend would have shown.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let got = smtp.received();
    assert_eq!(got.len(), 1, "received once, never resent");
    assert_eq!(got[0].0["silent"], true);
    let row = store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("outbox row");
    assert_eq!((row.status.as_str(), row.attempts), ("uncertain", 1));
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

/// Follows a row that fails every time until it is given up: the next attempt time seen after
/// each counted failure, by attempt number.
async fn follow_until_given_up(
    store: &Store,
    id: i64,
    limit: Duration,
) -> (OutboxRow, std::collections::BTreeMap<i64, i64>) {
    let mut next_by_attempt = std::collections::BTreeMap::new();
    let deadline = std::time::Instant::now() + limit;
    loop {
        let row = store
            .outbox_for(id)
            .await
            .expect("row")
            .expect("outbox row");
        match row.status.as_str() {
            "retry" => {
                next_by_attempt.insert(row.attempts, row.next_attempt_at);
            }
            "permanent" => return (row, next_by_attempt),
            _ => {}
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not given up within {limit:?}: {}, seen {next_by_attempt:?}",
            brief(&row)
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_connections_are_counted_back_off_longer_and_are_given_up() {
    let mut gone = Smtp::start(&temp_dir("smtp-refused"), None);
    let port = gone.port;
    gone.stop();
    let dir = setup_with("outbox-refused", Some(port), Some((1, 4)));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(
        &dir,
        "1.refused",
        &client_mail("ivy@client.example", "refused1"),
    );
    let id = drafted_id(&store).await;
    let approved_at = fiveminute::clock::Clock::now_ms(&SystemClock);
    approve(&dir, id).await;
    let (row, next) = follow_until_given_up(&store, id, Duration::from_secs(25)).await;
    assert_eq!(row.attempts, 4, "{}", brief(&row));
    let error = row.last_error.clone().unwrap_or_default();
    assert!(
        error.starts_with("gave up after 4 attempts; last error: "),
        "{}",
        brief(&row)
    );
    assert!(
        next.contains_key(&1) && next.contains_key(&2) && next.contains_key(&3),
        "every failure counted: {next:?}"
    );
    // retry_seconds = 1: waits of at least 1 s, 2 s and 4 s (each attempt starts when due).
    assert!(next[&1] - approved_at >= 1000, "{next:?}");
    assert!(next[&2] - next[&1] >= 2000, "{next:?}");
    assert!(next[&3] - next[&2] >= 4000, "{next:?}");
    assert!(problems(&store).await.iter().any(|r| r.message_id == id));
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_451_at_rcpt_every_time_is_counted_and_given_up() {
    let smtp = Smtp::start(&temp_dir("smtp-451"), None);
    let dir = setup_with("outbox-451", Some(smtp.port), Some((2, 3)));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    deliver(
        &dir,
        "1.451",
        &client_mail("temp-fail@client.example", "t451"),
    );
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    let (row, next) = follow_until_given_up(&store, id, Duration::from_secs(20)).await;
    assert_eq!(row.attempts, 3, "{}", brief(&row));
    assert!(next.contains_key(&1) && next.contains_key(&2), "{next:?}");
    let error = row.last_error.clone().unwrap_or_default();
    assert!(
        error.starts_with("gave up after 3 attempts; last error: ") && error.contains("451"),
        "{}",
        brief(&row)
    );
    assert_eq!(smtp.received().len(), 0);
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_with_control_characters_are_sent_on_one_clean_header_line() {
    let smtp = Smtp::start(&temp_dir("smtp-names"), None);
    let dir = setup("outbox-names", Some(smtp.port));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    // CR, LF and NUL in one name, U+2028 (LINE SEPARATOR) in the other, both as encoded-words.
    let mail = |name: &str, from: &str, tag: &str| {
        format!(
            "From: {name} <{from}>\r\nTo: help@hallpartners.example\r\nSubject: Contract\r\n\
             Message-ID: <{tag}@client.example>\r\n\r\n\
             Hi,\r\n\r\nCan you review the supplier contract before Friday?\r\n\r\nThanks\r\n"
        )
        .into_bytes()
    };
    deliver(
        &dir,
        "1.crlf",
        &mail(
            "=?utf-8?Q?Alice=0D=0AMoreau=00?=",
            "alice@client.example",
            "n1",
        ),
    );
    deliver(
        &dir,
        "2.ls",
        &mail("=?utf-8?Q?Bob=E2=80=A8Lee?=", "bob@client.example", "n2"),
    );
    let ids = drafted_ids(&store, 2).await;
    for (_, id) in &ids {
        approve(&dir, *id).await;
    }
    wait_received(&smtp, 2).await;
    for (to, name) in [
        ("alice@client.example", "Alice Moreau"),
        ("bob@client.example", "Bob Lee"),
    ] {
        let got = smtp.received();
        let (_, raw) = got
            .iter()
            .find(|(e, _)| e["to"][0] == to)
            .unwrap_or_else(|| panic!("nothing to {to}"));
        let lines = header_lines(raw);
        let to_lines = lines.iter().filter(|l| l.starts_with("To:")).count();
        assert_eq!(to_lines, 1, "one To line: {lines:?}");
        let parsed = fiveminute::parse::parse(raw).expect("parses");
        assert_eq!(parsed.to.len(), 1, "{lines:?}");
        assert_eq!(parsed.to[0].address, to);
        assert_eq!(parsed.to[0].name.as_deref(), Some(name), "{lines:?}");
        for l in &lines {
            assert!(
                !l.chars()
                    .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}'),
                "{l:?}"
            );
        }
    }
    token.cancel();
    handle.await.expect("joins").expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_to_a_huge_subject_and_thread_keeps_every_line_within_998_bytes() {
    let smtp = Smtp::start(&temp_dir("smtp-huge"), None);
    let dir = setup("outbox-huge", Some(smtp.port));
    let (token, handle) = start(&dir);
    let store = reader(&dir).await;
    let subject = format!("Contract {}", "x".repeat(1_000_000));
    let refs: Vec<String> = (0..5000)
        .map(|i| format!("<r{i}@client.example>"))
        .collect();
    let mail = format!(
        "From: Client <judy@client.example>\r\nTo: help@hallpartners.example\r\nSubject: {subject}\r\n\
         Message-ID: <huge1@client.example>\r\nReferences: {}\r\n\r\n\
         Hi,\r\n\r\nCan you review the supplier contract before Friday?\r\n\r\nThanks\r\n",
        refs.join(" ")
    );
    deliver(&dir, "1.huge", mail.as_bytes());
    let id = drafted_id(&store).await;
    approve(&dir, id).await;
    wait_row(&store, id, Duration::from_secs(15), "sent", |r| {
        r.status == "sent"
    })
    .await;
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    let raw = &got[0].1;
    for line in raw.split(|b| *b == b'\n') {
        assert!(line.len() <= 999, "a line of {} bytes", line.len());
    }
    let text = String::from_utf8_lossy(raw);
    assert!(text.contains("MIME-Version: 1.0\r\n"), "{text}");
    let parsed = fiveminute::parse::parse(raw).expect("parses");
    assert!(parsed.subject.chars().count() <= 250, "{}", parsed.subject);
    assert!(
        parsed.subject.starts_with("Re: Contract xxx"),
        "{}",
        parsed.subject
    );
    assert!(parsed.subject.contains('…'), "{}", parsed.subject);
    assert!(parsed.subject.ends_with("[Q-0001]"), "{}", parsed.subject);
    assert_eq!(parsed.in_reply_to, vec!["huge1@client.example"]);
    let r = &parsed.references;
    assert!(r.len() <= 20, "{} references", r.len());
    assert_eq!(r.first().map(String::as_str), Some("r0@client.example"));
    assert_eq!(r.last().map(String::as_str), Some("huge1@client.example"));
    token.cancel();
    handle.await.expect("joins").expect("stops");
}
