//! A firm's two weeks written straight into the database (2–15 November 2026, and a little
//! either side), for the report figures worked out by hand in tests/report.rs and for the
//! Reports page in the browser.

use std::sync::Arc;

use fiveminute::clock::{SharedClock, SystemClock};
use fiveminute::store::Store;
use sqlx::AnyPool;

/// A plain connection pool to the test database (SQLite or PostgreSQL), to write rows as they
/// would be after weeks of work.
async fn pool(dir: &std::path::Path) -> AnyPool {
    sqlx::any::install_default_drivers();
    let url = match super::database(dir) {
        fiveminute::store::Database::Sqlite(path) => format!("sqlite://{}", path.display()),
        fiveminute::store::Database::Postgres { url, .. } => url,
    };
    AnyPool::connect(&url).await.expect("pool")
}

/// Monday 2 November 2026, 09:00 UTC.
pub const NOV2: i64 = 1_793_610_000_000;
/// A day in ms.
pub const DAY: i64 = 86_400_000;
/// A second in ms.
pub const S: i64 = 1000;

pub struct Seed {
    pool: AnyPool,
    n: i64,
}

impl Seed {
    /// Writes into the test configuration's database in `dir` (already created by a store).
    pub async fn open(dir: &std::path::Path) -> Seed {
        Seed {
            pool: pool(dir).await,
            n: 0,
        }
    }

    /// The connection, for what the helpers do not write.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A client email; `answered` is seconds to the first answer; `free` the questions' free
    /// flags of the analysis the answer went out with.
    #[allow(clippy::too_many_arguments)]
    pub async fn email(
        &mut self,
        mailbox: &str,
        from: &str,
        name: &str,
        received: i64,
        status: &str,
        answered: Option<i64>,
        free: &[bool],
        free_minutes: u32,
    ) -> i64 {
        self.n += 1;
        let n = self.n;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO messages (mailbox, source_key, message_id, fingerprint, raw, size, received_at, \
             status, from_addr, from_name, subject, updated_at) \
             VALUES ($1, $2, $3, $4, $10, 1, $5, $6, $7, $8, 'Question', $9) RETURNING id",
        )
        .bind(mailbox)
        .bind(format!("seed:{n}"))
        .bind(format!("<{n}@client.example>"))
        .bind(format!("fp{n}"))
        .bind(received)
        .bind(status)
        .bind(from)
        .bind(name)
        .bind(received)
        .bind(vec![0u8])
        .fetch_one(&self.pool)
        .await
        .expect("message");
        let questions: Vec<String> = free
            .iter()
            .map(|f| format!(r#"{{"text": "q", "free": {f}, "minutes": 3}}"#))
            .collect();
        let analysis = format!(
            r#"{{"questions": [{}], "free_minutes": {free_minutes}}}"#,
            questions.join(", ")
        );
        // The free figures beside the analysis, as the daemon writes them.
        let (free_questions, free_minutes) = fiveminute::store::free_work(&analysis);
        sqlx::query(
            "INSERT INTO drafts (message_id, to_addr, subject, body, questions, analysis, created_at, updated_at, \
             free_questions, free_minutes) VALUES ($1, $2, 'Re: Question', 'body', $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(from)
        .bind(free.len() as i64)
        .bind(analysis)
        .bind(received)
        .bind(received)
        .bind(free_questions)
        .bind(free_minutes)
        .execute(&self.pool)
        .await
        .expect("draft");
        if let Some(after) = answered {
            let sent = received + after * S;
            sqlx::query(
                "INSERT INTO outbox (message_id, mailbox, rfc_message_id, sender, recipients, raw, status, \
                 next_attempt_at, created_at, updated_at, sent_at) \
                 VALUES ($1, $2, $3, 'help@hallpartners.example', $4, $9, 'sent', $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(mailbox)
            .bind(format!("<r{n}@hallpartners.example>"))
            .bind(from)
            .bind(sent)
            .bind(sent)
            .bind(sent)
            .bind(sent)
            .bind(vec![0u8])
        .execute(&self.pool)
            .await
            .expect("outbox");
        }
        id
    }

    pub async fn quote(
        &mut self,
        message: i64,
        client: &str,
        hours: f64,
        status: &str,
        sent: i64,
    ) -> i64 {
        self.n += 1;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO quotes (reference, message_id, client, minutes, hours, hourly_rate, total, currency, \
             status, created_at, sent_at, decided_at) VALUES ($1, $2, $3, $4, $5, 250, $6, 'USD', $7, $8, $9, $10) RETURNING id",
        )
        .bind(format!("Q-{:04}", self.n))
        .bind(message)
        .bind(client)
        .bind((hours * 60.0) as i64)
        .bind(hours)
        .bind(hours * 250.0)
        .bind(status)
        .bind(sent)
        .bind(sent)
        .bind((status != "sent").then_some(sent + DAY))
        .fetch_one(&self.pool)
        .await
        .expect("quote");
        sqlx::query("UPDATE drafts SET quote_id = $1 WHERE message_id = $2")
            .bind(id)
            .bind(message)
            .execute(&self.pool)
            .await
            .expect("draft's quote");
        id
    }

    /// The client's reply to a quote, as the tracker records it.
    pub async fn reply(&mut self, quote: i64, from: &str, at: i64, decision: &str) {
        self.n += 1;
        let n = self.n;
        sqlx::query(
            "INSERT INTO messages (mailbox, source_key, fingerprint, raw, size, received_at, status, from_addr, \
             updated_at, kind, quote_id, decision) \
             VALUES ('help', $1, $2, $8, 1, $3, 'drafted', $4, $5, 'reply', $6, $7)",
        )
        .bind(format!("seed:{n}"))
        .bind(format!("fp{n}"))
        .bind(at)
        .bind(from)
        .bind(at)
        .bind(quote)
        .bind(decision)
        .bind(vec![0u8])
        .execute(&self.pool)
        .await
        .expect("reply");
    }
}

/// The seeded firm, two weeks (2–15 November 2026) and a little either side.
pub async fn seeded() -> (std::path::PathBuf, std::path::PathBuf, Store) {
    let dir = super::temp_dir("report");
    let cfg = super::daemon_config(&dir, None, "");
    let clock: SharedClock = Arc::new(SystemClock);
    let store = super::open_store(&dir, fiveminute::store::Access::Daemon, clock).await;
    let mut s = Seed::open(&dir).await;
    let (alice, bob) = ("alice@client.example", "bob@client.example");
    // Alice: three emails, one quote accepted, one declined.
    s.email(
        "help",
        alice,
        "Alice Moreau",
        NOV2,
        "sent",
        Some(120),
        &[true, true],
        4,
    )
    .await;
    let a2 = s
        .email(
            "help",
            alice,
            "Alice Moreau",
            NOV2 + DAY,
            "sent",
            Some(240),
            &[true, false],
            5,
        )
        .await;
    s.quote(a2, alice, 2.0, "accepted", NOV2 + DAY + 240 * S)
        .await;
    let a3 = s
        .email(
            "help",
            alice,
            "Alice Moreau",
            NOV2 + 8 * DAY,
            "sent",
            Some(600),
            &[true],
            3,
        )
        .await;
    s.quote(a3, alice, 1.0, "declined", NOV2 + 8 * DAY + 600 * S)
        .await;
    // Bob (capitals in his address): three emails, one quote expired, one with an unclear reply.
    s.email(
        "help",
        "Bob@Client.example",
        "Bob",
        NOV2 + 2 * DAY,
        "sent",
        Some(60),
        &[true],
        5,
    )
    .await;
    let b2 = s
        .email(
            "help",
            bob,
            "Bob",
            NOV2 + 3 * DAY,
            "sent",
            Some(1800),
            &[false],
            0,
        )
        .await;
    s.quote(b2, bob, 3.0, "expired", NOV2 + 3 * DAY + 1800 * S)
        .await;
    let b3 = s
        .email(
            "help",
            bob,
            "Bob",
            NOV2 + 9 * DAY,
            "sent",
            Some(300),
            &[true, true, true],
            5,
        )
        .await;
    let q4 = s
        .quote(b3, bob, 1.5, "sent", NOV2 + 9 * DAY + 300 * S)
        .await;
    s.reply(q4, bob, NOV2 + 10 * DAY, "unclear").await;
    // Carol: not answered yet. A machine. Dan: a quote still open. Eve writes to another mailbox.
    s.email(
        "help",
        "carol@client.example",
        "Carol",
        NOV2 + 10 * DAY,
        "drafted",
        None,
        &[true],
        3,
    )
    .await;
    s.email(
        "help",
        "noreply@robot.example",
        "",
        NOV2 + 4 * DAY,
        "ignored",
        None,
        &[],
        0,
    )
    .await;
    let d1 = s
        .email(
            "help",
            "dan@client.example",
            "Dan",
            NOV2 + 11 * DAY,
            "sent",
            Some(180),
            &[true],
            2,
        )
        .await;
    s.quote(
        d1,
        "dan@client.example",
        2.0,
        "sent",
        NOV2 + 11 * DAY + 180 * S,
    )
    .await;
    s.email(
        "other",
        "eve@client.example",
        "Eve",
        NOV2 + 7 * DAY,
        "sent",
        Some(60),
        &[true],
        3,
    )
    .await;
    // Outside the period: before it and after it.
    let old = s
        .email(
            "help",
            alice,
            "Alice Moreau",
            NOV2 - 3 * DAY,
            "sent",
            Some(30),
            &[true],
            5,
        )
        .await;
    s.quote(old, alice, 10.0, "accepted", NOV2 - 3 * DAY + 30 * S)
        .await;
    s.email(
        "help",
        bob,
        "Bob",
        NOV2 + 14 * DAY,
        "sent",
        Some(30),
        &[true],
        5,
    )
    .await;
    (dir, cfg, store)
}
