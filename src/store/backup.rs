//! `fiveminute backup`: a consistent copy of a running SQLite installation (`VACUUM INTO`, which
//! reads one snapshot of the database in one transaction while the daemon goes on writing), then
//! checked: the copy passes SQLite's integrity check and its rows are counted.

use std::path::Path;

use sqlx::Row;

use super::{Result, Store, StoreError, q};

/// The tables whose rows are counted in the original and the copy.
pub const BACKUP_TABLES: [&str; 9] = [
    "messages",
    "drafts",
    "quotes",
    "jobs",
    "outbox",
    "users",
    "sessions",
    "learned_answers",
    "audit",
];

impl Store {
    /// Rows in each of [`BACKUP_TABLES`].
    pub async fn table_counts(&self) -> Result<Vec<(&'static str, i64)>> {
        let mut out = Vec::new();
        for t in BACKUP_TABLES {
            // The names are the constants above.
            let sql = format!("SELECT COUNT(*) FROM {t}");
            let n: i64 = sqlx::query(sqlx::AssertSqlSafe(sql))
                .fetch_one(&self.pool)
                .await
                .map_err(q("count the rows"))?
                .get(0);
            out.push((t, n));
        }
        Ok(out)
    }

    /// Writes a consistent copy of the database to `to`, which must not exist: `VACUUM INTO`
    /// reads one snapshot in one read transaction, so the daemon may go on writing meanwhile.
    pub async fn backup_to(&self, to: &Path) -> Result<()> {
        if !self.sqlite {
            return Err(StoreError::NotSqlite {
                what: "backup copies SQLite databases; use pg_dump for PostgreSQL",
            });
        }
        sqlx::query("VACUUM INTO $1")
            .bind(to.display().to_string())
            .execute(&self.pool)
            .await
            .map_err(q("copy the database"))?;
        Ok(())
    }

    /// SQLite's integrity check of this database: `ok`, or what is wrong.
    pub async fn integrity(&self) -> Result<String> {
        let rows = sqlx::query("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await
            .map_err(q("check the database's integrity"))?;
        Ok(rows
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect::<Vec<_>>()
            .join("; "))
    }
}
