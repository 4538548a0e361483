//! `fiveminute run`: the mailbox watchers and the pipeline worker as one process.
//!
//! Every long-lived task has one shape, `run(ctx, cancel) -> Result`, and runs under
//! [`health::supervise`]: a task that returns an error or ends on its own cancels the whole
//! process (exit non-zero), a task that panics is logged and started again with backoff, so a
//! dead stage is never silently missing. Each task's state is in [`health::Health`], served at
//! `/healthz` and stored for `fiveminute queue --json`. SIGINT or SIGTERM stops intake first (the
//! watchers), then the worker finishes its batch; the process waits for both with a deadline,
//! and a second signal exits at once.

pub mod health;
pub mod metrics;

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use health::{Health, Supervisor, supervise};

use anyhow::{Context as _, Result};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{info, warn};

use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
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
    /// Every task's state.
    pub health: Arc<Health>,
}

/// How often the tasks' states are written to the database when nothing changed.
pub const HEALTH_WRITE_EVERY: Duration = Duration::from_secs(5);

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
    let db = config
        .database(&env)
        .map_err(|e| anyhow::anyhow!("{e} (in {})", config.source))?;
    let mut store = Store::open(&db, crate::store::Access::Daemon, Arc::clone(&clock))
        .await
        .with_context(|| format!("opening the database {db}"))?;
    store.set_lease_ms(
        i64::try_from(config.store.lease_seconds)
            .unwrap_or(30)
            .saturating_mul(1000),
    );
    // Templates ops saved on the Ops page, over the files.
    crate::review::ops_templates::apply_saved(&pipeline, &store, &config).await?;
    let released = store.release_leases().await?;
    if released > 0 {
        info!(
            released,
            "messages left half-done by the last run will be processed again"
        );
    }
    // A daemon that died on this machine (killed, then restarted) is let go at once.
    for holder in store.release_dead_here().await? {
        info!(holder = %holder, "a daemon that stopped on this machine: its leases and claims are free now");
    }
    // This daemon is alive from now on: what it claims is its own while this lease lives.
    store.heartbeat().await?;
    for (status, n) in store.counts().await? {
        info!(status = %status, messages = n, "in the database");
    }
    let health = Arc::new(Health::new(Arc::clone(&clock)));
    let ctx = Arc::new(Daemon {
        config,
        pipeline: Arc::new(pipeline),
        store,
        clock,
        nudge: Notify::new(),
        outbox_nudge: Notify::new(),
        env,
        health: Arc::clone(&health),
    });

    let stop = CancellationToken::new();
    let failed = Arc::new(AtomicBool::new(false));
    let intake = Supervisor {
        tracker: TaskTracker::new(),
        stop: stop.clone(),
        failed: Arc::clone(&failed),
        health: Arc::clone(&health),
    };
    let intake_cancel = CancellationToken::new();
    for mb in ctx.config.mailbox.clone() {
        let name = Health::intake(&mb.name);
        let c = Arc::clone(&ctx);
        supervise(&intake, name, intake_cancel.clone(), move |cancel| {
            mailbox::hold(Arc::clone(&c), mb.clone(), cancel)
        });
    }
    {
        let c = Arc::clone(&ctx);
        supervise(
            &intake,
            "review".into(),
            intake_cancel.clone(),
            move |cancel| crate::review::serve(Arc::clone(&c), cancel),
        );
    }
    if !ctx.config.metrics.listen.is_empty() {
        let c = Arc::clone(&ctx);
        supervise(
            &intake,
            "metrics".into(),
            intake_cancel.clone(),
            move |cancel| metrics::serve(Arc::clone(&c), cancel),
        );
    }
    let workers = Supervisor {
        tracker: TaskTracker::new(),
        ..intake.clone()
    };
    let worker_cancel = CancellationToken::new();
    {
        let c = Arc::clone(&ctx);
        supervise(
            &workers,
            "worker".into(),
            worker_cancel.clone(),
            move |cancel| {
                let c = Arc::clone(&c);
                async move { worker::run(c, cancel).await.map_err(anyhow::Error::from) }
            },
        );
        let c = Arc::clone(&ctx);
        supervise(
            &workers,
            "outbox".into(),
            worker_cancel.clone(),
            move |cancel| {
                let c = Arc::clone(&c);
                async move {
                    crate::outbox::run(c, cancel)
                        .await
                        .map_err(anyhow::Error::from)
                }
            },
        );
        let c = Arc::clone(&ctx);
        supervise(
            &workers,
            "tracker".into(),
            worker_cancel.clone(),
            move |cancel| {
                let c = Arc::clone(&c);
                async move {
                    crate::track::run(c, cancel)
                        .await
                        .map_err(anyhow::Error::from)
                }
            },
        );
    }
    // The states go to the database for `queue --json`; not a task of its own in the states.
    let writer_cancel = CancellationToken::new();
    let writer = tokio::spawn(write_health(Arc::clone(&ctx), writer_cancel.clone()));
    info!(
        mailboxes = ctx.config.mailbox.len(),
        database = %ctx.store.name,
        holder = %ctx.store.holder(),
        "fiveminute is running"
    );

    tokio::select! {
        _ = shutdown => {}
        _ = stop.cancelled() => {}
    }
    let deadline = Duration::from_secs(ctx.config.worker.shutdown_seconds.max(1));
    intake_cancel.cancel();
    intake.tracker.close();
    if tokio::time::timeout(deadline, intake.tracker.wait())
        .await
        .is_err()
    {
        warn!("the mailbox watchers did not stop in time");
    }
    worker_cancel.cancel();
    workers.tracker.close();
    if tokio::time::timeout(deadline, workers.tracker.wait())
        .await
        .is_err()
    {
        warn!("the pipeline worker did not stop in time");
    }
    writer_cancel.cancel();
    let _ = writer.await;
    // Another daemon may take what is left of this one's claims at once.
    if let Err(e) = ctx.store.end_heartbeat().await {
        warn!(error = %format!("{e:#}"), "cannot end this daemon's lease; its claims lapse when it expires");
    }
    ctx.store.close().await;
    if failed.load(Ordering::SeqCst) {
        anyhow::bail!("a task failed (see the log above); fiveminute stopped");
    }
    info!("stopped");
    Ok(())
}

/// Writes the tasks' states to the database on change and every [`HEALTH_WRITE_EVERY`], and a
/// last time at shutdown; renews this daemon's own lease every third of its time. A failed
/// write is logged and tried again: it must not stop the daemon.
async fn write_health(ctx: Arc<Daemon>, cancel: CancellationToken) {
    let mut tick = tokio::time::interval(Duration::from_millis(250));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last = std::time::Instant::now() - HEALTH_WRITE_EVERY;
    let beat_every =
        Duration::from_millis(u64::try_from(ctx.store.lease_ms() / 3).unwrap_or(10_000));
    let mut beat = std::time::Instant::now();
    loop {
        let stopping = tokio::select! {
            _ = cancel.cancelled() => true,
            _ = tick.tick() => false,
        };
        if !stopping && beat.elapsed() >= beat_every {
            match ctx.store.heartbeat().await {
                Ok(()) => {
                    beat = std::time::Instant::now();
                    let _ = ctx.store.forget_gone_daemons().await;
                }
                Err(e) => warn!(error = %format!("{e:#}"), "cannot renew this daemon's lease"),
            }
        }
        if stopping || ctx.health.take_changed() || last.elapsed() >= HEALTH_WRITE_EVERY {
            if let Err(e) = ctx
                .store
                .save_tasks(std::process::id(), &ctx.health.snapshot())
                .await
            {
                warn!(error = %format!("{e:#}"), "cannot record the tasks' states");
            }
            last = std::time::Instant::now();
        }
        if stopping {
            return;
        }
    }
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
