//! Users, sessions, API tokens, the audit trail, the review queue and the outbox: the SQL of the
//! review page and of the sender.

use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{JobRow, Result, Store, StoreError, Tx, q, text};

/// A user as stored.
#[derive(Debug, Clone, Serialize)]
pub struct UserRow {
    /// Row id.
    pub id: i64,
    /// Login name.
    pub name: String,
    /// manager | ops | admin.
    pub role: String,
    /// argon2 PHC string (never serialised).
    #[serde(skip)]
    pub password_hash: String,
    /// When created (epoch ms).
    pub created_at: i64,
    /// The name clients read under a reply this user approves.
    pub display_name: Option<String>,
    /// The lines under that name.
    pub signature: Option<String>,
}

/// Who a session or token belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct Principal {
    /// User id.
    pub user_id: i64,
    /// Login name.
    pub name: String,
    /// Role.
    pub role: String,
    /// The session's CSRF token (empty for API tokens, which need none).
    #[serde(skip)]
    pub csrf: String,
}

/// A line of the audit trail.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRow {
    /// Who.
    pub actor: String,
    /// What: edited, approved, discarded, sent, retried, rerun.
    pub action: String,
    /// Details.
    pub detail: Option<String>,
    /// When (epoch ms).
    pub at: i64,
}

/// A message in the review queue, with its draft.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewRow {
    /// Message row id.
    pub id: i64,
    /// Mailbox.
    pub mailbox: String,
    /// Status of the message.
    pub status: String,
    /// Why (failed, ignored).
    pub reason: Option<String>,
    /// Sender address.
    pub from_addr: Option<String>,
    /// Sender name.
    pub from_name: Option<String>,
    /// Subject.
    pub subject: Option<String>,
    /// When stored (epoch ms).
    pub received_at: i64,
    /// Number of questions.
    pub questions: Option<i64>,
    /// Quote reference.
    pub quote: Option<String>,
    /// Quote total.
    pub quote_total: Option<f64>,
    /// Currency.
    pub currency: Option<String>,
    /// client | reply | reminder.
    pub kind: String,
    /// For replies to quotes: accept | decline | unclear | automatic.
    pub decision: Option<String>,
    /// Why.
    pub decision_reason: Option<String>,
    /// The manager who took the draft, if any.
    pub owner: Option<String>,
}

/// A draft with everything the draft page shows.
#[derive(Debug, Clone, Serialize)]
pub struct DraftRow {
    /// The message.
    pub message: ReviewRow,
    /// Recipient.
    pub to_addr: Option<String>,
    /// Subject of the reply.
    pub subject: String,
    /// Body of the reply.
    pub body: String,
    /// In-Reply-To.
    pub in_reply_to: Option<String>,
    /// References.
    pub refs: String,
    /// The analysis (a pipeline Preview) as JSON.
    pub analysis: String,
    /// The quote's id.
    pub quote_id: Option<i64>,
    /// Hours quoted.
    pub quote_hours: Option<f64>,
    /// Hourly rate.
    pub quote_rate: Option<f64>,
    /// When the draft was last saved (epoch ms): a save made on an older copy is refused.
    pub version: i64,
}

/// An outbox row.
#[derive(Debug, Clone, Serialize)]
pub struct OutboxRow {
    /// Row id.
    pub id: i64,
    /// The client's message it answers.
    pub message_id: i64,
    /// Mailbox it is sent from.
    pub mailbox: String,
    /// The reply's Message-ID.
    pub rfc_message_id: String,
    /// Envelope sender.
    pub sender: String,
    /// Envelope recipients, space-separated.
    pub recipients: String,
    /// The exact bytes.
    #[serde(skip)]
    pub raw: Vec<u8>,
    /// pending | sending | sent | retry | permanent | uncertain.
    pub status: String,
    /// Delivery attempts so far.
    pub attempts: i64,
    /// When the next attempt is due (epoch ms).
    pub next_attempt_at: i64,
    /// The last error, verbatim.
    pub last_error: Option<String>,
    /// Sent without a person's approval.
    pub automatic: bool,
    /// Copied to Sent.
    pub copied: bool,
    /// When sent (epoch ms).
    pub sent_at: Option<i64>,
    /// Subject (from the client's message, for lists).
    pub subject: Option<String>,
}

/// A new outbox row.
#[derive(Debug, Clone)]
pub struct NewOutbox {
    /// Mailbox.
    pub mailbox: String,
    /// The reply's Message-ID.
    pub rfc_message_id: String,
    /// Envelope sender.
    pub sender: String,
    /// Envelope recipients.
    pub recipients: Vec<String>,
    /// Exact bytes.
    pub raw: Vec<u8>,
    /// Auto-sent.
    pub automatic: bool,
}

const REVIEW_COLUMNS: &str = "m.id, m.mailbox, m.status, m.status_reason, m.from_addr, m.from_name, \
     m.subject, m.received_at, d.questions, qu.reference, qu.total, qu.currency, m.kind, m.decision, \
     m.decision_reason, d.owner";

fn review_row(r: &AnyRow) -> ReviewRow {
    ReviewRow {
        id: r.get(0),
        mailbox: r.get(1),
        status: r.get(2),
        reason: r.get(3),
        from_addr: r.get(4),
        from_name: r.get(5),
        subject: r.get(6),
        received_at: r.get(7),
        questions: r.get(8),
        quote: r.get(9),
        quote_total: r.get(10),
        currency: r.get(11),
        kind: r.get(12),
        decision: r.get(13),
        decision_reason: r.get(14),
        owner: r.get(15),
    }
}

const OUTBOX_COLUMNS: &str = "o.id, o.message_id, o.mailbox, o.rfc_message_id, o.sender, o.recipients, \
     o.raw, o.status, o.attempts, o.next_attempt_at, o.last_error, o.automatic, o.copied, o.sent_at, \
     COALESCE((SELECT d.subject FROM drafts d WHERE d.message_id = o.message_id), m.subject)";

fn outbox_row(r: &AnyRow) -> OutboxRow {
    OutboxRow {
        id: r.get(0),
        message_id: r.get(1),
        mailbox: r.get(2),
        rfc_message_id: r.get(3),
        sender: r.get(4),
        recipients: r.get(5),
        raw: r.get(6),
        status: r.get(7),
        attempts: r.get(8),
        next_attempt_at: r.get(9),
        last_error: r.get(10),
        automatic: r.get::<i64, _>(11) != 0,
        copied: r.get::<i64, _>(12) != 0,
        sent_at: r.get(13),
        subject: r.get(14),
    }
}

impl Store {
    // --- users -------------------------------------------------------------------------------

    /// Adds a user; fails with [`StoreError::Conflict`] when the name is taken.
    pub async fn add_user(&self, name: &str, role: &str, password_hash: &str) -> Result<i64> {
        let now = self.now();
        let row = sqlx::query(
            "INSERT INTO users (name, role, password_hash, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(name)
        .bind(role)
        .bind(password_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("add a user"))?;
        row.map(|r| r.get(0))
            .ok_or_else(|| StoreError::Conflict(format!("a user named `{name}` already exists")))
    }

    /// A user by name.
    pub async fn user(&self, name: &str) -> Result<Option<UserRow>> {
        let row = sqlx::query(
            "SELECT id, name, role, password_hash, created_at, display_name, signature FROM users WHERE name = $1",
        )
        .bind(name)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read a user"))?;
        Ok(row.map(|r| UserRow {
            id: r.get(0),
            name: r.get(1),
            role: r.get(2),
            password_hash: r.get(3),
            created_at: r.get(4),
            display_name: r.get(5),
            signature: r.get(6),
        }))
    }

    /// All users, by name.
    pub async fn users(&self) -> Result<Vec<UserRow>> {
        let rows = sqlx::query(
            "SELECT id, name, role, password_hash, created_at, display_name, signature FROM users ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(q("list users"))?;
        Ok(rows
            .iter()
            .map(|r| UserRow {
                id: r.get(0),
                name: r.get(1),
                role: r.get(2),
                password_hash: r.get(3),
                created_at: r.get(4),
                display_name: r.get(5),
                signature: r.get(6),
            })
            .collect())
    }

    /// Sets a user's password and ends their sessions. False when there is no such user.
    pub async fn set_password(&self, name: &str, password_hash: &str) -> Result<bool> {
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("begin a password change"))?;
        let n = sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE name = $3")
            .bind(password_hash)
            .bind(self.now())
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(q("change a password"))?
            .rows_affected();
        sqlx::query("DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE name = $1)")
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(q("end a user's sessions"))?;
        tx.commit().await.map_err(q("commit a password change"))?;
        Ok(n > 0)
    }

    /// Removes a user with their sessions and tokens. False when there is no such user.
    pub async fn remove_user(&self, name: &str) -> Result<bool> {
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("begin removing a user"))?;
        for sql in [
            "DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE name = $1)",
            "DELETE FROM api_tokens WHERE user_id IN (SELECT id FROM users WHERE name = $1)",
        ] {
            sqlx::query(sql)
                .bind(name)
                .execute(&mut *tx)
                .await
                .map_err(q("remove a user's sessions"))?;
        }
        let n = sqlx::query("DELETE FROM users WHERE name = $1")
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(q("remove a user"))?
            .rows_affected();
        tx.commit().await.map_err(q("commit removing a user"))?;
        Ok(n > 0)
    }

    // --- sessions and tokens -----------------------------------------------------------------

    /// Records a session.
    pub async fn add_session(
        &self,
        user_id: i64,
        token_hash: &str,
        csrf: &str,
        ttl_ms: i64,
    ) -> Result<()> {
        let now = self.now();
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf)
        .bind(now)
        .bind(now + ttl_ms)
        .execute(&self.pool)
        .await
        .map_err(q("start a session"))?;
        // Expired sessions are cleared on the way.
        sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now)
            .execute(&self.pool)
            .await
            .map_err(q("clear expired sessions"))?;
        Ok(())
    }

    /// The user of a live session.
    pub async fn session(&self, token_hash: &str) -> Result<Option<Principal>> {
        let row = sqlx::query(
            "SELECT u.id, u.name, u.role, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(token_hash)
        .bind(self.now())
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read a session"))?;
        Ok(row.map(|r| Principal {
            user_id: r.get(0),
            name: r.get(1),
            role: r.get(2),
            csrf: r.get(3),
        }))
    }

    /// Ends a session (logout).
    pub async fn end_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map_err(q("end a session"))?;
        Ok(())
    }

    /// Records an API token for a user.
    pub async fn add_api_token(&self, user_id: i64, token_hash: &str, label: &str) -> Result<()> {
        sqlx::query("INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(user_id)
            .bind(label)
            .bind(self.now())
            .execute(&self.pool)
            .await
            .map_err(q("add an API token"))?;
        Ok(())
    }

    /// The user of an API token.
    pub async fn api_token(&self, token_hash: &str) -> Result<Option<Principal>> {
        let row = sqlx::query(
            "SELECT u.id, u.name, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read an API token"))?;
        Ok(row.map(|r| Principal {
            user_id: r.get(0),
            name: r.get(1),
            role: r.get(2),
            csrf: String::new(),
        }))
    }

    // --- review ------------------------------------------------------------------------------

    /// Messages in a status, oldest first (the review inbox), or newest first: the first
    /// `limit` of them.
    pub async fn review_list(
        &self,
        statuses: &[&str],
        oldest_first: bool,
        limit: i64,
    ) -> Result<Vec<ReviewRow>> {
        self.review_page(statuses, oldest_first, 0, limit).await
    }

    /// Messages in a status, oldest first (the review inbox), or newest first: `limit` of them
    /// from `offset` on.
    pub async fn review_page(
        &self,
        statuses: &[&str],
        oldest_first: bool,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<ReviewRow>> {
        let placeholders: Vec<String> =
            (0..statuses.len()).map(|i| format!("${}", i + 3)).collect();
        let sql = format!(
            "SELECT {REVIEW_COLUMNS} FROM messages m LEFT JOIN drafts d ON d.message_id = m.id \
             LEFT JOIN quotes qu ON qu.id = d.quote_id WHERE m.status IN ({}) ORDER BY m.id {} \
             LIMIT $1 OFFSET $2",
            placeholders.join(", "),
            if oldest_first { "ASC" } else { "DESC" }
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(limit)
            .bind(offset);
        for s in statuses {
            query = query.bind(*s);
        }
        let rows = query
            .fetch_all(&self.pool)
            .await
            .map_err(q("list messages for review"))?;
        Ok(rows.iter().map(review_row).collect())
    }

    /// How many messages are in these statuses (the true length of a [`Store::review_page`]).
    pub async fn review_count(&self, statuses: &[&str]) -> Result<i64> {
        let placeholders: Vec<String> =
            (0..statuses.len()).map(|i| format!("${}", i + 1)).collect();
        let sql = format!(
            "SELECT COUNT(*) FROM messages WHERE status IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for s in statuses {
            query = query.bind(*s);
        }
        let row = query
            .fetch_one(&self.pool)
            .await
            .map_err(q("count messages for review"))?;
        Ok(row.get(0))
    }

    /// One message with its draft, when it has one.
    pub async fn draft(&self, id: i64) -> Result<Option<DraftRow>> {
        let sql = format!(
            "SELECT {REVIEW_COLUMNS}, d.to_addr, d.subject, d.body, d.in_reply_to, d.refs, d.analysis, \
             d.quote_id, qu.hours, qu.hourly_rate, d.updated_at FROM messages m JOIN drafts d ON d.message_id = m.id \
             LEFT JOIN quotes qu ON qu.id = d.quote_id WHERE m.id = $1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("read a draft"))?;
        Ok(row.map(|r| DraftRow {
            message: review_row(&r),
            to_addr: r.get(16),
            subject: r.get(17),
            body: r.get(18),
            in_reply_to: r.get(19),
            refs: r.get::<Option<String>, _>(20).unwrap_or_default(),
            analysis: r.get(21),
            quote_id: r.get(22),
            quote_hours: r.get(23),
            quote_rate: r.get(24),
            version: r.get(25),
        }))
    }

    /// One message as the lists show it, whether it has a draft or not.
    pub async fn message(&self, id: i64) -> Result<Option<ReviewRow>> {
        let sql = format!(
            "SELECT {REVIEW_COLUMNS} FROM messages m LEFT JOIN drafts d ON d.message_id = m.id \
             LEFT JOIN quotes qu ON qu.id = d.quote_id WHERE m.id = $1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("read a message"))?;
        Ok(row.as_ref().map(review_row))
    }

    /// The raw bytes of a stored message.
    pub async fn raw_message(&self, id: i64) -> Result<Option<Vec<u8>>> {
        let row = sqlx::query("SELECT raw FROM messages WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("read a message"))?;
        Ok(row.map(|r| r.get(0)))
    }

    /// The audit trail of a message, oldest first.
    pub async fn audit_trail(&self, message_id: i64) -> Result<Vec<AuditRow>> {
        let rows = sqlx::query(
            "SELECT actor, action, detail, at FROM audit WHERE message_id = $1 ORDER BY id",
        )
        .bind(message_id)
        .fetch_all(&self.pool)
        .await
        .map_err(q("read the audit trail"))?;
        Ok(rows
            .iter()
            .map(|r| AuditRow {
                actor: r.get(0),
                action: r.get(1),
                detail: r.get(2),
                at: r.get(3),
            })
            .collect())
    }

    // --- outbox ------------------------------------------------------------------------------

    /// Outbox rows in some statuses, newest first: the first `limit` of them.
    pub async fn outbox_list(&self, statuses: &[&str], limit: i64) -> Result<Vec<OutboxRow>> {
        self.outbox_page(statuses, 0, limit).await
    }

    /// Outbox rows in some statuses, newest first: `limit` of them from `offset` on.
    pub async fn outbox_page(
        &self,
        statuses: &[&str],
        offset: i64,
        limit: i64,
    ) -> Result<Vec<OutboxRow>> {
        let placeholders: Vec<String> =
            (0..statuses.len()).map(|i| format!("${}", i + 3)).collect();
        let sql = format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox o JOIN messages m ON m.id = o.message_id \
             WHERE o.status IN ({}) ORDER BY o.id DESC LIMIT $1 OFFSET $2",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(limit)
            .bind(offset);
        for s in statuses {
            query = query.bind(*s);
        }
        let rows = query
            .fetch_all(&self.pool)
            .await
            .map_err(q("list the outbox"))?;
        Ok(rows.iter().map(outbox_row).collect())
    }

    /// How many outbox rows are in these statuses (the true length of a [`Store::outbox_page`]).
    pub async fn outbox_count(&self, statuses: &[&str]) -> Result<i64> {
        let placeholders: Vec<String> =
            (0..statuses.len()).map(|i| format!("${}", i + 1)).collect();
        let sql = format!(
            "SELECT COUNT(*) FROM outbox WHERE status IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for s in statuses {
            query = query.bind(*s);
        }
        let row = query
            .fetch_one(&self.pool)
            .await
            .map_err(q("count the outbox"))?;
        Ok(row.get(0))
    }

    /// Jobs, newest first: `limit` of them from `offset` on, and how many there are in all.
    pub async fn jobs_page(&self, offset: i64, limit: i64) -> Result<(Vec<JobRow>, i64)> {
        let rows = sqlx::query(
            "SELECT j.id, q.reference, q.client, q.total, q.currency, j.state, j.brief, j.direct_brief, \
             j.created_at, m.subject, q.message_id FROM jobs j JOIN quotes q ON q.id = j.quote_id \
             JOIN messages m ON m.id = q.message_id ORDER BY j.id DESC LIMIT $1 OFFSET $2",
        )
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await
        .map_err(q("list jobs"))?;
        let total = sqlx::query("SELECT COUNT(*) FROM jobs")
            .fetch_one(&self.pool)
            .await
            .map_err(q("count jobs"))?
            .get(0);
        let jobs = rows
            .iter()
            .map(|r| JobRow {
                id: r.get(0),
                reference: r.get(1),
                client: r.get(2),
                total: r.get(3),
                currency: r.get(4),
                state: r.get(5),
                brief: r.get(6),
                direct_brief: r.get::<i64, _>(7) != 0,
                created_at: r.get(8),
                subject: r.get(9),
                email_id: r.get(10),
            })
            .collect();
        Ok((jobs, total))
    }

    // --- login locks -------------------------------------------------------------------------

    /// Counts a login attempt against `key` (a failure until [`Store::login_release`] takes it
    /// back) and returns the failures in its series with the series' start. A series older than
    /// `window_ms` starts again at this attempt. One statement, so that attempts made at the
    /// same moment all count.
    pub async fn login_attempt(&self, key: &str, now: i64, window_ms: i64) -> Result<(i64, i64)> {
        let row = sqlx::query(
            "INSERT INTO login_failures (key, failures, since) VALUES ($1, 1, $2) \
             ON CONFLICT (key) DO UPDATE SET \
             failures = CASE WHEN login_failures.since <= $3 THEN 1 ELSE login_failures.failures + 1 END, \
             since = CASE WHEN login_failures.since <= $3 THEN $2 ELSE login_failures.since END \
             RETURNING failures, since",
        )
        .bind(key)
        .bind(now)
        .bind(now - window_ms)
        .fetch_one(&self.pool)
        .await
        .map_err(q("count a login attempt"))?;
        Ok((row.get(0), row.get(1)))
    }

    /// Takes back one attempt counted by [`Store::login_attempt`] (it did not fail).
    pub async fn login_release(&self, key: &str) -> Result<()> {
        sqlx::query(
            "UPDATE login_failures SET failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END \
             WHERE key = $1",
        )
        .bind(key)
        .execute(&self.pool)
        .await
        .map_err(q("take back a login attempt"))?;
        Ok(())
    }

    /// Forgets the failures of `key` when given (its user logged in), and every series older
    /// than `window_ms`.
    pub async fn login_clear(&self, key: Option<&str>, now: i64, window_ms: i64) -> Result<()> {
        sqlx::query("DELETE FROM login_failures WHERE key = $1 OR since <= $2")
            .bind(key.unwrap_or(""))
            .bind(now - window_ms)
            .execute(&self.pool)
            .await
            .map_err(q("clear login failures"))?;
        Ok(())
    }

    /// The outbox row of a message.
    pub async fn outbox_for(&self, message_id: i64) -> Result<Option<OutboxRow>> {
        let sql = format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.message_id = $1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(message_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("read an outbox row"))?;
        Ok(row.as_ref().map(outbox_row))
    }

    /// Rows due for an attempt, oldest first.
    pub async fn outbox_due(&self, limit: i64) -> Result<Vec<OutboxRow>> {
        let sql = format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox o JOIN messages m ON m.id = o.message_id \
             WHERE o.status IN ('pending', 'retry') AND o.next_attempt_at <= $1 ORDER BY o.id LIMIT $2"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(self.now())
            .bind(limit)
            .fetch_all(&self.pool)
            .await
            .map_err(q("find mail to send"))?;
        Ok(rows.iter().map(outbox_row).collect())
    }

    /// The earliest time a pending or retrying row is due, if any.
    pub async fn outbox_next_due(&self) -> Result<Option<i64>> {
        let row = sqlx::query(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE status IN ('pending', 'retry')",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(q("find the next send"))?;
        Ok(row.get::<Option<i64>, _>(0))
    }

    /// Sent rows not yet copied to the Sent folder.
    pub async fn outbox_uncopied(&self, limit: i64) -> Result<Vec<OutboxRow>> {
        let sql = format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox o JOIN messages m ON m.id = o.message_id \
             WHERE o.status = 'sent' AND o.copied = 0 ORDER BY o.id LIMIT $1"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(limit)
            .fetch_all(&self.pool)
            .await
            .map_err(q("find sent mail to copy"))?;
        Ok(rows.iter().map(outbox_row).collect())
    }

    /// A send that was under way when its daemon died may or may not have been accepted. It
    /// becomes `uncertain`, for a person to check; it is never resent on its own. Checked at the
    /// outbox's start (`at_start`: this process's own claims are then left over from an outbox
    /// task that ended, and are released or, mid-send, marked too) and now and then after, for
    /// other daemons that died (their own lease expired).
    pub async fn outbox_interrupted(&self, at_start: bool) -> Result<u64> {
        let now = self.now();
        let mut tx = self.pool.begin().await.map_err(q("begin"))?;
        let sql = format!(
            "UPDATE outbox SET status = 'uncertain', claimed_by = NULL, updated_at = $1, \
             last_error = 'fiveminute stopped while this message was being sent: the server may have accepted it' \
             WHERE status = 'sending' AND (claimed_by IS NULL OR {} OR ($2 = 1 AND claimed_by = $3))",
            super::claimer_gone("outbox", "$1")
        );
        let n = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .bind(i64::from(at_start))
            .bind(self.holder())
            .execute(&mut *tx)
            .await
            .map_err(q("mark interrupted sends"))?
            .rows_affected();
        if at_start {
            sqlx::query(
                "UPDATE outbox SET claimed_by = NULL WHERE claimed_by = $1 AND status IN ('pending', 'retry')",
            )
            .bind(self.holder())
            .execute(&mut *tx)
            .await
            .map_err(q("release the outbox's claims"))?;
        }
        sqlx::query(
            "UPDATE messages SET status = 'send_problem', updated_at = $1 \
             WHERE id IN (SELECT message_id FROM outbox WHERE status = 'uncertain') AND status = 'approved'",
        )
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(q("mark interrupted sends"))?;
        tx.commit().await.map_err(q("commit"))?;
        Ok(n)
    }

    /// Claims a due row for this daemon and counts an attempt at sending it, before anything
    /// goes out (so that one cut short by a crash counts too), and returns the attempts so far;
    /// `None` when the row is no longer `pending` or `retry`, or another live daemon claimed it.
    pub async fn outbox_begin_attempt(&self, id: i64) -> Result<Option<i64>> {
        self.heartbeat().await?;
        let sql = format!(
            "UPDATE outbox SET attempts = attempts + 1, updated_at = $1, claimed_by = $3 \
             WHERE id = $2 AND status IN ('pending', 'retry') \
             AND (claimed_by IS NULL OR claimed_by = $3 OR {}) RETURNING attempts",
            super::claimer_gone("outbox", "$1")
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(self.now())
            .bind(id)
            .bind(self.holder())
            .fetch_optional(&self.pool)
            .await
            .map_err(q("count a send attempt"))?;
        Ok(row.map(|r| r.get::<i64, _>(0)))
    }

    /// Moves an outbox row to a new status; `sent` and the problems also move its message.
    /// Only a row this daemon claimed (or nobody did) is moved; false when another daemon took
    /// it over (this one was paused past its lease): then nothing changes. The claim is kept
    /// while `sending` and let go after.
    pub async fn outbox_mark(
        &self,
        id: i64,
        status: &str,
        error: Option<&str>,
        next_attempt_at: Option<i64>,
    ) -> Result<bool> {
        let now = self.now();
        let mut tx = self.pool.begin().await.map_err(q("begin"))?;
        let n = sqlx::query(
            "UPDATE outbox SET status = $1, last_error = COALESCE($2, last_error), \
             next_attempt_at = COALESCE($3, next_attempt_at), updated_at = $4, \
             sent_at = (CASE WHEN $1 = 'sent' THEN $4 ELSE sent_at END), \
             claimed_by = (CASE WHEN $1 = 'sending' THEN claimed_by ELSE NULL END) \
             WHERE id = $5 AND (claimed_by IS NULL OR claimed_by = $6)",
        )
        .bind(status)
        .bind(error)
        .bind(next_attempt_at)
        .bind(now)
        .bind(id)
        .bind(self.holder())
        .execute(&mut *tx)
        .await
        .map_err(q("update an outbox row"))?
        .rows_affected();
        if n == 0 {
            return Ok(false);
        }
        let message_status = match status {
            "sent" => Some("sent"),
            "permanent" | "uncertain" => Some("send_problem"),
            "pending" | "retry" | "sending" => Some("approved"),
            _ => None,
        };
        if let Some(ms) = message_status {
            sqlx::query(
                "UPDATE messages SET status = $1, updated_at = $2 WHERE id = (SELECT message_id FROM outbox WHERE id = $3) AND kind <> 'notice'",
            )
            .bind(ms)
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(q("update a message's status"))?;
        }
        if status == "sent" {
            sqlx::query("UPDATE quotes SET status = 'sent', sent_at = $2 WHERE id = (SELECT d.quote_id FROM drafts d JOIN outbox o ON o.message_id = d.message_id WHERE o.id = $1) AND status = 'draft'")
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(q("mark a quote sent"))?;
        }
        tx.commit().await.map_err(q("commit an outbox update"))?;
        Ok(true)
    }

    /// Records that the Sent copy exists.
    pub async fn outbox_copied(&self, id: i64) -> Result<()> {
        sqlx::query("UPDATE outbox SET copied = 1, updated_at = $1 WHERE id = $2")
            .bind(self.now())
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(q("record a Sent copy"))?;
        Ok(())
    }

    /// How many automatic replies went to this address since `since` (the loop guard).
    pub async fn automatic_replies_to(&self, address: &str, since: i64) -> Result<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM outbox WHERE automatic = 1 AND recipients = $1 AND created_at >= $2",
        )
        .bind(address.to_ascii_lowercase())
        .bind(since)
        .fetch_one(&self.pool)
        .await
        .map_err(q("count automatic replies"))?;
        Ok(row.get(0))
    }
}

impl Tx {
    /// Adds a line to the audit trail.
    pub async fn audit(
        &mut self,
        message_id: i64,
        actor: &str,
        action: &str,
        detail: Option<&str>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit (message_id, actor, action, detail, at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(message_id)
        .bind(actor)
        .bind(action)
        .bind(detail.map(text))
        .bind(self.now)
        .execute(&mut *self.tx)
        .await
        .map_err(q("write the audit trail"))?;
        Ok(())
    }

    /// Replaces a draft's text and analysis (after an edit or a re-run), and its quote's figures.
    #[allow(clippy::too_many_arguments)]
    pub async fn update_draft(
        &mut self,
        id: i64,
        subject: &str,
        body: &str,
        analysis: &str,
        questions: i64,
        quote: Option<(f64, f64, f64)>,
        expected: Option<i64>,
    ) -> Result<bool> {
        let (free_questions, free_minutes) = super::report::free_work(analysis);
        // A save made on a copy older than the stored draft changes nothing (`expected`: the
        // version the person's page showed). The new version is always later than the old one.
        let saved = sqlx::query(
            "UPDATE drafts SET subject = $1, body = $2, analysis = $3, questions = $4, \
             updated_at = CASE WHEN $5 > updated_at THEN $5 ELSE updated_at + 1 END, free_questions = $7, free_minutes = $8, \
             language = $9 WHERE message_id = $6 AND ($10 IS NULL OR updated_at = $10)",
        )
        .bind(text(subject))
        .bind(text(body))
        .bind(analysis)
        .bind(questions)
        .bind(self.now)
        .bind(id)
        .bind(free_questions)
        .bind(free_minutes)
        .bind(super::report::reply_language(analysis))
        .bind(expected)
        .execute(&mut *self.tx)
        .await
        .map_err(q("save a draft"))?
        .rows_affected();
        if saved == 0 {
            return Ok(false);
        }
        if let Some((hours, rate, total)) = quote {
            sqlx::query(
                "UPDATE quotes SET hours = $1, hourly_rate = $2, total = $3 \
                 WHERE id = (SELECT quote_id FROM drafts WHERE message_id = $4)",
            )
            .bind(hours)
            .bind(rate)
            .bind(total)
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("save a quote"))?;
        }
        Ok(true)
    }

    /// Gives a draft that had no quote the quote an edit made (a question now takes longer than
    /// the free allowance). False when the draft already has one.
    pub async fn attach_quote(&mut self, id: i64, quote: &super::NewQuote) -> Result<bool> {
        let has: Option<i64> = sqlx::query("SELECT quote_id FROM drafts WHERE message_id = $1")
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(q("read a draft's quote"))?
            .and_then(|r| r.get::<Option<i64>, _>(0));
        if has.is_some() {
            return Ok(false);
        }
        let quote_id: i64 = sqlx::query(
            "INSERT INTO quotes (reference, message_id, client, minutes, hours, hourly_rate, \
             total, currency, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9) RETURNING id",
        )
        .bind(&quote.reference)
        .bind(id)
        .bind(quote.client.as_deref())
        .bind(quote.minutes)
        .bind(quote.hours)
        .bind(quote.hourly_rate)
        .bind(quote.total)
        .bind(&quote.currency)
        .bind(self.now)
        .fetch_one(&mut *self.tx)
        .await
        .map_err(q("record a quote"))?
        .get(0);
        sqlx::query("UPDATE drafts SET quote_id = $1 WHERE message_id = $2")
            .bind(quote_id)
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("link a draft to its quote"))?;
        Ok(true)
    }

    /// Takes the quote off a draft whose questions an edit made all quick. The quote was never
    /// sent (it is a draft's), so it is deleted; its reference is not given out again.
    pub async fn detach_quote(&mut self, id: i64) -> Result<()> {
        let quote_id: Option<i64> =
            sqlx::query("SELECT quote_id FROM drafts WHERE message_id = $1")
                .bind(id)
                .fetch_optional(&mut *self.tx)
                .await
                .map_err(q("read a draft's quote"))?
                .and_then(|r| r.get::<Option<i64>, _>(0));
        let Some(quote_id) = quote_id else {
            return Ok(());
        };
        sqlx::query("UPDATE drafts SET quote_id = NULL WHERE message_id = $1")
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("unlink a draft's quote"))?;
        sqlx::query(
            "DELETE FROM quotes WHERE id = $1 AND status = 'draft' \
             AND NOT EXISTS (SELECT 1 FROM messages WHERE quote_id = $1) \
             AND NOT EXISTS (SELECT 1 FROM jobs WHERE quote_id = $1)",
        )
        .bind(quote_id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("drop a draft's quote"))?;
        Ok(())
    }

    /// Approves a drafted message: writes its outbox row and moves it to `approved`, in this
    /// transaction. False when the message is not (any longer) awaiting review.
    pub async fn approve(&mut self, id: i64, out: &NewOutbox, not_before: i64) -> Result<bool> {
        let moved = sqlx::query(
            "UPDATE messages SET status = 'approved', updated_at = $1 WHERE id = $2 AND status = 'drafted'",
        )
        .bind(self.now)
        .bind(id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("approve a draft"))?
        .rows_affected();
        if moved == 0 {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO outbox (message_id, mailbox, rfc_message_id, sender, recipients, raw, status, \
             next_attempt_at, automatic, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $9, $9)",
        )
        .bind(id)
        .bind(&out.mailbox)
        .bind(&out.rfc_message_id)
        .bind(&out.sender)
        .bind(out.recipients.iter().map(|r| r.to_ascii_lowercase()).collect::<Vec<_>>().join(" "))
        .bind(out.raw.as_slice())
        .bind(not_before.max(self.now))
        .bind(i64::from(out.automatic))
        .bind(self.now)
        .execute(&mut *self.tx)
        .await
        .map_err(q("write the outbox"))?;
        Ok(true)
    }

    /// Takes an approval back while nothing has been tried: the outbox row goes, the message is a
    /// draft again, and the answers it taught are forgotten. False when a send has begun (or the
    /// message is not approved).
    pub async fn undo_approval(&mut self, id: i64) -> Result<bool> {
        let gone = sqlx::query(
            "DELETE FROM outbox WHERE message_id = $1 AND status = 'pending' AND attempts = 0",
        )
        .bind(id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("take an approval back"))?
        .rows_affected();
        if gone == 0 {
            return Ok(false);
        }
        let moved = sqlx::query(
            "UPDATE messages SET status = 'drafted', updated_at = $1 WHERE id = $2 AND status = 'approved'",
        )
        .bind(self.now)
        .bind(id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("take an approval back"))?
        .rows_affected();
        sqlx::query("DELETE FROM learned_answers WHERE message_id = $1 AND source = 'approved'")
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("forget the answers of an approval taken back"))?;
        Ok(moved == 1)
    }

    /// Moves a message from one status to another; false when it was not in `from`.
    pub async fn transition(
        &mut self,
        id: i64,
        from: &[&str],
        to: &str,
        reason: Option<&str>,
    ) -> Result<bool> {
        let placeholders: Vec<String> = (0..from.len()).map(|i| format!("${}", i + 5)).collect();
        let sql = format!(
            "UPDATE messages SET status = $1, status_reason = $2, updated_at = $3, lease_until = NULL \
             WHERE id = $4 AND status IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(to)
            .bind(reason)
            .bind(self.now)
            .bind(id);
        for f in from {
            query = query.bind(*f);
        }
        let n = query
            .execute(&mut *self.tx)
            .await
            .map_err(q("move a message"))?
            .rows_affected();
        Ok(n > 0)
    }

    /// "Draft a reply after all": mail found to need no reply (or machine-made) goes back to the
    /// worker, which drafts it whatever it finds. False when the message is in another status.
    pub async fn draft_after_all(&mut self, id: i64) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE messages SET status = 'received', status_reason = NULL, force_draft = 1, \
             updated_at = $1, lease_until = NULL WHERE id = $2 AND status IN ('no_reply', 'ignored')",
        )
        .bind(self.now)
        .bind(id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("ask for a draft"))?
        .rows_affected();
        Ok(n > 0)
    }

    /// Puts a problem send back in the queue (a person checked it), with its count of attempts
    /// started over: a row given up after `max_attempts` gets its full share again.
    pub async fn retry_outbox(&mut self, message_id: i64) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1, updated_at = $1 \
             WHERE message_id = $2 AND status IN ('permanent', 'uncertain', 'retry')",
        )
        .bind(self.now)
        .bind(message_id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("retry a send"))?
        .rows_affected();
        if n > 0 {
            // A notice to production keeps its own status.
            sqlx::query(
                "UPDATE messages SET status = 'approved', updated_at = $1 WHERE id = $2 \
                 AND kind <> 'notice'",
            )
            .bind(self.now)
            .bind(message_id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("retry a send"))?;
        }
        Ok(n > 0)
    }

    /// Deletes a draft (before a re-run recreates it).
    pub async fn delete_draft(&mut self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM drafts WHERE message_id = $1")
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("remove a draft"))?;
        sqlx::query("DELETE FROM quotes WHERE message_id = $1 AND status = 'draft'")
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("remove a quote"))?;
        Ok(())
    }
}
