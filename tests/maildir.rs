//! The daemon on a local Maildir: delivery by rename (as MTAs do) and by hand (a file still being
//! written), and a crash with SIGKILL while 300 messages arrive.

mod support;

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use fiveminute::daemon;
use support::{daemon_config, env, load, message, n, reader, temp_dir, wait_for};
use tokio_util::sync::CancellationToken;

/// Delivers like an MTA: write in tmp/, rename into new/.
fn deliver(maildir: &Path, name: &str, raw: &[u8]) {
    let tmp = maildir.join("tmp").join(name);
    std::fs::write(&tmp, raw).expect("write tmp");
    std::fs::rename(&tmp, maildir.join("new").join(name)).expect("rename into new");
}

fn prepare(dir: &Path) -> std::path::PathBuf {
    daemon_config(dir, None, "");
    let maildir = dir.join("Maildir");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).expect("maildir");
    }
    maildir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delivered_and_hand_copied_files_are_drafted_and_moved() {
    let dir = temp_dir("maildir");
    let maildir = prepare(&dir);
    let cfg = load(&dir.join("fiveminute.toml"));
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle = tokio::spawn(async move { daemon::serve(cfg, env(), s.cancelled_owned()).await });
    let store = reader(&dir).await;

    deliver(&maildir, "1.a.host", &message("md", 1));
    // By hand: the file appears empty and fills up later, as with a slow copy.
    let slow = maildir.join("new").join("2.b.host");
    std::fs::write(&slow, b"").expect("create");
    tokio::time::sleep(Duration::from_millis(150)).await;
    std::fs::write(&slow, message("md", 2)).expect("fill");
    wait_for(&store, Duration::from_secs(10), "2 drafts", |c| {
        n(c, "drafted") == 2
    })
    .await;
    let counts = store.counts().await.expect("counts");
    assert_eq!(
        counts,
        vec![("drafted".to_string(), 2)],
        "nothing failed, nothing lost"
    );
    assert_eq!(
        std::fs::read_dir(maildir.join("new")).expect("new").count(),
        0
    );
    assert_eq!(
        std::fs::read_dir(maildir.join("cur")).expect("cur").count(),
        2
    );

    stop.cancel();
    handle.await.expect("joins").expect("stops cleanly");
}

/// What a database keeps of a header or a text has limits (PostgreSQL: an index entry of about
/// 2.7 kB, a text-search entry under 1 MB, no NUL): mail past them is still stored and read, and
/// the mail after it too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_headers_and_a_long_text_are_stored_and_read_like_any_mail() {
    let dir = temp_dir("maildir-huge");
    let maildir = prepare(&dir);
    let cfg = load(&dir.join("fiveminute.toml"));
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle = tokio::spawn(async move { daemon::serve(cfg, env(), s.cancelled_owned()).await });
    let store = reader(&dir).await;
    // Text that does not compress (PostgreSQL compresses a long index entry first).
    let long: String = (0u64..1200)
        .map(|i| format!("{:05x}", (i.wrapping_mul(2_654_435_761)) % 1_048_573))
        .collect();
    let words: String = (0..250_000).map(|i| format!("w{i} ")).collect();
    let huge = format!(
        "From: {long} <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: {long}\r\nMessage-ID: <{long}@client.example>\r\n\r\n\
         Hi,\r\n\r\nCan you send me the March statement?\r\n\r\n{words}\r\n"
    );
    deliver(&maildir, "1.huge.host", huge.as_bytes());
    deliver(&maildir, "2.next.host", &message("huge", 2));
    wait_for(&store, Duration::from_secs(30), "both read", |c| {
        c.values().sum::<i64>() == 2 && n(c, "received") == 0
    })
    .await;
    let counts = store.counts().await.expect("counts");
    assert!(
        !counts.iter().any(|(s, _)| s == "failed"),
        "nothing failed: {counts:?}"
    );
    let found = store.search("statement", 5).await.expect("search");
    assert_eq!(found.len(), 1, "{found:?}");
    stop.cancel();
    handle.await.expect("joins").expect("stops cleanly");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_while_300_arrive_loses_nothing_and_doubles_nothing() {
    let dir = temp_dir("maildir-crash");
    let maildir = prepare(&dir);
    let spawn = || support::quiet_daemon(&dir);
    let mut child = spawn();
    let store = reader(&dir).await;
    let md = maildir.clone();
    let delivery = tokio::task::spawn_blocking(move || {
        for i in 0..300 {
            deliver(&md, &format!("{i}.crash.host"), &message("mdcrash", i));
            if i % 10 == 0 {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    });
    tokio::time::sleep(Duration::from_millis(
        100 + u64::from(std::process::id() % 300),
    ))
    .await;
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    delivery.await.expect("delivered");
    let mut child = spawn();
    wait_for(&store, Duration::from_secs(60), "300 drafts", |c| {
        n(c, "drafted") == 300
    })
    .await;
    let ids = store.drafted_message_ids().await.expect("drafts");
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (300, 300));
    // Every file ends in cur/ once the daemon has caught up.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while std::fs::read_dir(maildir.join("new")).expect("new").count() > 0 {
        assert!(std::time::Instant::now() < deadline, "files left in new/");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        std::fs::read_dir(maildir.join("cur")).expect("cur").count(),
        300
    );
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    assert!(child.wait().expect("exits").success());
}
