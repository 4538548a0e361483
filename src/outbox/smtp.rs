//! The `smtp` transport: one outbox row, one SMTP conversation, every step under a deadline.
//!
//! Input: a due outbox row; output: an [`Attempt`] that says what the server may have accepted;
//! side effect: the row is marked `sending` just before DATA.
//!
//! lettre's `AsyncSmtpConnection` is driven step by step, and each step is wrapped in
//! `tokio::time::timeout` (lettre's own timeout covers only the TCP connect), so a server that
//! goes quiet cannot hold the outbox: `outbox.timeout_seconds` is the time one step may take.
//! A step that times out before the message content went is retried like any failure that
//! accepted nothing; a timeout once the content was being sent is `uncertain`. With `t` the step
//! timeout and `n` recipients, one row takes at most `(13 + n) × t`: opening (TCP connect, TLS,
//! greeting and EHLO) 3t, STARTTLS 3t, AUTH 3t, MAIL t, RCPT n·t, DATA t, the content and its
//! answer t, QUIT t.

use std::future::Future;
use std::time::Duration;

use lettre::address::{Address, Envelope};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::ClientId;

use crate::config::{Config, Security};
use crate::store::{OutboxRow, Store};

use super::Attempt;

/// How a step failed: the server's (or the network's) error, or no answer in time.
enum StepError {
    Smtp(lettre::transport::smtp::Error),
    TimedOut,
}

/// Runs one step of the conversation, at most `limit`.
async fn step<T>(
    limit: Duration,
    f: impl Future<Output = Result<T, lettre::transport::smtp::Error>>,
) -> Result<T, StepError> {
    match tokio::time::timeout(limit, f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(StepError::Smtp(e)),
        Err(_) => Err(StepError::TimedOut),
    }
}

/// Sorts a failure by what the server may have accepted; `content_sent` once the message content
/// was (being) written.
fn classify(e: &lettre::transport::smtp::Error, content_sent: bool) -> Attempt {
    let text = e.to_string();
    if e.is_permanent() {
        Attempt::Permanent(text)
    } else if e.is_transient() || !content_sent {
        Attempt::Retry(text)
    } else {
        Attempt::Uncertain(text)
    }
}

/// "1 s", "3 s": a step's time limit for messages.
fn secs(d: Duration) -> String {
    format!("{} s", d.as_secs())
}

/// Ends a conversation that failed with an answer (the connection still works): QUIT, bounded.
/// After a timeout the connection is simply dropped, which closes it.
async fn abort(conn: &mut AsyncSmtpConnection, limit: Duration) {
    let _ = tokio::time::timeout(limit, conn.abort()).await;
}

/// The `smtp` transport, step by step so that each failure is known for what it is.
pub async fn deliver_smtp(
    cfg: &Config,
    password: Option<&str>,
    row: &OutboxRow,
    store: &Store,
) -> Attempt {
    let o = &cfg.outbox;
    let host = o.host.clone().unwrap_or_default();
    let port = o.smtp_port();
    let t = Duration::from_secs(o.timeout_seconds.max(1));
    let hello = ClientId::Domain(
        o.hello_name
            .clone()
            .unwrap_or_else(|| cfg.firm.domain.clone()),
    );
    let tls = || -> Result<TlsParameters, String> {
        let mut b = TlsParameters::builder(host.clone());
        if let Some(ca) = &o.ca_file {
            let path = cfg.resolve(ca);
            let pem =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| format!("bad CA {}: {e}", path.display()))?;
            b = b.add_root_certificate(cert);
        }
        b.build_rustls().map_err(|e| e.to_string())
    };
    let implicit = match o.security {
        Security::Tls => match tls() {
            Ok(t) => Some(t),
            Err(e) => return Attempt::Retry(e),
        },
        _ => None,
    };
    // lettre opens the connection in one call: TCP connect (its own timeout, `t`), the TLS
    // handshake for implicit TLS, the greeting and EHLO. Three steps, so three times the limit.
    let open = t * 3;
    let mut conn = match step(
        open,
        AsyncSmtpConnection::connect_tokio1((host.as_str(), port), Some(t), &hello, implicit, None),
    )
    .await
    {
        Ok(c) => c,
        Err(StepError::Smtp(e)) => return classify(&e, false),
        Err(StepError::TimedOut) => {
            return Attempt::Retry(format!(
                "{host}:{port} accepted the connection but sent no greeting (or no answer to EHLO) within {}",
                secs(open)
            ));
        }
    };
    if o.security == Security::Starttls {
        if !conn.can_starttls() {
            abort(&mut conn, t).await;
            return Attempt::Retry(format!("{host} does not offer STARTTLS"));
        }
        let params = match tls() {
            Ok(p) => p,
            Err(e) => {
                abort(&mut conn, t).await;
                return Attempt::Retry(e);
            }
        };
        // STARTTLS, the handshake and EHLO again.
        match step(t * 3, conn.starttls(params, &hello)).await {
            Ok(()) => {}
            Err(StepError::Smtp(e)) => return classify(&e, false),
            Err(StepError::TimedOut) => {
                return Attempt::Retry(format!(
                    "STARTTLS (with the TLS handshake and EHLO) did not finish within {}",
                    secs(t * 3)
                ));
            }
        }
    }
    if let (Some(user), Some(pass)) = (&o.username, password) {
        let creds = Credentials::new(user.clone(), pass.to_string());
        // PLAIN is one exchange, LOGIN three.
        match step(
            t * 3,
            conn.auth(&[Mechanism::Plain, Mechanism::Login], &creds),
        )
        .await
        {
            Ok(_) => {}
            Err(StepError::Smtp(e)) => {
                // A refused login accepts nothing: retried, and shown with its error meanwhile.
                abort(&mut conn, t).await;
                return Attempt::Retry(format!("AUTH failed: {e}"));
            }
            Err(StepError::TimedOut) => {
                return Attempt::Retry(format!("no answer to AUTH within {}", secs(t * 3)));
            }
        }
    }
    let from: Option<Address> = row.sender.parse().ok();
    let to: Vec<Address> = row
        .recipients
        .split_whitespace()
        .filter_map(|r| r.parse().ok())
        .collect();
    if to.is_empty() || Envelope::new(from.clone(), to.clone()).is_err() {
        abort(&mut conn, t).await;
        return Attempt::Permanent(format!("no valid recipient in `{}`", row.recipients));
    }
    match step(t, conn.command(Mail::new(from, vec![]))).await {
        Ok(_) => {}
        Err(StepError::Smtp(e)) => {
            abort(&mut conn, t).await;
            return classify(&e, false);
        }
        Err(StepError::TimedOut) => {
            return Attempt::Retry(format!("no answer to MAIL FROM within {}", secs(t)));
        }
    }
    for addr in to {
        match step(t, conn.command(Rcpt::new(addr.clone(), vec![]))).await {
            Ok(_) => {}
            Err(StepError::Smtp(e)) => {
                abort(&mut conn, t).await;
                return classify(&e, false);
            }
            Err(StepError::TimedOut) => {
                return Attempt::Retry(format!("no answer to RCPT TO:<{addr}> within {}", secs(t)));
            }
        }
    }
    // The last moment to find the row taken over by another daemon: after this it may go.
    match store.outbox_mark(row.id, "sending", None, None).await {
        Ok(true) => {}
        Ok(false) => {
            abort(&mut conn, t).await;
            return Attempt::TakenOver;
        }
        Err(e) => {
            abort(&mut conn, t).await;
            return Attempt::Retry(format!("cannot record the send: {e:#}"));
        }
    }
    match step(t, conn.command(Data)).await {
        Ok(_) => {}
        Err(StepError::Smtp(e)) => {
            abort(&mut conn, t).await;
            return classify(&e, false);
        }
        Err(StepError::TimedOut) => {
            return Attempt::Retry(format!("no answer to DATA within {}", secs(t)));
        }
    }
    // `message()` writes the content, then the terminating dot, then reads the answer, all in one
    // future: when it times out we cannot tell whether the dot was written (the server then has
    // the whole message and may have accepted it), so any timeout here is uncertain, the safe side.
    let result = step(t, conn.message(&row.raw)).await;
    let attempt = match result {
        Ok(answer) => Attempt::Sent(format!(
            "{} {}",
            answer.code(),
            answer.first_line().unwrap_or("")
        )),
        Err(StepError::Smtp(e)) => classify(&e, true),
        Err(StepError::TimedOut) => {
            return Attempt::Uncertain(format!(
                "no answer within {} after the message was sent: the server may have accepted it",
                secs(t)
            ));
        }
    };
    let _ = tokio::time::timeout(t, conn.quit()).await;
    attempt
}
