//! The store on SQLite and (with FIVEMINUTE_TEST_DB=postgres) on PostgreSQL: mail stored once
//! with its position, duplicates recognised, claims in order and taken again after their lease,
//! quote numbers, and page views forgotten after a day. SQLite's own behaviour (the lock file,
//! `BEGIN IMMEDIATE`) is tested in `src/store/mod.rs`.

mod support;

use std::sync::Arc;

use fiveminute::clock::{SharedClock, TestClock};
use fiveminute::store::{Access, NewMessage, Position, Stored};

fn msg(key: &str, id: &str, body: &str) -> NewMessage {
    NewMessage {
        source_key: key.into(),
        raw: format!("From: a@b.example\r\nMessage-ID: <{id}>\r\nSubject: s\r\n\r\n{body}\r\n")
            .into_bytes(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stores_once_and_claims_in_order() {
    let dir = support::temp_dir("store-once");
    support::daemon_config(&dir, None, "");
    let clock = TestClock::at(1_000);
    let shared: SharedClock = Arc::new(clock.clone());
    let s = support::open_store(&dir, Access::Write, shared).await;
    let pos = Position {
        uidvalidity: Some(7),
        last_uid: 2,
    };
    let r = s
        .store_incoming(
            "help",
            &[msg("k1", "1@x", "a"), msg("k2", "2@x", "b")],
            Some(pos),
        )
        .await
        .expect("stores");
    assert_eq!(
        r,
        Stored {
            new: 2,
            duplicates: 0
        }
    );
    // Same source key: duplicate. Same Message-ID and content under another key (a second
    // delivery): duplicate. Same Message-ID with another body: a different message, kept.
    let mut second_delivery = msg("k9", "2@x", "b");
    second_delivery
        .raw
        .splice(0..0, b"Received: from elsewhere\r\n".iter().copied());
    let r = s
        .store_incoming(
            "help",
            &[
                msg("k1", "9@x", "z"),
                second_delivery,
                msg("k8", "2@x", "another body"),
            ],
            None,
        )
        .await
        .expect("stores");
    assert_eq!(
        r,
        Stored {
            new: 1,
            duplicates: 2
        },
        "{r:?}"
    );
    assert_eq!(s.position("help").await.expect("reads"), Some(pos));

    let c = s.claim(10, 60_000, i64::MAX).await.expect("claims");
    assert_eq!(c.len(), 3);
    assert!(c.windows(2).all(|w| w[0].id < w[1].id));
    assert!(
        s.claim(10, 60_000, i64::MAX)
            .await
            .expect("claims")
            .is_empty(),
        "leased"
    );
    clock.advance(61_000);
    assert_eq!(
        s.claim(10, 60_000, i64::MAX).await.expect("claims").len(),
        3,
        "lease expired"
    );

    let mut tx = s.begin().await.expect("begins");
    assert_eq!(tx.next_quote_number().await.expect("numbers"), 1);
    assert_eq!(tx.next_quote_number().await.expect("numbers"), 2);
    assert!(
        tx.own(c[0].id).await.expect("owns"),
        "claimed by this store"
    );
    tx.status(c[0].id, "ignored", Some("machine"))
        .await
        .expect("moves");
    tx.commit().await.expect("commits");
    let counts = s.counts().await.expect("counts");
    assert!(counts.contains(&("ignored".to_string(), 1)), "{counts:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn page_views_older_than_a_day_are_forgotten() {
    let dir = support::temp_dir("store-presence");
    support::daemon_config(&dir, None, "");
    let clock = TestClock::at(1_000);
    let shared: SharedClock = Arc::new(clock.clone());
    let s = support::open_store(&dir, Access::Write, shared).await;
    s.seen(1, "mia").await.expect("seen");
    assert_eq!(
        s.others_here(1, "ada", i64::MAX / 2)
            .await
            .expect("reads")
            .len(),
        1
    );
    clock.advance(fiveminute::store::PRESENCE_KEPT_MS + 1);
    s.seen(2, "ada").await.expect("seen");
    assert!(
        s.others_here(1, "ada", i64::MAX / 2)
            .await
            .expect("reads")
            .is_empty()
    );
    assert_eq!(
        s.others_here(2, "mia", i64::MAX / 2)
            .await
            .expect("reads")
            .len(),
        1
    );
}
