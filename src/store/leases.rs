//! Leases: one holder at a time for a name (`mailbox:help`, `tracker`), until an expiry the
//! holder keeps moving on, with an epoch that grows at each takeover.
//!
//! A lease is taken by compare-and-set in one statement: it is free (no row), expired, or the
//! taker's own. Renewing names the epoch held: after a takeover the old holder's renewal
//! changes nothing and says so. These are the building blocks of several daemons on one
//! PostgreSQL (issue 14); the daemon does not use them yet, and a second daemon is still refused
//! (the SQLite file's lock, PostgreSQL's advisory lock).

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

impl Store {
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
