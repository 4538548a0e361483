//! Leases in the store, on SQLite and (with FIVEMINUTE_TEST_DB=postgres) on PostgreSQL: one
//! holder at a time, a takeover only after the expiry and with a higher epoch, and an old
//! holder's renewal refused after it. Many takers at once: exactly one wins. What the leases
//! fence: a paused daemon's writes to a mailbox it lost, its claimed mail and its sends.

mod support;

use std::sync::Arc;

use fiveminute::clock::{SharedClock, TestClock};
use fiveminute::store::{Access, Fence, NewMessage, Position, Store, StoreError};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_holder_at_a_time_and_the_epoch_grows_at_each_takeover() {
    let dir = support::temp_dir("leases");
    support::daemon_config(&dir, None, "");
    let clock = TestClock::at(1_000_000);
    let shared: SharedClock = Arc::new(clock.clone());
    let store = support::open_store(&dir, Access::Write, shared).await;
    let ttl = 30_000;
    assert_eq!(
        store.take_lease("mailbox:help", "a", ttl).await.unwrap(),
        Some(1)
    );
    // Held: another cannot take it, the holder renews it.
    assert_eq!(
        store.take_lease("mailbox:help", "b", ttl).await.unwrap(),
        None
    );
    clock.advance(20_000);
    assert!(
        store
            .renew_lease("mailbox:help", "a", 1, ttl)
            .await
            .unwrap()
    );
    clock.advance(20_000);
    assert_eq!(
        store.take_lease("mailbox:help", "b", ttl).await.unwrap(),
        None,
        "renewed 20 s ago: still held"
    );
    // Not renewed past its expiry (a daemon killed, or paused): taken over with a new epoch.
    clock.advance(30_001);
    assert_eq!(
        store.take_lease("mailbox:help", "b", ttl).await.unwrap(),
        Some(2)
    );
    // The old holder wakes up: its renewal and its release change nothing.
    assert!(
        !store
            .renew_lease("mailbox:help", "a", 1, ttl)
            .await
            .unwrap()
    );
    assert!(!store.release_lease("mailbox:help", "a", 1).await.unwrap());
    assert_eq!(
        store.take_lease("mailbox:help", "a", ttl).await.unwrap(),
        None
    );
    // The holder taking its own again keeps its epoch; a release lets another in at once.
    assert_eq!(
        store.take_lease("mailbox:help", "b", ttl).await.unwrap(),
        Some(2)
    );
    assert!(store.release_lease("mailbox:help", "b", 2).await.unwrap());
    assert_eq!(
        store.take_lease("mailbox:help", "c", ttl).await.unwrap(),
        Some(3)
    );
    // Names are independent.
    assert_eq!(
        store.take_lease("tracker", "a", ttl).await.unwrap(),
        Some(1)
    );
    let leases = store.leases().await.unwrap();
    assert_eq!(leases.len(), 2);
    assert_eq!(
        (
            leases[0].name.as_str(),
            leases[0].holder.as_str(),
            leases[0].epoch
        ),
        ("mailbox:help", "c", 3)
    );
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn of_many_takers_at_once_exactly_one_wins() {
    let dir = support::temp_dir("leases-race");
    support::daemon_config(&dir, None, "");
    let clock = TestClock::at(1_000_000);
    let shared: SharedClock = Arc::new(clock.clone());
    let store = support::open_store(&dir, Access::Write, shared).await;
    for round in 0..5i64 {
        // Each round: the lease is free (first round) or expired, and 16 takers try at once.
        let mut tasks = Vec::new();
        for t in 0..16 {
            let s = store.clone();
            tasks.push(tokio::spawn(async move {
                s.take_lease("mailbox:help", &format!("r{round}-t{t}"), 10_000)
                    .await
                    .expect("take")
            }));
        }
        let mut won = Vec::new();
        for task in tasks {
            if let Some(epoch) = task.await.expect("joins") {
                won.push(epoch);
            }
        }
        assert_eq!(won, vec![round + 1], "round {round}: winners' epochs");
        clock.advance(10_001);
    }
    store.close().await;
}

/// Two daemons on one database, as two stores (each its own holder) on one clock.
async fn two_daemons(tag: &str) -> (std::path::PathBuf, TestClock, Store, Store) {
    let dir = support::temp_dir(tag);
    support::daemon_config(&dir, None, "");
    let clock = TestClock::at(1_000_000);
    let shared: SharedClock = Arc::new(clock.clone());
    let a = support::open_store(&dir, Access::Write, Arc::clone(&shared)).await;
    let b = support::open_store(&dir, Access::Write, shared).await;
    assert_ne!(a.holder(), b.holder(), "each daemon has its own name");
    (dir, clock, a, b)
}

fn mail(uid: u32) -> NewMessage {
    NewMessage {
        source_key: format!("imap:7:{uid}"),
        raw: support::message("fence", uid as usize),
    }
}

fn at(uid: i64) -> Position {
    Position {
        uidvalidity: Some(7),
        last_uid: uid,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_daemon_paused_past_its_lease_can_neither_store_mail_nor_move_the_position_back() {
    let (_dir, clock, a, b) = two_daemons("fence").await;
    let ttl = a.lease_ms();
    let epoch = a
        .take_lease("mailbox:help", a.holder(), ttl)
        .await
        .unwrap()
        .expect("free");
    let fa = Fence {
        name: "mailbox:help".into(),
        holder: a.holder().into(),
        epoch,
    };
    a.store_held(Some(&fa), "help", &[mail(1)], Some(at(1)))
        .await
        .expect("the holder stores");
    // A is paused past its lease; B takes the mailbox over and stores what came next.
    clock.advance(ttl + 1);
    let fb = Fence {
        name: "mailbox:help".into(),
        holder: b.holder().into(),
        epoch: b
            .take_lease("mailbox:help", b.holder(), ttl)
            .await
            .unwrap()
            .expect("expired: taken over"),
    };
    assert_eq!(fb.epoch, epoch + 1);
    b.store_held(Some(&fb), "help", &[mail(2), mail(3)], Some(at(3)))
        .await
        .expect("the new holder stores");
    // A wakes up with mail it fetched before the pause: nothing is written.
    let err = a
        .store_held(Some(&fa), "help", &[mail(2), mail(4)], Some(at(2)))
        .await
        .expect_err("the old holder is refused");
    assert!(matches!(err, StoreError::LeaseLost { .. }), "{err}");
    let err = a
        .save_position_held(Some(&fa), "help", at(0))
        .await
        .expect_err("the old holder cannot move the position back");
    assert!(matches!(err, StoreError::LeaseLost { .. }), "{err}");
    assert_eq!(a.position("help").await.unwrap(), Some(at(3)));
    let counts: std::collections::HashMap<String, i64> =
        a.counts().await.unwrap().into_iter().collect();
    assert_eq!(counts.values().sum::<i64>(), 3, "{counts:?}");
    assert!(!a.has_source("help", "imap:7:4").await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn claimed_mail_is_the_claimers_while_it_lives_and_is_taken_over_once_it_is_gone() {
    let (_dir, clock, a, b) = two_daemons("claims").await;
    a.store_incoming("help", &[mail(1), mail(2)], None)
        .await
        .unwrap();
    // The claim's own lease is long (the worker's 5 minutes); the claimer's life is shorter.
    let claimed = a.claim(10, 300_000, i64::MAX).await.unwrap();
    assert_eq!(claimed.len(), 2);
    assert!(
        b.claim(10, 300_000, i64::MAX).await.unwrap().is_empty(),
        "A is alive: its claims hold"
    );
    clock.advance(a.lease_ms() / 2);
    a.heartbeat().await.unwrap();
    clock.advance(a.lease_ms() / 2 + 1);
    assert!(
        b.claim(10, 300_000, i64::MAX).await.unwrap().is_empty(),
        "A renewed its lease: its claims hold"
    );
    // A stops renewing (killed, or paused): B takes its mail over without waiting 5 minutes.
    clock.advance(a.lease_ms());
    let taken = b.claim(10, 300_000, i64::MAX).await.unwrap();
    assert_eq!(
        taken.iter().map(|c| c.id).collect::<Vec<_>>(),
        claimed.iter().map(|c| c.id).collect::<Vec<_>>()
    );
    // A wakes up and records its batch: the messages are no longer its own.
    let mut tx = a.begin().await.unwrap();
    for c in &claimed {
        assert!(!tx.own(c.id).await.unwrap(), "message {} is B's now", c.id);
    }
    tx.commit().await.unwrap();
    let mut tx = b.begin().await.unwrap();
    for c in &taken {
        assert!(tx.own(c.id).await.unwrap());
    }
    tx.commit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_is_sent_by_one_daemon_and_a_dead_daemons_send_becomes_uncertain() {
    let (dir, clock, a, b) = two_daemons("outboxclaims").await;
    a.store_incoming("help", &[mail(1), mail(2)], None)
        .await
        .unwrap();
    let seed = support::seed::Seed::open(&dir).await;
    for (id, n) in [(1i64, 1), (2, 2)] {
        sqlx::query(
            "INSERT INTO outbox (message_id, mailbox, rfc_message_id, sender, recipients, raw, \
             status, next_attempt_at, created_at, updated_at) \
             VALUES ($1, 'help', $2, 'help@hallpartners.example', 'c@client.example', $3, 'pending', 0, 0, 0)",
        )
        .bind(id)
        .bind(format!("r{n}@hallpartners.example"))
        .bind(b"reply".to_vec())
        .execute(seed.pool())
        .await
        .unwrap();
    }
    let due = a.outbox_due(10).await.unwrap();
    assert_eq!(due.len(), 2);
    let (r1, r2) = (due[0].id, due[1].id);
    // Both see the rows due; only the first to claim one may send it.
    assert_eq!(a.outbox_begin_attempt(r1).await.unwrap(), Some(1));
    assert_eq!(b.outbox_begin_attempt(r1).await.unwrap(), None);
    assert_eq!(b.outbox_begin_attempt(r2).await.unwrap(), Some(1));
    assert_eq!(a.outbox_begin_attempt(r2).await.unwrap(), None);
    // B cannot mark A's row, nor A B's.
    assert!(!b.outbox_mark(r1, "sending", None, None).await.unwrap());
    assert!(a.outbox_mark(r1, "sending", None, None).await.unwrap());
    assert!(!a.outbox_mark(r2, "sending", None, None).await.unwrap());
    // While A lives, its send is its own; B's periodic check leaves it alone.
    assert_eq!(b.outbox_interrupted(false).await.unwrap(), 0);
    // A dies mid-send: once its lease expired, B marks the send uncertain (never resent).
    clock.advance(a.lease_ms() + 1);
    b.heartbeat().await.unwrap();
    assert_eq!(b.outbox_interrupted(false).await.unwrap(), 1);
    let row = b.outbox_for(1).await.unwrap().expect("row");
    assert_eq!(row.status, "uncertain");
    assert_eq!(b.outbox_begin_attempt(r1).await.unwrap(), None);
    // B's own claim was not touched; B sends its row.
    assert!(b.outbox_mark(r2, "sending", None, None).await.unwrap());
    assert!(b.outbox_mark(r2, "sent", None, None).await.unwrap());
    assert_eq!(b.outbox_for(2).await.unwrap().expect("row").status, "sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_daemon_that_died_on_this_machine_is_let_go_at_once_on_restart() {
    let (_dir, _clock, a, b) = two_daemons("deadhere").await;
    a.store_incoming("help", &[mail(1)], None).await.unwrap();
    // A claims the mail and holds the mailbox; then it is killed. Its name has this machine
    // and a process id that no longer exists.
    assert_eq!(a.claim(10, 300_000, i64::MAX).await.unwrap().len(), 1);
    a.take_lease("mailbox:help", a.holder(), a.lease_ms())
        .await
        .unwrap()
        .expect("free");
    let host = a.holder().split(':').next().unwrap().to_string();
    let gone = format!("{host}:4194303:deadbeef");
    let seed = support::seed::Seed::open(&_dir).await;
    sqlx::query("UPDATE leases SET holder = $1, name = CASE WHEN name LIKE 'daemon:%' THEN 'daemon:' || $1 ELSE name END WHERE holder = $2")
        .bind(&gone)
        .bind(a.holder())
        .execute(seed.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE messages SET claimed_by = $1")
        .bind(&gone)
        .execute(seed.pool())
        .await
        .unwrap();
    // Before: B must wait for the leases to run out.
    assert!(b.claim(10, 300_000, i64::MAX).await.unwrap().is_empty());
    assert_eq!(
        b.take_lease("mailbox:help", b.holder(), b.lease_ms())
            .await
            .unwrap(),
        None
    );
    // B starts on the same machine and finds the process gone: everything is free at once.
    assert_eq!(b.release_dead_here().await.unwrap(), vec![gone]);
    assert_eq!(b.claim(10, 300_000, i64::MAX).await.unwrap().len(), 1);
    assert_eq!(
        b.take_lease("mailbox:help", b.holder(), b.lease_ms())
            .await
            .unwrap(),
        Some(2)
    );
    // A live daemon (this test's own process) is not let go.
    assert!(a.release_dead_here().await.unwrap().is_empty());
}
