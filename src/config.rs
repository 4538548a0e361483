//! Configuration: one struct per concern, read from a TOML file with `FIVEMINUTE__SECTION__KEY`
//! environment overrides, then checked by [`Config::validate`].
//!
//! Input: a file path (or the built-in example when none is found) and an environment map passed in
//! by the caller, so tests never touch the process environment. Output: a [`Config`] whose relative
//! paths are resolved against the config file's folder. Side effects: reads the file.
//!
//! Every struct denies unknown keys, so a typo stops start-up with the key's name.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::Database;
use crate::triage::Category;

/// The example configuration shipped in `config/`, compiled in so that `preview` works from any
/// folder and `check` can show what a default looks like.
pub const EXAMPLE_TOML: &str = include_str!("../config/fiveminute.toml");

/// Where `fiveminute` looks for its configuration when `--config` is not given.
pub const DEFAULT_PATH: &str = "config/fiveminute.toml";

/// Errors while loading or validating the configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read or is not valid TOML, or a key has the wrong type.
    #[error("cannot load configuration from {path}")]
    Load {
        path: String,
        #[source]
        source: config::ConfigError,
    },
    /// A key holds a value that is well-formed but not acceptable.
    #[error("invalid configuration in {path}: key `{key}`: {message}")]
    Invalid {
        path: String,
        key: String,
        message: String,
    },
}

/// The whole configuration of one installation.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Who we are: name, addresses and the signature of our replies.
    pub firm: FirmConfig,
    /// Prices: hourly rates, the free allowance and rounding.
    #[serde(default)]
    pub pricing: PricingConfig,
    /// How questions are categorised and timed, and where the answer library lives.
    #[serde(default)]
    pub triage: TriageConfig,
    /// How replies are rendered.
    #[serde(default)]
    pub draft: DraftConfig,
    /// Answers the firm gave before, suggested for questions like them.
    #[serde(default)]
    pub learn: LearnConfig,
    /// Which mail is never answered automatically.
    #[serde(default)]
    pub guard: GuardConfig,
    /// Phrase lists added to the built-in lexicon.
    #[serde(default)]
    pub lexicon: LexiconConfig,
    /// Logging.
    #[serde(default)]
    pub log: LogConfig,
    /// The database.
    #[serde(default)]
    pub store: StoreConfig,
    /// The mailboxes to watch (one `[[mailbox]]` table each).
    #[serde(default)]
    pub mailbox: Vec<MailboxConfig>,
    /// The pipeline worker.
    #[serde(default)]
    pub worker: WorkerConfig,
    /// Sending approved replies.
    #[serde(default)]
    pub outbox: OutboxConfig,
    /// Replies sent without review, for what the firm trusts (off by default).
    #[serde(default)]
    pub autosend: AutoSendConfig,
    /// The review page.
    #[serde(default)]
    pub review: ReviewConfig,
    /// Following quotes: reminders, expiry, business days.
    #[serde(default)]
    pub track: TrackConfig,
    /// The operations view (`GET /metrics`).
    #[serde(default)]
    pub metrics: MetricsConfig,
    /// Where the file was read from; set by the loader, not by the file.
    #[serde(skip)]
    pub source: ConfigSource,
}

/// Where a configuration came from, so that messages can name it and relative paths resolve.
#[derive(Debug, Clone, Default)]
pub enum ConfigSource {
    /// The example compiled into the binary (no file was found).
    #[default]
    BuiltIn,
    /// A file on disk.
    File(PathBuf),
}

impl fmt::Display for ConfigSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigSource::BuiltIn => f.write_str("the built-in example configuration"),
            ConfigSource::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// The firm that owns the mailbox.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FirmConfig {
    /// The firm's name as clients know it; used in the signature.
    pub name: String,
    /// The person or team that signs every reply ("Tom Hall", "The Hall & Partners team").
    /// Leave it out and each reply is signed by the person who approves it, with the display
    /// name and signature of their user (Users page); replies sent without review are then
    /// signed with the firm's name only.
    #[serde(default)]
    pub signer: Option<String>,
    /// Every address of ours (the shared mailbox and its aliases). Mail from these is our own
    /// mail coming back; mail that names none of them in To or Cc reached us by Bcc.
    pub addresses: Vec<String>,
    /// The domain used in the Message-IDs we generate, so a reply to us can be recognised.
    pub domain: String,
}

/// Prices and the free allowance.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct PricingConfig {
    /// ISO 4217 code of the currency quotes are in.
    pub currency: String,
    /// The symbol written before amounts ("$", "€", "£").
    pub currency_symbol: String,
    /// The firm's hourly rate for work beyond the free allowance.
    pub hourly_rate: f64,
    /// Minutes of work per email that are given free.
    pub free_minutes: u32,
    /// Quoted hours are rounded up to a multiple of this (0.5 = half hours).
    pub increment_hours: f64,
    /// Rates for particular clients, by the domain of their address.
    pub client: Vec<ClientRate>,
}

impl Default for PricingConfig {
    fn default() -> Self {
        PricingConfig {
            currency: "USD".into(),
            currency_symbol: "$".into(),
            hourly_rate: 250.0,
            free_minutes: 5,
            increment_hours: 0.5,
            client: Vec::new(),
        }
    }
}

/// An hourly rate for one client's domain.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClientRate {
    /// The client's mail domain ("bigclient.example"); subdomains match too.
    pub domain: String,
    /// Their hourly rate.
    pub hourly_rate: f64,
}

impl PricingConfig {
    /// The hourly rate for a client address: the most specific domain override, else the default.
    pub fn rate_for(&self, address: Option<&str>) -> f64 {
        let Some(domain) = address.and_then(|a| a.rsplit_once('@')).map(|(_, d)| d) else {
            return self.hourly_rate;
        };
        let domain = domain.to_ascii_lowercase();
        self.client
            .iter()
            .filter(|c| {
                let cd = c.domain.to_ascii_lowercase();
                domain == cd || domain.ends_with(&format!(".{cd}"))
            })
            .max_by_key(|c| c.domain.len())
            .map_or(self.hourly_rate, |c| c.hourly_rate)
    }
}

/// Answers the firm gave before: every answer a manager approves is kept with its question, and
/// suggested for a later question like it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LearnConfig {
    /// Suggest answers given before (on by default).
    pub suggest: bool,
    /// Lowest similarity (0 to 1, the cosine of the two questions' weighted words) at which an
    /// answer given before is suggested. Chosen by measurement (README, "Answers given before").
    pub threshold: f64,
    /// Lowest similarity at which an answer given before is shown beside a question for a
    /// person to use with one click (nothing is filled in).
    pub hint_threshold: f64,
    /// The firm's own synonyms, one group per string joined by commas ("retainer, deposit,
    /// advance"): questions that use any of them match. They add to the lexicon's
    /// `[match] synonyms`.
    pub synonyms: Vec<String>,
    /// Times an answer must have been given before the Ops page proposes it as a library entry.
    pub propose_after: usize,
}

impl Default for LearnConfig {
    fn default() -> Self {
        LearnConfig {
            suggest: true,
            threshold: 0.5,
            hint_threshold: 0.3,
            synonyms: Vec::new(),
            propose_after: 2,
        }
    }
}

/// Triage: categories, minutes of effort and the answer library.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct TriageConfig {
    /// The answer library (TOML), relative to this file's folder.
    pub answers: PathBuf,
    /// Lowest similarity (0 to 1) at which a library answer is suggested.
    pub match_threshold: f64,
    /// Minutes of effort for a question of each category when no rule or library entry says.
    pub default_minutes: DefaultMinutes,
    /// Rules tried in order: the first whose pattern matches a question sets its category and
    /// minutes.
    pub rule: Vec<EffortRule>,
    /// Bytes of the client's new text that are split into questions; the rest is left for a
    /// person to read (the draft says so).
    pub max_text_bytes: usize,
    /// Questions drafted from one email, at most. An email with more is a long brief: the first
    /// ones are drafted, it is never auto-sent, and the draft asks a person to read it.
    pub max_questions: usize,
}

impl Default for TriageConfig {
    fn default() -> Self {
        TriageConfig {
            answers: PathBuf::from("answers.toml"),
            match_threshold: 0.45,
            default_minutes: DefaultMinutes::default(),
            rule: Vec::new(),
            max_text_bytes: 32 * 1024,
            max_questions: 30,
        }
    }
}

/// Minutes of effort per category.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DefaultMinutes {
    /// A question we can answer on the spot.
    pub answer: u32,
    /// We need something from the client before we can answer.
    pub needs_info: u32,
    /// We need to look something up or think it through.
    pub research: u32,
    /// The client asks us to do work (prepare, review, draft, file).
    pub work: u32,
}

impl Default for DefaultMinutes {
    fn default() -> Self {
        DefaultMinutes {
            answer: 2,
            needs_info: 1,
            research: 30,
            work: 60,
        }
    }
}

impl DefaultMinutes {
    /// The default minutes of one category.
    pub fn get(&self, category: Category) -> u32 {
        match category {
            Category::Answer => self.answer,
            Category::NeedsInfo => self.needs_info,
            Category::Research => self.research,
            Category::Work => self.work,
        }
    }
}

/// One effort rule: a pattern over the question's text and what it implies.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EffortRule {
    /// A regular expression (case-insensitive) matched against the question.
    pub pattern: String,
    /// The category a matching question gets.
    pub category: Category,
    /// Minutes of effort; the category's default when left out.
    pub minutes: Option<u32>,
}

/// Rendering of replies.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DraftConfig {
    /// The folder of tera templates (`reply.txt`, `subject.txt`), relative to this file's folder.
    pub templates: PathBuf,
    /// The prefix of quote references: `Q` gives `[Q-0042]`.
    pub quote_prefix: String,
    /// The firm's language: replies are written in the client's language when the templates
    /// have it (a folder per language), else in this one.
    pub language: String,
}

impl Default for DraftConfig {
    fn default() -> Self {
        DraftConfig {
            templates: PathBuf::from("../templates"),
            quote_prefix: "Q".into(),
            language: "en".into(),
        }
    }
}

/// Which mail must never get an automatic reply, beyond the built-in rules.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct GuardConfig {
    /// Local parts (before the @) of role addresses that are people but must not get a robot's
    /// answer, added to the built-in list (postmaster, abuse, hostmaster, webmaster, ...).
    pub role_senders: Vec<String>,
    /// Sender addresses or whole domains (`@example.com`) treated as machines.
    pub machine_senders: Vec<String>,
    /// Points of evidence (weights in `lexicon/guard.toml`) at which mail is machine-made.
    pub machine_score: i32,
}

impl Default for GuardConfig {
    fn default() -> Self {
        GuardConfig {
            role_senders: Vec::new(),
            machine_senders: Vec::new(),
            machine_score: 6,
        }
    }
}

/// Phrase lists ops add to the built-in lexicon.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LexiconConfig {
    /// TOML files of the shape of `lexicon/en.toml`, relative to this file; their lists are
    /// joined to the built-in ones of the same name.
    pub files: Vec<PathBuf>,
}

/// Logging.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// `text` for people, `json` for log collectors.
    pub format: LogFormat,
    /// A tracing filter such as `info` or `fiveminute=debug,info`; `RUST_LOG` wins when set.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: LogFormat::Text,
            level: "info".into(),
        }
    }
}

/// The log line format.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// The database.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct StoreConfig {
    /// The SQLite file, relative to this file's folder. A lock file beside it keeps a second
    /// daemon off it.
    pub path: PathBuf,
    /// PostgreSQL instead of the SQLite file: `postgres://user@host:port/database`, with the
    /// password in `password_env` or `password_file`, never in the URL.
    pub url: Option<String>,
    /// The environment variable holding PostgreSQL's password.
    pub password_env: Option<String>,
    /// A file whose first line is PostgreSQL's password (relative to this file's folder).
    pub password_file: Option<PathBuf>,
    /// Several daemons on one PostgreSQL: how long a daemon's hold on a mailbox, on the
    /// follow-up and on the work it claimed lasts without renewal (renewed every third of it).
    /// When a daemon dies, another takes over within this time.
    pub lease_seconds: u64,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            path: PathBuf::from("../var/fiveminute.db"),
            url: None,
            password_env: None,
            password_file: None,
            lease_seconds: 30,
        }
    }
}

/// The kind of a mailbox.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MailboxKind {
    /// A local Maildir (one machine, demos).
    Maildir,
    /// An IMAP folder, watched with IDLE.
    Imap,
}

/// How to talk to an IMAP server.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (port 993).
    #[default]
    Tls,
    /// Plain connection upgraded with STARTTLS (port 143).
    Starttls,
    /// No encryption: refused unless the host is on this machine (127.0.0.1, ::1, localhost).
    Plain,
}

/// Where to start on a mailbox seen for the first time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartAt {
    /// Only mail arriving from now on (the default: years of old mail must not become drafts).
    Now,
    /// Everything in the folder.
    All,
    /// Mail from this date on (YYYY-MM-DD).
    Since(chrono::NaiveDate),
}

impl StartAt {
    fn parse(s: &str) -> Option<StartAt> {
        match s.trim() {
            "now" => Some(StartAt::Now),
            "all" => Some(StartAt::All),
            d => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .ok()
                .map(StartAt::Since),
        }
    }
}

/// One watched mailbox.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MailboxConfig {
    /// A short name used in logs and in the database ("help", "brand-b").
    pub name: String,
    /// The mailbox's address; it is one of ours (loops, Bcc) and the From of our replies.
    pub address: String,
    /// `maildir` or `imap`.
    pub kind: MailboxKind,
    /// maildir: the Maildir folder (with new/, cur/, tmp/), relative to this file's folder.
    pub path: Option<PathBuf>,
    /// maildir: seconds between full scans of new/, besides file notifications.
    #[serde(default = "default_rescan")]
    pub rescan_seconds: u64,
    /// imap: the server's host name.
    pub host: Option<String>,
    /// imap: the port (993 for tls, 143 for starttls and plain when left out).
    pub port: Option<u16>,
    /// imap: `tls`, `starttls`, or `plain` (loopback only).
    #[serde(default)]
    pub security: Security,
    /// imap: the login name.
    pub username: Option<String>,
    /// imap: the environment variable that holds the password.
    pub password_env: Option<String>,
    /// imap: a file that holds the password (first line), relative to this file's folder.
    pub password_file: Option<PathBuf>,
    /// imap: an extra CA certificate (PEM) to trust, for servers with a private CA.
    pub ca_file: Option<PathBuf>,
    /// imap: the folder to watch.
    #[serde(default = "default_folder")]
    pub folder: String,
    /// imap: where to start the first time: `now`, `all`, or a date `YYYY-MM-DD`.
    #[serde(default = "default_start")]
    pub start: String,
    /// imap: move stored messages to this folder (left in place when not set). Never deletes.
    pub move_to: Option<String>,
    /// imap: minutes before an IDLE is re-issued (servers drop it after 30).
    #[serde(default = "default_idle_minutes")]
    pub idle_minutes: u64,
    /// imap: messages fetched per round trip (small ones; a large message is fetched alone).
    #[serde(default = "default_fetch_batch")]
    pub fetch_batch: u32,
    /// imap: seconds after which a quiet IDLE is ended and begun again, which tests that the
    /// server still answers (it must answer within `timeout_seconds`).
    #[serde(default = "default_check_seconds")]
    pub check_seconds: u64,
    /// imap: seconds the server may stay silent while it owes an answer (to a command, or the
    /// rest of a message being fetched) before the connection is dropped and made again.
    #[serde(default = "default_timeout_seconds")]
    pub timeout_seconds: u64,
    /// imap: seconds between checks for new mail when the server offers no IDLE; also the
    /// longest pause when a server ends every IDLE at once without news.
    #[serde(default = "default_poll_seconds")]
    pub poll_seconds: u64,
    /// Where accepted work is handed over (the brief is emailed there); none keeps it on the
    /// Jobs page only.
    pub production_address: Option<String>,
}

fn default_rescan() -> u64 {
    30
}
fn default_folder() -> String {
    "INBOX".into()
}
fn default_start() -> String {
    "now".into()
}
fn default_idle_minutes() -> u64 {
    25
}
fn default_fetch_batch() -> u32 {
    100
}
fn default_check_seconds() -> u64 {
    120
}
fn default_timeout_seconds() -> u64 {
    20
}
fn default_poll_seconds() -> u64 {
    60
}

impl MailboxConfig {
    /// Where to start on first sight (validated at load).
    pub fn start_at(&self) -> StartAt {
        StartAt::parse(&self.start).unwrap_or(StartAt::Now)
    }

    /// The IMAP port, from the setting or the security's default.
    pub fn imap_port(&self) -> u16 {
        self.port.unwrap_or(match self.security {
            Security::Tls => 993,
            Security::Starttls | Security::Plain => 143,
        })
    }
}

/// The pipeline worker.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct WorkerConfig {
    /// Messages processed per transaction.
    pub batch: u32,
    /// Bytes of stored mail taken into one batch, at most (one larger message is a batch of its
    /// own): bounds the worker's memory when large mail arrives in a burst.
    pub batch_bytes: u64,
    /// Seconds between polls of the queue when nothing wakes the worker.
    pub poll_seconds: u64,
    /// Seconds a claimed message stays with a worker before another may take it.
    pub lease_seconds: u64,
    /// Seconds the daemon waits for tasks to finish on shutdown.
    pub shutdown_seconds: u64,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            batch: 200,
            batch_bytes: 32 * 1024 * 1024,
            poll_seconds: 5,
            lease_seconds: 300,
            shutdown_seconds: 10,
        }
    }
}

/// How approved replies leave.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    /// Each message is written to `outbox.directory` (demos, and the Maildir default).
    File,
    /// Through the SMTP relay below.
    Smtp,
}

/// Sending approved replies.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct OutboxConfig {
    /// `file` or `smtp`.
    pub transport: Transport,
    /// file: the folder messages are written to, relative to this file's folder.
    pub directory: PathBuf,
    /// smtp: the relay's host name.
    pub host: Option<String>,
    /// smtp: the port (465 for tls, 587 for starttls, 25 for plain when left out).
    pub port: Option<u16>,
    /// smtp: `tls`, `starttls`, or `plain` (loopback only).
    pub security: Security,
    /// smtp: the login name, when the relay wants AUTH.
    pub username: Option<String>,
    /// smtp: the environment variable that holds the password.
    pub password_env: Option<String>,
    /// smtp: a file that holds the password, relative to this file's folder.
    pub password_file: Option<PathBuf>,
    /// smtp: an extra CA certificate (PEM) to trust.
    pub ca_file: Option<PathBuf>,
    /// The name we give in EHLO (the firm's domain when left out).
    pub hello_name: Option<String>,
    /// Seconds one SMTP step may take.
    pub timeout_seconds: u64,
    /// Attempts before a message that keeps failing temporarily is given up (and shown).
    pub max_attempts: u32,
    /// Seconds before the first retry; each further retry waits twice as long (at most 30 min).
    pub retry_seconds: u64,
    /// The IMAP folder that gets a copy of each sent reply (IMAP mailboxes only).
    pub sent_folder: String,
    /// Seconds an approved reply waits before it may be sent, so that "Undo" can take it back
    /// (0: sent at once). Replies sent without review do not wait.
    pub undo_seconds: u64,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        OutboxConfig {
            transport: Transport::File,
            directory: PathBuf::from("../var/outbox"),
            host: None,
            port: None,
            security: Security::Starttls,
            username: None,
            password_env: None,
            password_file: None,
            ca_file: None,
            hello_name: None,
            timeout_seconds: 60,
            max_attempts: 20,
            retry_seconds: 15,
            sent_folder: "Sent".into(),
            undo_seconds: 10,
        }
    }
}

impl OutboxConfig {
    /// The SMTP port, from the setting or the security's default.
    pub fn smtp_port(&self) -> u16 {
        self.port.unwrap_or(match self.security {
            Security::Tls => 465,
            Security::Starttls => 587,
            Security::Plain => 25,
        })
    }
}

/// Replies sent without a person's approval.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AutoSendConfig {
    /// Off unless the firm turns it on.
    pub enabled: bool,
    /// Only emails whose every question has a library answer, and with nothing quoted.
    pub library_answers_only: bool,
    /// At most this many automatic replies to one address per day, so no loop can form.
    pub max_per_sender_per_day: u32,
    /// The one reminder for a silent quote goes out without review (whatever `enabled` says).
    pub reminders: bool,
}

impl Default for AutoSendConfig {
    fn default() -> Self {
        AutoSendConfig {
            enabled: false,
            library_answers_only: true,
            max_per_sender_per_day: 2,
            reminders: false,
        }
    }
}

/// The operations view: `GET /metrics` in Prometheus text format, without login, on its own
/// address (so it can be bound where only the monitoring system reaches).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsConfig {
    /// Address and port to serve `/metrics` on (`127.0.0.1:9185`); empty: not served.
    pub listen: String,
}

/// The review page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReviewConfig {
    /// Address and port to listen on. Put a TLS proxy in front when it is not 127.0.0.1.
    pub listen: String,
    /// Hours a login lasts.
    pub session_hours: u64,
    /// Mark the cookie Secure (set this when the page is served over HTTPS by a proxy).
    pub secure_cookies: bool,
    /// Wrong passwords for one user name, within `lock_minutes`, before that name is locked
    /// (whatever address the attempts come from).
    pub max_failures_per_name: u32,
    /// Wrong passwords from one client address, for any names, within `lock_minutes`, before
    /// that address is locked. Higher than per name: an office shares one address.
    pub max_failures_per_address: u32,
    /// Minutes a lock lasts, counted from the first failure of its series. Locks are kept in
    /// the database, so a restart does not lift them.
    pub lock_minutes: u64,
    /// IP addresses of the reverse proxies in front of the page. Only a request whose direct
    /// peer is one of them has its `X-Forwarded-For` read, and the client is the right-most
    /// address there that is not a trusted proxy. Empty (the default): the header is never
    /// believed, and the client is the direct peer.
    pub trusted_proxies: Vec<String>,
    /// The largest file a manager may attach to a reply, in bytes (default 10 MiB).
    pub max_attachment_bytes: u64,
    /// The most a reply's attachments may weigh together, in bytes (default 20 MiB; most mail
    /// servers refuse messages much above 25 MB once encoded).
    pub max_attachments_total_bytes: u64,
}

impl Default for ReviewConfig {
    fn default() -> Self {
        ReviewConfig {
            listen: "127.0.0.1:8025".into(),
            session_hours: 12,
            secure_cookies: false,
            max_failures_per_name: 5,
            max_failures_per_address: 50,
            lock_minutes: 15,
            trusted_proxies: Vec::new(),
            max_attachment_bytes: 10 * 1024 * 1024,
            max_attachments_total_bytes: 20 * 1024 * 1024,
        }
    }
}

/// Following quotes to a decision.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct TrackConfig {
    /// Business days of silence after a quote is sent before the one reminder is drafted.
    pub remind_after_business_days: u32,
    /// Business days after a quote is sent before it expires when nobody answered.
    pub expire_after_business_days: u32,
    /// The firm's time zone (IANA name, e.g. `Europe/London`), for counting business days.
    pub timezone: String,
    /// Seconds between checks for reminders and expiries.
    pub check_seconds: u64,
    /// How sure (0 to 1) the reading of a reply must be before an accept or decline is taken
    /// without a person; below it the reply is unclear and the page shows what was found.
    pub min_confidence: f64,
}

impl Default for TrackConfig {
    fn default() -> Self {
        TrackConfig {
            remind_after_business_days: 3,
            expire_after_business_days: 10,
            timezone: "UTC".into(),
            check_seconds: 60,
            min_confidence: crate::track::classify::DEFAULT_MIN_CONFIDENCE,
        }
    }
}

impl TrackConfig {
    /// The time zone (validated at load).
    pub fn tz(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::UTC)
    }
}

/// Keys whose environment values are comma-separated lists.
const LIST_KEYS: &[&str] = &[
    "firm.addresses",
    "guard.role_senders",
    "guard.machine_senders",
    "review.trusted_proxies",
    "lexicon.files",
];

impl Config {
    /// Loads a configuration.
    ///
    /// With `path` the file must exist. Without it, [`DEFAULT_PATH`] is used when it exists and
    /// the built-in example otherwise. `env` holds the environment (only `FIVEMINUTE__*` keys are
    /// read), passed in so that tests can give their own.
    pub fn load(path: Option<&Path>, env: &HashMap<String, String>) -> Result<Config, ConfigError> {
        let (source, file) = match path {
            Some(p) => (ConfigSource::File(p.to_path_buf()), Some(p.to_path_buf())),
            None if Path::new(DEFAULT_PATH).exists() => (
                ConfigSource::File(PathBuf::from(DEFAULT_PATH)),
                Some(PathBuf::from(DEFAULT_PATH)),
            ),
            None => (ConfigSource::BuiltIn, None),
        };
        let name = source.to_string();
        let mut builder = config::Config::builder();
        builder = match &file {
            Some(p) => builder.add_source(
                config::File::from(p.as_path())
                    .format(config::FileFormat::Toml)
                    .required(true),
            ),
            None => builder.add_source(config::File::from_str(
                EXAMPLE_TOML,
                config::FileFormat::Toml,
            )),
        };
        let env: config::Map<String, String> = env
            .iter()
            .filter(|(k, _)| k.starts_with("FIVEMINUTE__"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut environment = config::Environment::with_prefix("FIVEMINUTE")
            .prefix_separator("__")
            .separator("__")
            .try_parsing(true)
            .list_separator(",")
            .source(Some(env));
        for key in LIST_KEYS {
            environment = environment.with_list_parse_key(key);
        }
        let mut cfg: Config = builder
            .add_source(environment)
            .build()
            .and_then(config::Config::try_deserialize)
            .map_err(|source| ConfigError::Load {
                path: name.clone(),
                source,
            })?;
        cfg.source = source;
        cfg.validate()?;
        Ok(cfg)
    }

    /// Checks values that parse but make no sense, naming the key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, message: String| ConfigError::Invalid {
            path: self.source.to_string(),
            key: key.to_string(),
            message,
        };
        if self.firm.name.trim().is_empty() {
            return Err(bad("firm.name", "must not be empty".into()));
        }
        let st = &self.store;
        match &st.url {
            Some(url) => {
                let Some((scheme, rest)) = url.split_once("://") else {
                    return Err(bad(
                        "store.url",
                        format!("`{url}` is not a URL: write postgres://user@host:port/database"),
                    ));
                };
                if !matches!(scheme, "postgres" | "postgresql") {
                    return Err(bad(
                        "store.url",
                        format!(
                            "`{scheme}://` is not PostgreSQL: the url is for PostgreSQL (postgres://user@host:port/database); SQLite takes store.path"
                        ),
                    ));
                }
                let authority = rest.split('/').next().unwrap_or("");
                if authority
                    .rsplit_once('@')
                    .is_some_and(|(user, _)| user.contains(':'))
                {
                    return Err(bad(
                        "store.url",
                        "holds a password: put it in store.password_env or store.password_file, never in this file".into(),
                    ));
                }
                if st.password_env.is_some() && st.password_file.is_some() {
                    return Err(bad(
                        "store.password_env",
                        "set at most one of store.password_env and store.password_file".into(),
                    ));
                }
            }
            None if st.password_env.is_some() || st.password_file.is_some() => {
                return Err(bad(
                    "store.password_env",
                    "a password is for PostgreSQL (store.url); the SQLite file takes none".into(),
                ));
            }
            None => {}
        }
        if self.firm.addresses.is_empty() {
            return Err(bad(
                "firm.addresses",
                "list at least the shared mailbox's address".into(),
            ));
        }
        for a in &self.firm.addresses {
            if !looks_like_address(a) {
                return Err(bad(
                    "firm.addresses",
                    format!("`{a}` is not an email address"),
                ));
            }
        }
        if self.firm.domain.trim().is_empty() || self.firm.domain.contains('@') {
            return Err(bad(
                "firm.domain",
                "must be a domain name such as `example.com`".into(),
            ));
        }
        if !(0.0..=1.0).contains(&self.track.min_confidence) {
            return Err(bad(
                "track.min_confidence",
                "must be between 0 and 1 (0.7 by default)".into(),
            ));
        }
        if self.guard.machine_score < 1 {
            return Err(bad(
                "guard.machine_score",
                "must be at least 1 (the built-in weights are 2 to 4 points)".into(),
            ));
        }
        let p = &self.pricing;
        if !(p.hourly_rate.is_finite() && p.hourly_rate > 0.0) {
            return Err(bad("pricing.hourly_rate", "must be above zero".into()));
        }
        if !(p.increment_hours.is_finite() && p.increment_hours > 0.0 && p.increment_hours <= 8.0) {
            return Err(bad(
                "pricing.increment_hours",
                "must be above zero and at most 8".into(),
            ));
        }
        if p.currency.len() != 3 || !p.currency.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(bad(
                "pricing.currency",
                format!("`{}` is not a three-letter ISO 4217 code", p.currency),
            ));
        }
        for (i, c) in p.client.iter().enumerate() {
            if c.domain.trim().is_empty() || c.domain.contains('@') {
                return Err(bad(
                    &format!("pricing.client[{i}].domain"),
                    "must be a domain name".into(),
                ));
            }
            if !(c.hourly_rate.is_finite() && c.hourly_rate > 0.0) {
                return Err(bad(
                    &format!("pricing.client[{i}].hourly_rate"),
                    "must be above zero".into(),
                ));
            }
        }
        let t = &self.triage;
        if !(0.0..=1.0).contains(&t.match_threshold) {
            return Err(bad(
                "triage.match_threshold",
                "must be between 0 and 1".into(),
            ));
        }
        if !(0.0..=1.0).contains(&self.learn.threshold) || self.learn.threshold == 0.0 {
            return Err(bad(
                "learn.threshold",
                "must be above 0 and at most 1".into(),
            ));
        }
        if !(0.0..=self.learn.threshold).contains(&self.learn.hint_threshold) {
            return Err(bad(
                "learn.hint_threshold",
                "must be between 0 and learn.threshold".into(),
            ));
        }
        if self.learn.propose_after == 0 {
            return Err(bad("learn.propose_after", "must be at least 1".into()));
        }
        for (i, r) in t.rule.iter().enumerate() {
            if let Err(e) = regex::RegexBuilder::new(&r.pattern)
                .case_insensitive(true)
                .build()
            {
                return Err(bad(&format!("triage.rule[{i}].pattern"), e.to_string()));
            }
        }
        let mut names = std::collections::HashSet::new();
        for (i, m) in self.mailbox.iter().enumerate() {
            let key = |k: &str| format!("mailbox[{i}].{k}");
            if m.name.trim().is_empty()
                || !m
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(bad(
                    &key("name"),
                    "use letters, digits, - and _ only".into(),
                ));
            }
            if !names.insert(m.name.clone()) {
                return Err(bad(&key("name"), format!("`{}` is used twice", m.name)));
            }
            if !looks_like_address(&m.address) {
                return Err(bad(
                    &key("address"),
                    format!("`{}` is not an email address", m.address),
                ));
            }
            match m.kind {
                MailboxKind::Maildir => {
                    if m.path.is_none() {
                        return Err(bad(
                            &key("path"),
                            "a maildir mailbox needs its folder".into(),
                        ));
                    }
                }
                MailboxKind::Imap => {
                    let host = m.host.as_deref().unwrap_or("").trim();
                    if host.is_empty() {
                        return Err(bad(&key("host"), "an imap mailbox needs its server".into()));
                    }
                    if m.username.as_deref().unwrap_or("").is_empty() {
                        return Err(bad(
                            &key("username"),
                            "an imap mailbox needs a login".into(),
                        ));
                    }
                    if m.password_env.is_none() == m.password_file.is_none() {
                        return Err(bad(
                            &key("password_env"),
                            "set exactly one of password_env and password_file (never the password itself)".into(),
                        ));
                    }
                    if m.security == Security::Plain
                        && !matches!(host, "127.0.0.1" | "::1" | "localhost")
                    {
                        return Err(bad(
                            &key("security"),
                            format!("plain IMAP is allowed only on this machine, not to `{host}`"),
                        ));
                    }
                    if StartAt::parse(&m.start).is_none() {
                        return Err(bad(
                            &key("start"),
                            format!("`{}` is not `now`, `all` or a date YYYY-MM-DD", m.start),
                        ));
                    }
                    if m.idle_minutes == 0 || m.idle_minutes > 29 {
                        return Err(bad(&key("idle_minutes"), "must be between 1 and 29".into()));
                    }
                    if m.fetch_batch == 0 {
                        return Err(bad(&key("fetch_batch"), "must be above zero".into()));
                    }
                    if m.check_seconds == 0 || m.check_seconds > m.idle_minutes * 60 {
                        return Err(bad(
                            &key("check_seconds"),
                            format!(
                                "must be between 1 and idle_minutes × 60 ({})",
                                m.idle_minutes * 60
                            ),
                        ));
                    }
                    for (name, value) in [
                        ("timeout_seconds", m.timeout_seconds),
                        ("poll_seconds", m.poll_seconds),
                    ] {
                        if value == 0 || value > 3600 {
                            return Err(bad(&key(name), "must be between 1 and 3600".into()));
                        }
                    }
                }
            }
        }
        let o = &self.outbox;
        if o.transport == Transport::Smtp {
            let host = o.host.as_deref().unwrap_or("").trim();
            if host.is_empty() {
                return Err(bad(
                    "outbox.host",
                    "the smtp transport needs a relay host".into(),
                ));
            }
            if o.security == Security::Plain && !matches!(host, "127.0.0.1" | "::1" | "localhost") {
                return Err(bad(
                    "outbox.security",
                    format!("plain SMTP is allowed only on this machine, not to `{host}`"),
                ));
            }
            if o.username.is_some() && o.password_env.is_none() == o.password_file.is_none() {
                return Err(bad(
                    "outbox.password_env",
                    "with a username, set exactly one of password_env and password_file".into(),
                ));
            }
        }
        if o.max_attempts == 0 || o.timeout_seconds == 0 {
            return Err(bad(
                "outbox",
                "max_attempts and timeout_seconds must be above zero".into(),
            ));
        }
        if self.review.listen.parse::<std::net::SocketAddr>().is_err() {
            return Err(bad(
                "review.listen",
                format!(
                    "`{}` is not an address:port such as 127.0.0.1:8025",
                    self.review.listen
                ),
            ));
        }
        if !self.metrics.listen.is_empty()
            && self.metrics.listen.parse::<std::net::SocketAddr>().is_err()
        {
            return Err(bad(
                "metrics.listen",
                format!(
                    "`{}` is not an address:port such as 127.0.0.1:9185 (or leave it empty)",
                    self.metrics.listen
                ),
            ));
        }
        if self.track.timezone.parse::<chrono_tz::Tz>().is_err() {
            return Err(bad(
                "track.timezone",
                format!(
                    "`{}` is not an IANA time zone such as Europe/London",
                    self.track.timezone
                ),
            ));
        }
        if self.track.remind_after_business_days >= self.track.expire_after_business_days {
            return Err(bad(
                "track.remind_after_business_days",
                "must be less than expire_after_business_days".into(),
            ));
        }
        for (i, m) in self.mailbox.iter().enumerate() {
            if let Some(p) = &m.production_address
                && !looks_like_address(p)
            {
                return Err(bad(
                    &format!("mailbox[{i}].production_address"),
                    format!("`{p}` is not an email address"),
                ));
            }
        }
        if self.review.session_hours == 0 {
            return Err(bad("review.session_hours", "must be above zero".into()));
        }
        for (key, value) in [
            (
                "review.max_failures_per_name",
                u64::from(self.review.max_failures_per_name),
            ),
            (
                "review.max_failures_per_address",
                u64::from(self.review.max_failures_per_address),
            ),
            ("review.lock_minutes", self.review.lock_minutes),
            (
                "review.max_attachment_bytes",
                self.review.max_attachment_bytes,
            ),
            (
                "review.max_attachments_total_bytes",
                self.review.max_attachments_total_bytes,
            ),
        ] {
            if value == 0 {
                return Err(bad(key, "must be above zero".into()));
            }
        }
        for p in &self.review.trusted_proxies {
            if p.trim().parse::<std::net::IpAddr>().is_err() {
                return Err(bad(
                    "review.trusted_proxies",
                    format!("`{p}` is not an IP address such as 127.0.0.1 or ::1"),
                ));
            }
        }
        if !(3..=3600).contains(&self.store.lease_seconds) {
            return Err(bad(
                "store",
                format!(
                    "lease_seconds = {} is out of range: it must be 3 to 3600 (renewed every third of it)",
                    self.store.lease_seconds
                ),
            ));
        }
        if self.worker.batch == 0 || self.worker.poll_seconds == 0 || self.worker.lease_seconds == 0
        {
            return Err(bad(
                "worker",
                "batch, poll_seconds and lease_seconds must be above zero".into(),
            ));
        }
        if self.draft.quote_prefix.is_empty()
            || !self
                .draft
                .quote_prefix
                .chars()
                .all(|c| c.is_ascii_alphanumeric())
        {
            return Err(bad(
                "draft.quote_prefix",
                "must be letters or digits, such as `Q`".into(),
            ));
        }
        Ok(())
    }

    /// Resolves a path from the configuration: relative paths are relative to the config file's
    /// folder. For the built-in example they are relative to `config/` in the working folder.
    pub fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            return p.to_path_buf();
        }
        let joined = match &self.source {
            ConfigSource::File(f) => f.parent().unwrap_or(Path::new(".")).join(p),
            ConfigSource::BuiltIn => Path::new("config").join(p),
        };
        normalize_lexically(&joined)
    }

    /// True when the address is one of ours (case-insensitive): the firm's and the mailboxes'.
    pub fn is_own_address(&self, address: &str) -> bool {
        self.own_addresses()
            .iter()
            .any(|a| a.eq_ignore_ascii_case(address))
    }

    /// Every address of ours: `firm.addresses` and each mailbox's address.
    pub fn own_addresses(&self) -> Vec<String> {
        let mut all = self.firm.addresses.clone();
        for m in &self.mailbox {
            if !all.iter().any(|a| a.eq_ignore_ascii_case(&m.address)) {
                all.push(m.address.clone());
            }
        }
        all
    }

    /// The database this configuration names: the SQLite file, or PostgreSQL's URL with its
    /// password put in (from `store.password_env` or `store.password_file`).
    pub fn database(&self, env: &HashMap<String, String>) -> Result<Database, String> {
        let s = &self.store;
        let Some(url) = &s.url else {
            return Ok(Database::Sqlite(self.resolve(&s.path)));
        };
        let password = if let Some(var) = &s.password_env {
            Some(
                env.get(var)
                    .cloned()
                    .filter(|p| !p.is_empty())
                    .ok_or_else(|| {
                        format!("environment variable {var} (store.password_env) is not set")
                    })?,
            )
        } else if let Some(file) = &s.password_file {
            let path = self.resolve(file);
            Some(
                std::fs::read_to_string(&path)
                    .map_err(|e| {
                        format!(
                            "cannot read the password file {} (store.password_file): {e}",
                            path.display()
                        )
                    })?
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string(),
            )
        } else {
            None
        };
        Ok(Database::Postgres {
            url: with_password(url, password.as_deref()),
            name: url.clone(),
        })
    }

    /// The SMTP relay's password, when it wants one.
    pub fn smtp_password(&self, env: &HashMap<String, String>) -> Result<Option<String>, String> {
        let o = &self.outbox;
        if let Some(var) = &o.password_env {
            return env
                .get(var)
                .cloned()
                .filter(|p| !p.is_empty())
                .map(Some)
                .ok_or_else(|| {
                    format!("environment variable {var} (outbox.password_env) is not set")
                });
        }
        if let Some(file) = &o.password_file {
            let path = self.resolve(file);
            return std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read the password file {}: {e}", path.display()))
                .map(|s| Some(s.lines().next().unwrap_or("").to_string()));
        }
        Ok(None)
    }

    /// A mailbox's password, from its environment variable or file (never from this file).
    pub fn imap_password(
        &self,
        m: &MailboxConfig,
        env: &HashMap<String, String>,
    ) -> Result<String, String> {
        if let Some(var) = &m.password_env {
            return env
                .get(var)
                .cloned()
                .filter(|p| !p.is_empty())
                .ok_or_else(|| {
                    format!(
                        "environment variable {var} (mailbox `{}`) is not set",
                        m.name
                    )
                });
        }
        if let Some(file) = &m.password_file {
            let path = self.resolve(file);
            return std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read the password file {}: {e}", path.display()))
                .map(|s| s.lines().next().unwrap_or("").to_string());
        }
        Err(format!(
            "mailbox `{}` has no password_env or password_file",
            m.name
        ))
    }
}

/// `postgres://user@host/db` with the password put in after the user, percent-encoded.
pub(crate) fn with_password(url: &str, password: Option<&str>) -> String {
    let Some(password) = password else {
        return url.to_string();
    };
    let encoded: String = password
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://{}:{encoded}{}", &rest[..at], &rest[at..]),
        // No user named: PostgreSQL's default user, with the password.
        None => format!("{scheme}://:{encoded}@{rest}"),
    }
}

/// "config/../templates" → "templates", without touching the file system.
fn normalize_lexically(p: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.is_empty() {
        PathBuf::from(".")
    } else {
        out.iter().collect()
    }
}

fn looks_like_address(a: &str) -> bool {
    match a.split_once('@') {
        Some((l, d)) => !l.is_empty() && d.contains('.') && !a.contains(char::is_whitespace),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn built_in_example_is_valid() {
        let cfg = Config::load(None, &env(&[])).expect("example config loads");
        assert_eq!(cfg.pricing.free_minutes, 5);
        assert!(!cfg.firm.addresses.is_empty());
    }

    #[test]
    fn environment_overrides_a_key() {
        let cfg = Config::load(
            None,
            &env(&[
                ("FIVEMINUTE__PRICING__HOURLY_RATE", "300"),
                ("FIVEMINUTE__FIRM__ADDRESSES", "a@x.example,b@x.example"),
                ("UNRELATED", "1"),
            ]),
        )
        .expect("loads");
        assert_eq!(cfg.pricing.hourly_rate, 300.0);
        assert_eq!(cfg.firm.addresses, vec!["a@x.example", "b@x.example"]);
    }

    #[test]
    fn unknown_key_is_named() {
        let dir = std::env::temp_dir().join(format!("fm-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("typo.toml");
        let text = EXAMPLE_TOML.replace("free_minutes =", "free_minuts =");
        std::fs::write(&path, text).expect("write");
        let err = Config::load(Some(&path), &env(&[])).expect_err("typo must fail");
        let chain = format!("{:#}", anyhow::Error::from(err));
        assert!(chain.contains("free_minuts"), "{chain}");
        assert!(chain.contains("typo.toml"), "{chain}");
    }

    #[test]
    fn invalid_value_names_the_key() {
        let err = Config::load(None, &env(&[("FIVEMINUTE__PRICING__INCREMENT_HOURS", "0")]))
            .expect_err("zero increment must fail");
        assert!(err.to_string().contains("pricing.increment_hours"), "{err}");
    }

    #[test]
    fn client_rate_by_domain() {
        let mut p = PricingConfig::default();
        p.client.push(ClientRate {
            domain: "big.example".into(),
            hourly_rate: 200.0,
        });
        assert_eq!(p.rate_for(Some("ann@big.example")), 200.0);
        assert_eq!(p.rate_for(Some("ann@eu.big.example")), 200.0);
        assert_eq!(p.rate_for(Some("ann@notbig.example")), 250.0);
        assert_eq!(p.rate_for(None), 250.0);
    }

    #[test]
    fn postgres_takes_its_password_from_the_environment_never_the_url() {
        let mut cfg = Config::load(None, &env(&[])).expect("loads");
        assert!(matches!(cfg.database(&env(&[])), Ok(Database::Sqlite(_))));
        cfg.store.url = Some("postgres://fm@db.example:5432/fiveminute".into());
        cfg.store.password_env = Some("FM_DB_PASSWORD".into());
        cfg.validate().expect("valid");
        assert_eq!(
            cfg.database(&env(&[("FM_DB_PASSWORD", "p@ss:w/rd é")])),
            Ok(Database::Postgres {
                url: "postgres://fm:p%40ss%3Aw%2Frd%20%C3%A9@db.example:5432/fiveminute".into(),
                name: "postgres://fm@db.example:5432/fiveminute".into(),
            })
        );
        let missing = cfg.database(&env(&[])).expect_err("no password");
        assert!(missing.contains("FM_DB_PASSWORD"), "{missing}");
        cfg.store.url = Some("postgres://fm:secret@db.example/fiveminute".into());
        let e = cfg
            .validate()
            .expect_err("a password in the url")
            .to_string();
        assert!(e.contains("store.url") && e.contains("password_env"), "{e}");
        cfg.store.url = Some("mysql://fm@db.example/fiveminute".into());
        let e = cfg.validate().expect_err("not postgres").to_string();
        assert!(e.contains("store.url"), "{e}");
        cfg.store.url = None;
        let e = cfg
            .validate()
            .expect_err("a password for sqlite")
            .to_string();
        assert!(e.contains("store.password_env"), "{e}");
    }
}
