//! Leases: one holder at a time for a name (`mailbox:help`, `tracker`), until an expiry the
//! holder keeps moving on, with an epoch that grows at each takeover.
//!
//! A lease is taken by compare-and-set in one statement: it is free (no row), expired, or the
//! taker's own. Renewing names the epoch held: after a takeover the old holder's renewal
//! changes nothing and says so. Writes a lease covers name it as a [`Fence`] and are refused
//! once it was taken over.
//!
//! What the daemon holds:
//! - `daemon:<holder>`: this process is alive ([`Store::heartbeat`]). Messages and outbox rows
//!   it claimed are its own while this lease lives; once it expired, another daemon takes them.
//! - `mailbox:<name>`: which daemon watches a mailbox (`mailbox::hold`).
//! - `tracker`: which daemon sends reminders and expires quotes.

use sqlx::Row;

use super::{Result, Store, q};

/// A lease as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Lease {
    /// What is held (`mailbox:help`).
    pub name: String,
    /// Who holds it (`host:pid:random`).
    pub holder: String,
    /// Grows by one at each takeover by another holder.
    pub epoch: i64,
    /// Until when (epoch ms), unless renewed.
    pub expires_at: i64,
}

/// A lease as held by the writer that names it: the write happens only while it is held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fence {
    /// The lease's name.
    pub name: String,
    /// This daemon's name.
    pub holder: String,
    /// The epoch taken.
    pub epoch: i64,
}

impl Store {
    /// Renews this process's `daemon:<holder>` lease: the life of its claims.
    pub async fn heartbeat(&self) -> Result<()> {
        let name = format!("daemon:{}", self.holder);
        self.take_lease(&name, &self.holder.clone(), self.lease_ms)
            .await?;
        Ok(())
    }

    /// Forgets the leases of daemons gone for ten lease times (their claims were free long ago).
    pub async fn forget_gone_daemons(&self) -> Result<()> {
        sqlx::query("DELETE FROM leases WHERE name LIKE 'daemon:%' AND expires_at < $1")
            .bind(self.now() - 10 * self.lease_ms)
            .execute(&self.pool)
            .await
            .map_err(q("forget old leases"))?;
        Ok(())
    }

    /// At a daemon's start: the leases of daemons that ran on this machine and whose process is
    /// gone (a crash, SIGKILL, then a restart) are let go at once, so their mailboxes, the
    /// follow-up and their claimed work need not wait for the leases to run out. A daemon on
    /// another machine is left to its lease. Returns the daemons let go.
    pub async fn release_dead_here(&self) -> Result<Vec<String>> {
        if !cfg!(target_os = "linux") {
            return Ok(Vec::new());
        }
        let mine = self.holder.to_string();
        let host = mine.split(':').next().unwrap_or_default().to_string();
        let mut dead = Vec::new();
        let now = self.now();
        for l in self.leases().await? {
            let Some(holder) = l.name.strip_prefix("daemon:") else {
                continue;
            };
            if l.expires_at <= now {
                continue;
            }
            let mut parts = holder.split(':');
            let (Some(h), Some(pid)) = (parts.next(), parts.next()) else {
                continue;
            };
            if holder == mine || h != host {
                continue;
            }
            let Ok(pid) = pid.parse::<u32>() else {
                continue;
            };
            if !std::path::Path::new(&format!("/proc/{pid}")).exists() {
                dead.push(holder.to_string());
            }
        }
        for holder in &dead {
            sqlx::query("UPDATE leases SET expires_at = 0 WHERE holder = $1")
                .bind(holder)
                .execute(&self.pool)
                .await
                .map_err(q("let a dead daemon's leases go"))?;
        }
        Ok(dead)
    }

    /// Ends this process's `daemon:<holder>` lease (a clean stop): its claims are free at once.
    pub async fn end_heartbeat(&self) -> Result<()> {
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
            .bind(format!("daemon:{}", self.holder))
            .bind(&*self.holder)
            .execute(&self.pool)
            .await
            .map_err(q("end the daemon's lease"))?;
        Ok(())
    }

    /// Takes `name` for `holder` for `ttl_ms` when it is free, expired, or already `holder`'s;
    /// returns the epoch now held, or None when another holder has it.
    pub async fn take_lease(&self, name: &str, holder: &str, ttl_ms: i64) -> Result<Option<i64>> {
        let now = self.now();
        let fresh: Option<i64> = sqlx::query_scalar(
            "INSERT INTO leases (name, holder, epoch, expires_at) VALUES ($1, $2, 1, $3) \
             ON CONFLICT (name) DO NOTHING RETURNING epoch",
        )
        .bind(name)
        .bind(holder)
        .bind(now + ttl_ms)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("take a lease"))?;
        if fresh.is_some() {
            return Ok(fresh);
        }
        sqlx::query_scalar(
            "UPDATE leases SET epoch = CASE WHEN holder = $2 THEN epoch ELSE epoch + 1 END, \
             holder = $2, expires_at = $3 \
             WHERE name = $1 AND (holder = $2 OR expires_at <= $4) RETURNING epoch",
        )
        .bind(name)
        .bind(holder)
        .bind(now + ttl_ms)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("take a lease"))
    }

    /// Moves the expiry of a lease still held at `epoch` by `holder`; false when it was taken
    /// over (the holder must stop what the lease covers).
    pub async fn renew_lease(
        &self,
        name: &str,
        holder: &str,
        epoch: i64,
        ttl_ms: i64,
    ) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE leases SET expires_at = $1 WHERE name = $2 AND holder = $3 AND epoch = $4",
        )
        .bind(self.now() + ttl_ms)
        .bind(name)
        .bind(holder)
        .bind(epoch)
        .execute(&self.pool)
        .await
        .map_err(q("renew a lease"))?
        .rows_affected();
        Ok(n == 1)
    }

    /// Gives a lease up at once (a daemon that stops), so another takes it without waiting for
    /// the expiry; the epoch stays, so the next holder's is higher.
    pub async fn release_lease(&self, name: &str, holder: &str, epoch: i64) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE leases SET expires_at = 0 WHERE name = $1 AND holder = $2 AND epoch = $3",
        )
        .bind(name)
        .bind(holder)
        .bind(epoch)
        .execute(&self.pool)
        .await
        .map_err(q("release a lease"))?
        .rows_affected();
        Ok(n == 1)
    }

    /// Every lease, by name.
    pub async fn leases(&self) -> Result<Vec<Lease>> {
        let rows = sqlx::query("SELECT name, holder, epoch, expires_at FROM leases ORDER BY name")
            .fetch_all(&self.pool)
            .await
            .map_err(q("read the leases"))?;
        Ok(rows
            .iter()
            .map(|r| Lease {
                name: r.get(0),
                holder: r.get(1),
                epoch: r.get(2),
                expires_at: r.get(3),
            })
            .collect())
    }
}
