//! The database: the queue between stages, and the only place that knows SQL.
//!
//! SQLite (WAL) through sqlx's `Any` driver. The SQL is kept to what PostgreSQL also accepts, but
//! no PostgreSQL backend is built or tested yet. Raw messages are stored as received, before anything else happens, together with the
//! mailbox's new position in one transaction. Each message then moves through a status column
//! (received → drafted / no_reply / ignored / failed); moving it and writing what the stage
//! produced happen in one transaction, so a crash repeats work and never loses or doubles it.
//! Duplicates are refused by unique indexes: the same source (IMAP UIDVALIDITY:UID, Maildir
//! name), or the same message (Message-ID with the same From, Subject, Date and body; see
//! [`fingerprint`]), per mailbox.
//!
//! A lock file beside a SQLite database keeps a second daemon off it.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Row, Transaction};

use crate::clock::SharedClock;

mod backup;
mod files;
mod learn;
mod leases;
mod metrics;
mod migrate;
mod presence;
mod report;
mod review;
mod search;
mod templates;
mod track;

pub use backup::BACKUP_TABLES;
pub use files::ReplyFile;
pub use learn::{LearnedVersion, NewLearned};
pub use leases::{Fence, Lease};
pub use metrics::{ANSWER_BUCKETS, StoreMetrics};
pub use migrate::{Copied, NOT_COPIED, copied_columns};
pub use presence::PRESENCE_KEPT_MS;
pub use report::{EmailFact, QuoteFact, free_work};
pub use review::{AuditRow, DraftRow, NewOutbox, OutboxRow, Principal, ReviewRow, UserRow};
pub use search::{Found, Note, fts_query};
pub use templates::TemplateVersion;
pub use track::{JobRow, QuoteRow, ReplyRow};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Where the data lives: a SQLite file (one daemon) or a PostgreSQL database (one or several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// The file.
    Sqlite(PathBuf),
    /// The URL to connect with (its password put in) and the one to print (without it).
    Postgres {
        /// With the password.
        url: String,
        /// Without it.
        name: String,
    },
}

impl std::fmt::Display for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::Sqlite(p) => write!(f, "{}", p.display()),
            Database::Postgres { name, .. } => f.write_str(name),
        }
    }
}

/// What a process wants of the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The daemon: migrated; a SQLite file is locked against a second daemon.
    Daemon,
    /// A command that writes while a daemon may run: migrated (a SQLite file and its folder
    /// created when missing), no lock.
    Write,
    /// A command that only reads: the database must exist; no migrations.
    Read,
}

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder for the database file cannot be created.
    #[error("cannot create the database folder {path}")]
    Folder {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Another daemon holds the lock.
    #[error(
        "another fiveminute daemon is already using {path} (it holds {lock}); stop it first, or give this one its own [store] path. SQLite takes one daemon; several daemons share a PostgreSQL database ([store] url)"
    )]
    Locked { path: String, lock: String },
    /// A write a lease fences (a mailbox's position, its new mail) found the lease taken over
    /// by another daemon: this one must stop what the lease covers.
    #[error("the lease {name} was taken over by another daemon; nothing was written")]
    LeaseLost { name: String },
    /// A move from SQLite to PostgreSQL that cannot be done, or did not copy everything.
    #[error("migration: {0}")]
    Migration(String),
    /// The lock file cannot be created or locked.
    #[error("cannot lock {lock}")]
    Lock {
        lock: String,
        #[source]
        source: std::io::Error,
    },
    /// An operation that only SQLite has.
    #[error("{what}")]
    NotSqlite { what: &'static str },
    /// There is no database file yet.
    #[error("there is no database at {path} yet: start the daemon with `fiveminute run` first")]
    Missing { path: String },
    /// The database cannot be opened.
    #[error("cannot open the database {url}")]
    Open {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    /// The schema cannot be brought up to date.
    #[error("cannot migrate the database {url}")]
    Migrate {
        url: String,
        #[source]
        source: sqlx::migrate::MigrateError,
    },
    /// A unique name is taken.
    #[error("{0}")]
    Conflict(String),
    /// A query failed.
    #[error("cannot {what}")]
    Query {
        what: &'static str,
        #[source]
        source: sqlx::Error,
    },
}

impl StoreError {
    /// True when retrying later may succeed (the database was busy or the connection dropped).
    pub fn is_retryable(&self) -> bool {
        match self {
            StoreError::Query { source, .. } => {
                matches!(
                    source,
                    sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed
                ) || source.to_string().contains("database is locked")
                    // PostgreSQL: a serialization failure or a deadlock; the transaction
                    // is rolled back and may be run again.
                    || source
                        .as_database_error()
                        .and_then(|e| e.code())
                        .is_some_and(|c| c == "40001" || c == "40P01")
            }
            _ => false,
        }
    }
}

type Result<T> = std::result::Result<T, StoreError>;

fn q(what: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
    move |source| StoreError::Query { what, source }
}

/// Where an IMAP watcher is in its folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// The folder's UIDVALIDITY when the position was taken.
    pub uidvalidity: Option<i64>,
    /// The highest UID stored (or skipped on purpose).
    pub last_uid: i64,
}

/// A message as a watcher hands it over.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// `imap:<uidvalidity>:<uid>` or `maildir:<unique name>`.
    pub source_key: String,
    /// The bytes as received.
    pub raw: Vec<u8>,
}

/// What storing a batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stored {
    /// New messages stored.
    pub new: usize,
    /// Messages we already had.
    pub duplicates: usize,
}

/// A message claimed by the pipeline worker.
#[derive(Debug, Clone)]
pub struct Claimed {
    /// The row id.
    pub id: i64,
    /// Its mailbox.
    pub mailbox: String,
    /// The bytes as received.
    pub raw: Vec<u8>,
    /// A manager asked for a draft although the pipeline found nothing to answer.
    pub force: bool,
}

/// One line of `fiveminute queue`.
#[derive(Debug, Clone, Serialize)]
pub struct QueueRow {
    /// Row id.
    pub id: i64,
    /// Mailbox name.
    pub mailbox: String,
    /// Status.
    pub status: String,
    /// Why (guard reason, error).
    pub reason: Option<String>,
    /// Sender address.
    pub from: Option<String>,
    /// Subject.
    pub subject: Option<String>,
    /// When it was stored (epoch ms).
    pub received_at: i64,
    /// Number of questions, once drafted.
    pub questions: Option<i64>,
    /// The quote reference, when there is one.
    pub quote: Option<String>,
    /// The quote's total.
    pub quote_total: Option<f64>,
    /// The quote's currency.
    pub currency: Option<String>,
}

/// A quote to record with its draft.
#[derive(Debug, Clone)]
pub struct NewQuote {
    /// `Q-0042`.
    pub reference: String,
    /// The client's address.
    pub client: Option<String>,
    /// Minutes quoted.
    pub minutes: i64,
    /// Hours quoted.
    pub hours: f64,
    /// Rate.
    pub hourly_rate: f64,
    /// Total.
    pub total: f64,
    /// Currency code.
    pub currency: String,
}

/// A draft to record.
#[derive(Debug, Clone)]
pub struct NewDraft {
    /// Recipient.
    pub to: Option<String>,
    /// Subject.
    pub subject: String,
    /// Body.
    pub body: String,
    /// In-Reply-To.
    pub in_reply_to: Option<String>,
    /// References, space-separated.
    pub references: String,
    /// Number of questions.
    pub questions: i64,
    /// The analysis as JSON.
    pub analysis: String,
}

/// The database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    clock: SharedClock,
    /// A printable name of the database (no password).
    pub name: String,
    sqlite: bool,
    _lock: Option<std::sync::Arc<File>>,
    /// Who this process is in leases and claims (`host:pid:random`), unique per start.
    holder: std::sync::Arc<str>,
    /// How long this daemon's leases and claims last without renewal (`[store] lease_seconds`).
    lease_ms: i64,
}

/// This process's name in leases and claims: the host, the process id and a random part, so a
/// restarted daemon is never taken for the one before it.
fn holder_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "host".into());
    format!(
        "{host}:{}:{:08x}",
        std::process::id(),
        rand::random::<u32>()
    )
}

impl Store {
    /// Opens the database for `access`: the one entry the daemon and the commands use.
    pub async fn open(db: &Database, access: Access, clock: SharedClock) -> Result<Store> {
        match (db, access) {
            (Database::Sqlite(path), Access::Daemon) => Store::open_sqlite(path, clock).await,
            (Database::Sqlite(path), Access::Read) => Store::open_reader(path, clock).await,
            (Database::Sqlite(path), Access::Write) => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder {
                        path: dir.display().to_string(),
                        source,
                    })?;
                }
                let url = format!("sqlite://{}?mode=rwc", path.display());
                Store::connect(&url, path.display().to_string(), clock).await
            }
            (Database::Postgres { url, name }, Access::Read) => {
                Store::connect_with(url, name.clone(), clock, false).await
            }
            // Several daemons may share a PostgreSQL database: the leases decide who watches a
            // mailbox and who runs the follow-up, and claims who drafts or sends what.
            (Database::Postgres { url, name }, Access::Write | Access::Daemon) => {
                Store::connect(url, name.clone(), clock).await
            }
        }
    }

    /// True on SQLite (one daemon, the file's lock), false on PostgreSQL.
    pub fn is_sqlite(&self) -> bool {
        self.sqlite
    }

    /// This process's name in leases and claims.
    pub fn holder(&self) -> &str {
        &self.holder
    }

    /// How long this daemon's leases and claims last without renewal.
    pub fn lease_ms(&self) -> i64 {
        self.lease_ms
    }

    /// Sets how long this daemon's leases and claims last without renewal (before the store is
    /// shared by the daemon's tasks).
    pub fn set_lease_ms(&mut self, ms: i64) {
        self.lease_ms = ms.max(1000);
    }

    /// Opens (creating when needed) a SQLite database file, takes its lock and runs migrations.
    pub async fn open_sqlite(path: &Path, clock: SharedClock) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let lock_path = PathBuf::from(format!("{}.lock", path.display()));
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|source| StoreError::Lock {
                lock: lock_path.display().to_string(),
                source,
            })?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: path.display().to_string(),
                    lock: lock_path.display().to_string(),
                });
            }
            Err(std::fs::TryLockError::Error(source)) => {
                return Err(StoreError::Lock {
                    lock: lock_path.display().to_string(),
                    source,
                });
            }
        }
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let mut store = Store::connect(&url, path.display().to_string(), clock).await?;
        store._lock = Some(std::sync::Arc::new(lock));
        Ok(store)
    }

    /// Opens an existing SQLite database to read it while a daemon may be running: no lock, no
    /// migrations.
    pub async fn open_reader(path: &Path, clock: SharedClock) -> Result<Store> {
        if !path.is_file() {
            return Err(StoreError::Missing {
                path: path.display().to_string(),
            });
        }
        let url = format!("sqlite://{}?mode=ro", path.display());
        Store::connect_with(&url, path.display().to_string(), clock, false).await
    }

    /// Opens a database by URL (`sqlite://…`, `postgres://…`) without a lock file, and runs the
    /// migrations.
    pub async fn connect(url: &str, name: String, clock: SharedClock) -> Result<Store> {
        Store::connect_with(url, name, clock, true).await
    }

    async fn connect_with(
        url: &str,
        name: String,
        clock: SharedClock,
        migrate: bool,
    ) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let sqlite = url.starts_with("sqlite:");
        let pool = AnyPoolOptions::new()
            .max_connections(if sqlite { 4 } else { 8 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if sqlite && migrate {
                        sqlx::query("PRAGMA journal_mode = WAL")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA synchronous = NORMAL")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA busy_timeout = 10000")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA foreign_keys = ON")
                            .execute(&mut *conn)
                            .await?;
                    } else if sqlite {
                        sqlx::query("PRAGMA busy_timeout = 10000")
                            .execute(&mut *conn)
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await
            .map_err(|source| StoreError::Open {
                url: name.clone(),
                source,
            })?;
        if migrate {
            let migrations = if sqlite {
                &SQLITE_MIGRATIONS
            } else {
                &POSTGRES_MIGRATIONS
            };
            migrations
                .run(&pool)
                .await
                .map_err(|source| StoreError::Migrate {
                    url: name.clone(),
                    source,
                })?;
        }
        let store = Store {
            pool,
            clock,
            name,
            sqlite,
            _lock: None,
            holder: holder_name().into(),
            lease_ms: DEFAULT_LEASE_MS,
        };
        if migrate && sqlite {
            // Statistics for the planner, so that reports read from their covering indexes.
            store.optimize().await?;
        }
        Ok(store)
    }

    /// Refreshes SQLite's planner statistics where they are missing or stale (`PRAGMA optimize`
    /// over every table, each analysis limited to a sample): done at open and every few hours
    /// by the daemon. PostgreSQL keeps its own (autovacuum).
    pub async fn optimize(&self) -> Result<()> {
        if !self.sqlite {
            return Ok(());
        }
        let mut conn = self
            .pool
            .acquire()
            .await
            .map_err(q("refresh the planner's statistics"))?;
        for pragma in ["PRAGMA analysis_limit = 1000", "PRAGMA optimize = 0x10002"] {
            sqlx::query(pragma)
                .execute(&mut *conn)
                .await
                .map_err(q("refresh the planner's statistics"))?;
        }
        Ok(())
    }

    /// Closes the pool, waiting for connections to be returned.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    fn now(&self) -> i64 {
        self.clock.now_ms()
    }

    /// A mailbox's stored position; none before its first connection.
    pub async fn position(&self, mailbox: &str) -> Result<Option<Position>> {
        let row = sqlx::query(
            "SELECT uidvalidity, last_uid FROM mailbox_state \
             WHERE mailbox = $1 AND uidvalidity IS NOT NULL",
        )
        .bind(mailbox)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read the mailbox position"))?;
        Ok(row.map(|r| Position {
            uidvalidity: r.get::<Option<i64>, _>(0),
            last_uid: r.get::<i64, _>(1),
        }))
    }

    /// Records the first start of a mailbox's watcher, unless one is recorded, and returns the
    /// recorded time (epoch ms): what `start = "now"` means. The mailbox has no position until
    /// its first connection.
    pub async fn first_start(&self, mailbox: &str) -> Result<i64> {
        let now = self.now();
        sqlx::query(
            "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid, updated_at, started_at) \
             VALUES ($1, NULL, 0, $2, $2) ON CONFLICT (mailbox) DO NOTHING",
        )
        .bind(mailbox)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(q("record the first start of a mailbox"))?;
        Ok(self.started_at(mailbox).await?.unwrap_or(now))
    }

    /// When the daemon first watched a mailbox, if recorded.
    pub async fn started_at(&self, mailbox: &str) -> Result<Option<i64>> {
        let row = sqlx::query("SELECT started_at FROM mailbox_state WHERE mailbox = $1")
            .bind(mailbox)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("read the first start of a mailbox"))?;
        Ok(row.and_then(|r| r.get::<Option<i64>, _>(0)))
    }

    /// Stores a batch of messages and the mailbox's new position in one transaction.
    /// Duplicates are skipped and counted.
    pub async fn store_incoming(
        &self,
        mailbox: &str,
        messages: &[NewMessage],
        position: Option<Position>,
    ) -> Result<Stored> {
        self.store_held(None, mailbox, messages, position).await
    }

    /// [`Store::store_incoming`] for the holder of a mailbox's lease: nothing is written unless
    /// `fence` is still held ([`StoreError::LeaseLost`]), so a daemon paused past its lease
    /// cannot store mail twice or move the position back.
    pub async fn store_held(
        &self,
        fence: Option<&Fence>,
        mailbox: &str,
        messages: &[NewMessage],
        position: Option<Position>,
    ) -> Result<Stored> {
        let now = self.now();
        let mut conn = self
            .pool
            .acquire()
            .await
            .map_err(q("begin storing messages"))?;
        // SQLite keeps a statement's last bound values until it is bound again, and sqlx keeps
        // the statement: a connection that wrote a large message would hold a copy of it for
        // good. Such a connection is closed after use instead of going back to the pool.
        if messages.iter().any(|m| m.raw.len() > LARGE_MESSAGE_BYTES) {
            conn.close_on_drop();
        }
        let mut tx = sqlx::Connection::begin(&mut *conn)
            .await
            .map_err(q("begin storing messages"))?;
        if let Some(f) = fence {
            check_fence(&mut tx, f).await?;
        }
        let mut stored = Stored::default();
        for m in messages {
            let head = HeaderSummary::of(&m.raw);
            let fingerprint = fingerprint(&m.raw, &head);
            let id: Option<i64> = sqlx::query(
                "INSERT INTO messages (mailbox, source_key, message_id, fingerprint, raw, size, \
                 received_at, status, from_addr, from_name, subject, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8, $9, $10, $7) \
                 ON CONFLICT DO NOTHING RETURNING id",
            )
            .bind(mailbox)
            .bind(&m.source_key)
            .bind(head.message_id)
            .bind(fingerprint)
            .bind(m.raw.as_slice())
            .bind(i64::try_from(m.raw.len()).unwrap_or(i64::MAX))
            .bind(now)
            .bind(head.from_addr)
            .bind(head.from_name)
            .bind(head.subject)
            .fetch_optional(&mut *tx)
            .await
            .map_err(q("store a message"))?
            .map(|r| r.get::<i64, _>(0));
            match id {
                Some(_) => stored.new += 1,
                None => stored.duplicates += 1,
            }
        }
        if let Some(p) = position {
            save_position(&mut tx, mailbox, p, now).await?;
        }
        tx.commit().await.map_err(q("commit stored messages"))?;
        Ok(stored)
    }

    /// Saves a mailbox's position on its own (an empty catch-up, a UIDVALIDITY change).
    pub async fn save_position(&self, mailbox: &str, position: Position) -> Result<()> {
        self.save_position_held(None, mailbox, position).await
    }

    /// [`Store::save_position`] for the holder of a mailbox's lease (see [`Store::store_held`]).
    pub async fn save_position_held(
        &self,
        fence: Option<&Fence>,
        mailbox: &str,
        position: Position,
    ) -> Result<()> {
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("begin saving a position"))?;
        if let Some(f) = fence {
            check_fence(&mut tx, f).await?;
        }
        save_position(&mut tx, mailbox, position, self.now()).await?;
        tx.commit().await.map_err(q("commit a position"))
    }

    /// True when a message with this source key is stored (for watchers that must not refetch).
    pub async fn has_source(&self, mailbox: &str, source_key: &str) -> Result<bool> {
        let row = sqlx::query("SELECT 1 FROM messages WHERE mailbox = $1 AND source_key = $2")
            .bind(mailbox)
            .bind(source_key)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("look up a message"))?;
        Ok(row.is_some())
    }

    /// At a daemon's start: on SQLite, where the file's lock makes this the only daemon, every
    /// claim and lease left is a dead process's and is released at once; returns the messages
    /// released. On PostgreSQL other daemons may be at work: a dead daemon's claims lapse with
    /// its own lease (`daemon:<holder>`), and its mailboxes are taken over when their leases
    /// expire.
    pub async fn release_leases(&self) -> Result<u64> {
        if !self.sqlite {
            return Ok(0);
        }
        let mut tx = self.pool.begin().await.map_err(q("release leases"))?;
        sqlx::query("DELETE FROM leases")
            .execute(&mut *tx)
            .await
            .map_err(q("release leases"))?;
        sqlx::query("UPDATE outbox SET claimed_by = NULL WHERE status IN ('pending', 'retry')")
            .execute(&mut *tx)
            .await
            .map_err(q("release leases"))?;
        let n = sqlx::query(
            "UPDATE messages SET lease_until = NULL, claimed_by = NULL \
             WHERE status = 'received' AND lease_until IS NOT NULL",
        )
        .execute(&mut *tx)
        .await
        .map(|r| r.rows_affected())
        .map_err(q("release leases"))?;
        tx.commit().await.map_err(q("release leases"))?;
        Ok(n)
    }

    /// Claims up to `limit` received messages for `lease_ms`, oldest first, and no more than
    /// `max_bytes` of them together (but always one, however large), so that a burst of large
    /// mail is never held in memory many at once.
    pub async fn claim(&self, limit: i64, lease_ms: i64, max_bytes: i64) -> Result<Vec<Claimed>> {
        // What is claimed is this daemon's while its own lease lives.
        self.heartbeat().await?;
        let now = self.now();
        let mut conn = self.pool.acquire().await.map_err(q("begin a claim"))?;
        let mut tx = if self.sqlite {
            sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await
        } else {
            sqlx::Connection::begin(&mut *conn).await
        }
        .map_err(q("begin a claim"))?;
        // SQLite's write lock (BEGIN IMMEDIATE) holds every row; PostgreSQL locks the rows read,
        // and another daemon claiming at the same moment passes over them.
        // Free: never claimed, its lease ended, or the daemon that claimed it is gone (its own
        // lease expired).
        let sql = format!(
            "SELECT id, size FROM messages m WHERE status = 'received' \
             AND (lease_until IS NULL OR lease_until < $1 OR {}) ORDER BY id LIMIT $2{}",
            claimer_gone("m", "$1"),
            if self.sqlite {
                ""
            } else {
                " FOR UPDATE SKIP LOCKED"
            }
        );
        let candidates = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .bind(limit)
            .fetch_all(&mut *tx)
            .await
            .map_err(q("find messages to claim"))?;
        let mut ids: Vec<i64> = Vec::new();
        let mut total = 0i64;
        for r in candidates {
            let size: i64 = r.get(1);
            if !ids.is_empty() && total + size > max_bytes {
                break;
            }
            total += size;
            ids.push(r.get(0));
        }
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let large = total > i64::try_from(LARGE_MESSAGE_BYTES).unwrap_or(i64::MAX);
        // The rows just read: the transaction holds them.
        let marks: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "UPDATE messages SET lease_until = $1, claimed_by = ${}, attempts = attempts + 1 \
             WHERE id IN ({}) RETURNING id, mailbox, raw, force_draft",
            ids.len() + 2,
            marks.join(", ")
        );
        let mut update = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now + lease_ms);
        for id in &ids {
            update = update.bind(*id);
        }
        update = update.bind(&*self.holder);
        let rows = update
            .fetch_all(&mut *tx)
            .await
            .map_err(q("claim messages"))?;
        tx.commit().await.map_err(q("commit a claim"))?;
        // A connection that read large mail keeps copies of it; it is closed, not pooled.
        if large {
            conn.close_on_drop();
        }
        let mut out: Vec<Claimed> = rows
            .into_iter()
            .map(|r: AnyRow| Claimed {
                id: r.get(0),
                mailbox: r.get(1),
                raw: r.get(2),
                force: r.get::<i64, _>(3) != 0,
            })
            .collect();
        out.sort_by_key(|c| c.id);
        Ok(out)
    }

    /// Starts a transaction for recording the outcome of a batch.
    pub async fn begin(&self) -> Result<Tx> {
        // SQLite: take the write lock at once (waiting up to busy_timeout), so a transaction that
        // reads first never fails with "database is locked" when it then writes.
        let tx = if self.sqlite {
            self.pool.begin_with("BEGIN IMMEDIATE").await
        } else {
            self.pool.begin().await
        };
        Ok(Tx {
            tx: tx.map_err(q("begin a batch"))?,
            now: self.now(),
            sqlite: self.sqlite,
            holder: std::sync::Arc::clone(&self.holder),
        })
    }

    /// Messages for `fiveminute queue`, newest first.
    pub async fn queue(&self, status: Option<&str>, limit: i64) -> Result<Vec<QueueRow>> {
        let rows = sqlx::query(
            // A notice to production is ours: its row names where it went, not a sender.
            "SELECT m.id, m.mailbox, m.status, m.status_reason, \
             CASE WHEN m.kind = 'notice' THEN 'to ' || m.from_addr ELSE m.from_addr END, m.subject, \
             m.received_at, d.questions, qu.reference, qu.total, qu.currency \
             FROM messages m LEFT JOIN drafts d ON d.message_id = m.id \
             LEFT JOIN quotes qu ON qu.id = d.quote_id \
             WHERE ($1 = '' OR m.status = $1) ORDER BY m.id DESC LIMIT $2",
        )
        .bind(status.unwrap_or(""))
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(q("list the queue"))?;
        Ok(rows
            .into_iter()
            .map(|r| QueueRow {
                id: r.get(0),
                mailbox: r.get(1),
                status: r.get(2),
                reason: r.get(3),
                from: r.get(4),
                subject: r.get(5),
                received_at: r.get(6),
                questions: r.get(7),
                quote: r.get(8),
                quote_total: r.get(9),
                currency: r.get(10),
            })
            .collect())
    }

    /// Replaces the stored states of the daemon's tasks (see `daemon::health`).
    pub async fn save_tasks(
        &self,
        pid: u32,
        tasks: &std::collections::BTreeMap<String, crate::daemon::health::TaskHealth>,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("begin saving task states"))?;
        sqlx::query("DELETE FROM daemon_tasks")
            .execute(&mut *tx)
            .await
            .map_err(q("clear task states"))?;
        for (name, t) in tasks {
            sqlx::query(
                "INSERT INTO daemon_tasks (name, state, detail, restarts, since, pid, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(name)
            .bind(t.state.as_str())
            .bind(t.detail.as_deref())
            .bind(i64::from(t.restarts))
            .bind(t.since)
            .bind(i64::from(pid))
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(q("save a task state"))?;
        }
        tx.commit().await.map_err(q("commit task states"))
    }

    /// The tasks' states as the daemon last wrote them, with when it wrote them and its pid
    /// (`None` when no daemon ever ran on this database).
    pub async fn tasks(
        &self,
    ) -> Result<(
        std::collections::BTreeMap<String, crate::daemon::health::TaskHealth>,
        Option<(i64, i64)>,
    )> {
        use crate::daemon::health::{TaskHealth, TaskState};
        let rows = sqlx::query(
            "SELECT name, state, detail, restarts, since, pid, updated_at FROM daemon_tasks ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(q("read task states"))?;
        let mut map = std::collections::BTreeMap::new();
        let mut written = None;
        for r in rows {
            let state: String = r.get(1);
            map.insert(
                r.get::<String, _>(0),
                TaskHealth {
                    state: TaskState::parse(&state).unwrap_or(TaskState::Failed),
                    detail: r.get(2),
                    restarts: u32::try_from(r.get::<i64, _>(3)).unwrap_or(0),
                    since: r.get(4),
                    reconnects: 0,
                },
            );
            written = Some((r.get::<i64, _>(6), r.get::<i64, _>(5)));
        }
        Ok((map, written))
    }

    /// How many messages are in each status.
    pub async fn counts(&self) -> Result<Vec<(String, i64)>> {
        let rows =
            sqlx::query("SELECT status, COUNT(*) FROM messages GROUP BY status ORDER BY status")
                .fetch_all(&self.pool)
                .await
                .map_err(q("count messages"))?;
        Ok(rows.into_iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// The Message-ID of every message stored from a mailbox, in the order stored (tests use
    /// this to check that each arrived exactly once).
    pub async fn stored_message_ids(&self, mailbox: &str) -> Result<Vec<String>> {
        let rows = sqlx::query("SELECT message_id FROM messages WHERE mailbox = $1 ORDER BY id")
            .bind(mailbox)
            .fetch_all(&self.pool)
            .await
            .map_err(q("list stored messages"))?;
        Ok(rows
            .into_iter()
            .map(|r| r.get::<Option<String>, _>(0).unwrap_or_default())
            .collect())
    }

    /// Every draft's message id (tests use this to check exactly-once).
    pub async fn drafted_message_ids(&self) -> Result<Vec<String>> {
        let rows = sqlx::query(
            "SELECT m.message_id FROM drafts d JOIN messages m ON m.id = d.message_id ORDER BY m.id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(q("list drafts"))?;
        Ok(rows
            .into_iter()
            .map(|r| r.get::<Option<String>, _>(0).unwrap_or_default())
            .collect())
    }
}

/// A transaction recording a batch's outcome: allocate quote references, insert quotes and
/// drafts, move statuses, then commit once.
#[derive(Debug)]
pub struct Tx {
    tx: Transaction<'static, Any>,
    now: i64,
    sqlite: bool,
    holder: std::sync::Arc<str>,
}

impl Tx {
    /// True when message `id` is still this daemon's to record: received and claimed by it. The
    /// row stays locked until the batch commits (PostgreSQL), so a daemon that was paused past
    /// its lease, and whose message another daemon claimed and drafted meanwhile, records
    /// nothing for it.
    pub async fn own(&mut self, id: i64) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE messages SET updated_at = updated_at \
             WHERE id = $1 AND status = 'received' AND claimed_by = $2",
        )
        .bind(id)
        .bind(&*self.holder)
        .execute(&mut *self.tx)
        .await
        .map_err(q("check a claim"))?
        .rows_affected();
        Ok(n == 1)
    }

    /// The next quote number (never repeats, also across crashes: it commits with the draft).
    pub async fn next_quote_number(&mut self) -> Result<i64> {
        let row = sqlx::query(
            "UPDATE counters SET value = value + 1 WHERE name = 'quote' RETURNING value",
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(q("allocate a quote number"))?;
        Ok(row.get(0))
    }

    /// Records a draft (with its quote) and moves the message to `drafted`.
    pub async fn drafted(
        &mut self,
        id: i64,
        draft: &NewDraft,
        quote: Option<&NewQuote>,
    ) -> Result<()> {
        let quote_id: Option<i64> = match quote {
            Some(qu) => Some(
                sqlx::query(
                    "INSERT INTO quotes (reference, message_id, client, minutes, hours, hourly_rate, \
                     total, currency, status, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9) RETURNING id",
                )
                .bind(&qu.reference)
                .bind(id)
                .bind(qu.client.as_deref().map(text))
                .bind(qu.minutes)
                .bind(qu.hours)
                .bind(qu.hourly_rate)
                .bind(qu.total)
                .bind(&qu.currency)
                .bind(self.now)
                .fetch_one(&mut *self.tx)
                .await
                .map_err(q("record a quote"))?
                .get(0),
            ),
            None => None,
        };
        let (free_questions, free_minutes) = report::free_work(&draft.analysis);
        sqlx::query(
            "INSERT INTO drafts (message_id, quote_id, to_addr, subject, body, in_reply_to, refs, \
             questions, analysis, created_at, updated_at, free_questions, free_minutes, language) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $13)",
        )
        .bind(id)
        .bind(quote_id)
        .bind(draft.to.as_deref().map(text))
        .bind(text(&draft.subject))
        .bind(text(&draft.body))
        .bind(draft.in_reply_to.as_deref().map(text))
        .bind(text(&draft.references))
        .bind(draft.questions)
        .bind(&draft.analysis)
        .bind(self.now)
        .bind(free_questions)
        .bind(free_minutes)
        .bind(report::reply_language(&draft.analysis))
        .execute(&mut *self.tx)
        .await
        .map_err(q("record a draft"))?;
        self.status(id, "drafted", None).await
    }

    /// The language of the last reply drafted for a client (by address), if any.
    pub async fn last_language(&mut self, client: &str) -> Result<Option<String>> {
        let row = sqlx::query(
            "SELECT d.language FROM messages m JOIN drafts d ON d.message_id = m.id \
             WHERE m.from_addr = $1 AND d.language IS NOT NULL ORDER BY m.id DESC LIMIT 1",
        )
        .bind(client)
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(q("read a client's language"))?;
        Ok(row.and_then(|r| r.get::<Option<String>, _>(0)))
    }

    /// Moves a message to a final status with a reason (`ignored`, `no_reply`, `failed`).
    pub async fn status(&mut self, id: i64, status: &str, reason: Option<&str>) -> Result<()> {
        sqlx::query(
            "UPDATE messages SET status = $1, status_reason = $2, lease_until = NULL, updated_at = $3 \
             WHERE id = $4 AND status = 'received'",
        )
        .bind(status)
        .bind(reason.map(text))
        .bind(self.now)
        .bind(id)
        .execute(&mut *self.tx)
        .await
        .map_err(q("move a message to its next status"))?;
        Ok(())
    }

    /// Commits the batch.
    pub async fn commit(self) -> Result<()> {
        self.tx.commit().await.map_err(q("commit a batch"))
    }
}

/// Fails with [`StoreError::LeaseLost`] unless `fence` is still held. The lease's row stays
/// locked until the transaction ends (PostgreSQL), so no takeover can slip in before it commits.
async fn check_fence(tx: &mut Transaction<'_, Any>, fence: &Fence) -> Result<()> {
    let n = sqlx::query(
        "UPDATE leases SET epoch = epoch WHERE name = $1 AND holder = $2 AND epoch = $3",
    )
    .bind(&fence.name)
    .bind(&fence.holder)
    .bind(fence.epoch)
    .execute(&mut **tx)
    .await
    .map_err(q("check a lease"))?
    .rows_affected();
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::LeaseLost {
            name: fence.name.clone(),
        })
    }
}

async fn save_position(
    tx: &mut Transaction<'_, Any>,
    mailbox: &str,
    p: Position,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, \
         last_uid = excluded.last_uid, updated_at = excluded.updated_at",
    )
    .bind(mailbox)
    .bind(p.uidvalidity)
    .bind(p.last_uid)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map_err(q("save the mailbox position"))?;
    Ok(())
}

/// A message above this size closes the connection that stored it (see `store_incoming`).
const LARGE_MESSAGE_BYTES: usize = 1024 * 1024;

/// How long leases and claims last without renewal unless configured (`[store] lease_seconds`).
pub const DEFAULT_LEASE_MS: i64 = 30_000;

/// SQL that is true when the daemon named in `{alias}.claimed_by` is gone: its own lease
/// (`daemon:<holder>`) is missing or expired at `{now}` (a bound parameter). Unclaimed rows
/// count as gone too.
pub(crate) fn claimer_gone(alias: &str, now: &str) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM leases l WHERE l.name = 'daemon:' || {alias}.claimed_by \
         AND l.expires_at > {now})"
    )
}

/// What makes a message itself, hashed: Message-ID, From, Subject, Date and the body. Trace
/// headers (Received, Delivered-To, Return-Path) are left out, so one message delivered twice
/// has one fingerprint; a message without a Message-ID is still told apart by its content.
///
/// Input with none of those headers (a junk file, an empty one) is hashed whole: two different
/// files that are not mail must never count as one and vanish.
pub fn fingerprint(raw: &[u8], head: &HeaderSummary) -> String {
    if [&head.message_id, &head.from_addr, &head.subject, &head.date]
        .iter()
        .all(|f| f.is_none())
    {
        let mut h = Sha256::new();
        h.update(b"headerless\0");
        h.update(raw);
        return hex(&h.finalize());
    }
    let body_at = find(raw, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| find(raw, b"\n\n").map(|i| i + 2))
        .unwrap_or(raw.len());
    let mut h = Sha256::new();
    for field in [&head.message_id, &head.from_addr, &head.subject, &head.date] {
        h.update(field.as_deref().unwrap_or("").as_bytes());
        h.update([0]);
    }
    // Line endings do not make a different message (hashed piece by piece: no copy of a
    // large body).
    for piece in raw[body_at..].split(|&b| b == b'\r') {
        h.update(piece);
    }
    hex(&h.finalize())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The few header fields stored beside the raw bytes, read without parsing the body.
#[derive(Debug, Default)]
pub struct HeaderSummary {
    message_id: Option<String>,
    from_addr: Option<String>,
    from_name: Option<String>,
    subject: Option<String>,
    date: Option<String>,
}

impl HeaderSummary {
    /// Reads the header block only.
    pub fn of(raw: &[u8]) -> HeaderSummary {
        let Some(h) = mail_parser::MessageParser::default().parse_headers(raw) else {
            return HeaderSummary::default();
        };
        let from = h.from().and_then(|a| a.first());
        HeaderSummary {
            message_id: h.message_id().map(header_text),
            from_addr: from.and_then(|f| f.address()).map(header_text),
            from_name: from.and_then(|f| f.name()).map(header_text),
            subject: h.subject().map(header_text),
            date: h.date().map(|d| d.to_rfc3339()),
        }
    }
}

/// Text as the database keeps it: PostgreSQL stores no NUL character, which has no meaning in
/// mail or in what a person types (every header we write drops it anyway), so it is left out
/// on both databases.
pub(crate) fn text(s: &str) -> String {
    s.replace('\0', "")
}

/// A header's text as the lists keep it: at most `HEADER_BYTES` (cut at a character), so that
/// an index entry stays inside PostgreSQL's limit (about 2.7 kB) whatever a sender writes.
pub(crate) fn header_text(s: &str) -> String {
    let mut t = text(s);
    if t.len() > HEADER_BYTES {
        let mut cut = HEADER_BYTES;
        while !t.is_char_boundary(cut) {
            cut -= 1;
        }
        t.truncate(cut);
    }
    t
}

/// The most of one header's text the database keeps (the raw message keeps all of it).
pub const HEADER_BYTES: usize = 900;

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::TestClock;
    use std::sync::Arc;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("fm-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d.join("fiveminute.db")
    }

    fn msg(key: &str, id: &str, body: &str) -> NewMessage {
        NewMessage {
            source_key: key.into(),
            raw: format!("From: a@b.example\r\nMessage-ID: <{id}>\r\nSubject: s\r\n\r\n{body}\r\n")
                .into_bytes(),
        }
    }

    /// Two writers at once, the first reading before it writes: with a deferred transaction the
    /// second's commit left the first with a stale snapshot and "database is locked" (which once
    /// stopped the daemon's worker); `BEGIN IMMEDIATE` makes the second wait its turn.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_transaction_that_reads_then_writes_is_not_refused_by_another_writer() {
        let s = Store::open_sqlite(&tmp("immediate"), Arc::new(TestClock::at(1_000)))
            .await
            .expect("opens");
        s.store_incoming("help", &[msg("k1", "1@x", "a")], None)
            .await
            .expect("stores");
        let first = s.clone();
        let reader_then_writer = tokio::spawn(async move {
            let mut tx = first.begin().await.expect("begins");
            tx.reply_files_size(1).await.expect("reads");
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            tx.audit(1, "first", "noted", None).await.expect("writes");
            tx.commit().await.expect("commits");
        });
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let mut tx = s.begin().await.expect("begins");
        tx.audit(1, "second", "noted", None).await.expect("writes");
        tx.commit().await.expect("commits");
        reader_then_writer
            .await
            .expect("the first writer was not refused");
        assert_eq!(s.audit_trail(1).await.expect("audit").len(), 2);
    }

    #[tokio::test]
    async fn second_daemon_is_refused() {
        let path = tmp("lock");
        let _first = Store::open_sqlite(&path, Arc::new(TestClock::at(0)))
            .await
            .expect("opens");
        let err = Store::open_sqlite(&path, Arc::new(TestClock::at(0)))
            .await
            .expect_err("locked");
        assert!(matches!(err, StoreError::Locked { .. }), "{err}");
        assert!(err.to_string().contains("another fiveminute daemon"));
    }
}
