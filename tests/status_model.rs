//! The message status machine against a simple model: random sequences of arrive (new or
//! duplicate), claim, record (commit or crash before commit) and lease expiry, on a real SQLite
//! store. Whatever the order, every distinct message ends processed exactly once and nothing
//! else is processed.

mod support;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use fiveminute::clock::TestClock;
use fiveminute::store::{NewMessage, Store};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    /// A message arrives (the same k again is a duplicate delivery).
    Arrive(u8),
    /// The worker claims a batch and records it, or crashes before committing.
    Process { limit: u8, crash: bool },
    /// Time passes beyond the lease.
    ExpireLeases,
    /// The daemon restarts (releases leases).
    Restart,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0u8..20).prop_map(Op::Arrive),
        3 => (1u8..8, prop::bool::weighted(0.3)).prop_map(|(limit, crash)| Op::Process { limit, crash }),
        1 => Just(Op::ExpireLeases),
        1 => Just(Op::Restart),
    ]
}

fn raw(k: u8) -> Vec<u8> {
    format!("From: c{k}@client.example\r\nMessage-ID: <m{k}@client.example>\r\nSubject: q{k}\r\n\r\nIs it due?\r\n")
        .into_bytes()
}

async fn run(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let dir = support::temp_dir("model");
    let clock = TestClock::at(1_000_000);
    let store = Store::open_sqlite(&dir.join("db.sqlite"), Arc::new(clock.clone()))
        .await
        .expect("opens");
    let lease = 60_000;
    // The model: which messages arrived, and how often each was recorded.
    let mut arrived: HashSet<u8> = HashSet::new();
    let mut recorded: HashMap<i64, u32> = HashMap::new();
    let mut delivery = 0u32;
    let process = |store: &Store, limit: i64, crash: bool, recorded: &mut HashMap<i64, u32>| {
        let store = store.clone();
        let mut rec = recorded.clone();
        async move {
            let claimed = store.claim(limit, lease, i64::MAX).await.expect("claims");
            let mut tx = store.begin().await.expect("begins");
            for c in &claimed {
                tx.status(c.id, "no_reply", Some("model"))
                    .await
                    .expect("moves");
            }
            if crash {
                drop(tx); // rolled back: as if killed before the commit
            } else {
                tx.commit().await.expect("commits");
                for c in &claimed {
                    *rec.entry(c.id).or_default() += 1;
                }
            }
            rec
        }
    };
    for op in ops {
        match op {
            Op::Arrive(k) => {
                delivery += 1;
                store
                    .store_incoming(
                        "help",
                        &[NewMessage {
                            // Each delivery has its own source key; duplicates differ only there.
                            source_key: format!("maildir:{delivery}"),
                            raw: raw(k),
                        }],
                        None,
                    )
                    .await
                    .expect("stores");
                arrived.insert(k);
            }
            Op::Process { limit, crash } => {
                recorded = process(&store, i64::from(limit), crash, &mut recorded).await;
            }
            Op::ExpireLeases => clock.advance(lease + 1),
            Op::Restart => {
                store.release_leases().await.expect("releases");
            }
        }
        prop_assert!(
            recorded.values().all(|&n| n == 1),
            "recorded twice: {recorded:?}"
        );
    }
    // Drain: restart and process until nothing is left.
    store.release_leases().await.expect("releases");
    loop {
        let before = recorded.len();
        recorded = process(&store, 50, false, &mut recorded).await;
        if recorded.len() == before {
            break;
        }
    }
    prop_assert_eq!(
        recorded.len(),
        arrived.len(),
        "every distinct message processed once"
    );
    prop_assert!(recorded.values().all(|&n| n == 1));
    let counts = store.counts().await.expect("counts");
    prop_assert_eq!(
        counts,
        vec![("no_reply".to_string(), arrived.len() as i64)]
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect::<Vec<_>>()
    );
    store.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_message_is_processed_exactly_once(ops in prop::collection::vec(op(), 1..60)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        rt.block_on(run(ops))?;
    }
}
