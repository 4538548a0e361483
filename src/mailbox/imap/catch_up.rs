//! Catch-up: everything after the stored UID, fetched and stored so that the position only ever
//! moves past messages that are stored, or that the server no longer lists.
//!
//! Sizes come first (`RFC822.SIZE`): small messages are fetched in batches (at most
//! `fetch_batch` and about 2 MiB), a large one alone, so each large message is stored as soon
//! as it is complete and a slow link never has to carry a whole batch within one deadline.
//! Each FETCH answer is checked against the UIDs asked for: what came is stored together with
//! the position it allows (in one transaction); a UID that did not come is asked for again,
//! and passed only when a fresh `UID SEARCH` no longer lists it (expunged meanwhile). A batch's
//! bodies are handed to the store and dropped before the next is fetched.

use std::collections::{BTreeSet, HashMap, HashSet};

use async_imap::imap_proto::{AttributeValue, Response};
use tokio_util::sync::CancellationToken;
use tracing::{debug, info, warn};

use super::conn::{Conn, quote};
use super::{Backoff, ImapError};
use crate::config::MailboxConfig;
use crate::daemon::Daemon;
use crate::store::{Fence, NewMessage, Position};

/// UIDs whose sizes are asked for in one command.
const SIZE_CHUNK: usize = 500;
/// Bytes of small messages fetched in one command; a larger message is fetched alone.
const BATCH_BYTES: u64 = 2 * 1024 * 1024;
/// Times a UID the server still lists is asked for before the connection is given up.
const ATTEMPTS: u32 = 3;

/// Fetches and stores everything after `pos`, moving it. Returns the number of new messages.
/// Stops early (with `pos` where it is) when `cancel` fires.
pub(super) async fn catch_up(
    ctx: &Daemon,
    mb: &MailboxConfig,
    conn: &mut Conn,
    pos: &mut Position,
    backoff: &mut Backoff,
    fence: &Fence,
    cancel: &CancellationToken,
) -> Result<usize, ImapError> {
    let found = conn
        .uid_search(&format!("UID {}:*", pos.last_uid + 1))
        .await?;
    // "n:*" matches the highest UID even when it is below n: keep only what is new.
    let mut uids: Vec<u32> = found
        .into_iter()
        .filter(|&u| i64::from(u) > pos.last_uid)
        .collect();
    uids.sort_unstable();
    uids.dedup();
    if uids.is_empty() {
        return Ok(0);
    }
    let total = uids.len();
    let (mut done, mut new) = (0, 0);
    for slice in uids.chunks(SIZE_CHUNK) {
        let sizes = fetch_sizes(conn, slice).await?;
        for batch in plan(slice, &sizes, mb.fetch_batch.max(1) as usize, BATCH_BYTES) {
            if cancel.is_cancelled() {
                return Ok(new);
            }
            let bytes: u64 = batch.iter().filter_map(|u| sizes.get(u)).sum();
            new += fetch_and_store(ctx, mb, conn, pos, &batch, fence).await?;
            backoff.reset();
            done += batch.len();
            if total > mb.fetch_batch as usize || bytes > BATCH_BYTES {
                info!(
                    fetched = done,
                    of = total,
                    bytes,
                    last_uid = pos.last_uid,
                    "catching up"
                );
            }
        }
    }
    Ok(new)
}

/// `RFC822.SIZE` of each UID (a UID missing from the answer is left out).
async fn fetch_sizes(conn: &mut Conn, uids: &[u32]) -> Result<HashMap<u32, u64>, ImapError> {
    let mut sizes = HashMap::with_capacity(uids.len());
    let command = format!("UID FETCH {} (UID RFC822.SIZE)", uid_set(uids));
    conn.command("UID FETCH", &command, |resp| {
        if let Response::Fetch(_, attrs) = resp {
            let (mut uid, mut size) = (None, None);
            for a in attrs {
                match a {
                    AttributeValue::Uid(u) => uid = Some(*u),
                    AttributeValue::Rfc822Size(s) => size = Some(u64::from(*s)),
                    _ => {}
                }
            }
            if let (Some(u), Some(s)) = (uid, size) {
                sizes.insert(u, s);
            }
        }
        Ok(())
    })
    .await?;
    Ok(sizes)
}

/// Sorted UIDs cut into batches of at most `max_count` and about `max_bytes`; a message larger
/// than `max_bytes` is a batch of its own.
fn plan(
    uids: &[u32],
    sizes: &HashMap<u32, u64>,
    max_count: usize,
    max_bytes: u64,
) -> Vec<Vec<u32>> {
    let mut out = Vec::new();
    let mut cur: Vec<u32> = Vec::new();
    let mut bytes = 0;
    for &u in uids {
        let size = sizes.get(&u).copied().unwrap_or(0);
        if !cur.is_empty() && (cur.len() >= max_count || bytes + size > max_bytes) {
            out.push(std::mem::take(&mut cur));
            bytes = 0;
        }
        cur.push(u);
        bytes += size;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The position once the `settled` (stored or gone) UIDs of `batch` are accounted for: the
/// highest UID of the batch up to which every UID is settled; None when it does not move.
fn advance(batch: &[u32], settled: &HashSet<u32>, pos: &Position) -> Option<Position> {
    let top = batch.iter().take_while(|u| settled.contains(u)).last()?;
    (i64::from(*top) > pos.last_uid).then_some(Position {
        uidvalidity: pos.uidvalidity,
        last_uid: i64::from(*top),
    })
}

/// Fetches one batch's bodies and stores them with the position they allow; asks again for
/// what did not come, and passes only what the server no longer lists.
async fn fetch_and_store(
    ctx: &Daemon,
    mb: &MailboxConfig,
    conn: &mut Conn,
    pos: &mut Position,
    batch: &[u32],
    fence: &Fence,
) -> Result<usize, ImapError> {
    let uidvalidity = pos.uidvalidity.unwrap_or(0);
    let store_err = |server: &str| {
        let server = server.to_string();
        move |source| ImapError::Store { server, source }
    };
    let mut want: BTreeSet<u32> = batch.iter().copied().collect();
    let mut settled: HashSet<u32> = HashSet::with_capacity(batch.len());
    let mut new = 0;
    for attempt in 1..=ATTEMPTS {
        let asked: Vec<u32> = want.iter().copied().collect();
        let mut got: Vec<NewMessage> = Vec::new();
        let mut got_uids: Vec<u32> = Vec::new();
        let command = format!("UID FETCH {} (UID BODY.PEEK[])", uid_set(&asked));
        conn.command("UID FETCH", &command, |resp| {
            if let Response::Fetch(_, attrs) = resp {
                let (mut uid, mut body) = (None, None);
                for a in attrs {
                    match a {
                        AttributeValue::Uid(u) => uid = Some(*u),
                        AttributeValue::BodySection {
                            section: None,
                            data: Some(d),
                            ..
                        }
                        | AttributeValue::Rfc822(Some(d)) => body = Some(d),
                        _ => {}
                    }
                }
                if let (Some(u), Some(b)) = (uid, body)
                    && want.contains(&u)
                    && !got_uids.contains(&u)
                {
                    // One copy of the body; the response it came in is dropped right after.
                    got.push(NewMessage {
                        source_key: format!("imap:{uidvalidity}:{u}"),
                        raw: b.to_vec(),
                    });
                    got_uids.push(u);
                }
            }
            Ok(())
        })
        .await?;
        for u in &got_uids {
            want.remove(u);
            settled.insert(*u);
        }
        if !got.is_empty() {
            let next = advance(batch, &settled, pos);
            let stored = ctx
                .store
                .store_held(Some(fence), &mb.name, &got, next)
                .await
                .map_err(store_err(&conn.server))?;
            drop(got);
            if let Some(p) = next {
                *pos = p;
            }
            new += stored.new;
            if stored.new > 0 {
                ctx.nudge.notify_one();
            }
            debug!(
                new = stored.new,
                duplicates = stored.duplicates,
                last_uid = pos.last_uid,
                "stored"
            );
            if let Some(target) = &mb.move_to {
                got_uids.sort_unstable();
                let command = format!("UID MOVE {} {}", uid_set(&got_uids), quote(target));
                conn.command("UID MOVE", &command, |_| Ok(())).await?;
            }
        }
        if want.is_empty() {
            return Ok(new);
        }
        // Asked for, not returned: expunged meanwhile only if the server no longer lists it.
        let missing: Vec<u32> = want.iter().copied().collect();
        let listed: HashSet<u32> = conn
            .uid_search(&format!("UID {}", uid_set(&missing)))
            .await?
            .into_iter()
            .collect();
        let gone: Vec<u32> = missing
            .iter()
            .copied()
            .filter(|u| !listed.contains(u))
            .collect();
        if !gone.is_empty() {
            info!(uids = %uid_set(&gone), "expunged before they could be fetched; passing them");
            for u in &gone {
                want.remove(u);
                settled.insert(*u);
            }
            if let Some(p) = advance(batch, &settled, pos) {
                ctx.store
                    .save_position_held(Some(fence), &mb.name, p)
                    .await
                    .map_err(store_err(&conn.server))?;
                *pos = p;
            }
        }
        if want.is_empty() {
            return Ok(new);
        }
        let still: Vec<u32> = want.iter().copied().collect();
        warn!(uids = %uid_set(&still), attempt, "the server lists these messages but did not return them; asking again");
    }
    let still: Vec<u32> = want.iter().copied().collect();
    Err(ImapError::Missing {
        server: conn.server.clone(),
        uids: uid_set(&still),
    })
}

/// "1:5,9,12:13" from sorted UIDs.
pub(super) fn uid_set(uids: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_sets_compress_runs() {
        assert_eq!(uid_set(&[1, 2, 3, 5, 7, 8]), "1:3,5,7:8");
        assert_eq!(uid_set(&[4]), "4");
    }

    #[test]
    fn large_messages_are_fetched_alone() {
        let sizes: HashMap<u32, u64> = [(1, 10), (2, 10), (3, 5_000), (4, 10), (5, 10), (6, 10)]
            .into_iter()
            .collect();
        let uids = [1, 2, 3, 4, 5, 6];
        assert_eq!(
            plan(&uids, &sizes, 2, 1_000),
            vec![vec![1, 2], vec![3], vec![4, 5], vec![6]]
        );
        // Unknown sizes are batched by count.
        assert_eq!(
            plan(&[7, 8, 9], &HashMap::new(), 2, 1_000),
            vec![vec![7, 8], vec![9]]
        );
    }

    #[test]
    fn the_position_moves_only_over_settled_uids() {
        let pos = Position {
            uidvalidity: Some(1),
            last_uid: 10,
        };
        let batch = [11, 12, 15, 16];
        let settled: HashSet<u32> = [11, 15, 16].into_iter().collect();
        assert_eq!(
            advance(&batch, &settled, &pos).map(|p| p.last_uid),
            Some(11)
        );
        let settled: HashSet<u32> = [12, 15].into_iter().collect();
        assert_eq!(advance(&batch, &settled, &pos), None);
        let settled: HashSet<u32> = batch.into_iter().collect();
        assert_eq!(
            advance(&batch, &settled, &pos).map(|p| p.last_uid),
            Some(16)
        );
    }
}
