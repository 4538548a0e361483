//! Who answers a draft ("take") and who has it open now.

use sqlx::Row;

use super::{Result, Store, Tx, q};

/// How long a page view is remembered.
pub const PRESENCE_KEPT_MS: i64 = 24 * 3600 * 1000;

impl Store {
    /// Notes that `user` has the message's page open now.
    pub async fn seen(&self, message_id: i64, user: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO presence (message_id, user_name, seen_at) VALUES ($1, $2, $3) \
             ON CONFLICT (message_id, user_name) DO UPDATE SET seen_at = excluded.seen_at",
        )
        .bind(message_id)
        .bind(user)
        .bind(self.now())
        .execute(&self.pool)
        .await
        .map_err(q("note who has a draft open"))?;
        // Nobody is on a page for a day: older rows say nothing and are dropped.
        sqlx::query("DELETE FROM presence WHERE seen_at < $1")
            .bind(self.now() - PRESENCE_KEPT_MS)
            .execute(&self.pool)
            .await
            .map_err(q("forget old presence"))?;
        Ok(())
    }

    /// The others who had the message's page open within `within_ms`: (name, last seen), most
    /// recent first.
    pub async fn others_here(
        &self,
        message_id: i64,
        user: &str,
        within_ms: i64,
    ) -> Result<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT user_name, seen_at FROM presence WHERE message_id = $1 AND user_name <> $2 \
             AND seen_at >= $3 ORDER BY seen_at DESC",
        )
        .bind(message_id)
        .bind(user)
        .bind(self.now() - within_ms)
        .fetch_all(&self.pool)
        .await
        .map_err(q("read who has a draft open"))?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Who saved the draft last (from its history), if anyone.
    pub async fn last_saver(&self, message_id: i64) -> Result<Option<String>> {
        let row = sqlx::query(
            "SELECT actor FROM audit WHERE message_id = $1 AND action IN ('saved', 'edited') \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read who saved a draft"))?;
        Ok(row.map(|r| r.get(0)))
    }
}

impl Tx {
    /// Makes `owner` the one who answers the draft (or nobody); false when it has no draft.
    pub async fn take(&mut self, message_id: i64, owner: Option<&str>) -> Result<bool> {
        let n = sqlx::query("UPDATE drafts SET owner = $1 WHERE message_id = $2")
            .bind(owner)
            .bind(message_id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("take a draft"))?
            .rows_affected();
        Ok(n > 0)
    }
}

// Tested on both databases in tests/store.rs.
