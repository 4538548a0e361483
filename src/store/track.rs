//! The SQL of tracking: quotes found by our Message-IDs or their reference, replies recorded,
//! decisions, jobs, reminders and expiry.

use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::review::NewOutbox;
use super::{Result, Store, Tx, q, text};

/// A quote with what tracking needs to know.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteRow {
    /// Row id.
    pub id: i64,
    /// `Q-0042`.
    pub reference: String,
    /// The client's message it answered.
    pub message_id: i64,
    /// The mailbox of that message.
    pub mailbox: String,
    /// The client's address.
    pub client: Option<String>,
    /// Hours quoted.
    pub hours: f64,
    /// Rate.
    pub hourly_rate: f64,
    /// Total.
    pub total: f64,
    /// Currency code.
    pub currency: String,
    /// draft | sent | accepted | declined | expired.
    pub status: String,
    /// When it went out.
    pub sent_at: Option<i64>,
    /// When a decision came.
    pub decided_at: Option<i64>,
    /// When the reminder was drafted.
    pub reminded_at: Option<i64>,
    /// When a person last replied.
    pub last_reply_at: Option<i64>,
    /// The original subject.
    pub subject: Option<String>,
    /// A client manager marked that production must take the brief from the client directly.
    pub direct_brief: bool,
}

const QUOTE_COLUMNS: &str = "q.id, q.reference, q.message_id, m.mailbox, q.client, q.hours, q.hourly_rate, \
     q.total, q.currency, q.status, q.sent_at, q.decided_at, q.reminded_at, q.last_reply_at, m.subject, \
     q.direct_brief";

fn quote_row(r: &AnyRow) -> QuoteRow {
    QuoteRow {
        id: r.get(0),
        reference: r.get(1),
        message_id: r.get(2),
        mailbox: r.get(3),
        client: r.get(4),
        hours: r.get(5),
        hourly_rate: r.get(6),
        total: r.get(7),
        currency: r.get(8),
        status: r.get(9),
        sent_at: r.get(10),
        decided_at: r.get(11),
        reminded_at: r.get(12),
        last_reply_at: r.get(13),
        subject: r.get(14),
        direct_brief: r.get::<i64, _>(15) != 0,
    }
}

/// A client's reply to one of our quotes, as the tracker read it.
#[derive(Debug, Clone, Serialize)]
pub struct ReplyRow {
    /// The reply's message id.
    pub id: i64,
    /// Who wrote it.
    pub from: Option<String>,
    /// When it arrived (epoch ms).
    pub received_at: i64,
    /// accept | decline | unclear | automatic, or a manager's accept | decline | reopen.
    pub decision: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// Its status (`drafted` while a person must answer it).
    pub status: String,
    /// It has a draft page of its own.
    pub has_draft: bool,
}

/// A job for production.
#[derive(Debug, Clone, Serialize)]
pub struct JobRow {
    /// Row id.
    pub id: i64,
    /// The quote's reference.
    pub reference: String,
    /// The client.
    pub client: Option<String>,
    /// Total accepted.
    pub total: f64,
    /// Currency.
    pub currency: String,
    /// new | in_progress | done.
    pub state: String,
    /// The brief.
    pub brief: String,
    /// Production must take the brief from the client directly.
    pub direct_brief: bool,
    /// When created.
    pub created_at: i64,
    /// The original subject.
    pub subject: Option<String>,
    /// The client's email the quote answered.
    pub email_id: i64,
}

impl Store {
    /// What a client proposed instead of a quote in this reply, if anything (JSON).
    pub async fn proposal_of(&self, id: i64) -> Result<Option<String>> {
        let row = sqlx::query("SELECT proposal FROM messages WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("read a proposal"))?;
        Ok(row.and_then(|r| r.get::<Option<String>, _>(0)))
    }

    /// The sent quote whose reply (or reminder) carried one of these Message-IDs. Mail to
    /// production (kind `notice`) belongs to a quote too, but a colleague's answer to it is not
    /// the client's decision.
    pub async fn quote_by_our_ids(&self, ids: &[String]) -> Result<Option<QuoteRow>> {
        if ids.is_empty() {
            return Ok(None);
        }
        let placeholders: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 1)).collect();
        let sql = format!(
            "SELECT {QUOTE_COLUMNS} FROM outbox o JOIN messages om ON om.id = o.message_id \
             LEFT JOIN drafts d ON d.message_id = om.id \
             JOIN quotes q ON q.id = COALESCE(om.quote_id, d.quote_id) \
             JOIN messages m ON m.id = q.message_id \
             WHERE o.rfc_message_id IN ({}) \
             AND om.kind <> 'notice' \
             ORDER BY q.id DESC LIMIT 1",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for id in ids {
            query = query.bind(id.as_str());
        }
        let row = query
            .fetch_optional(&self.pool)
            .await
            .map_err(q("find a quote by Message-ID"))?;
        Ok(row.as_ref().map(quote_row))
    }

    /// Mail to production about a quote (its brief, cancelled, back on), oldest first:
    /// (subject, recipients, outbox status, queued at).
    pub async fn production_mail(
        &self,
        quote_id: i64,
    ) -> Result<Vec<(Option<String>, String, String, i64)>> {
        let rows = sqlx::query(
            "SELECT m.subject, o.recipients, o.status, o.created_at FROM outbox o \
             JOIN messages m ON m.id = o.message_id \
             WHERE m.quote_id = $1 AND m.kind = 'notice' ORDER BY o.id",
        )
        .bind(quote_id)
        .fetch_all(&self.pool)
        .await
        .map_err(q("list mail to production"))?;
        Ok(rows
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect())
    }

    /// A quote by its reference (`Q-0042`), in any letter case.
    pub async fn quote_by_reference(&self, reference: &str) -> Result<Option<QuoteRow>> {
        let sql = format!(
            "SELECT {QUOTE_COLUMNS} FROM quotes q JOIN messages m ON m.id = q.message_id WHERE UPPER(q.reference) = UPPER($1)"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(reference)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("find a quote by reference"))?;
        Ok(row.as_ref().map(quote_row))
    }

    /// The quote a reply or reminder belongs to.
    pub async fn quote_of_message(&self, message_id: i64) -> Result<Option<QuoteRow>> {
        let sql = format!(
            "SELECT {QUOTE_COLUMNS} FROM messages r JOIN quotes q ON q.id = r.quote_id \
             JOIN messages m ON m.id = q.message_id WHERE r.id = $1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(message_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("find a reply's quote"))?;
        Ok(row.as_ref().map(quote_row))
    }

    /// The quote made for a client's email.
    pub async fn quote_for_client_message(&self, message_id: i64) -> Result<Option<QuoteRow>> {
        let sql = format!(
            "SELECT {QUOTE_COLUMNS} FROM quotes q JOIN messages m ON m.id = q.message_id \
             WHERE q.message_id = $1 ORDER BY q.id DESC LIMIT 1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(message_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("find an email's quote"))?;
        Ok(row.as_ref().map(quote_row))
    }

    /// The replies to a quote, oldest first.
    pub async fn replies_to_quote(&self, quote_id: i64) -> Result<Vec<ReplyRow>> {
        let rows = sqlx::query(
            "SELECT m.id, m.from_addr, m.received_at, m.decision, m.decision_reason, m.status, \
             (SELECT COUNT(*) FROM drafts d WHERE d.message_id = m.id) \
             FROM messages m WHERE m.quote_id = $1 AND m.kind = 'reply' ORDER BY m.id",
        )
        .bind(quote_id)
        .fetch_all(&self.pool)
        .await
        .map_err(q("list a quote's replies"))?;
        Ok(rows
            .iter()
            .map(|r| ReplyRow {
                id: r.get(0),
                from: r.get(1),
                received_at: r.get(2),
                decision: r.get(3),
                reason: r.get(4),
                status: r.get(5),
                has_draft: r.get::<i64, _>(6) > 0,
            })
            .collect())
    }

    /// Quotes sent and still open (for reminders and expiry).
    pub async fn open_quotes(&self) -> Result<Vec<QuoteRow>> {
        let sql = format!(
            "SELECT {QUOTE_COLUMNS} FROM quotes q JOIN messages m ON m.id = q.message_id \
             WHERE q.status = 'sent' AND q.sent_at IS NOT NULL ORDER BY q.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await
            .map_err(q("list open quotes"))?;
        Ok(rows.iter().map(quote_row).collect())
    }

    /// All quotes (reports).
    pub async fn quotes(&self) -> Result<Vec<QuoteRow>> {
        let sql = format!(
            "SELECT {QUOTE_COLUMNS} FROM quotes q JOIN messages m ON m.id = q.message_id ORDER BY q.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await
            .map_err(q("list quotes"))?;
        Ok(rows.iter().map(quote_row).collect())
    }

    /// Jobs, newest first.
    pub async fn jobs(&self) -> Result<Vec<JobRow>> {
        let rows = sqlx::query(
            "SELECT j.id, q.reference, q.client, q.total, q.currency, j.state, j.brief, j.direct_brief, \
             j.created_at, m.subject, q.message_id FROM jobs j JOIN quotes q ON q.id = j.quote_id \
             JOIN messages m ON m.id = q.message_id ORDER BY j.id DESC",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(q("list jobs"))?;
        Ok(rows
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
            .collect())
    }

    /// The analysis JSON and raw bytes of a message (the quote's original email).
    pub async fn analysis_of(&self, message_id: i64) -> Result<Option<(String, Vec<u8>)>> {
        let row = sqlx::query(
            "SELECT d.analysis, m.raw FROM messages m JOIN drafts d ON d.message_id = m.id WHERE m.id = $1",
        )
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read an analysis"))?;
        Ok(row.map(|r| (r.get(0), r.get(1))))
    }

    /// The Message-ID of the quote's reply as sent, for threading a reminder.
    pub async fn sent_reply_id(&self, message_id: i64) -> Result<Option<String>> {
        let row = sqlx::query(
            "SELECT rfc_message_id FROM outbox WHERE message_id = $1 AND status = 'sent'",
        )
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read a sent reply"))?;
        Ok(row.map(|r| r.get(0)))
    }
}

impl Tx {
    /// Marks a message as a reply to a quote with its decision, and moves it to `status`
    /// (`received` keeps it for drafting, as for an unclear reply).
    pub async fn record_reply(
        &mut self,
        id: i64,
        quote_id: i64,
        decision: &str,
        reason: &str,
        status: &str,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE messages SET kind = 'reply', quote_id = $1, decision = $2, decision_reason = $3, \
             status = $4, status_reason = (CASE WHEN $4 = 'ignored' THEN $3 ELSE status_reason END), \
             updated_at = $5, lease_until = (CASE WHEN $4 = 'received' THEN lease_until ELSE NULL END) WHERE id = $6",
        )
        .bind(quote_id)
        .bind(decision)
        .bind(text(reason))
        .bind(status)
        .bind(self.now)
        .bind(id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("record a reply"))?;
        Ok(())
    }

    /// Keeps what a client proposed instead of the quote, with their reply.
    pub async fn record_proposal(&mut self, id: i64, proposal: &str) -> Result<()> {
        sqlx::query("UPDATE messages SET proposal = $1 WHERE id = $2")
            .bind(proposal)
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("record a proposal"))?;
        Ok(())
    }

    /// Changes a quote's figures to what the client proposed, before it is accepted at them.
    pub async fn requote(
        &mut self,
        quote_id: i64,
        hours: f64,
        rate: f64,
        total: f64,
    ) -> Result<()> {
        sqlx::query("UPDATE quotes SET hours = $1, hourly_rate = $2, total = $3 WHERE id = $4")
            .bind(hours)
            .bind(rate)
            .bind(total)
            .bind(quote_id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("change a quote's figures"))?;
        Ok(())
    }

    /// A person replied: the reminder is off for this quote.
    pub async fn quote_replied(&mut self, quote_id: i64) -> Result<()> {
        sqlx::query("UPDATE quotes SET last_reply_at = $1 WHERE id = $2")
            .bind(self.now)
            .bind(quote_id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("record a reply to a quote"))?;
        Ok(())
    }

    /// Accepts, declines or expires an open quote. False when it was decided already.
    pub async fn decide_quote(&mut self, quote_id: i64, status: &str) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE quotes SET status = $1, decided_at = $2 WHERE id = $3 AND status IN ('draft', 'sent')",
        )
        .bind(status)
        .bind(self.now)
        .bind(quote_id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("decide a quote"))?
        .rows_affected();
        Ok(n > 0)
    }

    /// Marks (or unmarks) that production must take the brief from the client directly.
    pub async fn mark_direct_brief(&mut self, quote_id: i64, direct: bool) -> Result<()> {
        sqlx::query("UPDATE quotes SET direct_brief = $1 WHERE id = $2")
            .bind(i64::from(direct))
            .bind(quote_id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("mark a quote's brief"))?;
        Ok(())
    }

    /// Sets a quote's status whatever it was (a manager's override); a job of a quote that is no
    /// longer accepted is cancelled, and one accepted again comes back as new. A quote reopened
    /// (`sent`) has no decision time.
    pub async fn override_quote(&mut self, quote_id: i64, status: &str) -> Result<()> {
        let decided = (status != "sent").then_some(self.now);
        sqlx::query("UPDATE quotes SET status = $1, decided_at = $2 WHERE id = $3")
            .bind(status)
            .bind(decided)
            .bind(quote_id)
            .execute(&mut *self.tx)
            .await
            .map_err(q("override a quote"))?;
        if status != "accepted" {
            sqlx::query("UPDATE jobs SET state = 'cancelled', updated_at = $1 WHERE quote_id = $2 AND state <> 'done'")
                .bind(self.now)
                .bind(quote_id)
                .execute(&mut *self.tx)
                .await
                .map_err(q("cancel a job"))?;
        } else {
            sqlx::query("UPDATE jobs SET state = 'new', updated_at = $1 WHERE quote_id = $2 AND state = 'cancelled'")
                .bind(self.now)
                .bind(quote_id)
                .execute(&mut *self.tx)
                .await
                .map_err(q("revive a job"))?;
        }
        Ok(())
    }

    /// Creates the job for an accepted quote. False when the quote has one already.
    pub async fn create_job(
        &mut self,
        quote_id: i64,
        message_id: i64,
        brief: &str,
        direct: bool,
    ) -> Result<bool> {
        let row = sqlx::query(
            "INSERT INTO jobs (quote_id, message_id, state, brief, direct_brief, created_at, updated_at) \
             VALUES ($1, $2, 'new', $3, $4, $5, $5) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(quote_id)
        .bind(message_id)
        .bind(text(brief))
        .bind(i64::from(direct))
        .bind(self.now)
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(q("create a job"))?;
        Ok(row.is_some())
    }

    /// Moves a job to a new state. False when there is no such job, or it was cancelled (only a
    /// manager's decision on the quote brings it back).
    pub async fn job_state(&mut self, job_id: i64, state: &str) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE jobs SET state = $1, updated_at = $2 WHERE id = $3 AND state <> 'cancelled'",
        )
        .bind(state)
        .bind(self.now)
        .bind(job_id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("update a job"))?
        .rows_affected();
        Ok(n > 0)
    }

    /// A quote's job: its id, state and brief.
    pub async fn job_of_quote(&mut self, quote_id: i64) -> Result<Option<(i64, String, String)>> {
        let row = sqlx::query("SELECT id, state, brief FROM jobs WHERE quote_id = $1")
            .bind(quote_id)
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(q("read a quote's job"))?;
        Ok(row.map(|r| (r.get(0), r.get(1), r.get(2))))
    }

    /// Stores a notice of ours to production about a quote's job (cancelled, back on) as a
    /// message of kind `notice`, so that it can be queued in the outbox like the hand-off;
    /// `key` makes it once only. Returns its id, or `None` when it was stored already.
    pub async fn add_notice(
        &mut self,
        mailbox: &str,
        quote_id: i64,
        key: &str,
        to: &str,
        subject: &str,
        raw: &[u8],
    ) -> Result<Option<i64>> {
        let row = sqlx::query(
            "INSERT INTO messages (mailbox, source_key, message_id, fingerprint, raw, size, received_at, status, \
             from_addr, subject, updated_at, kind, quote_id) \
             VALUES ($1, $2, NULL, $2, $3, $4, $5, 'notice', $6, $7, $5, 'notice', $8) \
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(mailbox)
        .bind(key)
        .bind(raw)
        .bind(i64::try_from(raw.len()).unwrap_or(0))
        .bind(self.now)
        .bind(to)
        .bind(subject)
        .bind(quote_id)
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(q("store a notice to production"))?;
        Ok(row.map(|r| r.get(0)))
    }

    /// Queues a message we send without review (the hand-off to production), tied to `message_id`.
    pub async fn queue_outbox(&mut self, message_id: i64, out: &NewOutbox) -> Result<()> {
        sqlx::query(
            "INSERT INTO outbox (message_id, mailbox, rfc_message_id, sender, recipients, raw, status, \
             next_attempt_at, automatic, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $7, $7) ON CONFLICT DO NOTHING",
        )
        .bind(message_id)
        .bind(&out.mailbox)
        .bind(&out.rfc_message_id)
        .bind(&out.sender)
        .bind(out.recipients.iter().map(|r| r.to_ascii_lowercase()).collect::<Vec<_>>().join(" "))
        .bind(out.raw.as_slice())
        .bind(self.now)
        .bind(i64::from(out.automatic))
        .execute(&mut *self.tx)
        .await
        .map_err(q("queue a message"))?;
        Ok(())
    }

    /// Stores a reminder as a message of its own (kind `reminder`) awaiting review, with its
    /// draft; marks the quote reminded. Its id, or none when the quote was reminded already.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_reminder(
        &mut self,
        quote: &QuoteRow,
        raw: &[u8],
        to: &str,
        subject: &str,
        body: &str,
        in_reply_to: Option<&str>,
        references: &str,
        analysis: &str,
    ) -> Result<Option<i64>> {
        let n =
            sqlx::query("UPDATE quotes SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL")
                .bind(self.now)
                .bind(quote.id)
                .execute(&mut *self.tx)
                .await
                .map_err(q("mark a quote reminded"))?
                .rows_affected();
        if n == 0 {
            return Ok(None);
        }
        let key = format!("reminder:{}", quote.reference);
        let row = sqlx::query(
            "INSERT INTO messages (mailbox, source_key, message_id, fingerprint, raw, size, received_at, status, \
             from_addr, subject, updated_at, kind, quote_id) \
             VALUES ($1, $2, NULL, $2, $3, $4, $5, 'drafted', $6, $7, $5, 'reminder', $8) RETURNING id",
        )
        .bind(&quote.mailbox)
        .bind(&key)
        .bind(raw)
        .bind(i64::try_from(raw.len()).unwrap_or(0))
        .bind(self.now)
        .bind(to)
        .bind(format!("Reminder: {}", quote.subject.as_deref().unwrap_or("")))
        .bind(quote.id)
        .fetch_one(&mut *self.tx)
        .await
        .map_err(q("store a reminder"))?;
        let id: i64 = row.get(0);
        sqlx::query(
            "INSERT INTO drafts (message_id, quote_id, to_addr, subject, body, in_reply_to, refs, questions, \
             analysis, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9, $9)",
        )
        .bind(id)
        .bind(quote.id)
        .bind(to)
        .bind(subject)
        .bind(body)
        .bind(in_reply_to)
        .bind(references)
        .bind(analysis)
        .bind(self.now)
        .execute(&mut *self.tx)
        .await
        .map_err(q("store a reminder draft"))?;
        Ok(Some(id))
    }
}
