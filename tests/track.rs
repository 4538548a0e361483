//! Quotes followed to the end, on real servers: a client email → draft → approved → sent; the
//! client's "yes, go ahead" arrives by IMAP → job and hand-off to production; "no thanks" →
//! declined; an out-of-office → ignored, quote still open. And, with a test clock: silence → one
//! reminder after the delay, then expiry.

mod support;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fiveminute::clock::{SharedClock, SystemClock, TestClock};
use fiveminute::daemon::{self, Daemon};
use fiveminute::pipeline::{Pipeline, worker};
use fiveminute::store::{NewMessage, Store};
use fiveminute::{outbox, track};
use support::{Dovecot, Smtp, daemon_config, env, load, n, reader, temp_dir, use_smtp, wait_for};
use tokio_util::sync::CancellationToken;

fn client_email(tag: &str, from: &str) -> Vec<u8> {
    format!(
        "From: Client <{from}>\r\nTo: help@hallpartners.example\r\nSubject: Contract {tag}\r\n\
         Message-ID: <{tag}@client.example>\r\n\r\nHi,\r\n\r\nCan you review the supplier contract before Friday?\r\n"
    )
    .into_bytes()
}

fn reply(
    tag: &str,
    from: &str,
    in_reply_to: &str,
    subject: &str,
    text: &str,
    extra_headers: &str,
) -> Vec<u8> {
    format!(
        "From: Client <{from}>\r\nTo: help@hallpartners.example\r\nSubject: {subject}\r\n\
         Message-ID: <{tag}@client.example>\r\nIn-Reply-To: <{in_reply_to}>\r\nReferences: <{in_reply_to}>\r\n\
         {extra_headers}\r\n{text}\r\n\r\nOn Tue, 24 Nov 2026 at 10:00, Tom Hall <help@hallpartners.example> wrote:\r\n\
         > I will need 2 hours at $250 per hour. Shall I go ahead?\r\n"
    )
    .into_bytes()
}

/// Drafts, approves and sends the reply to one client email; returns (message id, our reply's
/// Message-ID, quote reference).
async fn quote_sent(
    dir: &std::path::Path,
    dovecot: &Dovecot,
    store: &Store,
    tag: &str,
    from: &str,
) -> (i64, String, String) {
    let before = store
        .counts()
        .await
        .expect("counts")
        .iter()
        .map(|(_, n)| n)
        .sum::<i64>();
    dovecot.append(&[client_email(tag, from)]).await;
    let id = {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let rows = store.queue(Some("drafted"), 50).await.expect("queue");
            if let Some(r) = rows
                .iter()
                .find(|r| r.subject.as_deref() == Some(&format!("Contract {tag}")))
            {
                break r.id;
            }
            assert!(
                Instant::now() < deadline,
                "no draft for {tag} (had {before})"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    let writer = support::writer(dir).await;
    let clock: SharedClock = Arc::new(SystemClock);
    outbox::approve(
        &writer,
        &load(&dir.join("fiveminute.toml")),
        &clock,
        id,
        "mia",
        false,
    )
    .await
    .expect("approves");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let row = store.outbox_for(id).await.expect("row");
        if let Some(r) = row.filter(|r| r.status == "sent") {
            let q = store
                .queue(None, 200)
                .await
                .expect("queue")
                .into_iter()
                .find(|m| m.id == id)
                .expect("msg");
            return (id, r.rfc_message_id, q.quote.expect("a quote"));
        }
        assert!(Instant::now() < deadline, "not sent");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn quote_status(store: &Store, reference: &str) -> String {
    store
        .quote_by_reference(reference)
        .await
        .expect("quote")
        .expect("exists")
        .status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accept_decline_and_out_of_office_end_to_end() {
    let dovecot = Dovecot::start();
    let smtp = Smtp::start(&temp_dir("track-smtp"), None);
    let dir = temp_dir("track");
    let cfg = daemon_config(
        &dir,
        Some(dovecot.port),
        "production_address = \"production@hallpartners.example\"",
    );
    use_smtp(&cfg, smtp.port);
    let _ = tracing_subscriber::fmt()
        .with_env_filter("fiveminute=debug")
        .with_test_writer()
        .try_init();
    let config = load(&cfg);
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle =
        tokio::spawn(async move { daemon::serve(config, env(), s.cancelled_owned()).await });
    let store = reader(&dir).await;

    // 1. Yes, go ahead → accepted, a job, the brief to production.
    let (_, ours, reference) =
        quote_sent(&dir, &dovecot, &store, "acc", "alice@client.example").await;
    dovecot
        .append(&[reply(
            "acc-r",
            "alice@client.example",
            &ours,
            &format!("Re: Contract acc [{reference}]"),
            "Yes, go ahead.",
            "",
        )])
        .await;
    let deadline = Instant::now() + Duration::from_secs(15);
    while quote_status(&store, &reference).await != "accepted" {
        assert!(Instant::now() < deadline, "not accepted");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let jobs = store.jobs().await.expect("jobs");
    assert_eq!(jobs.len(), 1);
    assert_eq!(
        (jobs[0].reference.as_str(), jobs[0].state.as_str()),
        (reference.as_str(), "new")
    );
    assert!(
        jobs[0].brief.contains("review the supplier contract")
            && jobs[0].brief.contains("Yes, go ahead."),
        "{}",
        jobs[0].brief
    );
    let deadline = Instant::now() + Duration::from_secs(15);
    let handoff = loop {
        if let Some(h) = smtp
            .received()
            .into_iter()
            .find(|(e, _)| e["to"][0] == "production@hallpartners.example")
        {
            break h;
        }
        assert!(Instant::now() < deadline, "no hand-off mail");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let text = String::from_utf8_lossy(&handoff.1);
    assert!(
        text.contains(&format!("Job {reference}"))
            && text.contains("Auto-Submitted: auto-generated"),
        "{text}"
    );
    // A colleague answers the hand-off in the shared mailbox: it threads to the quote, but it
    // is not the client's decision; it goes through the pipeline like any email.
    let handoff_id = text
        .lines()
        .find_map(|l| l.strip_prefix("Message-ID: <"))
        .and_then(|l| l.strip_suffix('>'))
        .expect("the hand-off has a Message-ID")
        .to_string();
    let before = store.counts().await.expect("counts");
    let settled = |c: &std::collections::HashMap<String, i64>| {
        c.iter()
            .filter(|(k, _)| k.as_str() != "received")
            .map(|(_, v)| v)
            .sum::<i64>()
    };
    let settled_before = settled(&before.into_iter().collect());
    dovecot
        .append(&[reply(
            "colleague",
            "jane@hallpartners.example",
            &handoff_id,
            &format!("Re: Job {reference}: alice@client.example: Contract acc"),
            "No, we can't take this on this week.",
            "",
        )])
        .await;
    wait_for(
        &store,
        Duration::from_secs(15),
        "the colleague's email settled",
        |c| settled(c) > settled_before,
    )
    .await;
    assert_eq!(quote_status(&store, &reference).await, "accepted");
    let q1 = store
        .quote_by_reference(&reference)
        .await
        .expect("q")
        .expect("exists");
    assert_eq!(
        store.replies_to_quote(q1.id).await.expect("replies").len(),
        1,
        "only the client's yes is a reply to the quote"
    );

    // 2. No thanks → declined.
    let (_, ours2, ref2) = quote_sent(&dir, &dovecot, &store, "dec", "bob@client.example").await;
    dovecot
        .append(&[reply(
            "dec-r",
            "bob@client.example",
            &ours2,
            "Re: Contract dec",
            "No thanks, that's fine.",
            "",
        )])
        .await;
    let deadline = Instant::now() + Duration::from_secs(15);
    while quote_status(&store, &ref2).await != "declined" {
        assert!(Instant::now() < deadline, "not declined");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // 3. An out-of-office → ignored; the quote stays open and its reminder is still due.
    let (_, ours3, ref3) = quote_sent(&dir, &dovecot, &store, "ooo", "carol@client.example").await;
    dovecot
        .append(&[reply(
            "ooo-r",
            "carol@client.example",
            &ours3,
            "Automatic reply: Contract ooo",
            "I'm out of the office until Monday.",
            "Auto-Submitted: auto-replied\r\n",
        )])
        .await;
    wait_for(
        &store,
        Duration::from_secs(15),
        "the auto-reply ignored",
        |c| n(c, "ignored") == 1,
    )
    .await;
    let q3 = store
        .quote_by_reference(&ref3)
        .await
        .expect("q")
        .expect("exists");
    assert_eq!((q3.status.as_str(), q3.last_reply_at), ("sent", None));

    // 4. A broken thread: the [Q-…] reference in the subject, trusted only from the client's domain.
    let stranger = reply(
        "x-r",
        "mallory@elsewhere.example",
        "unknown@nowhere",
        &format!("Re: [{ref3}]"),
        "Yes, go ahead.",
        "",
    );
    dovecot.append(&[stranger]).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        quote_status(&store, &ref3).await,
        "sent",
        "a stranger's reference decides nothing"
    );
    let client = reply(
        "y-r",
        "carol@client.example",
        "unknown@nowhere",
        &format!("Re: [{ref3}]"),
        "Go for it.",
        "",
    );
    dovecot.append(&[client]).await;
    let deadline = Instant::now() + Duration::from_secs(15);
    while quote_status(&store, &ref3).await != "accepted" {
        assert!(Instant::now() < deadline, "not accepted by reference");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    stop.cancel();
    handle.await.expect("joins").expect("stops");
}

/// A daemon context on a test clock (Thursday 2026-11-26 09:00 UTC) with one quote sent; returns
/// (context, clock, the client email's id, our reply's outbox row, the worker's token).
async fn one_quote_sent(
    autosend_reminders: bool,
) -> (
    Arc<Daemon>,
    TestClock,
    SharedClock,
    i64,
    fiveminute::store::OutboxRow,
    CancellationToken,
) {
    let dir = temp_dir("remind");
    let cfg = daemon_config(&dir, None, "");
    let mut config = load(&cfg);
    config.autosend.reminders = autosend_reminders;
    // Thursday 2026-11-26 09:00 UTC.
    let clock = TestClock::at(1_795_683_600_000);
    let shared: SharedClock = Arc::new(clock.clone());
    let store =
        support::open_store(&dir, fiveminute::store::Access::Daemon, Arc::clone(&shared)).await;
    let ctx = Arc::new(Daemon {
        pipeline: Arc::new(Pipeline::new(config.clone()).expect("pipeline")),
        config,
        store,
        clock: Arc::clone(&shared),
        nudge: tokio::sync::Notify::new(),
        outbox_nudge: tokio::sync::Notify::new(),
        env: HashMap::new(),
        health: Arc::new(fiveminute::daemon::health::Health::new(Arc::clone(&shared))),
    });
    let cancel = CancellationToken::new();
    tokio::spawn(worker::run(Arc::clone(&ctx), cancel.clone()));
    ctx.store
        .store_incoming(
            "help",
            &[NewMessage {
                source_key: "k1".into(),
                raw: client_email("quiet", "dana@client.example"),
            }],
            None,
        )
        .await
        .expect("stores");
    ctx.nudge.notify_one();
    let deadline = Instant::now() + Duration::from_secs(10);
    let id = loop {
        if let Some(r) = ctx
            .store
            .queue(Some("drafted"), 5)
            .await
            .expect("queue")
            .first()
        {
            break r.id;
        }
        assert!(Instant::now() < deadline, "no draft");
        tokio::time::sleep(Duration::from_millis(25)).await;
    };
    outbox::approve(&ctx.store, &ctx.config, &shared, id, "mia", false)
        .await
        .expect("approves");
    let row = ctx
        .store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("outbox");
    ctx.store
        .outbox_mark(row.id, "sent", None, None)
        .await
        .expect("sent");

    (ctx, clock, shared, id, row, cancel)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silence_gives_one_reminder_then_expiry() {
    let (ctx, clock, _shared, _id, row, cancel) = one_quote_sent(false).await;
    // Two business days later: nothing yet.
    clock.advance(2 * 86_400_000);
    assert_eq!(
        track::tick(&ctx).await.expect("tick"),
        track::Followup::default()
    );
    // Thursday + 3 business days = Tuesday 09:00: the reminder, once.
    clock.advance(4 * 86_400_000 + 60_000);
    assert_eq!(track::tick(&ctx).await.expect("tick").reminded, 1);
    assert_eq!(
        track::tick(&ctx).await.expect("tick").reminded,
        0,
        "only one reminder"
    );
    let inbox = ctx
        .store
        .review_list(&["drafted"], true, 10)
        .await
        .expect("inbox");
    let reminder = inbox
        .iter()
        .find(|r| r.kind == "reminder")
        .expect("a reminder waits for review");
    let draft = ctx
        .store
        .draft(reminder.id)
        .await
        .expect("draft")
        .expect("exists");
    assert!(
        draft.body.contains("Would you like me to go ahead?") && draft.subject.contains("[Q-0001]"),
        "{}",
        draft.body
    );
    assert_eq!(
        draft.in_reply_to.as_deref(),
        Some(row.rfc_message_id.as_str())
    );
    // Ten business days after sending: expired.
    clock.advance(8 * 86_400_000);
    assert_eq!(track::tick(&ctx).await.expect("tick").expired, 1);
    assert_eq!(
        ctx.store
            .quote_by_reference("Q-0001")
            .await
            .expect("q")
            .expect("exists")
            .status,
        "expired"
    );
    cancel.cancel();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_firm_can_let_reminders_go_out_without_review() {
    let (ctx, clock, _shared, _id, _row, cancel) = one_quote_sent(true).await;
    clock.advance(6 * 86_400_000 + 60_000);
    assert_eq!(track::tick(&ctx).await.expect("tick").reminded, 1);
    let all = ctx
        .store
        .review_list(&["drafted", "approved"], true, 10)
        .await
        .expect("list");
    let reminder = all
        .iter()
        .find(|r| r.kind == "reminder")
        .expect("a reminder");
    assert_eq!(reminder.status, "approved", "not left for review");
    let out = ctx
        .store
        .outbox_for(reminder.id)
        .await
        .expect("row")
        .expect("queued");
    assert!(out.automatic, "marked as sent without review");
    assert!(
        String::from_utf8_lossy(&out.raw).contains("Would you like me to go ahead?"),
        "the reminder itself"
    );
    cancel.cancel();
}
