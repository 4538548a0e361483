//! One IMAP connection: connect (TLS, STARTTLS, or plain on loopback), log in, and run commands
//! whose answers are read to their tagged end.
//!
//! async-imap's own result streams end quietly when the connection ends and take a tagged `NO`
//! for the end of the answer, so a FETCH or SEARCH cut short by a dying server looks like a
//! short answer. Every command the watcher relies on is therefore run here: the answer counts
//! only once its tagged `OK` has arrived; an end of the connection, a `BYE`, or a `NO`/`BAD` is
//! an error of the connection.
//!
//! Deadlines restart while bytes arrive: the socket counts the bytes it reads, and a command
//! fails only when nothing came for `timeout`, so a large message on a slow link is never cut
//! off for being large.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use async_imap::imap_proto::{MailboxDatum, Response, ResponseCode, Status};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::Instant;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::pki_types;

use super::{ImapError, ImapStream, Session};
use crate::config::{MailboxConfig, Security};

/// A stream that counts the bytes it reads, so deadlines can tell a slow answer from none.
#[derive(Debug)]
pub(super) struct Metered<S> {
    inner: S,
    read: Arc<AtomicU64>,
}

impl<S: AsyncRead + Unpin> AsyncRead for Metered<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        let n = buf.filled().len().saturating_sub(before);
        if n > 0 {
            self.read.fetch_add(n as u64, Ordering::Relaxed);
        }
        r
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Metered<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Runs `fut` to its end, or gives up (None) once the connection has read nothing for `limit`.
pub(super) async fn stall_guard<F: Future>(
    read: &AtomicU64,
    limit: Duration,
    fut: F,
) -> Option<F::Output> {
    tokio::pin!(fut);
    let tick = (limit / 4).max(Duration::from_millis(20));
    let mut seen = read.load(Ordering::Relaxed);
    let mut last = Instant::now();
    loop {
        tokio::select! {
            out = &mut fut => return Some(out),
            _ = tokio::time::sleep(tick) => {
                let now = read.load(Ordering::Relaxed);
                if now != seen {
                    seen = now;
                    last = Instant::now();
                } else if last.elapsed() >= limit {
                    return None;
                }
            }
        }
    }
}

/// What SELECT tells about the folder.
#[derive(Debug, Clone, Copy)]
pub(super) struct Selected {
    pub uidvalidity: Option<u32>,
    pub uid_next: Option<u32>,
    pub exists: u32,
}

/// A logged-in connection.
#[derive(Debug)]
pub(super) struct Conn {
    pub session: Session,
    /// `host:port`, for errors and logs.
    pub server: String,
    /// How long the server may send nothing while it owes an answer.
    pub timeout: Duration,
    read: Arc<AtomicU64>,
}

/// `host:port` of a mailbox.
pub(super) fn server_name(mb: &MailboxConfig) -> String {
    format!("{}:{}", mb.host.as_deref().unwrap_or(""), mb.imap_port())
}

/// A string as an IMAP quoted string.
pub(super) fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The text of a status response (`NO Internal error`), for errors and logs.
pub(super) fn status_text(status: &Status, information: Option<&str>) -> String {
    let word = match status {
        Status::Ok => "OK",
        Status::No => "NO",
        Status::Bad => "BAD",
        Status::PreAuth => "PREAUTH",
        Status::Bye => "BYE",
    };
    format!("{word} {}", information.unwrap_or(""))
        .trim()
        .to_string()
}

impl Conn {
    /// Connects, secures and logs in; every step within `timeout` of silence.
    pub async fn open(
        mb: &MailboxConfig,
        password: &str,
        tls: &TlsConnector,
        timeout: Duration,
    ) -> Result<Conn, ImapError> {
        let read = Arc::new(AtomicU64::new(0));
        let server = server_name(mb);
        let session = match stall_guard(&read, timeout, connect(mb, password, tls, &read)).await {
            Some(r) => r?,
            None => {
                return Err(ImapError::Timeout {
                    server,
                    command: "connect and LOGIN",
                    seconds: timeout.as_secs(),
                });
            }
        };
        Ok(Conn {
            session,
            server,
            timeout,
            read,
        })
    }

    /// Runs `fut` on this connection, failing when the server sends nothing for `timeout`.
    pub async fn guarded<T>(
        read: &AtomicU64,
        server: &str,
        timeout: Duration,
        command: &'static str,
        fut: impl Future<Output = Result<T, ImapError>>,
    ) -> Result<T, ImapError> {
        match stall_guard(read, timeout, fut).await {
            Some(r) => r,
            None => Err(ImapError::Timeout {
                server: server.to_string(),
                command,
                seconds: timeout.as_secs(),
            }),
        }
    }

    /// The byte counter, for callers that wait on the session themselves (IDLE).
    pub fn meter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.read)
    }

    /// Runs a command and hands each untagged response to `each`, until the tagged answer,
    /// which must be `OK`. An end of the connection or a `BYE` first is an error.
    pub async fn command(
        &mut self,
        label: &'static str,
        text: &str,
        mut each: impl FnMut(&Response<'_>) -> Result<(), ImapError>,
    ) -> Result<(), ImapError> {
        let Conn {
            session,
            server,
            timeout,
            read,
        } = self;
        let server: &str = server;
        let refused = |status: &Status, information: Option<&str>| ImapError::Refused {
            server: server.to_string(),
            command: label,
            answer: status_text(status, information),
        };
        let run = async {
            let tag = session
                .run_command(text)
                .await
                .map_err(|source| ImapError::Command {
                    server: server.to_string(),
                    command: label,
                    source,
                })?;
            loop {
                let done = read_with(session, server, label, |resp| match resp {
                    Response::Done {
                        tag: t,
                        status,
                        outcome,
                    } if *t == tag => match status {
                        Status::Ok => Ok(true),
                        s => Err(refused(s, outcome.information.as_deref())),
                    },
                    Response::Data {
                        status: Status::Bye,
                        outcome,
                    } => Err(refused(&Status::Bye, outcome.information.as_deref())),
                    other => each(other).map(|()| false),
                })
                .await??;
                if done {
                    return Ok(());
                }
            }
        };
        Conn::guarded(read, server, *timeout, label, run).await
    }

    /// `UID SEARCH query`, the UIDs found (in the server's order).
    pub async fn uid_search(&mut self, query: &str) -> Result<Vec<u32>, ImapError> {
        let mut found = Vec::new();
        self.command("UID SEARCH", &format!("UID SEARCH {query}"), |resp| {
            if let Response::MailboxData(MailboxDatum::Search(uids)) = resp {
                found.extend_from_slice(uids);
            }
            Ok(())
        })
        .await?;
        Ok(found)
    }

    /// The server's capabilities, upper-cased.
    pub async fn capabilities(&mut self) -> Result<Vec<String>, ImapError> {
        use async_imap::imap_proto::Capability;
        let mut caps = Vec::new();
        self.command("CAPABILITY", "CAPABILITY", |resp| {
            if let Response::Capabilities(list) = resp {
                for c in list {
                    caps.push(match c {
                        Capability::Imap4rev1 => "IMAP4REV1".to_string(),
                        Capability::Auth(a) => format!("AUTH={}", a.to_ascii_uppercase()),
                        Capability::Atom(a) => a.to_ascii_uppercase(),
                    });
                }
            }
            Ok(())
        })
        .await?;
        Ok(caps)
    }

    /// SELECT (or EXAMINE, read-only) a folder.
    pub async fn select(&mut self, folder: &str, read_only: bool) -> Result<Selected, ImapError> {
        let mut sel = Selected {
            uidvalidity: None,
            uid_next: None,
            exists: 0,
        };
        let (label, verb) = if read_only {
            ("EXAMINE", "EXAMINE")
        } else {
            ("SELECT", "SELECT")
        };
        self.command(label, &format!("{verb} {}", quote(folder)), |resp| {
            match resp {
                Response::Data {
                    status: Status::Ok,
                    outcome,
                } => match outcome.code {
                    Some(ResponseCode::UidValidity(v)) => sel.uidvalidity = Some(v),
                    Some(ResponseCode::UidNext(n)) => sel.uid_next = Some(n),
                    _ => {}
                },
                Response::MailboxData(MailboxDatum::Exists(n)) => sel.exists = *n,
                _ => {}
            }
            Ok(())
        })
        .await?;
        Ok(sel)
    }

    /// Logs out, without waiting long (the connection is dropped anyway).
    pub async fn logout(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(5), self.session.logout()).await;
    }
}

/// Reads the next response and hands it to `f`; an error when the connection ended or broke.
pub(super) async fn read_with<T>(
    session: &mut Session,
    server: &str,
    command: &'static str,
    f: impl FnOnce(&Response<'_>) -> T,
) -> Result<T, ImapError> {
    match session.read_response().await {
        // The response (and any message body in it) is dropped once `f` has looked at it.
        Ok(Some(r)) => Ok(f(r.parsed())),
        Ok(None) => Err(ImapError::Closed {
            server: server.to_string(),
            command,
        }),
        Err(e) => Err(ImapError::Command {
            server: server.to_string(),
            command,
            source: async_imap::error::Error::Io(e),
        }),
    }
}

/// Connects, secures and logs in.
async fn connect(
    mb: &MailboxConfig,
    password: &str,
    tls: &TlsConnector,
    read: &Arc<AtomicU64>,
) -> Result<Session, ImapError> {
    let host = mb.host.clone().unwrap_or_default();
    let server = server_name(mb);
    let io = |source| ImapError::Connect {
        server: server.clone(),
        source,
    };
    let tcp = TcpStream::connect((host.as_str(), mb.imap_port()))
        .await
        .map_err(io)?;
    tcp.set_nodelay(true).map_err(io)?;
    // A peer that vanished without closing is found in about two minutes even when idle.
    let keepalive = socket2::TcpKeepalive::new()
        .with_time(Duration::from_secs(60))
        .with_interval(Duration::from_secs(15))
        .with_retries(4);
    socket2::SockRef::from(&tcp)
        .set_tcp_keepalive(&keepalive)
        .map_err(io)?;
    let tcp = Metered {
        inner: tcp,
        read: Arc::clone(read),
    };
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
            plain
                .run_command_and_check_ok("STARTTLS", None)
                .await
                .map_err(|source| ImapError::Command {
                    server: server.clone(),
                    command: "STARTTLS",
                    source,
                })?;
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
    match client.read_response().await {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(ImapError::Connect {
            server: server.to_string(),
            source: std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "closed before its greeting",
            ),
        }),
        Err(source) => Err(ImapError::Connect {
            server: server.to_string(),
            source,
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
    client
        .login(&user, password)
        .await
        .map_err(|(source, _)| ImapError::Login {
            server: server.to_string(),
            user,
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_guard_waits_while_bytes_arrive_and_gives_up_on_silence() {
        let read = Arc::new(AtomicU64::new(0));
        let r = Arc::clone(&read);
        // Bytes every 30 ms for 300 ms: ten times the limit, never silent for the limit.
        let trickle = async move {
            for _ in 0..10 {
                tokio::time::sleep(Duration::from_millis(30)).await;
                r.fetch_add(1, Ordering::Relaxed);
            }
            "done"
        };
        assert_eq!(
            stall_guard(&read, Duration::from_millis(100), trickle).await,
            Some("done")
        );
        let silent = tokio::time::sleep(Duration::from_secs(5));
        let t0 = std::time::Instant::now();
        assert_eq!(
            stall_guard(&read, Duration::from_millis(100), silent).await,
            None
        );
        assert!(t0.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("INBOX"), "\"INBOX\"");
        assert_eq!(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}
