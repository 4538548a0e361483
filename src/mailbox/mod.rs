//! Stage 1, mailbox: watch a mailbox and hand over raw messages with a durable position.
//!
//! Input: a `[[mailbox]]` from the configuration. Output: raw messages stored in the database
//! before anything else happens (with the IMAP position in the same transaction), and a nudge
//! to the pipeline worker. Side effects: network (IMAP) or files (Maildir: new/ → cur/).
//!
//! - [`hold`]: one daemon at a time watches a mailbox, by its lease.
//! - [`maildir`]: a local Maildir's `new/`, by file notifications and a periodic scan.
//! - [`imap`]: an IMAP folder with IDLE, catch-up from the stored UID, reconnects with backoff.

pub mod imap;
pub mod maildir;

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::config::{MailboxConfig, MailboxKind};
use crate::daemon::Daemon;
use crate::daemon::health::{Health, TaskState};
use crate::store::Fence;

/// Watches a mailbox while this daemon holds its lease (`mailbox:<name>`), until cancelled.
///
/// Several daemons may share one PostgreSQL database: the lease decides which one watches. The
/// holder renews it every third of `[store] lease_seconds`, each time for five sixths of it; the
/// others stand by and try again every sixth, so when the holder dies another takes the mailbox
/// within the lease time. Every write
/// of the watcher (new mail, the position) names the lease's epoch and is refused once another
/// daemon took it over, and a holder whose renewal fails stops watching before its lease ends.
/// On SQLite the file's lock keeps this the only daemon and the lease is always its own.
pub async fn hold(
    ctx: Arc<Daemon>,
    mb: MailboxConfig,
    cancel: CancellationToken,
) -> anyhow::Result<()> {
    let name = format!("mailbox:{}", mb.name);
    let holder = ctx.store.holder().to_string();
    // Taken for 5/6 of the lease time and tried every 1/6 by the others: a dead holder's lease
    // runs out at most 5/6 after its death, and is taken at most 1/6 later.
    let lease = ctx.store.lease_ms();
    let ttl = lease - lease / 6;
    let every = Duration::from_millis(u64::try_from(lease / 3).unwrap_or(10_000));
    let standby = Duration::from_millis(u64::try_from(lease / 6).unwrap_or(5_000));
    let task = Health::intake(&mb.name);
    let mut said_standby = false;
    loop {
        // Take the lease, or stand by until it is free.
        let epoch = loop {
            if cancel.is_cancelled() {
                return Ok(());
            }
            match ctx.store.take_lease(&name, &holder, ttl).await {
                Ok(Some(epoch)) => break epoch,
                Ok(None) => {
                    let by = ctx
                        .store
                        .leases()
                        .await
                        .ok()
                        .and_then(|l| l.into_iter().find(|l| l.name == name))
                        .map(|l| l.holder)
                        .unwrap_or_default();
                    ctx.health.set(
                        &task,
                        TaskState::Standby,
                        Some(format!("watched by another daemon ({by})")),
                    );
                    if !said_standby {
                        info!(mailbox = %mb.name, holder = %by, "another daemon watches this mailbox; standing by");
                        said_standby = true;
                    }
                }
                Err(e) if e.is_retryable() => {
                    warn!(mailbox = %mb.name, error = %format!("{e:#}"), "cannot take the mailbox's lease yet; retrying");
                }
                Err(e) => return Err(e.into()),
            }
            tokio::select! {
                _ = cancel.cancelled() => return Ok(()),
                _ = tokio::time::sleep(standby) => {}
            }
        };
        said_standby = false;
        info!(mailbox = %mb.name, epoch, "this daemon watches the mailbox");
        let fence = Fence {
            name: name.clone(),
            holder: holder.clone(),
            epoch,
        };
        let lost = cancel.child_token();
        let renewer = tokio::spawn(renew(
            Arc::clone(&ctx),
            fence.clone(),
            every,
            ttl,
            lost.clone(),
        ));
        let result = match mb.kind {
            MailboxKind::Maildir => {
                maildir::run(Arc::clone(&ctx), mb.clone(), fence.clone(), lost.clone())
                    .await
                    .map_err(anyhow::Error::from)
            }
            MailboxKind::Imap => {
                imap::run(Arc::clone(&ctx), mb.clone(), fence.clone(), lost.clone())
                    .await
                    .map_err(anyhow::Error::from)
            }
        };
        renewer.abort();
        if cancel.is_cancelled() {
            // A clean stop: the next daemon need not wait for the lease to run out.
            let _ = ctx.store.release_lease(&name, &holder, epoch).await;
            return result;
        }
        // Stopped because the lease was lost, or failed because a write found it taken over.
        let still = ctx
            .store
            .renew_lease(&name, &holder, epoch, ttl)
            .await
            .unwrap_or(false);
        if lost.is_cancelled() || !still {
            warn!(mailbox = %mb.name, epoch, "another daemon took the mailbox over; standing by");
            continue;
        }
        let _ = ctx.store.release_lease(&name, &holder, epoch).await;
        return result;
    }
}

/// Renews a mailbox's lease (for `ttl` ms) every `every` until it is lost, then cancels `lost`. A renewal
/// that fails (the database cannot be reached) is tried again; once the lease may have run out
/// without one, the watcher is stopped too, as another daemon may be taking the mailbox.
async fn renew(ctx: Arc<Daemon>, fence: Fence, every: Duration, ttl: i64, lost: CancellationToken) {
    let mut renewed = tokio::time::Instant::now();
    // Stop while a fifth of the lease is left, so two daemons never watch at once.
    let give_up = Duration::from_millis(u64::try_from(ttl * 4 / 5).unwrap_or(20_000));
    loop {
        tokio::select! {
            _ = lost.cancelled() => return,
            _ = tokio::time::sleep(every) => {}
        }
        match ctx
            .store
            .renew_lease(&fence.name, &fence.holder, fence.epoch, ttl)
            .await
        {
            Ok(true) => renewed = tokio::time::Instant::now(),
            Ok(false) => {
                warn!(lease = %fence.name, epoch = fence.epoch, "the lease was taken over by another daemon");
                lost.cancel();
                return;
            }
            Err(e) => {
                warn!(lease = %fence.name, error = %format!("{e:#}"), "cannot renew the lease");
                if renewed.elapsed() >= give_up {
                    warn!(lease = %fence.name, "the lease may run out: stopping the watcher");
                    lost.cancel();
                    return;
                }
            }
        }
    }
}
