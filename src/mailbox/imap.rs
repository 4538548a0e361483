//! An IMAP folder watched with IDLE (async-imap over rustls, STARTTLS, or plain on loopback).
//!
//! On connect: read the stored position (UIDVALIDITY + last UID); when the folder's UIDVALIDITY
//! changed, read it all again (duplicates are recognised by Message-ID and bytes). Then catch up
//! with `UID SEARCH` from the stored UID, fetch in batches with `BODY.PEEK[]` (never touching
//! `\Seen`: people read the shared mailbox), store each batch with the new position in one
//! transaction, and IDLE. After every wake-up the search runs again from the stored position,
//! because unsolicited responses can be lost and mail can arrive between DONE and IDLE.
//!
//! IDLE is bounded twice: a quiet connection (no line for a few minutes, not even the server's
//! "still here") is tested with DONE, and every IDLE is re-issued before the 29-minute limit.
//! TCP keepalive finds a dead peer. Errors reconnect with capped exponential backoff and jitter.
//! Nothing is ever deleted; with `move_to` set, stored messages are moved there.

use std::sync::Arc;
use std::time::Duration;

use async_imap::extensions::idle::IdleResponse;
use futures::TryStreamExt;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore, pki_types};
use tokio_util::sync::CancellationToken;
use tracing::{debug, error, info, warn};

use crate::config::{Config, MailboxConfig, Security, StartAt};
use crate::daemon::Daemon;
use crate::store::{NewMessage, Position, StoreError};

/// A connection of any kind (TLS or plain).
pub trait ImapStream: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug> ImapStream for T {}

type Session = async_imap::Session<Box<dyn ImapStream>>;

/// How long one command may take before the connection is declared dead.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// A fetch of a batch (up to tens of megabytes) may take longer.
const FETCH_TIMEOUT: Duration = Duration::from_secs(300);
/// Without a line from the server for this long during IDLE, the connection is tested.
const QUIET_LIMIT: Duration = Duration::from_secs(5 * 60);

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
    /// A command did not complete in time.
    #[error("IMAP command {command} on {server} timed out")]
    Timeout {
        server: String,
        command: &'static str,
    },
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
    cancel: CancellationToken,
) -> Result<(), ImapError> {
    let password =
        ctx.config
            .imap_password(&mb, &ctx.env)
            .map_err(|message| ImapError::Password {
                mailbox: mb.name.clone(),
                message,
            })?;
    let tls = connector(&ctx.config, &mb)?;
    let mut backoff = Backoff::new(Duration::from_millis(500), Duration::from_secs(60));
    loop {
        if cancel.is_cancelled() {
            return Ok(());
        }
        match watch(&ctx, &mb, &password, &tls, &cancel, &mut backoff).await {
            Ok(()) => return Ok(()),
            Err(e) if e.is_fatal() => return Err(e),
            Err(e) => {
                let wait = backoff.next();
                let msg = format!("{e:#}");
                if matches!(e, ImapError::Login { .. }) {
                    error!(mailbox = %mb.name, error = %msg, retry_in = ?wait, "login refused");
                } else {
                    warn!(mailbox = %mb.name, error = %msg, retry_in = ?wait, "IMAP connection lost; reconnecting");
                }
                tokio::select! {
                    _ = cancel.cancelled() => return Ok(()),
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
    }
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
    let mut session = connect(mb, &password, &tls).await?;
    let server = server(mb);
    let folder = timed(
        &server,
        "SELECT",
        COMMAND_TIMEOUT,
        session.examine(&mb.folder),
    )
    .await?;
    let _ = tokio::time::timeout(COMMAND_TIMEOUT, session.logout()).await;
    Ok(format!(
        "{} messages in {} (UIDVALIDITY {})",
        folder.exists,
        mb.folder,
        folder.uid_validity.map_or("none".into(), |v| v.to_string())
    ))
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
    let mut session = connect(mb, &password, &tls).await?;
    let server = server(mb);
    timed(
        &server,
        "APPEND",
        FETCH_TIMEOUT,
        session.append(folder, Some("(\\Seen)"), None, raw),
    )
    .await?;
    let _ = tokio::time::timeout(COMMAND_TIMEOUT, session.logout()).await;
    Ok(())
}

fn server(mb: &MailboxConfig) -> String {
    format!("{}:{}", mb.host.as_deref().unwrap_or(""), mb.imap_port())
}

async fn timed<T, F>(
    server: &str,
    command: &'static str,
    limit: Duration,
    f: F,
) -> Result<T, ImapError>
where
    F: std::future::Future<Output = async_imap::error::Result<T>>,
{
    match tokio::time::timeout(limit, f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(source)) => Err(ImapError::Command {
            server: server.to_string(),
            command,
            source,
        }),
        Err(_) => Err(ImapError::Timeout {
            server: server.to_string(),
            command,
        }),
    }
}

/// One connection's life: connect, catch up, IDLE, repeat. Returns Ok only when cancelled.
async fn watch(
    ctx: &Daemon,
    mb: &MailboxConfig,
    password: &str,
    tls: &TlsConnector,
    cancel: &CancellationToken,
    backoff: &mut Backoff,
) -> Result<(), ImapError> {
    let server = server(mb);
    let mut session = connect(mb, password, tls).await?;
    let folder = timed(
        &server,
        "SELECT",
        COMMAND_TIMEOUT,
        session.select(&mb.folder),
    )
    .await?;
    let uidvalidity = i64::from(
        folder
            .uid_validity
            .ok_or_else(|| ImapError::NoUidValidity {
                server: server.clone(),
                folder: mb.folder.clone(),
            })?,
    );
    let store_err = |source| ImapError::Store {
        server: server.clone(),
        source,
    };
    let stored = ctx.store.position(&mb.name).await.map_err(store_err)?;
    let mut pos = match stored {
        Some(p) if p.uidvalidity == Some(uidvalidity) => p,
        Some(p) => {
            warn!(
                mailbox = %mb.name,
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
            let p = first_position(&mut session, mb, &server, uidvalidity, folder.uid_next).await?;
            info!(mailbox = %mb.name, start = %mb.start, last_uid = p.last_uid, "first time on this mailbox");
            p
        }
    };
    if stored != Some(pos) {
        ctx.store
            .save_position(&mb.name, pos)
            .await
            .map_err(store_err)?;
    }
    info!(mailbox = %mb.name, server = %server, folder = %mb.folder, last_uid = pos.last_uid, "connected");
    backoff.reset();
    let idle_limit = Duration::from_secs(mb.idle_minutes * 60);
    loop {
        catch_up(ctx, mb, &mut session, &server, uidvalidity, &mut pos).await?;
        if cancel.is_cancelled() {
            let _ = tokio::time::timeout(Duration::from_secs(5), session.logout()).await;
            return Ok(());
        }
        let mut idle = session.idle();
        timed(&server, "IDLE", COMMAND_TIMEOUT, idle.init()).await?;
        let woke = {
            let (wait, stop) = idle.wait_with_timeout(QUIET_LIMIT);
            let r = tokio::select! {
                r = tokio::time::timeout(idle_limit, wait) => match r {
                    Ok(Ok(resp)) => Some(resp),
                    Ok(Err(source)) => return Err(ImapError::Command { server, command: "IDLE", source }),
                    Err(_) => None,
                },
                _ = cancel.cancelled() => None,
            };
            drop(stop);
            r
        };
        match &woke {
            Some(IdleResponse::NewData(_)) => debug!(mailbox = %mb.name, "IDLE: new data"),
            Some(IdleResponse::Timeout) => {
                debug!(mailbox = %mb.name, "IDLE: quiet; testing the connection")
            }
            Some(IdleResponse::ManualInterrupt) | None => {}
        }
        session = timed(&server, "DONE", COMMAND_TIMEOUT, idle.done()).await?;
        while session.unsolicited_responses.try_recv().is_ok() {}
    }
}

/// Where to start on a mailbox seen for the first time.
async fn first_position(
    session: &mut Session,
    mb: &MailboxConfig,
    server: &str,
    uidvalidity: i64,
    uid_next: Option<u32>,
) -> Result<Position, ImapError> {
    let last_uid = match mb.start_at() {
        StartAt::All => 0,
        StartAt::Now => match uid_next {
            Some(n) => i64::from(n) - 1,
            None => {
                let all = timed(
                    server,
                    "UID SEARCH",
                    COMMAND_TIMEOUT,
                    session.uid_search("ALL"),
                )
                .await?;
                all.into_iter().max().map_or(0, i64::from)
            }
        },
        StartAt::Since(date) => {
            let query = format!("SINCE {}", date.format("%-d-%b-%Y"));
            let found = timed(
                server,
                "UID SEARCH",
                COMMAND_TIMEOUT,
                session.uid_search(query),
            )
            .await?;
            match found.into_iter().min() {
                Some(first) => i64::from(first) - 1,
                None => uid_next.map_or(0, |n| i64::from(n) - 1),
            }
        }
    };
    Ok(Position {
        uidvalidity: Some(uidvalidity),
        last_uid: last_uid.max(0),
    })
}

/// Fetches and stores everything after the stored UID, in batches.
async fn catch_up(
    ctx: &Daemon,
    mb: &MailboxConfig,
    session: &mut Session,
    server: &str,
    uidvalidity: i64,
    pos: &mut Position,
) -> Result<(), ImapError> {
    let query = format!("UID {}:*", pos.last_uid + 1);
    let found = timed(
        server,
        "UID SEARCH",
        COMMAND_TIMEOUT,
        session.uid_search(query),
    )
    .await?;
    // "n:*" matches the highest UID even when it is below n: keep only what is new.
    let mut uids: Vec<u32> = found
        .into_iter()
        .filter(|&u| i64::from(u) > pos.last_uid)
        .collect();
    if uids.is_empty() {
        return Ok(());
    }
    uids.sort_unstable();
    let total = uids.len();
    let mut done = 0;
    for chunk in uids.chunks(mb.fetch_batch.max(1) as usize) {
        let set = uid_set(chunk);
        let fetches: Vec<async_imap::types::Fetch> = {
            let stream = timed(
                server,
                "UID FETCH",
                COMMAND_TIMEOUT,
                session.uid_fetch(&set, "(UID BODY.PEEK[])"),
            )
            .await?;
            timed(server, "UID FETCH", FETCH_TIMEOUT, stream.try_collect()).await?
        };
        let mut batch = Vec::with_capacity(fetches.len());
        for f in &fetches {
            let (Some(uid), Some(body)) = (f.uid, f.body()) else {
                continue;
            };
            batch.push(NewMessage {
                source_key: format!("imap:{uidvalidity}:{uid}"),
                raw: body.to_vec(),
            });
        }
        // Messages expunged between SEARCH and FETCH are simply gone; the position moves past.
        let next = Position {
            uidvalidity: Some(uidvalidity),
            last_uid: chunk.last().map_or(pos.last_uid, |&u| i64::from(u)),
        };
        let stored = ctx
            .store
            .store_incoming(&mb.name, &batch, Some(next))
            .await
            .map_err(|source| ImapError::Store {
                server: server.to_string(),
                source,
            })?;
        *pos = next;
        done += chunk.len();
        if stored.new > 0 {
            ctx.nudge.notify_one();
        }
        if total > mb.fetch_batch as usize {
            info!(mailbox = %mb.name, fetched = done, of = total, "catching up");
        }
        debug!(mailbox = %mb.name, new = stored.new, duplicates = stored.duplicates, last_uid = pos.last_uid, "stored");
        if let Some(target) = &mb.move_to {
            timed(
                server,
                "UID MOVE",
                COMMAND_TIMEOUT,
                session.uid_mv(&set, target),
            )
            .await?;
        }
    }
    Ok(())
}

/// "1:5,9,12:13" from sorted UIDs.
fn uid_set(uids: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

/// Connects, secures and logs in.
async fn connect(
    mb: &MailboxConfig,
    password: &str,
    tls: &TlsConnector,
) -> Result<Session, ImapError> {
    let host = mb.host.clone().unwrap_or_default();
    let server = server(mb);
    let io = |source| ImapError::Connect {
        server: server.clone(),
        source,
    };
    let tcp = tokio::time::timeout(
        COMMAND_TIMEOUT,
        TcpStream::connect((host.as_str(), mb.imap_port())),
    )
    .await
    .map_err(|_| {
        io(std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            "connecting timed out",
        ))
    })?
    .map_err(io)?;
    tcp.set_nodelay(true).map_err(io)?;
    // A peer that vanished without closing is found in about two minutes.
    let keepalive = socket2::TcpKeepalive::new()
        .with_time(Duration::from_secs(60))
        .with_interval(Duration::from_secs(15))
        .with_retries(4);
    socket2::SockRef::from(&tcp)
        .set_tcp_keepalive(&keepalive)
        .map_err(io)?;
    let name = pki_types::ServerName::try_from(host.clone())
        .map_err(|e| io(std::io::Error::new(std::io::ErrorKind::InvalidInput, e)))?;
    let mut client: async_imap::Client<Box<dyn ImapStream>> = match mb.security {
        Security::Tls => {
            let stream = tls.connect(name, tcp).await.map_err(io)?;
            async_imap::Client::new(Box::new(stream))
        }
        Security::Plain => async_imap::Client::new(Box::new(tcp)),
        Security::Starttls => {
            let mut plain = async_imap::Client::new(tcp);
            greeting(&mut plain, &server).await?;
            timed(
                &server,
                "STARTTLS",
                COMMAND_TIMEOUT,
                plain.run_command_and_check_ok("STARTTLS", None),
            )
            .await?;
            let tcp = plain.into_inner();
            let stream = tls.connect(name, tcp).await.map_err(io)?;
            let c = async_imap::Client::new(Box::new(stream) as Box<dyn ImapStream>);
            return login(c, mb, password, &server).await;
        }
    };
    greeting(&mut client, &server).await?;
    login(client, mb, password, &server).await
}

async fn greeting<T: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug>(
    client: &mut async_imap::Client<T>,
    server: &str,
) -> Result<(), ImapError> {
    match tokio::time::timeout(COMMAND_TIMEOUT, client.read_response()).await {
        Ok(Ok(Some(_))) => Ok(()),
        Ok(Ok(None)) => Err(ImapError::Connect {
            server: server.to_string(),
            source: std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "closed before its greeting",
            ),
        }),
        Ok(Err(source)) => Err(ImapError::Connect {
            server: server.to_string(),
            source,
        }),
        Err(_) => Err(ImapError::Timeout {
            server: server.to_string(),
            command: "greeting",
        }),
    }
}

async fn login(
    client: async_imap::Client<Box<dyn ImapStream>>,
    mb: &MailboxConfig,
    password: &str,
    server: &str,
) -> Result<Session, ImapError> {
    let user = mb.username.clone().unwrap_or_default();
    match tokio::time::timeout(COMMAND_TIMEOUT, client.login(&user, password)).await {
        Ok(Ok(s)) => Ok(s),
        Ok(Err((source, _))) => Err(ImapError::Login {
            server: server.to_string(),
            user,
            source,
        }),
        Err(_) => Err(ImapError::Timeout {
            server: server.to_string(),
            command: "LOGIN",
        }),
    }
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
struct Backoff {
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

    fn reset(&mut self) {
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
    fn uid_sets_compress_runs() {
        assert_eq!(uid_set(&[1, 2, 3, 5, 7, 8]), "1:3,5,7:8");
        assert_eq!(uid_set(&[4]), "4");
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
