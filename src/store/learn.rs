//! Answers the firm gave before (`learned_answers`), and who signs replies (users' display name
//! and signature).

use sha2::{Digest, Sha256};
use sqlx::Row;

use super::{Result, Store, Tx, q, text};
use crate::learn::LearnedAnswer;
use crate::triage::{Category, Kind};

/// An answer to remember.
#[derive(Debug, Clone)]
pub struct NewLearned {
    /// The client's question.
    pub question: String,
    /// The sentence before it in the client's email, when the question leans on it.
    pub context: Option<String>,
    /// The answer as it went out.
    pub answer: String,
    /// Its kind.
    pub kind: Kind,
    /// Its category.
    pub category: Category,
    /// Its minutes.
    pub minutes: u32,
    /// The reply's language.
    pub language: Option<String>,
    /// The client's name.
    pub client_name: Option<String>,
    /// The client's address.
    pub client_address: Option<String>,
    /// Who gave it.
    pub answered_by: String,
    /// When (epoch ms).
    pub answered_at: i64,
    /// The approved draft's message row, if any.
    pub message_id: Option<i64>,
    /// `approved` or `sent`.
    pub source: &'static str,
    /// What it came from (a message row, a past reply's Message-ID or file): learning the same
    /// pair from the same place twice adds nothing.
    pub source_key: String,
}

impl NewLearned {
    fn fingerprint(&self) -> String {
        let mut h = Sha256::new();
        for part in [&self.source_key, &self.question, &self.answer] {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        format!("{:x}", h.finalize())
    }
}

/// How many learned answers there are and how many are still active: when either changes, the
/// index is built again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LearnedVersion {
    /// Rows.
    pub count: i64,
    /// The highest id.
    pub max_id: i64,
    /// Rows neither promoted nor dismissed.
    pub active: i64,
}

async fn insert<'c, E>(exec: E, a: &NewLearned) -> Result<bool>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let done = sqlx::query(
        "INSERT INTO learned_answers (question, answer, kind, category, minutes, language, \
         client_name, client_address, answered_by, answered_at, message_id, source, fingerprint, \
         context) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING",
    )
    .bind(text(&a.question))
    .bind(text(&a.answer))
    .bind(a.kind.as_str())
    .bind(a.category.as_str())
    .bind(i64::from(a.minutes))
    .bind(a.language.as_deref())
    .bind(a.client_name.as_deref().map(text))
    .bind(a.client_address.as_deref())
    .bind(text(&a.answered_by))
    .bind(a.answered_at)
    .bind(a.message_id)
    .bind(a.source)
    .bind(a.fingerprint())
    .bind(a.context.as_deref().map(text))
    .execute(exec)
    .await
    .map_err(q("remember an answer"))?;
    Ok(done.rows_affected() > 0)
}

impl Tx {
    /// Remembers an answer; false when it was known already.
    pub async fn learn(&mut self, a: &NewLearned) -> Result<bool> {
        insert(&mut *self.tx, a).await
    }
}

impl Store {
    /// Remembers an answer outside a batch (`fiveminute learn`); false when known already.
    pub async fn learn(&self, a: &NewLearned) -> Result<bool> {
        insert(&self.pool, a).await
    }

    /// Every learned answer, oldest first.
    pub async fn learned_answers(&self) -> Result<Vec<LearnedAnswer>> {
        let rows = sqlx::query(
            "SELECT id, question, answer, kind, category, minutes, language, \
             COALESCE(client_name, client_address), answered_by, answered_at, source, state, \
             context FROM learned_answers ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(q("read the learned answers"))?;
        Ok(rows
            .into_iter()
            .map(|r| LearnedAnswer {
                id: r.get(0),
                question: r.get(1),
                answer: r.get(2),
                kind: serde_json::from_value(serde_json::Value::String(r.get(3)))
                    .unwrap_or(Kind::Written),
                category: serde_json::from_value(serde_json::Value::String(r.get(4)))
                    .unwrap_or(Category::Answer),
                minutes: u32::try_from(r.get::<i64, _>(5)).unwrap_or(0),
                language: r.get(6),
                client: r.get(7),
                answered_by: r.get(8),
                answered_at: r.get(9),
                source: r.get(10),
                state: r.get(11),
                context: r.get(12),
            })
            .collect())
    }

    /// The learned answers' version (see [`LearnedVersion`]).
    pub async fn learned_version(&self) -> Result<LearnedVersion> {
        let r = sqlx::query(
            "SELECT COUNT(*), COALESCE(MAX(id), 0), \
             CAST(COALESCE(SUM(CASE WHEN state = 'active' THEN 1 ELSE 0 END), 0) AS BIGINT) FROM learned_answers",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(q("count the learned answers"))?;
        Ok(LearnedVersion {
            count: r.get(0),
            max_id: r.get(1),
            active: r.get(2),
        })
    }

    /// Marks learned answers `promoted` or `dismissed` (as proposed library entries); returns
    /// how many moved.
    pub async fn set_learned_state(&self, ids: &[i64], state: &str) -> Result<u64> {
        let mut tx = self.pool.begin().await.map_err(q("begin"))?;
        let mut n = 0;
        for id in ids {
            n += sqlx::query(
                "UPDATE learned_answers SET state = $1 WHERE id = $2 AND state = 'active'",
            )
            .bind(state)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(q("mark a learned answer"))?
            .rows_affected();
        }
        tx.commit().await.map_err(q("commit"))?;
        Ok(n)
    }

    /// Sets a user's display name and signature; false when there is no such user.
    pub async fn set_profile(
        &self,
        name: &str,
        display_name: Option<&str>,
        signature: Option<&str>,
    ) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE users SET display_name = $1, signature = $2, updated_at = $3 WHERE name = $4",
        )
        .bind(display_name.map(text))
        .bind(signature.map(text))
        .bind(self.now())
        .bind(name)
        .execute(&self.pool)
        .await
        .map_err(q("save a user's signature"))?;
        Ok(done.rows_affected() > 0)
    }

    /// A user's display name and signature, by login name.
    pub async fn profile(&self, name: &str) -> Result<Option<(Option<String>, Option<String>)>> {
        let row = sqlx::query("SELECT display_name, signature FROM users WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("read a user's signature"))?;
        Ok(row.map(|r| (r.get(0), r.get(1))))
    }
}
