//! An IMAP folder watched with IDLE, or polled when the server has no IDLE (async-imap over
//! rustls, STARTTLS, or plain on loopback).
//!
//! On connect: CAPABILITY, SELECT, and the stored position (UIDVALIDITY + last UID); when the
//! folder's UIDVALIDITY changed, the folder is read again (duplicates are recognised by
//! Message-ID and bytes). Then [`catch_up`] stores everything after the stored UID, moving the
//! position only past messages that are stored, and the watcher waits with [`idle`]. After
//! every wake-up the search runs again from the stored position, because mail can arrive
//! between DONE and IDLE.
//!
//! A quiet IDLE is ended every `check_seconds`, and the server must answer DONE within
//! `timeout_seconds`, so a hung server is noticed in minutes, not at TCP's pace. An IDLE that
//! is refused or answered with `NO`/`BAD` is an error of the connection. Errors reconnect with
//! capped exponential backoff and jitter; the backoff is reset only once a connection proved
//! useful (mail stored, or an IDLE or poll round completed), so a server that fails the same
//! way on every connection is retried ever more slowly, never in a loop. A server that ends
//! every IDLE at once without news is paused between IDLEs (1 s, doubling, up to
//! `poll_seconds`). Nothing is ever deleted; with `move_to` set, stored messages are moved there.
//!
//! On a mailbox's first start the time is recorded in the store: `start = "now"` means mail
//! that arrived since then, also while the server could not be reached.
//!
//! - [`conn`]: connecting, and commands whose answers are read to their tagged end.
//! - [`catch_up`]: fetching and storing, with the position.
//! - [`idle`]: IDLE, and how it ends.

mod catch_up;
mod conn;
mod idle;

use std::sync::Arc;
use std::time::Duration;

use async_imap::imap_proto::{AttributeValue, Response};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore, pki_types};
use tokio_util::sync::CancellationToken;
use tracing::{Instrument as _, debug, error, info, info_span, warn};

use crate::config::{Config, MailboxConfig, StartAt};
use crate::daemon::Daemon;
use crate::store::{Fence, Position, StoreError};
use catch_up::{catch_up, uid_set};
use conn::{Conn, Selected, server_name};
use idle::Woke;

use crate::daemon::health::{Health, TaskState};

/// A connection of any kind (TLS or plain).
pub trait ImapStream: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug> ImapStream for T {}

type Session = async_imap::Session<Box<dyn ImapStream>>;

/// An APPEND (the Sent copy, up to tens of megabytes uploaded) may take this long.
const APPEND_TIMEOUT: Duration = Duration::from_secs(300);
/// An IDLE that ends sooner than this without new mail counts as ended at once.
const QUICK: Duration = Duration::from_secs(2);

/// Errors of an IMAP mailbox.
#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    /// The password could not be read (configuration; not retried).
    #[error("cannot get the password of mailbox `{mailbox}`: {message}")]
    Password { mailbox: String, message: String },
    /// The CA file could not be read (configuration; not retried).
    #[error("cannot read the CA file {path}")]
    Ca {
        path: String,
        #[source]
        source: pki_types::pem::Error,
    },
    /// TLS could not be set up.
    #[error("cannot set up TLS")]
    TlsSetup(#[source] rustls::Error),
    /// The server could not be reached or the connection broke.
    #[error("cannot reach the IMAP server {server}")]
    Connect {
        server: String,
        #[source]
        source: std::io::Error,
    },
    /// The server refused the login.
    #[error("the IMAP server {server} refused the login of {user}")]
    Login {
        server: String,
        user: String,
        #[source]
        source: async_imap::error::Error,
    },
    /// A command failed.
    #[error("IMAP command {command} failed on {server}")]
    Command {
        server: String,
        command: &'static str,
        #[source]
        source: async_imap::error::Error,
    },
    /// The server sent nothing for `seconds` while it owed an answer.
    #[error(
        "the IMAP server {server} sent nothing for {seconds} s while it owed the answer to {command}"
    )]
    Timeout {
        server: String,
        command: &'static str,
        seconds: u64,
    },
    /// The server answered with NO, BAD or BYE (untagged during IDLE, or tagged).
    #[error("the IMAP server {server} answered {command} with `{answer}`")]
    Refused {
        server: String,
        command: &'static str,
        answer: String,
    },
    /// The connection ended before the answer did.
    #[error("the IMAP server {server} closed the connection during {command}")]
    Closed {
        server: String,
        command: &'static str,
    },
    /// The server lists messages but does not return them when asked, again and again.
    #[error("the IMAP server {server} lists messages {uids} but does not return them")]
    Missing { server: String, uids: String },
    /// The folder has no UIDVALIDITY (not a usable IMAP server).
    #[error("the folder {folder} on {server} has no UIDVALIDITY")]
    NoUidValidity { server: String, folder: String },
    /// The database failed.
    #[error("cannot store mail from {server}")]
    Store {
        server: String,
        #[source]
        source: StoreError,
    },
}

impl ImapError {
    /// Configuration errors and a database that cannot be written stop the watcher; everything
    /// else is retried with backoff.
    pub fn is_fatal(&self) -> bool {
        match self {
            ImapError::Password { .. } | ImapError::Ca { .. } | ImapError::TlsSetup(_) => true,
            ImapError::Store { source, .. } => !source.is_retryable(),
            _ => false,
        }
    }
}

/// Watches one IMAP folder until cancelled.
pub async fn run(
    ctx: Arc<Daemon>,
    mb: MailboxConfig,
    fence: Fence,
    cancel: CancellationToken,
) -> Result<(), ImapError> {
    let span = info_span!("imap", mailbox = %mb.name);
    watch_forever(&ctx, &mb, &fence, &cancel)
        .instrument(span)
        .await
}

async fn watch_forever(
    ctx: &Daemon,
    mb: &MailboxConfig,
    fence: &Fence,
    cancel: &CancellationToken,
) -> Result<(), ImapError> {
    let password =
        ctx.config
            .imap_password(mb, &ctx.env)
            .map_err(|message| ImapError::Password {
                mailbox: mb.name.clone(),
                message,
            })?;
    let tls = connector(&ctx.config, mb)?;
    let mut backoff = Backoff::new(Duration::from_millis(500), Duration::from_secs(60));
    let mut said_no_idle = false;
    // What `start = "now"` means: recorded before the first connection is even tried.
    let started_at = loop {
        match ctx.store.first_start(&mb.name).await {
            Ok(t) => break t,
            Err(e) if e.is_retryable() => {
                let wait = backoff.next();
                warn!(error = %chain(&e), retry_in = ?wait, "cannot record the mailbox's first start");
                tokio::select! {
                    _ = cancel.cancelled() => return Ok(()),
                    _ = tokio::time::sleep(wait) => {}
                }
            }
            Err(source) => {
                return Err(ImapError::Store {
                    server: server_name(mb),
                    source,
                });
            }
        }
    };
    backoff.reset();
    loop {
        if cancel.is_cancelled() {
            return Ok(());
        }
        let mut w = Watch {
            ctx,
            mb,
            fence,
            cancel,
            backoff: &mut backoff,
            started_at,
            said_no_idle: &mut said_no_idle,
        };
        match w.watch(&password, &tls).await {
            Ok(()) => return Ok(()),
            Err(e) if e.is_fatal() => return Err(e),
            Err(e) => {
                let wait = backoff.next();
                let msg = chain(&e);
                ctx.health.set(
                    &Health::intake(&mb.name),
                    TaskState::Reconnecting,
                    Some(msg.clone()),
                );
                if matches!(e, ImapError::Login { .. }) {
                    error!(error = %msg, retry_in = ?wait, "login refused");
                } else {
                    warn!(error = %msg, retry_in = ?wait, "IMAP connection lost; reconnecting");
                }
                tokio::select! {
                    _ = cancel.cancelled() => return Ok(()),
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
    }
}

/// An error with its causes, "a: b: c".
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

/// Logs in and reads the folder's size, for `fiveminute check`.
pub async fn check(
    config: &Config,
    mb: &MailboxConfig,
    env: &std::collections::HashMap<String, String>,
) -> Result<String, ImapError> {
    let password = config
        .imap_password(mb, env)
        .map_err(|message| ImapError::Password {
            mailbox: mb.name.clone(),
            message,
        })?;
    let tls = connector(config, mb)?;
    let mut conn = Conn::open(mb, &password, &tls, Duration::from_secs(mb.timeout_seconds)).await?;
    let idle = conn.capabilities().await?.iter().any(|c| c == "IDLE");
    let folder = conn.select(&mb.folder, true).await?;
    conn.logout().await;
    Ok(format!(
        "{} messages in {} (UIDVALIDITY {}){}",
        folder.exists,
        mb.folder,
        folder.uidvalidity.map_or("none".into(), |v| v.to_string()),
        if idle {
            String::new()
        } else {
            format!("; no IDLE, polled every {} s", mb.poll_seconds)
        }
    ))
}

/// Reads every message of a folder of the mailbox (read-only, nothing is marked seen), in UID
/// order, handing each to `each`; for `fiveminute learn --from-sent imap:Sent`.
pub async fn read_folder(
    config: &Config,
    mb: &MailboxConfig,
    env: &std::collections::HashMap<String, String>,
    folder: &str,
    mut each: impl FnMut(Vec<u8>),
) -> Result<usize, ImapError> {
    let password = config
        .imap_password(mb, env)
        .map_err(|message| ImapError::Password {
            mailbox: mb.name.clone(),
            message,
        })?;
    let tls = connector(config, mb)?;
    let mut conn = Conn::open(mb, &password, &tls, Duration::from_secs(mb.timeout_seconds)).await?;
    conn.select(folder, true).await?;
    let mut uids = conn.uid_search("ALL").await?;
    uids.sort_unstable();
    uids.dedup();
    let mut n = 0;
    for chunk in uids.chunks(mb.fetch_batch.max(1) as usize) {
        let command = format!("UID FETCH {} (UID BODY.PEEK[])", uid_set(chunk));
        conn.command("UID FETCH", &command, |resp| {
            if let Response::Fetch(_, attrs) = resp {
                for a in attrs {
                    if let AttributeValue::BodySection {
                        section: None,
                        data: Some(d),
                        ..
                    }
                    | AttributeValue::Rfc822(Some(d)) = a
                    {
                        each(d.to_vec());
                        n += 1;
                    }
                }
            }
            Ok(())
        })
        .await?;
    }
    conn.logout().await;
    Ok(n)
}

/// Appends a message to a folder of the mailbox, marked `\Seen` (the copy in Sent).
pub async fn append(
    config: &Config,
    mb: &MailboxConfig,
    env: &std::collections::HashMap<String, String>,
    folder: &str,
    raw: &[u8],
) -> Result<(), ImapError> {
    let password = config
        .imap_password(mb, env)
        .map_err(|message| ImapError::Password {
            mailbox: mb.name.clone(),
            message,
        })?;
    let tls = connector(config, mb)?;
    let mut conn = Conn::open(mb, &password, &tls, Duration::from_secs(mb.timeout_seconds)).await?;
    // The upload itself reads nothing, so it has a plain deadline rather than a stall guard.
    match tokio::time::timeout(
        APPEND_TIMEOUT,
        conn.session.append(folder, Some("(\\Seen)"), None, raw),
    )
    .await
    {
        Ok(Ok(())) => {}
        Ok(Err(source)) => {
            return Err(ImapError::Command {
                server: conn.server.clone(),
                command: "APPEND",
                source,
            });
        }
        Err(_) => {
            return Err(ImapError::Timeout {
                server: conn.server.clone(),
                command: "APPEND",
                seconds: APPEND_TIMEOUT.as_secs(),
            });
        }
    }
    conn.logout().await;
    Ok(())
}

/// One watcher's state across its connections.
struct Watch<'a> {
    ctx: &'a Daemon,
    mb: &'a MailboxConfig,
    fence: &'a Fence,
    cancel: &'a CancellationToken,
    backoff: &'a mut Backoff,
    started_at: i64,
    said_no_idle: &'a mut bool,
}

impl Watch<'_> {
    fn store_err(&self, server: &str) -> impl FnOnce(StoreError) -> ImapError {
        let server = server.to_string();
        move |source| ImapError::Store { server, source }
    }

    /// One connection's life: connect, catch up, IDLE (or poll), repeat. Returns Ok only when
    /// cancelled.
    async fn watch(&mut self, password: &str, tls: &TlsConnector) -> Result<(), ImapError> {
        let (ctx, mb) = (self.ctx, self.mb);
        let timeout = Duration::from_secs(mb.timeout_seconds);
        let mut conn = Conn::open(mb, password, tls, timeout).await?;
        let has_idle = conn.capabilities().await?.iter().any(|c| c == "IDLE");
        let folder = conn.select(&mb.folder, false).await?;
        let uidvalidity =
            i64::from(folder.uidvalidity.ok_or_else(|| ImapError::NoUidValidity {
                server: conn.server.clone(),
                folder: mb.folder.clone(),
            })?);
        let stored = ctx
            .store
            .position(&mb.name)
            .await
            .map_err(self.store_err(&conn.server))?;
        let mut pos = match stored {
            Some(p) if p.uidvalidity == Some(uidvalidity) => p,
            Some(p) => {
                warn!(
                    old = ?p.uidvalidity,
                    new = uidvalidity,
                    "UIDVALIDITY changed: reading the folder again; mail already stored is recognised by Message-ID"
                );
                Position {
                    uidvalidity: Some(uidvalidity),
                    last_uid: 0,
                }
            }
            None => {
                let p = first_position(&mut conn, mb, uidvalidity, folder, self.started_at).await?;
                info!(start = %mb.start, started_at = self.started_at, last_uid = p.last_uid, "first time on this mailbox");
                p
            }
        };
        if stored != Some(pos) {
            ctx.store
                .save_position_held(Some(self.fence), &mb.name, pos)
                .await
                .map_err(self.store_err(&conn.server))?;
        }
        info!(server = %conn.server, folder = %mb.folder, last_uid = pos.last_uid, idle = has_idle, "connected");
        ctx.health.set(
            &Health::intake(&mb.name),
            TaskState::Running,
            Some(format!("connected to {} ({})", conn.server, mb.folder)),
        );
        if has_idle {
            self.idle_loop(conn, &mut pos).await
        } else {
            if !*self.said_no_idle {
                info!(
                    poll_seconds = mb.poll_seconds,
                    "the server offers no IDLE: checking for new mail every poll_seconds"
                );
                *self.said_no_idle = true;
            }
            self.poll_loop(conn, &mut pos).await
        }
    }

    /// Fetches and stores what came after `pos` (see [`catch_up`]).
    async fn catch_up(&mut self, conn: &mut Conn, pos: &mut Position) -> Result<usize, ImapError> {
        catch_up(
            self.ctx,
            self.mb,
            conn,
            pos,
            self.backoff,
            self.fence,
            self.cancel,
        )
        .await
    }

    /// Without IDLE: catch up every `poll_seconds`.
    async fn poll_loop(&mut self, mut conn: Conn, pos: &mut Position) -> Result<(), ImapError> {
        let poll = Duration::from_secs(self.mb.poll_seconds);
        loop {
            if self.cancel.is_cancelled() {
                conn.logout().await;
                return Ok(());
            }
            self.catch_up(&mut conn, pos).await?;
            self.backoff.reset();
            drain(&mut conn);
            tokio::select! {
                _ = self.cancel.cancelled() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
    }

    /// With IDLE: catch up, IDLE until news or the check, repeat; pause when the server ends
    /// IDLE at once without news.
    async fn idle_loop(&mut self, mut conn: Conn, pos: &mut Position) -> Result<(), ImapError> {
        let check = Duration::from_secs(self.mb.check_seconds);
        let poll = Duration::from_secs(self.mb.poll_seconds);
        let mut last: Option<(Woke, Duration)> = None;
        let mut spins: u32 = 0;
        let mut said_spin = false;
        loop {
            if self.cancel.is_cancelled() {
                conn.logout().await;
                return Ok(());
            }
            let mut new = self.catch_up(&mut conn, pos).await?;
            let for_nothing = match last {
                Some((Woke::EndedByServer, _)) => true,
                Some((Woke::News, took)) => took < QUICK,
                _ => false,
            };
            spins = if for_nothing && new == 0 {
                spins + 1
            } else {
                0
            };
            if spins > 0 {
                let pause = spin_pause(spins, poll);
                if spins >= 3 && !said_spin {
                    info!(
                        poll_seconds = self.mb.poll_seconds,
                        "the server ends IDLE at once without news: pausing between IDLEs, up to poll_seconds"
                    );
                    said_spin = true;
                }
                debug!(?pause, "IDLE ended at once without news; pausing");
                tokio::select! {
                    _ = self.cancel.cancelled() => continue,
                    _ = tokio::time::sleep(pause) => {}
                }
                // Mail that arrived during the pause.
                new = self.catch_up(&mut conn, pos).await?;
                if new > 0 {
                    spins = 0;
                }
                if self.cancel.is_cancelled() {
                    continue;
                }
            }
            let t0 = tokio::time::Instant::now();
            let woke = idle::idle(&mut conn, check, self.cancel).await?;
            if matches!(woke, Woke::Checked | Woke::News) {
                self.backoff.reset();
            }
            drain(&mut conn);
            debug!(?woke, "IDLE ended");
            last = Some((woke, t0.elapsed()));
        }
    }
}

/// The pause after the `spins`-th IDLE in a row that ended at once without news: 1 s, doubling,
/// at most `cap`.
fn spin_pause(spins: u32, cap: Duration) -> Duration {
    Duration::from_secs(1)
        .saturating_mul(1u32 << spins.saturating_sub(1).min(16))
        .min(cap)
}

/// Drops unsolicited responses async-imap kept aside (they are not used; the search after each
/// wake-up is the truth), so they hold no memory.
fn drain(conn: &mut Conn) {
    while conn.session.unsolicited_responses.try_recv().is_ok() {}
}

/// Where to start on a mailbox seen for the first time. `started_at` is the mailbox's recorded
/// first start (epoch ms), which `now` means.
async fn first_position(
    conn: &mut Conn,
    mb: &MailboxConfig,
    uidvalidity: i64,
    folder: Selected,
    started_at: i64,
) -> Result<Position, ImapError> {
    let last_uid = match mb.start_at() {
        StartAt::All => 0,
        StartAt::Now => {
            // SINCE has whole days in the server's time zone: search from the day before, then
            // keep what arrived after the first start by INTERNALDATE. That has whole seconds,
            // so mail of the very second of the first start cannot be told from older mail and
            // is left out with it.
            let day = chrono::DateTime::from_timestamp_millis(started_at - 86_400_000)
                .map(|d| d.date_naive().format("%-d-%b-%Y").to_string())
                .unwrap_or_else(|| "1-Jan-1970".into());
            let mut found = conn.uid_search(&format!("SINCE {day}")).await?;
            found.sort_unstable();
            let since = started_at.div_euclid(1000);
            let mut first: Option<u32> = None;
            for chunk in found.chunks(500) {
                let command = format!("UID FETCH {} (UID INTERNALDATE)", uid_set(chunk));
                conn.command("UID FETCH", &command, |resp| {
                    if let Response::Fetch(_, attrs) = resp {
                        let mut uid = None;
                        let mut date = None;
                        for a in attrs {
                            match a {
                                AttributeValue::Uid(u) => uid = Some(*u),
                                AttributeValue::InternalDate(d) => date = Some(d.to_string()),
                                _ => {}
                            }
                        }
                        // An unreadable date counts as new: better a draft too many than mail lost.
                        let new = date
                            .as_deref()
                            .and_then(internal_date)
                            .is_none_or(|t| t > since);
                        if let Some(u) = uid
                            && new
                        {
                            first = Some(first.map_or(u, |f| f.min(u)));
                        }
                    }
                    Ok(())
                })
                .await?;
            }
            match first {
                Some(f) => i64::from(f) - 1,
                None => top_uid(conn, folder).await?,
            }
        }
        StartAt::Since(date) => {
            let found = conn
                .uid_search(&format!("SINCE {}", date.format("%-d-%b-%Y")))
                .await?;
            match found.into_iter().min() {
                Some(first) => i64::from(first) - 1,
                None => top_uid(conn, folder).await?,
            }
        }
    };
    Ok(Position {
        uidvalidity: Some(uidvalidity),
        last_uid: last_uid.max(0),
    })
}

/// The highest UID in the folder (UIDNEXT - 1, or the highest found).
async fn top_uid(conn: &mut Conn, folder: Selected) -> Result<i64, ImapError> {
    Ok(match folder.uid_next {
        Some(n) => i64::from(n) - 1,
        None => conn
            .uid_search("ALL")
            .await?
            .into_iter()
            .max()
            .map_or(0, i64::from),
    })
}

/// An INTERNALDATE ("6-Dec-2026 13:17:36 +0000") as epoch seconds.
fn internal_date(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_str(s.trim(), "%d-%b-%Y %H:%M:%S %z")
        .ok()
        .map(|d| d.timestamp())
}

/// TLS with the system's roots, plus the mailbox's own CA when configured. Only ring.
fn connector(config: &Config, mb: &MailboxConfig) -> Result<TlsConnector, ImapError> {
    let mut roots = RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    if let Some(ca) = &mb.ca_file {
        use pki_types::pem::PemObject as _;
        let path = config.resolve(ca);
        let certs =
            pki_types::CertificateDer::pem_file_iter(&path).map_err(|source| ImapError::Ca {
                path: path.display().to_string(),
                source,
            })?;
        for cert in certs {
            let cert = cert.map_err(|source| ImapError::Ca {
                path: path.display().to_string(),
                source,
            })?;
            roots.add(cert).map_err(ImapError::TlsSetup)?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(ImapError::TlsSetup)?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(TlsConnector::from(Arc::new(tls)))
}

/// Capped exponential backoff with full jitter.
#[derive(Debug)]
pub(super) struct Backoff {
    base: Duration,
    cap: Duration,
    attempt: u32,
}

impl Backoff {
    fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff {
            base,
            cap,
            attempt: 0,
        }
    }

    pub(super) fn reset(&mut self) {
        self.attempt = 0;
    }

    fn next(&mut self) -> Duration {
        let exp = self.base.saturating_mul(1u32 << self.attempt.min(16));
        self.attempt = self.attempt.saturating_add(1);
        let ceiling = exp.min(self.cap).as_millis().max(1) as u64;
        // Half fixed, half random: never zero, never in lockstep with other mailboxes.
        Duration::from_millis(ceiling / 2 + rand::random_range(0..=ceiling / 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_dates_are_read() {
        assert_eq!(
            internal_date("06-Dec-2026 13:17:36 +0000"),
            Some(1_796_563_056)
        );
        assert_eq!(
            internal_date(" 6-Dec-2026 14:17:36 +0100"),
            Some(1_796_563_056)
        );
        assert_eq!(internal_date("garbage"), None);
    }

    #[test]
    fn pauses_after_idle_ending_at_once_double_to_the_poll_interval() {
        let cap = Duration::from_secs(60);
        let pauses: Vec<u64> = (1..=8).map(|n| spin_pause(n, cap).as_secs()).collect();
        assert_eq!(pauses, [1, 2, 4, 8, 16, 32, 60, 60]);
        assert_eq!(
            spin_pause(40, Duration::from_secs(5)),
            Duration::from_secs(5)
        );
    }

    #[test]
    fn backoff_grows_to_its_cap() {
        let mut b = Backoff::new(Duration::from_millis(500), Duration::from_secs(60));
        let first = b.next();
        assert!(first >= Duration::from_millis(250) && first <= Duration::from_millis(500));
        for _ in 0..20 {
            assert!(b.next() <= Duration::from_secs(60));
        }
        assert!(b.next() >= Duration::from_secs(30));
        b.reset();
        assert!(b.next() <= Duration::from_millis(500));
    }
}
