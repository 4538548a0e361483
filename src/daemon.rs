//! `fiveminute run`: the mailbox watchers and the pipeline worker as one process.
//!
//! Every long-lived task has one shape, `run(ctx, cancel) -> Result`. A task that returns an
//! error cancels the whole process, so a dead stage is never silently missing. SIGINT or SIGTERM
//! stops intake first (the watchers), then the worker finishes its batch; the process waits for
//! both with a deadline, and a second signal exits at once.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context as _, Result};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{error, info, warn};

use crate::clock::{SharedClock, SystemClock};
use crate::config::{Config, MailboxKind};
use crate::mailbox;
use crate::pipeline::{Pipeline, worker};
use crate::store::Store;

/// What every task of the daemon shares.
#[derive(Debug)]
pub struct Daemon {
    /// The configuration.
    pub config: Config,
    /// The pure stages with their library and templates.
    pub pipeline: Arc<Pipeline>,
    /// The database.
    pub store: Store,
    /// Wall-clock time.
    pub clock: SharedClock,
    /// Wakes the worker when a watcher stored mail.
    pub nudge: Notify,
    /// Wakes the outbox when a reply was approved.
    pub outbox_nudge: Notify,
    /// The process environment, read once at start-up (passwords).
    pub env: HashMap<String, String>,
}

/// Starts the daemon and runs until SIGINT/SIGTERM or a failed task. A second signal exits at
/// once.
pub async fn run(config: Config, env: HashMap<String, String>) -> Result<()> {
    serve(config, env, async {
        let s = shutdown_signal().await;
        info!(
            signal = s,
            "shutting down: stopping intake, then the worker"
        );
        // A second signal ends the process at once.
        tokio::spawn(async {
            let s = shutdown_signal().await;
            warn!(signal = s, "second signal: exiting without waiting");
            std::process::exit(130);
        });
    })
    .await
}

/// Runs the daemon until `shutdown` completes or a task fails (tests pass their own future).
pub async fn serve(
    config: Config,
    env: HashMap<String, String>,
    shutdown: impl Future<Output = ()>,
) -> Result<()> {
    let clock: SharedClock = Arc::new(SystemClock);
    let pipeline =
        Pipeline::new(config.clone()).context("loading the answer library and templates")?;
    pipeline
        .templates()
        .check(&config)
        .context("checking the templates")?;
    let db = config.resolve(&config.store.path);
    let store = Store::open_sqlite(&db, Arc::clone(&clock))
        .await
        .with_context(|| format!("opening the database {}", db.display()))?;
    let released = store.release_leases().await?;
    if released > 0 {
        info!(
            released,
            "messages left half-done by the last run will be processed again"
        );
    }
    for (status, n) in store.counts().await? {
        info!(status = %status, messages = n, "in the database");
    }
    let ctx = Arc::new(Daemon {
        config,
        pipeline: Arc::new(pipeline),
        store,
        clock,
        nudge: Notify::new(),
        outbox_nudge: Notify::new(),
        env,
    });

    let stop = CancellationToken::new();
    let failed = Arc::new(AtomicBool::new(false));
    let intake = TaskTracker::new();
    let intake_cancel = CancellationToken::new();
    for mb in ctx.config.mailbox.clone() {
        let name = format!("mailbox {}", mb.name);
        let c = Arc::clone(&ctx);
        let cancel = intake_cancel.clone();
        match mb.kind {
            MailboxKind::Maildir => spawn(&intake, &stop, &failed, name, async move {
                mailbox::maildir::run(c, mb, cancel)
                    .await
                    .map_err(anyhow::Error::from)
            }),
            MailboxKind::Imap => spawn(&intake, &stop, &failed, name, async move {
                mailbox::imap::run(c, mb, cancel)
                    .await
                    .map_err(anyhow::Error::from)
            }),
        }
    }
    {
        let c = Arc::clone(&ctx);
        let cancel = intake_cancel.clone();
        spawn(&intake, &stop, &failed, "review page".into(), async move {
            crate::review::serve(c, cancel).await
        });
    }
    let workers = TaskTracker::new();
    let worker_cancel = CancellationToken::new();
    {
        let c = Arc::clone(&ctx);
        let cancel = worker_cancel.clone();
        spawn(
            &workers,
            &stop,
            &failed,
            "pipeline worker".into(),
            async move { worker::run(c, cancel).await.map_err(anyhow::Error::from) },
        );
        let c = Arc::clone(&ctx);
        let cancel = worker_cancel.clone();
        spawn(&workers, &stop, &failed, "outbox".into(), async move {
            crate::outbox::run(c, cancel)
                .await
                .map_err(anyhow::Error::from)
        });
        let c = Arc::clone(&ctx);
        let cancel = worker_cancel.clone();
        spawn(&workers, &stop, &failed, "follow-up".into(), async move {
            crate::track::run(c, cancel)
                .await
                .map_err(anyhow::Error::from)
        });
    }
    info!(
        mailboxes = ctx.config.mailbox.len(),
        database = %ctx.store.name,
        "fiveminute is running"
    );

    tokio::select! {
        _ = shutdown => {}
        _ = stop.cancelled() => {}
    }
    let deadline = Duration::from_secs(ctx.config.worker.shutdown_seconds.max(1));
    intake_cancel.cancel();
    intake.close();
    if tokio::time::timeout(deadline, intake.wait()).await.is_err() {
        warn!("the mailbox watchers did not stop in time");
    }
    worker_cancel.cancel();
    workers.close();
    if tokio::time::timeout(deadline, workers.wait())
        .await
        .is_err()
    {
        warn!("the pipeline worker did not stop in time");
    }
    ctx.store.close().await;
    if failed.load(Ordering::SeqCst) {
        anyhow::bail!("a task failed (see the log above); fiveminute stopped");
    }
    info!("stopped");
    Ok(())
}

/// Spawns a task; its error cancels everything.
fn spawn(
    tracker: &TaskTracker,
    stop: &CancellationToken,
    failed: &Arc<AtomicBool>,
    name: String,
    task: impl Future<Output = Result<()>> + Send + 'static,
) {
    let stop = stop.clone();
    let failed = Arc::clone(failed);
    tracker.spawn(async move {
        match task.await {
            Ok(()) => info!(task = %name, "stopped"),
            Err(e) => {
                error!(task = %name, error = %format!("{e:#}"), "task failed; stopping fiveminute");
                failed.store(true, Ordering::SeqCst);
                stop.cancel();
            }
        }
    });
}

/// Waits for SIGINT or SIGTERM and names it.
async fn shutdown_signal() -> &'static str {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
        "SIGINT"
    };
    #[cfg(unix)]
    {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => tokio::select! {
                s = ctrl_c => s,
                _ = term.recv() => "SIGTERM",
            },
            Err(_) => ctrl_c.await,
        }
    }
    #[cfg(not(unix))]
    {
        ctrl_c.await
    }
}
