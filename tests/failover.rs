//! Several daemons on one PostgreSQL database and one Dovecot mailbox, as production runs them
//! (child processes of the real binary): one watches the mailbox at a time by its lease, all
//! of them draft and send, and none drafts or sends anything twice when the others are killed
//! or paused. Always runs on a private PostgreSQL (tests/support/pg.rs), whatever
//! FIVEMINUTE_TEST_DB says; the lease time is 3 s so a takeover is quick to see.

mod support;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use std::sync::Arc;
use std::time::{Duration, Instant};
use support::KillOnDrop;

use fiveminute::clock::{Clock as _, SharedClock, SystemClock};
use fiveminute::outbox;
use fiveminute::store::{Access, Store};
use support::{Dovecot, Smtp, load, message, pg, temp_dir, use_smtp};

const BIN: &str = env!("CARGO_BIN_EXE_fiveminute");
const LEASE_SECONDS: u64 = 3;

/// A configuration for an IMAP mailbox on `port`, on a new PostgreSQL database, sending to
/// `smtp`, with 3-second leases.
fn config(dir: &Path, port: u16, smtp: u16) -> PathBuf {
    let url = pg::new_database("failover");
    let cfg = support::daemon_config(dir, Some(port), "");
    let text = std::fs::read_to_string(&cfg).expect("config");
    let start = text.find("[store]\n").expect("a [store] section") + "[store]\n".len();
    let end = start + text[start..].find('\n').expect("its line");
    let text = format!(
        "{}url = \"{url}\"\nlease_seconds = {LEASE_SECONDS}{}",
        &text[..start],
        &text[end..]
    );
    std::fs::write(&cfg, text).expect("config");
    use_smtp(&cfg, smtp);
    cfg
}

/// A daemon as a child process, logging to `dir/daemon-<name>.log`.
fn spawn(dir: &Path, name: &str) -> KillOnDrop {
    KillOnDrop::spawn(
        Command::new(BIN)
            .arg("run")
            .arg("--config")
            .arg(dir.join("fiveminute.toml"))
            .env(support::PASSWORD_ENV, support::PASSWORD)
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join(format!("daemon-{name}.log"))).expect("log")),
        "the daemon starts",
    )
}

/// The pid in a holder's name (`host:pid:random`).
fn pid_of(holder: &str) -> Option<u32> {
    holder.split(':').nth(1)?.parse().ok()
}

/// Who holds the mailbox now (a live lease), if anyone.
async fn mailbox_holder(store: &Store) -> Option<(String, i64)> {
    let now = SystemClock.now_ms();
    store
        .leases()
        .await
        .ok()?
        .into_iter()
        .find(|l| l.name == "mailbox:help" && l.expires_at > now)
        .map(|l| (l.holder, l.epoch))
}

async fn open(cfg: &Path) -> Store {
    let config = load(cfg);
    let db = config.database(&support::env()).expect("database");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match Store::open(&db, Access::Write, Arc::new(SystemClock)).await {
            Ok(s) if s.tasks().await.is_ok() => return s,
            _ if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(100)).await,
            Err(e) => panic!("cannot open {db}: {e:#}"),
            Ok(_) => panic!("{db} has no tables"),
        }
    }
}

/// Approves every drafted message it finds, as a manager would; returns how many.
async fn approve_drafted(store: &Store, cfg: &Path) -> usize {
    let config = load(cfg);
    let clock: SharedClock = Arc::new(SystemClock);
    let mut n = 0;
    for row in store.queue(Some("drafted"), 500).await.unwrap_or_default() {
        if let Ok(outbox::Approved::Queued(_)) =
            outbox::approve(store, &config, &clock, row.id, "tester", false).await
        {
            n += 1;
        }
    }
    n
}

fn logs(dir: &Path) -> String {
    let mut out = String::new();
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("daemon-"))
        {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let tail: Vec<&str> = text.lines().rev().take(15).collect();
            out.push_str(&format!(
                "--- {}\n{}\n",
                p.display(),
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            ));
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_daemons_killed_one_after_another_draft_and_send_every_email_once() {
    const N: usize = 1000;
    const KILLS: usize = 4;
    let dovecot = Dovecot::start();
    let dir = temp_dir("failover");
    let smtp_dir = dir.join("smtp");
    std::fs::create_dir_all(&smtp_dir).expect("smtp dir");
    let smtp = Smtp::start(&smtp_dir, None);
    let cfg = config(&dir, dovecot.port, smtp.port);
    let mut daemons: Vec<KillOnDrop> = (0..3).map(|k| spawn(&dir, &format!("{k}-0"))).collect();
    let store = open(&cfg).await;

    // The client emails arrive over the whole test, in bursts.
    let appender = {
        let port = dovecot.port;
        tokio::spawn(async move {
            for chunk in (0..N).collect::<Vec<_>>().chunks(N / 20) {
                let msgs: Vec<Vec<u8>> = chunk.iter().map(|&i| message("fail", i)).collect();
                let s = Dovecot::session_on(port).await;
                support::append_with(s, &msgs).await;
                tokio::time::sleep(Duration::from_millis(400)).await;
            }
        })
    };

    // Kill whichever daemon watches the mailbox, time how long until another watches it, and
    // start the killed one again; approve what is drafted meanwhile.
    let mut failovers: Vec<Duration> = Vec::new();
    let mut approved = 0;
    for kill in 0..KILLS {
        let settle = Instant::now() + Duration::from_millis(1500);
        while Instant::now() < settle {
            approved += approve_drafted(&store, &cfg).await;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let (holder, epoch) = loop {
            if let Some(h) = mailbox_holder(&store).await {
                break h;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let pid = pid_of(&holder).expect("a pid in the holder's name");
        let k = daemons
            .iter()
            .position(|c| c.id() == pid)
            .unwrap_or_else(|| panic!("the holder {holder} is one of ours\n{}", logs(&dir)));
        daemons[k].kill().expect("SIGKILL");
        daemons[k].wait().expect("reaped");
        let killed = Instant::now();
        let taken = loop {
            if let Some((h, e)) = mailbox_holder(&store).await
                && h != holder
            {
                assert!(e > epoch, "a takeover raises the epoch: {e} after {epoch}");
                break killed.elapsed();
            }
            assert!(
                killed.elapsed() < Duration::from_secs(4 * LEASE_SECONDS),
                "nobody took the mailbox over after kill {kill}\n{}",
                logs(&dir)
            );
            approved += approve_drafted(&store, &cfg).await;
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        failovers.push(taken);
        daemons[k] = spawn(&dir, &format!("{k}-{}", kill + 1));
    }
    appender.await.expect("appends");

    // Every email drafted once; every reply approved and then sent once (or shown uncertain).
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        approved += approve_drafted(&store, &cfg).await;
        let counts: HashMap<String, i64> = store
            .counts()
            .await
            .unwrap_or_default()
            .into_iter()
            .collect();
        let settled = support::n(&counts, "sent") + support::n(&counts, "send_problem");
        if settled == N as i64 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "not every reply went: {counts:?} ({approved} approved)\n{}",
            logs(&dir)
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let ids = store.drafted_message_ids().await.expect("drafts");
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (N, N), "each email drafted once");
    let uncertain = store
        .outbox_list(&["uncertain"], 10_000)
        .await
        .expect("outbox");
    let received: Vec<String> = smtp
        .received()
        .into_iter()
        .filter_map(|(_, raw)| {
            let text = String::from_utf8_lossy(&raw).to_string();
            text.lines()
                .find(|l| l.to_ascii_lowercase().starts_with("message-id:"))
                .map(|l| l[11..].trim().to_string())
        })
        .collect();
    let got: HashSet<&String> = received.iter().collect();
    assert_eq!(
        got.len(),
        received.len(),
        "a reply reached the server twice"
    );
    let sent = store.outbox_list(&["sent"], 10_000).await.expect("outbox");
    for row in &sent {
        assert!(
            got.contains(&format!("<{}>", row.rfc_message_id)),
            "sent but not received: {}",
            row.rfc_message_id
        );
    }
    assert_eq!(sent.len() + uncertain.len(), N);
    assert!(received.len() >= sent.len() && received.len() <= N);
    let worst = failovers.iter().max().copied().unwrap_or_default();
    println!(
        "failover: {N} emails, {KILLS} holders killed (SIGKILL); mailbox watched again after {} (lease {LEASE_SECONDS} s); {} replies sent, {} uncertain",
        failovers
            .iter()
            .map(|d| format!("{:.1} s", d.as_secs_f64()))
            .collect::<Vec<_>>()
            .join(", "),
        sent.len(),
        uncertain.len()
    );
    // Held for 5/6 of the lease, tried by the others every 1/6: taken within the lease time (plus
    // what this loop spends approving between its looks).
    assert!(
        worst <= Duration::from_millis(LEASE_SECONDS * 1000 + 1000),
        "failover took {worst:?}"
    );
    for mut d in daemons {
        support::signal(d.id(), "-TERM");
        assert!(d.wait().expect("exits").success(), "{}", logs(&dir));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_daemon_paused_past_its_lease_does_nothing_the_other_did_when_it_wakes_up() {
    let dovecot = Dovecot::start();
    let dir = temp_dir("paused");
    let smtp_dir = dir.join("smtp");
    std::fs::create_dir_all(&smtp_dir).expect("smtp dir");
    let smtp = Smtp::start(&smtp_dir, None);
    let cfg = config(&dir, dovecot.port, smtp.port);
    let mut a = spawn(&dir, "a");
    let store = open(&cfg).await;
    let first: Vec<Vec<u8>> = (0..20).map(|i| message("pause", i)).collect();
    dovecot.append(&first).await;
    support::wait_for(&store, Duration::from_secs(30), "20 drafts", |c| {
        support::n(c, "drafted") == 20
    })
    .await;
    let (holder, epoch) = mailbox_holder(&store).await.expect("A watches");
    assert_eq!(pid_of(&holder), Some(a.id()));
    let mut b = spawn(&dir, "b");
    // B stands by while A holds the mailbox.
    tokio::time::sleep(Duration::from_secs(LEASE_SECONDS)).await;
    assert_eq!(
        mailbox_holder(&store).await.map(|h| h.0),
        Some(holder.clone())
    );
    // A is paused; the replies are approved meanwhile and more mail comes.
    support::signal(a.id(), "-STOP");
    let paused = Instant::now();
    assert_eq!(approve_drafted(&store, &cfg).await, 20);
    let more: Vec<Vec<u8>> = (20..60).map(|i| message("pause", i)).collect();
    dovecot.append(&more).await;
    // B takes the mailbox, drafts the new mail and sends every reply.
    support::wait_for(
        &store,
        Duration::from_secs(60),
        "B drafts the new mail and sends the replies",
        |c| support::n(c, "drafted") == 40 && support::n(c, "sent") == 20,
    )
    .await;
    let (now_holder, now_epoch) = mailbox_holder(&store).await.expect("B watches");
    assert_eq!(pid_of(&now_holder), Some(b.id()));
    assert!(now_epoch > epoch);
    // Not before A's lease ran out: renewed every third, held for five sixths of the lease.
    assert!(paused.elapsed() >= Duration::from_millis(LEASE_SECONDS * 1000 / 2));
    let position = store.position("help").await.expect("position");
    // A wakes up and must find everything done: nothing fetched, drafted or sent again.
    support::signal(a.id(), "-CONT");
    tokio::time::sleep(Duration::from_secs(2 * LEASE_SECONDS)).await;
    assert_eq!(store.position("help").await.expect("position"), position);
    let ids = store.drafted_message_ids().await.expect("drafts");
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (60, 60));
    assert_eq!(smtp.received().len(), 20, "each reply sent once");
    assert_eq!(
        mailbox_holder(&store).await.map(|h| h.0),
        Some(now_holder),
        "B keeps the mailbox"
    );
    let log = std::fs::read_to_string(dir.join("daemon-a.log")).unwrap_or_default();
    assert!(log.contains("standing by"), "A stands by: {log}");
    for d in [&mut a, &mut b] {
        support::signal(d.id(), "-TERM");
        assert!(d.wait().expect("exits").success(), "{}", logs(&dir));
    }
}
