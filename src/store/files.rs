//! Files a manager attaches to a reply: kept with their message until the reply is built, then
//! part of the outbox row's bytes.

use sqlx::Row;

use super::{Result, Store, Tx, q, text};

/// A file attached to a reply (without its bytes).
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReplyFile {
    /// Row id.
    pub id: i64,
    /// File name, as the client will see it.
    pub name: String,
    /// The type it is sent under.
    pub content_type: String,
    /// Its size in bytes.
    pub size: i64,
    /// Who attached it.
    pub added_by: String,
    /// When (epoch ms).
    pub added_at: i64,
}

impl Store {
    /// The files attached to a message's reply, in the order they were attached.
    pub async fn reply_files(&self, message_id: i64) -> Result<Vec<ReplyFile>> {
        let rows = sqlx::query(
            "SELECT id, name, content_type, size, added_by, added_at FROM reply_files \
             WHERE message_id = $1 ORDER BY id",
        )
        .bind(message_id)
        .fetch_all(&self.pool)
        .await
        .map_err(q("list a reply's files"))?;
        Ok(rows
            .iter()
            .map(|r| ReplyFile {
                id: r.get(0),
                name: r.get(1),
                content_type: r.get(2),
                size: r.get(3),
                added_by: r.get(4),
                added_at: r.get(5),
            })
            .collect())
    }

    /// The files of a message's reply with their bytes: (name, type, bytes), in order.
    pub async fn reply_file_bytes(
        &self,
        message_id: i64,
    ) -> Result<Vec<(String, String, Vec<u8>)>> {
        let rows = sqlx::query(
            "SELECT name, content_type, bytes FROM reply_files WHERE message_id = $1 ORDER BY id",
        )
        .bind(message_id)
        .fetch_all(&self.pool)
        .await
        .map_err(q("read a reply's files"))?;
        Ok(rows
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
    }

    /// One file of a message's reply: (name, type, bytes).
    pub async fn reply_file(
        &self,
        message_id: i64,
        file_id: i64,
    ) -> Result<Option<(String, String, Vec<u8>)>> {
        let row = sqlx::query(
            "SELECT name, content_type, bytes FROM reply_files WHERE message_id = $1 AND id = $2",
        )
        .bind(message_id)
        .bind(file_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read a reply's file"))?;
        Ok(row.map(|r| (r.get(0), r.get(1), r.get(2))))
    }
}

impl Tx {
    /// Attaches a file to a message's reply; its row id.
    pub async fn add_reply_file(
        &mut self,
        message_id: i64,
        name: &str,
        content_type: &str,
        bytes: &[u8],
        by: &str,
    ) -> Result<i64> {
        let row = sqlx::query(
            "INSERT INTO reply_files (message_id, name, content_type, bytes, size, added_by, added_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(message_id)
        .bind(text(name))
        .bind(text(content_type))
        .bind(bytes)
        .bind(i64::try_from(bytes.len()).unwrap_or(i64::MAX))
        .bind(by)
        .bind(self.now)
        .fetch_one(&mut *self.tx)
        .await
        .map_err(q("attach a file"))?;
        Ok(row.get(0))
    }

    /// Takes a file off a message's reply; its name when it was there.
    pub async fn remove_reply_file(
        &mut self,
        message_id: i64,
        file_id: i64,
    ) -> Result<Option<String>> {
        let row =
            sqlx::query("DELETE FROM reply_files WHERE message_id = $1 AND id = $2 RETURNING name")
                .bind(message_id)
                .bind(file_id)
                .fetch_optional(&mut *self.tx)
                .await
                .map_err(q("remove a file"))?;
        Ok(row.map(|r| r.get(0)))
    }

    /// The total size of the files of a message's reply.
    pub async fn reply_files_size(&mut self, message_id: i64) -> Result<i64> {
        let row = sqlx::query(
            "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM reply_files WHERE message_id = $1",
        )
        .bind(message_id)
        .fetch_one(&mut *self.tx)
        .await
        .map_err(q("weigh a reply's files"))?;
        Ok(row.get(0))
    }
}
