//! The SQL of the operations view (`GET /metrics`): counts by state, the oldest waiting draft and
//! the time from arrival to the first answer sent, bucketed in SQL so the cost does not grow with
//! the history kept.

use sqlx::Row;

use super::{Result, Store, q};

/// Upper bounds (seconds) of the time-to-first-answer histogram's buckets.
pub const ANSWER_BUCKETS: [i64; 8] = [60, 300, 900, 1800, 3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600];

/// What the database says about the work, at one moment.
#[derive(Debug, Clone, Default)]
pub struct StoreMetrics {
    /// Messages by status.
    pub messages: Vec<(String, i64)>,
    /// Messages a worker holds a live lease on.
    pub leased: i64,
    /// Drafts waiting for a manager.
    pub drafts_waiting: i64,
    /// When the oldest waiting draft's email arrived (epoch ms).
    pub oldest_waiting_at: Option<i64>,
    /// Quotes by status.
    pub quotes: Vec<(String, i64)>,
    /// Outbox rows by status.
    pub outbox: Vec<(String, i64)>,
    /// Send attempts beyond each row's first (failures that were retried or given up).
    pub outbox_retries: i64,
    /// Cumulative counts of first answers sent within each of [`ANSWER_BUCKETS`].
    pub answer_buckets: Vec<i64>,
    /// First answers sent.
    pub answers: i64,
    /// Their summed time from arrival, in seconds.
    pub answer_seconds: f64,
}

async fn grouped(
    store: &Store,
    sql: &'static str,
    what: &'static str,
) -> Result<Vec<(String, i64)>> {
    let rows = sqlx::query(sql)
        .fetch_all(&store.pool)
        .await
        .map_err(q(what))?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}

impl Store {
    /// The figures of the operations view.
    pub async fn metrics(&self) -> Result<StoreMetrics> {
        let now = self.now();
        let messages = self.counts().await?;
        let quotes = grouped(
            self,
            "SELECT status, COUNT(*) FROM quotes GROUP BY status ORDER BY status",
            "count quotes",
        )
        .await?;
        let outbox = grouped(
            self,
            "SELECT status, COUNT(*) FROM outbox GROUP BY status ORDER BY status",
            "count the outbox",
        )
        .await?;
        let r = sqlx::query(
            "SELECT \
               (SELECT COUNT(*) FROM messages WHERE lease_until > $1), \
               (SELECT COUNT(*) FROM messages WHERE status = 'drafted'), \
               (SELECT MIN(received_at) FROM messages WHERE status = 'drafted'), \
               (SELECT CAST(COALESCE(SUM(attempts - 1), 0) AS BIGINT) FROM outbox WHERE attempts > 1)",
        )
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .map_err(q("read the waiting work"))?;
        // The first answer of each email: its outbox row, sent.
        let mut sql = String::from("SELECT COUNT(*), CAST(COALESCE(SUM(d), 0) AS BIGINT)");
        for b in ANSWER_BUCKETS {
            sql.push_str(&format!(
                ", CAST(COALESCE(SUM(CASE WHEN d <= {} THEN 1 ELSE 0 END), 0) AS BIGINT)",
                b * 1000
            ));
        }
        sql.push_str(
            " FROM (SELECT o.sent_at - m.received_at AS d FROM outbox o \
             JOIN messages m ON m.id = o.message_id WHERE o.status = 'sent' AND o.sent_at IS NOT NULL) t",
        );
        // Built from the constant bounds above only.
        let h = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_one(&self.pool)
            .await
            .map_err(q("measure the time to the first answer"))?;
        Ok(StoreMetrics {
            messages,
            leased: r.get(0),
            drafts_waiting: r.get(1),
            oldest_waiting_at: r.get(2),
            outbox_retries: r.get(3),
            quotes,
            outbox,
            answers: h.get(0),
            answer_seconds: h.get::<i64, _>(1) as f64 / 1000.0,
            answer_buckets: (0..ANSWER_BUCKETS.len()).map(|i| h.get(i + 2)).collect(),
        })
    }
}
