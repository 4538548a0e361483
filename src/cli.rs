//! The command line: `preview`, `classify-reply`, `check`, `run`, `queue`, `report` and `user`.
//!
//! Input: arguments and the environment (read once here, at the edge). Output: text or JSON on
//! stdout, errors on stderr naming the file or key, and the exit status.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::config::{Config, LogFormat};
use crate::pipeline::{Pipeline, Preview, ReplyPreview};
use crate::store::{Access, Database};
use crate::triage::AnswerSource;

/// fiveminute: quick answers free, a price for the rest.
///
/// Watches a firm's shared client mailbox, splits each client email into its questions, drafts
/// quick answers, quotes anything beyond the free five minutes, and tracks which quotes are
/// accepted.
#[derive(Debug, Parser)]
#[command(name = "fiveminute", version, about, long_about)]
pub struct Cli {
    /// The configuration file. Without it: config/fiveminute.toml when it exists, else the
    /// built-in example. Any key can be overridden as FIVEMINUTE__SECTION__KEY.
    #[arg(long, global = true, env = "FIVEMINUTE_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the figures: emails received, first answers within 5 minutes (share, median, 90th
    /// percentile), questions and minutes given free, quotes sent and how they ended, hours and
    /// revenue quoted and accepted, and the same per client. Reads the database; works while the
    /// daemon runs. Days are in track.timezone; both ends are included.
    Report {
        /// First day (YYYY-MM-DD). Default: from the start.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Last day, included (YYYY-MM-DD). Default: until now.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Only this mailbox (its `name` in the configuration).
        #[arg(long, value_name = "NAME")]
        mailbox: Option<String>,
        /// table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: ReportFormat,
    },
    /// Show what fiveminute would do with an email: guard verdict, the client's questions with
    /// category, minutes and suggested answer, the quote and the rendered draft. Nothing is stored
    /// or sent. Several files (or a folder of .eml files) give one result per file.
    Preview {
        /// Print JSON: one object for one file, one object per line (with "file") for several.
        #[arg(long)]
        json: bool,
        /// The .eml files, or folders of them.
        #[arg(required = true, value_name = "FILE.eml")]
        files: Vec<PathBuf>,
    },
    /// Decide what a client's reply to a quote says: accept, decline, unclear or automatic.
    ClassifyReply {
        /// Print JSON: one object for one file, one object per line (with "file") for several.
        #[arg(long)]
        json: bool,
        /// The .eml files, or folders of them.
        #[arg(required = true, value_name = "FILE.eml")]
        files: Vec<PathBuf>,
    },
    /// Learn the firm's own answers from its past replies, so a new installation starts with
    /// them: each reply's quoted client email is split into questions, and each question is
    /// paired with the answer written under it or, above the quotation, in the same order (or
    /// by number). A reply whose pairing is unclear is skipped and counted. Learning the same
    /// reply twice adds nothing. Later questions like these get the answer as a suggestion.
    Learn {
        /// Where the past replies are: a Maildir folder (with cur/ and new/), an mbox file, a
        /// folder of .eml files, or imap:FOLDER for a folder of an IMAP mailbox of the
        /// configuration (imap:Sent).
        #[arg(long = "from-sent", value_name = "PATH")]
        from_sent: String,
        /// With imap:FOLDER, the mailbox (its `name` in the configuration); the first IMAP
        /// mailbox when left out.
        #[arg(long)]
        mailbox: Option<String>,
        /// Show what would be learned, and each reply skipped with the reason; store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print each pair as a JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Check the configuration, the templates (each rendered against a sample) and the answer
    /// library, log in to each IMAP mailbox, and say what is wrong with which file or key.
    Check,
    /// Run the daemon: watch the mailboxes, draft every client email, keep everything in the
    /// database. Stops cleanly on SIGINT or SIGTERM (a second signal exits at once).
    Run {
        /// Log lines as JSON instead of text (overrides log.format).
        #[arg(long)]
        json_logs: bool,
    },
    /// Manage the people who use the review page (managers review and send; ops see templates,
    /// the library and previews; production staff move jobs; admins manage users). Works while
    /// the daemon runs.
    User {
        /// What to do.
        #[command(subcommand)]
        action: UserAction,
    },
    /// Copy the database to PATH while the daemon runs: a consistent snapshot (SQLite's
    /// VACUUM INTO), checked with SQLite's integrity check, with its rows counted. PATH must not
    /// exist yet. To restore: stop the daemon, put the copy at [store] path, start it.
    Backup {
        /// The file to write (for example /var/backups/fiveminute-2026-12-07.db).
        path: PathBuf,
    },
    /// Move this installation from SQLite to PostgreSQL: copy every email (with its bytes),
    /// draft, quote, job, outbox row, user, session, learned answer, note, file and saved
    /// template into an empty PostgreSQL database in one transaction, then count each table's
    /// rows on both sides. Stop the daemon first (this takes the SQLite file's lock). Then set
    /// [store] url in the configuration and start the daemon. The SQLite file is not changed.
    Migrate {
        /// The PostgreSQL database, which must exist and be empty:
        /// postgres://user@host:port/database (no password here).
        #[arg(long, value_name = "URL")]
        to: String,
        /// The environment variable holding the database's password (PGPASSWORD works too).
        #[arg(long, value_name = "VAR")]
        password_env: Option<String>,
    },
    /// List the stored messages: status, sender, subject, age, and for drafts the number of
    /// questions and the quote. Works while the daemon runs.
    Queue {
        /// Only messages in this status: received, drafted, approved, sent, send_problem, discarded,
        /// tracked (a reply that decided its quote), no_reply, ignored, failed, notice (our mail
        /// to production: a job's brief, or that it is cancelled or back on).
        #[arg(long)]
        status: Option<String>,
        /// Print one JSON object per line: first a header object (`database`, `counts` per
        /// status, and `daemon`: whether it runs, is healthy, and each task's state as it last
        /// wrote them), then one object per message.
        #[arg(long)]
        json: bool,
        /// At most this many messages, newest first.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
}

/// `fiveminute user …`.
#[derive(Debug, Subcommand)]
pub enum UserAction {
    /// Add a user; asks for the password (or reads one line from stdin when it is not a terminal).
    Add {
        /// Login name.
        name: String,
        /// manager (review and send), ops (templates, library, previews), production (jobs) or
        /// admin (everything, and users).
        #[arg(long, value_parser = ["manager", "ops", "production", "admin"])]
        role: String,
    },
    /// Set a user's password (their sessions end).
    Passwd {
        /// Login name.
        name: String,
    },
    /// Remove a user with their sessions and tokens.
    Remove {
        /// Login name.
        name: String,
    },
    /// List users and their roles.
    List,
    /// Create an API token for scripts (printed once; send it as Authorization: Bearer <token>).
    Token {
        /// Login name the token acts as.
        name: String,
        /// A label to recognise the token by.
        #[arg(long, default_value = "script")]
        label: String,
    },
}

/// How `report` prints.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ReportFormat {
    /// Aligned text for a terminal.
    Table,
    /// One line for the firm (client ALL), then one per client, for a spreadsheet.
    Csv,
    /// Everything, chart data included.
    Json,
}

/// Runs the command line; returns the exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let env: HashMap<String, String> = std::env::vars().collect();
    match run(cli, &env) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, env: &HashMap<String, String>) -> Result<ExitCode> {
    match cli.command {
        Command::Check => runtime()?.block_on(check(cli.config.as_deref(), env)),
        Command::Run { json_logs } => {
            let mut config = Config::load(cli.config.as_deref(), env)?;
            if json_logs {
                config.log.format = LogFormat::Json;
            }
            let level = config.log.level.clone();
            init_logging(&config, env, &level);
            runtime()?.block_on(crate::daemon::run(config, env.clone()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::User { action } => {
            let config = Config::load(cli.config.as_deref(), env)?;
            init_logging(&config, env, "warn");
            runtime()?.block_on(user(&config, env, action))
        }
        Command::Backup { path } => {
            let config = Config::load(cli.config.as_deref(), env)?;
            init_logging(&config, env, "warn");
            runtime()?.block_on(backup(&config, env, &path))
        }
        Command::Migrate { to, password_env } => {
            let config = Config::load(cli.config.as_deref(), env)?;
            init_logging(&config, env, "warn");
            runtime()?.block_on(migrate(&config, env, &to, password_env.as_deref()))
        }
        Command::Queue {
            status,
            json,
            limit,
        } => {
            let config = Config::load(cli.config.as_deref(), env)?;
            init_logging(&config, env, "warn");
            runtime()?.block_on(queue(&config, env, status.as_deref(), json, limit))
        }
        Command::Report {
            since,
            until,
            mailbox,
            format,
        } => {
            let config = Config::load(cli.config.as_deref(), env)?;
            init_logging(&config, env, "warn");
            let scope = crate::report::Scope::parse(
                since.as_deref(),
                until.as_deref(),
                mailbox.as_deref(),
                config.track.tz(),
            )?;
            runtime()?.block_on(report(&config, env, scope, format))
        }
        Command::Learn {
            from_sent,
            mailbox,
            dry_run,
            json,
        } => {
            let config = Config::load(cli.config.as_deref(), env)?;
            init_logging(&config, env, "warn");
            let pipeline = crate::pipeline::Pipeline::new(config)?;
            runtime()?.block_on(learn(
                &pipeline,
                env,
                &from_sent,
                mailbox.as_deref(),
                dry_run,
                json,
            ))
        }
        Command::Preview { json, files } => {
            let pipeline = load(cli.config.as_deref(), env)?;
            // With a database, suggestions include the answers the firm gave before.
            let db = pipeline.config.database(env);
            let exists = match &db {
                Ok(Database::Sqlite(path)) => path.is_file(),
                _ => true,
            };
            if pipeline.config.learn.suggest && exists {
                let answers = runtime()?.block_on(async {
                    let store = open_db(&pipeline.config, env, Access::Read).await?;
                    let a = store.learned_answers().await;
                    store.close().await;
                    Ok::<_, anyhow::Error>(a?)
                });
                match answers {
                    Ok(a) => pipeline.set_learned(a),
                    Err(e) => eprintln!("warning: answers given before are not used: {e:#}"),
                }
            }
            batch(&files, json, |raw| pipeline.preview(raw), print_preview)
        }
        Command::ClassifyReply { json, files } => {
            let pipeline = load(cli.config.as_deref(), env)?;
            batch(
                &files,
                json,
                |raw| pipeline.classify_reply(raw),
                print_reply,
            )
        }
    }
}

async fn learn(
    pipeline: &crate::pipeline::Pipeline,
    env: &HashMap<String, String>,
    from: &str,
    mailbox: Option<&str>,
    dry_run: bool,
    json: bool,
) -> Result<ExitCode> {
    use crate::learn::sent;
    let config = &pipeline.config;
    let raws = if let Some(folder) = from.strip_prefix("imap:") {
        let mb = config
            .mailbox
            .iter()
            .filter(|m| m.kind == crate::config::MailboxKind::Imap)
            .find(|m| mailbox.is_none_or(|n| n == m.name))
            .with_context(|| match mailbox {
                Some(n) => format!("no IMAP mailbox named `{n}` in {}", config.source),
                None => format!("no IMAP mailbox in {} to read {folder} from", config.source),
            })?;
        let mut raws = Vec::new();
        eprintln!("reading {folder} of {} ...", mb.name);
        crate::mailbox::imap::read_folder(config, mb, env, folder, |bytes| {
            raws.push(sent::Raw {
                key: format!("imap:{}:{folder}#{}", mb.name, raws.len() + 1),
                bytes,
            });
        })
        .await
        .with_context(|| format!("reading {folder} of the mailbox {}", mb.name))?;
        raws
    } else {
        sent::read_path(std::path::Path::new(from))?
    };
    let now = chrono::Utc::now().timestamp_millis();
    let mut learning = sent::Learning::default();
    // In slices, with a progress line, so a large Sent folder shows it is moving.
    const SLICE: usize = 500;
    for (k, chunk) in raws.chunks(SLICE).enumerate() {
        let part = sent::learn(chunk, config, pipeline.lexicon(), pipeline.analyzer(), now);
        learning.read += part.read;
        learning.used += part.used;
        learning.answers.extend(part.answers);
        learning.skips.extend(part.skips);
        if raws.len() > SLICE {
            eprintln!(
                "read {} of {} replies, {} answers so far",
                ((k + 1) * SLICE).min(raws.len()),
                raws.len(),
                learning.answers.len()
            );
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json || dry_run {
        for a in &learning.answers {
            if json {
                writeln!(
                    out,
                    "{}",
                    serde_json::json!({
                        "question": a.question, "answer": a.answer, "language": a.language,
                        "client": a.client_name.clone().or(a.client_address.clone()),
                        "by": a.answered_by, "date": crate::learn::day(a.answered_at),
                    })
                )?;
            } else {
                writeln!(
                    out,
                    "Q: {}\nA: {}\n",
                    a.question,
                    a.answer.replace('\n', "\n   ")
                )?;
            }
        }
    }
    let mut added = 0;
    if !dry_run {
        let store = open_db(config, env, Access::Write).await?;
        for a in &learning.answers {
            if store.learn(a).await? {
                added += 1;
            }
        }
        store.close().await;
    }
    let skipped = learning.skips.len();
    let mut summary = format!(
        "read {} past replies: {} answers from {} of them",
        learning.read,
        learning.answers.len(),
        learning.used
    );
    if !dry_run {
        summary.push_str(&format!(
            "; {added} new, {} known already",
            learning.answers.len() - added
        ));
    } else {
        summary.push_str(" (dry run: nothing stored)");
    }
    eprintln!("{summary}");
    if skipped > 0 {
        eprintln!("skipped {skipped}:");
        for (why, n) in learning.skip_counts() {
            eprintln!("  {n:>5}  {why}");
        }
        if dry_run {
            for (key, why) in &learning.skips {
                eprintln!("  {key}: {why}");
            }
        }
    }
    if learning.read > 0 && learning.answers.is_empty() {
        eprintln!(
            "nothing was learned: are these the firm's replies, each quoting the client's email?"
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

async fn report(
    config: &Config,
    env: &HashMap<String, String>,
    scope: crate::report::Scope,
    format: ReportFormat,
) -> Result<ExitCode> {
    let store = open_db(config, env, Access::Read).await?;
    let report = crate::report::build(&store, config, scope).await?;
    let text = match format {
        ReportFormat::Table => report.to_table(),
        ReportFormat::Csv => report.to_csv(),
        ReportFormat::Json => format!("{}\n", serde_json::to_string_pretty(&report)?),
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

async fn migrate(
    config: &Config,
    env: &HashMap<String, String>,
    to: &str,
    password_env: Option<&str>,
) -> Result<ExitCode> {
    let from = match config.database(env).map_err(|e| anyhow::anyhow!(e))? {
        Database::Sqlite(path) => path,
        Database::Postgres { name, .. } => anyhow::bail!(
            "the configuration's database is PostgreSQL already ({name}); migrate copies a SQLite installation ([store] path) into PostgreSQL"
        ),
    };
    let Some((scheme, rest)) = to.split_once("://") else {
        anyhow::bail!("--to {to} is not a URL: write postgres://user@host:port/database");
    };
    if !matches!(scheme, "postgres" | "postgresql") {
        anyhow::bail!("--to {to} is not PostgreSQL (postgres://user@host:port/database)");
    }
    if rest
        .split('/')
        .next()
        .and_then(|a| a.rsplit_once('@'))
        .is_some_and(|(user, _)| user.contains(':'))
    {
        anyhow::bail!(
            "--to holds a password, which other users of this machine can read: name an environment variable with --password-env, or set PGPASSWORD"
        );
    }
    let password = match password_env {
        Some(var) => Some(
            env.get(var)
                .filter(|p| !p.is_empty())
                .cloned()
                .with_context(|| {
                    format!("environment variable {var} (--password-env) is not set")
                })?,
        ),
        None => None,
    };
    let url = crate::config::with_password(to, password.as_deref());
    let clock: crate::clock::SharedClock = std::sync::Arc::new(crate::clock::SystemClock);
    // Taking the SQLite file's lock proves that no daemon writes to it meanwhile.
    let source = crate::store::Store::open(
        &Database::Sqlite(from.clone()),
        Access::Daemon,
        std::sync::Arc::clone(&clock),
    )
    .await
    .with_context(|| format!("opening {} (stop the daemon first)", from.display()))?;
    let target = crate::store::Store::open(
        &Database::Postgres {
            url,
            name: to.to_string(),
        },
        Access::Write,
        clock,
    )
    .await
    .with_context(|| format!("opening {to}"))?;
    eprintln!("copying {} to {to} …", from.display());
    let started = std::time::Instant::now();
    let copied = source
        .copy_to(&target, |table, n| eprintln!("  {table:<18} {n:>8} rows"))
        .await
        .with_context(|| {
            format!(
                "copying {} to {to} (nothing was kept there)",
                from.display()
            )
        })?;
    target.close().await;
    source.close().await;
    println!(
        "migrated {} to {to} in {:.1} s; rows per table (SQLite = PostgreSQL):",
        from.display(),
        started.elapsed().as_secs_f64()
    );
    for c in &copied {
        println!("  {:<18} {:>8} = {:>8}", c.table, c.source, c.target);
    }
    println!(
        "next: set [store] url = \"{to}\" (with password_env or password_file) in {}, then start the daemon",
        config.source
    );
    Ok(ExitCode::SUCCESS)
}

async fn backup(config: &Config, env: &HashMap<String, String>, to: &Path) -> Result<ExitCode> {
    let from = match config.database(env).map_err(|e| anyhow::anyhow!(e))? {
        Database::Sqlite(path) => path,
        Database::Postgres { name, .. } => anyhow::bail!(
            "{name} is PostgreSQL: back it up with pg_dump (README: Backups), which takes a consistent copy of a running database"
        ),
    };
    if to.exists() {
        anyhow::bail!(
            "{} exists already; give the copy a new name (a backup never overwrites a file)",
            to.display()
        );
    }
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        anyhow::bail!("the folder {} does not exist", dir.display());
    }
    let clock: crate::clock::SharedClock = std::sync::Arc::new(crate::clock::SystemClock);
    let store = crate::store::Store::open_reader(&from, std::sync::Arc::clone(&clock))
        .await
        .with_context(|| format!("opening the database {}", from.display()))?;
    let started = std::time::Instant::now();
    eprintln!("copying {} to {} …", from.display(), to.display());
    let copied = store.backup_to(to).await;
    store.close().await;
    copied.with_context(|| format!("copying {} to {}", from.display(), to.display()))?;
    let copy = crate::store::Store::open_reader(to, clock)
        .await
        .with_context(|| format!("opening the copy {}", to.display()))?;
    let check = copy.integrity().await?;
    let counts = copy.table_counts().await?;
    copy.close().await;
    if check != "ok" {
        anyhow::bail!(
            "the copy {} fails SQLite's integrity check: {check}; keep the last good backup",
            to.display()
        );
    }
    let bytes = std::fs::metadata(to).map(|m| m.len()).unwrap_or(0);
    println!(
        "backed up {} to {} ({:.1} MB in {:.1} s); integrity ok",
        from.display(),
        to.display(),
        bytes as f64 / 1_048_576.0,
        started.elapsed().as_secs_f64()
    );
    for (table, n) in counts {
        println!("  {table:<16} {n:>8} rows");
    }
    Ok(ExitCode::SUCCESS)
}

async fn queue(
    config: &Config,
    env: &HashMap<String, String>,
    status: Option<&str>,
    json: bool,
    limit: i64,
) -> Result<ExitCode> {
    const STATUSES: &[&str] = &[
        "received",
        "drafted",
        "approved",
        "sent",
        "send_problem",
        "discarded",
        "tracked",
        "no_reply",
        "ignored",
        "failed",
        "notice",
    ];
    if let Some(s) = status
        && !STATUSES.contains(&s)
    {
        anyhow::bail!("unknown status `{s}`: use one of {}", STATUSES.join(", "));
    }
    let clock: crate::clock::SharedClock = std::sync::Arc::new(crate::clock::SystemClock);
    let store = open_db(config, env, Access::Read).await?;
    let rows = store.queue(status, limit).await?;
    let now = clock.now_ms();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json {
        // The first line is a header object: the daemon's tasks and the counts per status.
        let (tasks, written) = store.tasks().await?;
        let fresh = written.is_some_and(|(at, _)| {
            now - at
                <= 3 * i64::try_from(crate::daemon::HEALTH_WRITE_EVERY.as_millis()).unwrap_or(5000)
        });
        let counts: serde_json::Map<String, serde_json::Value> = store
            .counts()
            .await?
            .into_iter()
            .map(|(s, n)| (s, n.into()))
            .collect();
        let header = serde_json::json!({
            "database": store.name,
            "counts": counts,
            "daemon": {
                "running": fresh && tasks.values().any(|t| t.state != crate::daemon::health::TaskState::Stopped),
                "healthy": fresh && crate::daemon::health::healthy(&tasks),
                "pid": written.map(|(_, pid)| pid),
                "states_written_ms_ago": written.map(|(at, _)| now - at),
                "tasks": tasks,
            },
        });
        writeln!(out, "{header}")?;
        for r in &rows {
            writeln!(out, "{}", serde_json::to_string(r)?)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let counts = store.counts().await?;
    let summary: Vec<String> = counts.iter().map(|(s, n)| format!("{n} {s}")).collect();
    writeln!(
        out,
        "{} ({})",
        store.name,
        if summary.is_empty() {
            "empty".into()
        } else {
            summary.join(", ")
        }
    )?;
    writeln!(
        out,
        "{:>6}  {:<9} {:>6}  {:<28} {:<34} {:>3}  quote",
        "id", "status", "age", "from", "subject", "qs"
    )?;
    for r in &rows {
        let quote = match (&r.quote, r.quote_total) {
            (Some(q), Some(t)) => format!("{q} {} {t:.2}", r.currency.as_deref().unwrap_or("")),
            _ => String::new(),
        };
        writeln!(
            out,
            "{:>6}  {:<9} {:>6}  {:<28} {:<34} {:>3}  {}",
            r.id,
            r.status,
            age(now - r.received_at),
            clip(r.from.as_deref().unwrap_or("-"), 28),
            clip(r.subject.as_deref().unwrap_or("-"), 34),
            r.questions.map_or("-".into(), |n| n.to_string()),
            if quote.is_empty() {
                clip(r.reason.as_deref().unwrap_or(""), 60)
            } else {
                quote
            },
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads a new password: twice without echo on a terminal, one line from a pipe otherwise.
fn read_password(prompt: &str) -> Result<String> {
    use std::io::IsTerminal as _;
    let password = if std::io::stdin().is_terminal() {
        let first =
            rpassword::prompt_password(format!("{prompt}: ")).context("reading the password")?;
        let again = rpassword::prompt_password("Again: ").context("reading the password")?;
        if first != again {
            anyhow::bail!("the two passwords differ");
        }
        first
    } else {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .context("reading the password from stdin")?;
        line.trim_end_matches(['\r', '\n']).to_string()
    };
    if password.chars().count() < 10 {
        anyhow::bail!("passwords need at least 10 characters");
    }
    Ok(password)
}

/// The configuration's database for a command: `Access::Write` for one that writes while a
/// daemon may run (created when missing, migrated, no lock file), `Access::Read` to read.
async fn open_db(
    config: &Config,
    env: &HashMap<String, String>,
    access: Access,
) -> Result<crate::store::Store> {
    let db = config
        .database(env)
        .map_err(|e| anyhow::anyhow!("{e} (in {})", config.source))?;
    let clock: crate::clock::SharedClock = std::sync::Arc::new(crate::clock::SystemClock);
    crate::store::Store::open(&db, access, clock)
        .await
        .with_context(|| format!("opening the database {db}"))
}

async fn user(
    config: &Config,
    env: &HashMap<String, String>,
    action: UserAction,
) -> Result<ExitCode> {
    use crate::review::auth;
    let store = open_db(config, env, Access::Write).await?;
    match action {
        UserAction::Add { name, role } => {
            if name.trim().is_empty() || name.contains(char::is_whitespace) {
                anyhow::bail!("a user name is one word");
            }
            let password = read_password(&format!("Password for {name}"))?;
            let hash = auth::hash_password(&password).map_err(anyhow::Error::msg)?;
            store.add_user(&name, &role, &hash).await?;
            println!("added {name} ({role})");
        }
        UserAction::Passwd { name } => {
            let password = read_password(&format!("New password for {name}"))?;
            let hash = auth::hash_password(&password).map_err(anyhow::Error::msg)?;
            if !store.set_password(&name, &hash).await? {
                anyhow::bail!("there is no user named `{name}`");
            }
            println!("password of {name} changed; their sessions ended");
        }
        UserAction::Remove { name } => {
            if !store.remove_user(&name).await? {
                anyhow::bail!("there is no user named `{name}`");
            }
            println!("removed {name}");
        }
        UserAction::List => {
            let users = store.users().await?;
            if users.is_empty() {
                println!("no users yet: fiveminute user add NAME --role manager");
            }
            for u in users {
                println!("{:<24} {}", u.name, u.role);
            }
        }
        UserAction::Token { name, label } => {
            let u = store
                .user(&name)
                .await?
                .ok_or_else(|| anyhow::anyhow!("there is no user named `{name}`"))?;
            let token = auth::random_token();
            store
                .add_api_token(u.id, &auth::token_hash(&token), &label)
                .await?;
            println!("{token}");
            eprintln!("(shown once; it acts as {name} with the role {})", u.role);
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

fn age(ms: i64) -> String {
    let s = (ms / 1000).max(0);
    match s {
        0..=59 => format!("{s}s"),
        60..=3599 => format!("{}m", s / 60),
        3600..=86_399 => format!("{}h", s / 3600),
        _ => format!("{}d", s / 86_400),
    }
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn load(path: Option<&Path>, env: &HashMap<String, String>) -> Result<Pipeline> {
    let config = Config::load(path, env)?;
    init_logging(&config, env, "warn");
    Pipeline::new(config).context("loading the answer library and templates")
}

/// Logs go to stderr so that stdout stays one JSON object per file.
fn init_logging(config: &Config, env: &HashMap<String, String>, default: &str) {
    let filter = env
        .get("RUST_LOG")
        .cloned()
        .unwrap_or_else(|| default.to_string());
    let filter = tracing_subscriber::EnvFilter::try_new(&filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    use std::io::IsTerminal as _;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    let _ = match config.log.format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Expands folders into their .eml files, sorted.
fn expand(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for f in files {
        if f.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(f)
                .map(|rd| {
                    rd.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("eml")))
                        .collect()
                })
                .unwrap_or_default();
            found.sort();
            if found.is_empty() {
                out.push(f.clone());
            }
            out.extend(found);
        } else {
            out.push(f.clone());
        }
    }
    out
}

fn read_file(path: &Path) -> Result<Vec<u8>> {
    if path.is_dir() {
        anyhow::bail!("{} is a folder without .eml files", path.display());
    }
    std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}

/// One file gives one pretty JSON object (or text); several give one JSON line each with
/// "file", and a file that fails gives a line with "error" while the others still come out.
fn batch<T, E>(
    files: &[PathBuf],
    json: bool,
    work: impl Fn(&[u8]) -> std::result::Result<T, E>,
    print: impl Fn(&Path, &T) -> String,
) -> Result<ExitCode>
where
    T: Serialize,
    E: std::error::Error + Send + Sync + 'static,
{
    let files = expand(files);
    let single = files.len() == 1;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = 0usize;
    for path in &files {
        let result = read_file(path).and_then(|raw| {
            work(&raw).with_context(|| format!("cannot parse {} as an email", path.display()))
        });
        match result {
            Ok(value) if json && single => {
                writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
            }
            Ok(value) if json => {
                let mut v = serde_json::to_value(&value)?;
                if let serde_json::Value::Object(map) = &mut v {
                    map.insert("file".into(), path.display().to_string().into());
                }
                writeln!(out, "{}", serde_json::to_string(&v)?)?;
            }
            Ok(value) => {
                write!(out, "{}", print(path, &value))?;
                if !single {
                    writeln!(out)?;
                }
            }
            Err(e) if single => return Err(e),
            Err(e) => {
                failed += 1;
                if json {
                    let line = serde_json::json!({
                        "file": path.display().to_string(),
                        "error": format!("{e:#}"),
                    });
                    writeln!(out, "{line}")?;
                } else {
                    writeln!(out, "== {}\nerror: {e:#}\n", path.display())?;
                }
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!(
            "error: {failed} of {} files could not be read or parsed",
            files.len()
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_preview(path: &Path, p: &Preview) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "== {}", path.display());
    let from = p
        .message
        .from
        .as_ref()
        .map(|f| match &f.name {
            Some(n) => format!("{n} <{}>", f.address),
            None => f.address.clone(),
        })
        .unwrap_or_else(|| "(no sender)".into());
    let _ = writeln!(s, "From:    {from}");
    let _ = writeln!(s, "Subject: {}", p.message.subject);
    let verdict = match (p.guard.is_automatic(), p.guard.auto_reply_allowed) {
        (true, _) => "automatic (never answered)",
        (false, true) => "human",
        (false, false) => "human (review only, no automatic reply)",
    };
    let _ = writeln!(s, "Guard:   {verdict}: {}", p.guard.reason);
    for problem in &p.problems {
        let _ = writeln!(s, "Problem: {problem}");
    }
    if p.guard.is_automatic() {
        return s;
    }
    let _ = writeln!(s, "\nThe client's new text:");
    for line in p.new_text.lines() {
        let _ = writeln!(s, "  | {line}");
    }
    if p.questions.is_empty() {
        let _ = writeln!(s, "\nNo questions: no reply needed.");
        return s;
    }
    let _ = writeln!(s, "\nQuestions ({}):", p.questions.len());
    for (i, q) in p.questions.iter().enumerate() {
        let source = match &q.source {
            AnswerSource::Library(m) => {
                format!("library `{}` (similarity {:.2})", m.id, m.similarity)
            }
            AnswerSource::Learned(l) => l.describe(),
            AnswerSource::Rule { index, .. } => format!("rule {}", index + 1),
            AnswerSource::Lexicon { found } => format!("lexicon {found}"),
            AnswerSource::Default => "default".into(),
        };
        let _ = writeln!(s, "  {}. {}", i + 1, q.text);
        let _ = writeln!(
            s,
            "     {} · {} min · {} · {}",
            q.category.as_str(),
            q.minutes,
            if q.free { "free" } else { "quoted" },
            source
        );
        let _ = writeln!(s, "     → {}", q.answer.replace('\n', "\n       "));
    }
    match &p.quote {
        Some(quote) => {
            let which: Vec<String> = quote
                .questions
                .iter()
                .map(|i| (i + 1).to_string())
                .collect();
            let _ = writeln!(
                s,
                "\nQuote [{}]: {} at {} per hour = {} (questions {}); {} free minutes used",
                quote.reference,
                quote.hours_text,
                quote.rate_text,
                quote.total_text,
                which.join(", "),
                p.free_minutes
            );
        }
        None => {
            let _ = writeln!(
                s,
                "\nNo quote: {} free minutes cover it all.",
                p.free_minutes
            );
        }
    }
    if let Some(d) = &p.draft {
        let to = d.to.as_ref().map_or(String::new(), |t| t.address.clone());
        let _ = writeln!(
            s,
            "\n--- draft to {to}\nSubject: {}\n\n{}---",
            d.subject, d.body
        );
    }
    s
}

fn print_reply(path: &Path, r: &ReplyPreview) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "== {}", path.display());
    let _ = writeln!(s, "Decision: {}", r.decision.as_str());
    let _ = writeln!(s, "Reason:   {}", r.reason);
    if !r.new_text.is_empty() {
        let _ = writeln!(s, "The client's words:");
        for line in r.new_text.lines() {
            let _ = writeln!(s, "  | {line}");
        }
    }
    s
}

async fn check(path: Option<&Path>, env: &HashMap<String, String>) -> Result<ExitCode> {
    let mut ok = true;
    let mut report = |good: bool, what: &str, detail: String| {
        ok &= good;
        println!("{} {what}: {detail}", if good { "ok  " } else { "FAIL" });
    };
    let config = match Config::load(path, env) {
        Ok(c) => {
            report(true, "configuration", c.source.to_string());
            c
        }
        Err(e) => {
            report(
                false,
                "configuration",
                format!("{:#}", anyhow::Error::from(e)),
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    init_logging(&config, env, "warn");
    match Pipeline::new(config.clone()) {
        Ok(p) => {
            report(
                true,
                "answer library",
                format!(
                    "{} ({} entries)",
                    p.library_origin,
                    p.library().entries().len()
                ),
            );
            match p.templates().check(&config) {
                Ok(()) => report(
                    true,
                    "templates",
                    format!("{} (each rendered against a sample)", p.templates().origin),
                ),
                Err(e) => report(false, "templates", format!("{:#}", anyhow::Error::from(e))),
            }
            report(
                true,
                "effort rules",
                format!("{} rules compile", config.triage.rule.len()),
            );
        }
        Err(e) => report(false, "pipeline", format!("{:#}", anyhow::Error::from(e))),
    }
    for mb in &config.mailbox {
        let what = format!("mailbox {}", mb.name);
        match mb.kind {
            crate::config::MailboxKind::Maildir => {
                let root = config.resolve(mb.path.as_deref().unwrap_or(Path::new("mail")));
                // `check` changes nothing: a missing Maildir is created by `run`.
                let subs = ["new", "cur", "tmp"];
                if !root.exists() {
                    report(
                        true,
                        &what,
                        format!(
                            "Maildir {} does not exist yet; `run` creates it",
                            root.display()
                        ),
                    );
                } else if let Some(bad) = subs.iter().find(|s| {
                    let p = root.join(s);
                    p.exists() && !p.is_dir()
                }) {
                    report(
                        false,
                        &what,
                        format!("{} is not a folder", root.join(bad).display()),
                    );
                } else if std::fs::read_dir(&root).is_err() {
                    report(
                        false,
                        &what,
                        format!("cannot read the Maildir {}", root.display()),
                    );
                } else {
                    report(true, &what, format!("Maildir {}", root.display()));
                }
            }
            crate::config::MailboxKind::Imap => {
                match crate::mailbox::imap::check(&config, mb, env).await {
                    Ok(summary) => report(true, &what, format!("IMAP login ok: {summary}")),
                    Err(e) => report(false, &what, format!("{:#}", anyhow::Error::from(e))),
                }
            }
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
