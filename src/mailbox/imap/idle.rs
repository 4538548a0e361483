//! IDLE (RFC 2177), run by hand so that every way it can end is seen.
//!
//! async-imap's IDLE handle takes any response but `* OK` for news, so a server that answers
//! every IDLE with `* NO Internal error` (Dovecot after the watched folder was renamed away)
//! made the watcher loop thousands of times a second; and it never sees a server end IDLE by
//! itself. Here:
//! - `* NO`, `* BAD`, `* BYE`, a refused IDLE and an end of the connection are errors of the
//!   connection (the caller backs off and connects again);
//! - `EXISTS`, `EXPUNGE`, `FETCH` and the like are news;
//! - a tagged `OK` before DONE means the server ended IDLE by itself;
//! - after `check` without news, IDLE is ended with DONE, which the server must answer within
//!   its timeout: that is how a server that stopped answering is noticed.

use std::time::Duration;

use async_imap::imap_proto::{RequestId, Response, Status};
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::ImapError;
use super::conn::{Conn, read_with, status_text};

/// How an IDLE ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Woke {
    /// The server reported a change (new mail, flags, expunges).
    News,
    /// The server ended IDLE by itself, without news.
    EndedByServer,
    /// `check` passed without news; the server answered DONE.
    Checked,
    /// The watcher is stopping; the server answered DONE.
    Cancelled,
}

/// What one line during IDLE means.
enum Line {
    /// Nothing to act on ("* OK Still here", the continuation).
    Quiet,
    /// News: a change in the folder.
    News,
    /// The tagged OK: the server ended IDLE.
    Ended,
    /// The server began IDLE ("+ idling").
    Began,
}

/// Reads what a line during IDLE (tagged `tag`) means; NO, BAD and BYE are errors.
fn classify(
    resp: &Response<'_>,
    tag: &RequestId,
    refused: &dyn Fn(&Status, Option<&str>) -> ImapError,
) -> Result<Line, ImapError> {
    match resp {
        Response::Continue { .. } => Ok(Line::Began),
        Response::Done {
            tag: t,
            status: Status::Ok,
            ..
        } if t == tag => Ok(Line::Ended),
        Response::Done {
            tag: t,
            status,
            outcome,
        } if t == tag => Err(refused(status, outcome.information.as_deref())),
        Response::Data {
            status: Status::Ok, ..
        } => Ok(Line::Quiet),
        Response::Data { status, outcome } => Err(refused(status, outcome.information.as_deref())),
        // A tagged answer to something else cannot come during IDLE; it is no news.
        Response::Done { .. } => Ok(Line::Quiet),
        _ => Ok(Line::News),
    }
}

/// Runs one IDLE until news, the server's own end, `check`, or cancellation.
pub(super) async fn idle(
    conn: &mut Conn,
    check: Duration,
    cancel: &CancellationToken,
) -> Result<Woke, ImapError> {
    let meter = conn.meter();
    let server = conn.server.clone();
    let timeout = conn.timeout;
    let session = &mut conn.session;
    let refused = |status: &Status, information: Option<&str>| ImapError::Refused {
        server: server.clone(),
        command: "IDLE",
        answer: status_text(status, information),
    };

    // IDLE, until the server's "+ idling" (news before it counts).
    let (tag, early) = Conn::guarded(&meter, &server, timeout, "IDLE", async {
        let tag = session
            .run_command("IDLE")
            .await
            .map_err(|source| ImapError::Command {
                server: server.clone(),
                command: "IDLE",
                source,
            })?;
        let mut news = false;
        loop {
            match read_with(session, &server, "IDLE", |r| classify(r, &tag, &refused)).await?? {
                Line::Began => return Ok((tag, news.then_some(Woke::News))),
                Line::Ended => return Ok((tag, Some(Woke::EndedByServer))),
                Line::News => news = true,
                Line::Quiet => {}
            }
        }
    })
    .await?;
    if early == Some(Woke::EndedByServer) {
        return Ok(Woke::EndedByServer);
    }

    // Idling: wait for a line, the check, or cancellation. Reading a response is cancel-safe
    // (a half-read response stays in the session's buffer).
    let woke = match early {
        Some(w) => w,
        None => {
            let until = Instant::now() + check;
            loop {
                tokio::select! {
                    biased;
                    _ = cancel.cancelled() => break Woke::Cancelled,
                    _ = tokio::time::sleep_until(until) => break Woke::Checked,
                    line = read_with(session, &server, "IDLE", |r| classify(r, &tag, &refused)) => {
                        match line?? {
                            Line::Quiet | Line::Began => {}
                            Line::News => break Woke::News,
                            Line::Ended => return Ok(Woke::EndedByServer),
                        }
                    }
                }
            }
        }
    };

    // DONE, until the tagged answer; NO, BAD or BYE meanwhile are errors too.
    Conn::guarded(&meter, &server, timeout, "DONE", async {
        session
            .run_command_untagged("DONE")
            .await
            .map_err(|source| ImapError::Command {
                server: server.clone(),
                command: "DONE",
                source,
            })?;
        loop {
            if let Line::Ended =
                read_with(session, &server, "DONE", |r| classify(r, &tag, &refused)).await??
            {
                return Ok(());
            }
        }
    })
    .await?;
    Ok(woke)
}
