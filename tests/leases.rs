//! Leases in the store, on SQLite and (with FIVEMINUTE_TEST_DB=postgres) on PostgreSQL: one
//! holder at a time, a takeover only after the expiry and with a higher epoch, and an old
//! holder's renewal refused after it. Many takers at once: exactly one wins.

mod support;

use std::sync::Arc;

use fiveminute::clock::{SharedClock, TestClock};
use fiveminute::store::Access;

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
