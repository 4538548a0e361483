//! Moving a whole SQLite installation into an empty PostgreSQL database (`fiveminute migrate`):
//! every table a daemon needs again (messages with their bytes, drafts, quotes, jobs, the outbox,
//! users, sessions and tokens, learned answers, notes, files, saved templates, the search index),
//! in one PostgreSQL transaction, with the ids kept and the id sequences moved past them; then the
//! rows of each table are counted on both sides.
//!
//! Not copied: `daemon_tasks` (the states a running daemon writes), `presence` (who has a page
//! open now) and `leases` (which daemon holds what): all are written again as soon as a daemon
//! runs.

use futures::TryStreamExt as _;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Result, Store, StoreError, header_text, q, text};

/// How a column is read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// BIGINT.
    Int,
    /// DOUBLE PRECISION.
    Real,
    /// TEXT.
    Text,
    /// TEXT from a header: kept within the index limits.
    Header,
    /// BLOB / BYTEA.
    Bytes,
}

use Kind::{Bytes, Header, Int, Real, Text};

/// The tables in the order their references need, with their columns.
const TABLES: &[(&str, &[(&str, Kind)])] = &[
    (
        "mailbox_state",
        &[
            ("mailbox", Text),
            ("uidvalidity", Int),
            ("last_uid", Int),
            ("updated_at", Int),
            ("started_at", Int),
        ],
    ),
    (
        "users",
        &[
            ("id", Int),
            ("name", Text),
            ("role", Text),
            ("password_hash", Text),
            ("created_at", Int),
            ("updated_at", Int),
            ("display_name", Text),
            ("signature", Text),
        ],
    ),
    (
        "sessions",
        &[
            ("token_hash", Text),
            ("user_id", Int),
            ("csrf", Text),
            ("created_at", Int),
            ("expires_at", Int),
        ],
    ),
    (
        "api_tokens",
        &[
            ("token_hash", Text),
            ("user_id", Int),
            ("label", Text),
            ("created_at", Int),
        ],
    ),
    // quote_id is set once the quotes are in (quotes and messages name each other).
    (
        "messages",
        &[
            ("id", Int),
            ("mailbox", Text),
            ("source_key", Text),
            ("message_id", Header),
            ("fingerprint", Text),
            ("raw", Bytes),
            ("size", Int),
            ("received_at", Int),
            ("status", Text),
            ("status_reason", Text),
            ("attempts", Int),
            ("lease_until", Int),
            ("from_addr", Header),
            ("from_name", Header),
            ("subject", Header),
            ("updated_at", Int),
            ("kind", Text),
            ("decision", Text),
            ("decision_reason", Text),
            ("proposal", Text),
            ("force_draft", Int),
            ("claimed_by", Text),
        ],
    ),
    (
        "quotes",
        &[
            ("id", Int),
            ("reference", Text),
            ("message_id", Int),
            ("client", Text),
            ("minutes", Int),
            ("hours", Real),
            ("hourly_rate", Real),
            ("total", Real),
            ("currency", Text),
            ("status", Text),
            ("created_at", Int),
            ("sent_at", Int),
            ("decided_at", Int),
            ("reminded_at", Int),
            ("last_reply_at", Int),
            ("direct_brief", Int),
        ],
    ),
    (
        "drafts",
        &[
            ("message_id", Int),
            ("quote_id", Int),
            ("to_addr", Text),
            ("subject", Text),
            ("body", Text),
            ("in_reply_to", Text),
            ("refs", Text),
            ("questions", Int),
            ("analysis", Text),
            ("created_at", Int),
            ("updated_at", Int),
            ("free_questions", Int),
            ("free_minutes", Int),
            ("language", Text),
            ("owner", Text),
        ],
    ),
    (
        "audit",
        &[
            ("id", Int),
            ("message_id", Int),
            ("actor", Text),
            ("action", Text),
            ("detail", Text),
            ("at", Int),
        ],
    ),
    (
        "outbox",
        &[
            ("id", Int),
            ("message_id", Int),
            ("mailbox", Text),
            ("rfc_message_id", Text),
            ("sender", Text),
            ("recipients", Text),
            ("raw", Bytes),
            ("status", Text),
            ("attempts", Int),
            ("next_attempt_at", Int),
            ("last_error", Text),
            ("automatic", Int),
            ("copied", Int),
            ("created_at", Int),
            ("updated_at", Int),
            ("sent_at", Int),
            ("claimed_by", Text),
        ],
    ),
    (
        "jobs",
        &[
            ("id", Int),
            ("quote_id", Int),
            ("message_id", Int),
            ("state", Text),
            ("brief", Text),
            ("direct_brief", Int),
            ("created_at", Int),
            ("updated_at", Int),
        ],
    ),
    (
        "login_failures",
        &[("key", Text), ("failures", Int), ("since", Int)],
    ),
    (
        "learned_answers",
        &[
            ("id", Int),
            ("question", Text),
            ("context", Text),
            ("answer", Text),
            ("kind", Text),
            ("category", Text),
            ("minutes", Int),
            ("language", Text),
            ("client_name", Text),
            ("client_address", Text),
            ("answered_by", Text),
            ("answered_at", Int),
            ("message_id", Int),
            ("source", Text),
            ("fingerprint", Text),
            ("state", Text),
        ],
    ),
    (
        "notes",
        &[
            ("id", Int),
            ("message_id", Int),
            ("author", Text),
            ("text", Text),
            ("created_at", Int),
        ],
    ),
    (
        "reply_files",
        &[
            ("id", Int),
            ("message_id", Int),
            ("name", Text),
            ("content_type", Text),
            ("bytes", Bytes),
            ("size", Int),
            ("added_by", Text),
            ("added_at", Int),
        ],
    ),
    (
        "template_versions",
        &[
            ("id", Int),
            ("name", Text),
            ("body", Text),
            ("author", Text),
            ("created_at", Int),
            ("note", Text),
        ],
    ),
];

/// Tables a migration leaves behind on purpose (a running daemon writes them again).
pub const NOT_COPIED: &[&str] = &["daemon_tasks", "presence", "leases"];

/// Tables with an id the database hands out: their sequences move past the copied ids.
const WITH_IDS: &[&str] = &[
    "users",
    "messages",
    "quotes",
    "audit",
    "outbox",
    "jobs",
    "learned_answers",
    "notes",
    "reply_files",
    "template_versions",
];

/// One table's rows on each side after a migration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    /// The table.
    pub table: String,
    /// Rows in the SQLite installation.
    pub source: i64,
    /// Rows in PostgreSQL.
    pub target: i64,
}

enum Value {
    Int(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

fn read(row: &AnyRow, i: usize, kind: Kind) -> std::result::Result<Value, sqlx::Error> {
    Ok(match kind {
        Int => Value::Int(row.try_get(i)?),
        Real => Value::Real(row.try_get(i)?),
        Text => Value::Text(row.try_get::<Option<String>, _>(i)?.map(|s| text(&s))),
        Header => Value::Text(
            row.try_get::<Option<String>, _>(i)?
                .map(|s| header_text(&s)),
        ),
        Bytes => Value::Bytes(row.try_get(i)?),
    })
}

impl Store {
    /// Copies this SQLite installation into `target`, an empty PostgreSQL database whose
    /// schema is migrated; `progress` hears each table as it is done. Returns each table's
    /// rows on both sides; a difference is an error (and the target keeps nothing).
    pub async fn copy_to(
        &self,
        target: &Store,
        mut progress: impl FnMut(&str, i64),
    ) -> Result<Vec<Copied>> {
        if !self.sqlite || target.sqlite {
            return Err(StoreError::Migration(
                "a migration copies a SQLite installation into PostgreSQL".into(),
            ));
        }
        for table in ["messages", "users", "learned_answers", "template_versions"] {
            if count(target, table).await? > 0 {
                return Err(StoreError::Migration(format!(
                    "{} is not empty (its {table} table has rows): migrate into a new, empty database",
                    target.name
                )));
            }
        }
        let mut tx = target.pool.begin().await.map_err(q("begin the copy"))?;
        for (table, columns) in TABLES {
            let names: Vec<&str> = columns.iter().map(|(n, _)| *n).collect();
            let select = format!(
                "SELECT {} FROM {table} ORDER BY {}",
                names.join(", "),
                names[0]
            );
            let marks: Vec<String> = (1..=names.len()).map(|i| format!("${i}")).collect();
            let insert = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                names.join(", "),
                marks.join(", ")
            );
            // Row by row: a year of mail with its bytes is never all in memory.
            let mut rows = sqlx::query(sqlx::AssertSqlSafe(select)).fetch(&self.pool);
            let mut n = 0i64;
            while let Some(row) = rows.try_next().await.map_err(q("read a table to copy"))? {
                let row = &row;
                let mut query = sqlx::query(sqlx::AssertSqlSafe(insert.as_str()));
                for (i, (_, kind)) in columns.iter().enumerate() {
                    query = match read(row, i, *kind).map_err(q("read a row to copy"))? {
                        Value::Int(v) => query.bind(v),
                        Value::Real(v) => query.bind(v),
                        Value::Text(v) => query.bind(v),
                        Value::Bytes(v) => query.bind(v),
                    };
                }
                query
                    .execute(&mut *tx)
                    .await
                    .map_err(q("write a copied row"))?;
                n += 1;
            }
            drop(rows);
            if *table == "quotes" {
                // The messages' quotes, now that both are in.
                let links = sqlx::query(
                    "SELECT id, quote_id FROM messages WHERE quote_id IS NOT NULL ORDER BY id",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(q("read the messages' quotes"))?;
                for r in &links {
                    sqlx::query("UPDATE messages SET quote_id = $1 WHERE id = $2")
                        .bind(r.get::<i64, _>(1))
                        .bind(r.get::<i64, _>(0))
                        .execute(&mut *tx)
                        .await
                        .map_err(q("link a message to its quote"))?;
                }
            }
            progress(table, n);
        }
        // The quote counter, so references never repeat.
        let quote: i64 = sqlx::query_scalar("SELECT value FROM counters WHERE name = 'quote'")
            .fetch_optional(&self.pool)
            .await
            .map_err(q("read the quote counter"))?
            .unwrap_or(0);
        sqlx::query("UPDATE counters SET value = $1 WHERE name = 'quote'")
            .bind(quote)
            .execute(&mut *tx)
            .await
            .map_err(q("write the quote counter"))?;
        // The search index: SQLite's FTS5 table keeps what was indexed.
        let indexed =
            sqlx::query("SELECT rowid, sender, subject, body FROM message_search ORDER BY rowid")
                .fetch_all(&self.pool)
                .await
                .map_err(q("read the search index"))?;
        for r in &indexed {
            let body: String = r.try_get(3).map_err(q("read the search index"))?;
            sqlx::query(
                "INSERT INTO message_search (message_id, sender, subject, body) VALUES ($1, $2, $3, $4)",
            )
            .bind(r.get::<i64, _>(0))
            .bind(header_text(&r.get::<String, _>(1)))
            .bind(header_text(&r.get::<String, _>(2)))
            .bind(text(&body.chars().take(super::search::INDEXED_BYTES).collect::<String>()))
            .execute(&mut *tx)
            .await
            .map_err(q("copy the search index"))?;
        }
        progress("message_search", i64::try_from(indexed.len()).unwrap_or(0));
        for table in WITH_IDS {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                 (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
            );
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *tx)
                .await
                .map_err(q("move an id sequence past the copied rows"))?;
        }
        tx.commit().await.map_err(q("commit the copy"))?;
        let mut out = Vec::new();
        for table in TABLES
            .iter()
            .map(|(t, _)| *t)
            .chain(["counters", "message_search"])
        {
            out.push(Copied {
                table: table.to_string(),
                source: count(self, table).await?,
                target: count(target, table).await?,
            });
        }
        if let Some(c) = out.iter().find(|c| c.source != c.target) {
            return Err(StoreError::Migration(format!(
                "{} has {} rows in SQLite and {} in PostgreSQL",
                c.table, c.source, c.target
            )));
        }
        Ok(out)
    }

    /// The columns of each table of this (SQLite) database, for checking that a migration
    /// copies them all.
    pub async fn sqlite_columns(&self) -> Result<Vec<(String, Vec<String>)>> {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name NOT LIKE '_sqlx%' AND name NOT LIKE 'message_search%' ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(q("list the tables"))?;
        let mut out = Vec::new();
        for t in tables {
            let cols: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT name FROM pragma_table_info('{t}')"
            )))
            .fetch_all(&self.pool)
            .await
            .map_err(q("list a table's columns"))?;
            out.push((t, cols));
        }
        Ok(out)
    }
}

async fn count(store: &Store, table: &str) -> Result<i64> {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&store.pool)
        .await
        .map_err(q("count a table's rows"))
}

/// The columns a migration copies, per table (for the test that no column is forgotten).
pub fn copied_columns() -> Vec<(&'static str, Vec<&'static str>)> {
    TABLES
        .iter()
        .map(|(t, cols)| {
            let mut names: Vec<&str> = cols.iter().map(|(n, _)| *n).collect();
            if *t == "messages" {
                names.push("quote_id");
            }
            (*t, names)
        })
        .chain([("counters", vec!["name", "value"])])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::TestClock;
    use std::sync::Arc;

    /// A column added to SQLite's schema without being added here would be lost by a move to
    /// PostgreSQL: every column of every table is copied, or its table is left on purpose.
    #[tokio::test]
    async fn every_column_of_every_table_is_copied() {
        let dir = std::env::temp_dir().join(format!("fm-migrate-cols-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let s = Store::open_sqlite(&dir.join("fiveminute.db"), Arc::new(TestClock::at(0)))
            .await
            .expect("store");
        let copied = copied_columns();
        for (table, cols) in s.sqlite_columns().await.expect("columns") {
            if NOT_COPIED.contains(&table.as_str()) {
                continue;
            }
            let Some((_, ours)) = copied.iter().find(|(t, _)| *t == table) else {
                panic!("table {table} is not copied by a migration (src/store/migrate.rs)");
            };
            for c in cols {
                assert!(
                    ours.contains(&c.as_str()),
                    "column {table}.{c} is not copied by a migration (src/store/migrate.rs)"
                );
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
