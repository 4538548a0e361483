//! Finding mail: full-text search over sender, subject and the client's words (SQLite FTS5),
//! everything about one client, and the internal notes on a message.

use sqlx::Row;

use super::{Result, Store, Tx, q};

/// A message found by search, with a snippet of where.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Found {
    /// Message row id.
    pub id: i64,
    /// Its status.
    pub status: String,
    /// client, reply, reminder or notice.
    pub kind: String,
    /// Sender's address.
    pub from: Option<String>,
    /// Sender's name.
    pub from_name: Option<String>,
    /// Subject.
    pub subject: Option<String>,
    /// When it arrived (epoch ms).
    pub received_at: i64,
    /// A few words around the match, with the matched words between « and ».
    pub snippet: String,
}

/// A search as FTS5 reads it: each word of the person's query must be there, as a word or the
/// start of one; quotes and operators typed are taken as words, never as syntax.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '@' && c != '.' && c != '-' && c != '_')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| format!("\"{}\"*", w.replace('"', "")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The most of a message's text the search index keeps.
pub const INDEXED_BYTES: usize = 100 * 1024;

/// The same search as PostgreSQL's text search reads it (`to_tsquery`): each word, or a word it
/// starts, must be there; the words are quoted, so nothing typed is taken as an operator.
pub fn pg_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '@' && c != '.' && c != '-' && c != '_')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| format!("'{}':*", w.to_lowercase()))
        .collect();
    (!words.is_empty()).then(|| words.join(" & "))
}

impl Tx {
    /// Indexes a message for search (again, when it is read again).
    pub async fn index_message(
        &mut self,
        id: i64,
        sender: &str,
        subject: &str,
        body: &str,
    ) -> Result<()> {
        // The index keeps the start of a long text (PostgreSQL's text search takes under 1 MB
        // per entry), and no NUL (PostgreSQL keeps none).
        let mut body = super::text(body);
        if body.len() > INDEXED_BYTES {
            let mut cut = INDEXED_BYTES;
            while !body.is_char_boundary(cut) {
                cut -= 1;
            }
            body.truncate(cut);
        }
        let (sender, subject) = (super::header_text(sender), super::header_text(subject));
        if !self.sqlite {
            sqlx::query(
                "INSERT INTO message_search (message_id, sender, subject, body) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (message_id) DO UPDATE SET \
                 sender = excluded.sender, subject = excluded.subject, body = excluded.body",
            )
            .bind(id)
            .bind(&sender)
            .bind(&subject)
            .bind(&body)
            .execute(&mut *self.tx)
            .await
            .map_err(q("index a message for search"))?;
            return Ok(());
        }
        // FTS5 reads its own tables before it writes them; in a transaction that has not written
        // yet, that read-then-write can meet another writer and fail at once ("database is
        // locked"). A plain write first takes the write lock, waiting its turn like any other.
        sqlx::query("UPDATE messages SET updated_at = updated_at WHERE id = $1")
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("index a message for search"))?;
        sqlx::query("DELETE FROM message_search WHERE rowid = $1")
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("index a message for search"))?;
        sqlx::query(
            "INSERT INTO message_search (rowid, sender, subject, body) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(sender)
        .bind(subject)
        .bind(body)
        .execute(&mut *self.tx)
        .await
        .map_err(q("index a message for search"))?;
        Ok(())
    }
}

/// An internal note on a message: never sent to the client.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Note {
    /// Who wrote it (login name).
    pub author: String,
    /// What.
    pub text: String,
    /// When (epoch ms).
    pub created_at: i64,
}

impl Store {
    /// Adds an internal note to a message; false when there is no such message.
    pub async fn add_note(&self, message_id: i64, author: &str, text: &str) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO notes (message_id, author, text, created_at) \
             SELECT id, $2, $3, $4 FROM messages WHERE id = $1",
        )
        .bind(message_id)
        .bind(author)
        .bind(super::text(text))
        .bind(self.now())
        .execute(&self.pool)
        .await
        .map_err(q("add a note"))?;
        Ok(done.rows_affected() > 0)
    }

    /// A message's notes, oldest first.
    pub async fn notes(&self, message_id: i64) -> Result<Vec<Note>> {
        let rows = sqlx::query(
            "SELECT author, text, created_at FROM notes WHERE message_id = $1 ORDER BY id",
        )
        .bind(message_id)
        .fetch_all(&self.pool)
        .await
        .map_err(q("read the notes"))?;
        Ok(rows
            .iter()
            .map(|r| Note {
                author: r.get(0),
                text: r.get(1),
                created_at: r.get(2),
            })
            .collect())
    }

    /// Messages whose sender, subject or words match `text`, best first; at most `limit`.
    pub async fn search(&self, text: &str, limit: i64) -> Result<Vec<Found>> {
        let (query, sql) = if self.sqlite {
            (
                fts_query(text),
                "SELECT m.id, m.status, m.kind, m.from_addr, m.from_name, m.subject, m.received_at, \
                 snippet(message_search, -1, '«', '»', '…', 12) \
                 FROM message_search JOIN messages m ON m.id = message_search.rowid \
                 WHERE message_search MATCH $1 ORDER BY rank LIMIT $2",
            )
        } else {
            (
                pg_query(text),
                "SELECT m.id, m.status, m.kind, m.from_addr, m.from_name, m.subject, m.received_at, \
                 ts_headline('simple', s.sender || ' ' || s.subject || ' ' || s.body, w, \
                 'StartSel=«, StopSel=», MaxWords=12, MinWords=4, ShortWord=1, MaxFragments=1, FragmentDelimiter=…') \
                 FROM message_search s JOIN messages m ON m.id = s.message_id, \
                 to_tsquery('simple', $1) w \
                 WHERE s.words @@ w ORDER BY ts_rank(s.words, w) DESC, m.id DESC LIMIT $2",
            )
        };
        let Some(query) = query else {
            return Ok(Vec::new());
        };
        let rows = sqlx::query(sql)
            .bind(&query)
            .bind(limit)
            .fetch_all(&self.pool)
            .await
            .map_err(q("search the mail"))?;
        Ok(rows
            .iter()
            .map(|r| Found {
                id: r.get(0),
                status: r.get(1),
                kind: r.get(2),
                from: r.get(3),
                from_name: r.get(4),
                subject: r.get(5),
                received_at: r.get(6),
                snippet: r.get(7),
            })
            .collect())
    }

    /// A client's messages (by address), newest first.
    pub async fn client_messages(&self, address: &str, limit: i64) -> Result<Vec<Found>> {
        let rows = sqlx::query(
            "SELECT id, status, kind, from_addr, from_name, subject, received_at FROM messages \
             WHERE lower(from_addr) = lower($1) ORDER BY id DESC LIMIT $2",
        )
        .bind(address)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(q("list a client's mail"))?;
        Ok(rows
            .iter()
            .map(|r| Found {
                id: r.get(0),
                status: r.get(1),
                kind: r.get(2),
                from: r.get(3),
                from_name: r.get(4),
                subject: r.get(5),
                received_at: r.get(6),
                snippet: String::new(),
            })
            .collect())
    }

    /// A client's quotes: (message id, reference, status, total, currency), newest first; and
    /// the questions and minutes given free in their drafts.
    pub async fn client_quotes(&self, address: &str) -> Result<Vec<(i64, String, String, f64)>> {
        let rows = sqlx::query(
            "SELECT message_id, reference, status, total FROM quotes \
             WHERE lower(client) = lower($1) ORDER BY id DESC",
        )
        .bind(address)
        .fetch_all(&self.pool)
        .await
        .map_err(q("list a client's quotes"))?;
        Ok(rows
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect())
    }

    /// Questions and minutes given free to a client, over every draft of theirs.
    pub async fn client_free(&self, address: &str) -> Result<(i64, i64)> {
        let r = sqlx::query(
            "SELECT CAST(COALESCE(SUM(d.free_questions), 0) AS BIGINT), \
             CAST(COALESCE(SUM(d.free_minutes), 0) AS BIGINT) \
             FROM drafts d JOIN messages m ON m.id = d.message_id \
             WHERE lower(m.from_addr) = lower($1)",
        )
        .bind(address)
        .fetch_one(&self.pool)
        .await
        .map_err(q("count what a client was given free"))?;
        Ok((r.get(0), r.get(1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_words_never_syntax() {
        assert_eq!(
            fts_query("VAT \"return\" OR NEAR(x)").as_deref(),
            Some("\"VAT\"* \"return\"* \"OR\"* \"NEAR\"* \"x\"*")
        );
        assert_eq!(fts_query("  \"  ").as_deref(), None);
        assert_eq!(
            fts_query("alice@client.example").as_deref(),
            Some("\"alice@client.example\"*")
        );
    }
}
