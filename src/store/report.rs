//! The SQL of reports: client emails with their first answer, and quotes sent, in a period.

use sqlx::Row;

use super::{Result, Store, q};

/// A client's email in the period, with when its first answer went out.
#[derive(Debug, Clone)]
pub struct EmailFact {
    /// The mailbox it arrived in.
    pub mailbox: String,
    /// The sender's address.
    pub from_addr: Option<String>,
    /// The sender's display name.
    pub from_name: Option<String>,
    /// When fiveminute stored it (epoch ms).
    pub received_at: i64,
    /// Its place in the pipeline (`ignored` is machine mail).
    pub status: String,
    /// When the answer was sent, if it was.
    pub answered_at: Option<i64>,
    /// Questions answered free in the answer that was sent (only for answered emails; `None`
    /// when its analysis could not be read).
    pub free_questions: Option<i64>,
    /// Free minutes given in that answer (as above).
    pub free_minutes: Option<i64>,
}

/// A quote sent in the period.
#[derive(Debug, Clone)]
pub struct QuoteFact {
    /// The mailbox of the email it answered.
    pub mailbox: String,
    /// The client's address.
    pub client: Option<String>,
    /// sent | accepted | declined | expired.
    pub status: String,
    /// Hours quoted.
    pub hours: f64,
    /// Total quoted.
    pub total: f64,
    /// Currency code.
    pub currency: String,
    /// When it went out (epoch ms).
    pub sent_at: i64,
    /// A reply came that nobody could read as yes or no, and the quote is still open.
    pub unclear: bool,
}

/// What an analysis (a pipeline `Preview` as JSON) gives free: the questions answered free and
/// the free minutes, or `None` for both when it cannot be read. Kept in the draft's row beside
/// the analysis, so that a report over a year reads two numbers per email, not the analysis.
pub fn free_work(analysis: &str) -> (Option<i64>, Option<i64>) {
    #[derive(serde::Deserialize)]
    struct Analysed {
        #[serde(default)]
        questions: Vec<Question>,
        #[serde(default)]
        free_minutes: i64,
    }
    #[derive(serde::Deserialize)]
    struct Question {
        #[serde(default)]
        free: bool,
    }
    match serde_json::from_str::<Analysed>(analysis) {
        Ok(a) => (
            Some(a.questions.iter().filter(|q| q.free).count() as i64),
            Some(a.free_minutes),
        ),
        Err(_) => (None, None),
    }
}

/// The language a stored analysis's reply is written in.
pub fn reply_language(analysis: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Analysed {
        draft: Option<Drafted>,
    }
    #[derive(serde::Deserialize)]
    struct Drafted {
        language: Option<String>,
    }
    serde_json::from_str::<Analysed>(analysis)
        .ok()
        .and_then(|a| a.draft)
        .and_then(|d| d.language)
}

impl Store {
    /// Runs a report query over `[$1, $2)`, with `{mailbox}` in `sql` replaced by the condition
    /// `m.mailbox = $3` when a mailbox is given (and nothing otherwise).
    async fn period_rows(
        &self,
        sql: &str,
        since: i64,
        until: i64,
        mailbox: Option<&str>,
        what: &'static str,
    ) -> Result<Vec<sqlx::any::AnyRow>> {
        let sql = sql.replace(
            "{mailbox}",
            if mailbox.is_some() {
                " AND m.mailbox = $3"
            } else {
                ""
            },
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(since)
            .bind(until);
        if let Some(m) = mailbox {
            query = query.bind(m);
        }
        query.fetch_all(&self.pool).await.map_err(q(what))
    }

    /// Client emails received in `[since, until)`, optionally of one mailbox.
    pub async fn email_facts(
        &self,
        since: i64,
        until: i64,
        mailbox: Option<&str>,
    ) -> Result<Vec<EmailFact>> {
        let sql = "SELECT m.mailbox, m.from_addr, m.from_name, m.received_at, m.status, o.sent_at, \
             CASE WHEN o.sent_at IS NOT NULL THEN d.free_questions END, \
             CASE WHEN o.sent_at IS NOT NULL THEN d.free_minutes END \
             FROM messages m LEFT JOIN drafts d ON d.message_id = m.id \
             LEFT JOIN outbox o ON o.message_id = m.id AND o.status = 'sent' \
             WHERE m.kind = 'client' AND m.received_at >= $1 AND m.received_at < $2{mailbox} \
             ORDER BY m.received_at, m.id";
        let rows = self
            .period_rows(sql, since, until, mailbox, "read emails for a report")
            .await?;
        Ok(rows
            .iter()
            .map(|r| EmailFact {
                mailbox: r.get(0),
                from_addr: r.get(1),
                from_name: r.get(2),
                received_at: r.get(3),
                status: r.get(4),
                answered_at: r.get(5),
                free_questions: r.get(6),
                free_minutes: r.get(7),
            })
            .collect())
    }

    /// Quotes sent in `[since, until)`, optionally of one mailbox.
    pub async fn quote_facts(
        &self,
        since: i64,
        until: i64,
        mailbox: Option<&str>,
    ) -> Result<Vec<QuoteFact>> {
        let sql = "SELECT m.mailbox, q.client, q.status, q.hours, q.total, q.currency, q.sent_at, \
             (SELECT COUNT(*) FROM messages r WHERE r.quote_id = q.id AND r.kind = 'reply' \
              AND r.decision = 'unclear') \
             FROM quotes q JOIN messages m ON m.id = q.message_id \
             WHERE q.sent_at IS NOT NULL AND q.sent_at >= $1 AND q.sent_at < $2{mailbox} ORDER BY q.id";
        let rows = self
            .period_rows(sql, since, until, mailbox, "read quotes for a report")
            .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let status: String = r.get(2);
                QuoteFact {
                    mailbox: r.get(0),
                    client: r.get(1),
                    unclear: status == "sent" && r.get::<i64, _>(7) > 0,
                    status,
                    hours: r.get(3),
                    total: r.get(4),
                    currency: r.get(5),
                    sent_at: r.get(6),
                }
            })
            .collect())
    }
}
