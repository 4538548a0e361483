//! Supervision and health: every long-lived task runs under [`supervise`], which sees it panic,
//! fail or end on its own, and keeps its state in [`Health`].
//!
//! - A task that **panics** is logged at ERROR with the panic's message and started again after a
//!   capped backoff; one that panics [`MAX_PANICS`] times within [`PANIC_WINDOW`] stops the
//!   daemon (exit non-zero, so systemd restarts the process).
//! - A task that **returns an error** stops the daemon: its error is one a restart of the task
//!   will not fix (configuration, database).
//! - A task that **ends on its own** while nobody asked it to stop is a defect: ERROR and stop.
//!
//! The states are served at `GET /healthz` (200 when every task runs, 503 otherwise) and written
//! to the database every few seconds, so `fiveminute queue --json` shows them from another
//! process, with their age (a daemon killed with SIGKILL leaves states that grow old).

use std::collections::BTreeMap;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::FutureExt as _;
use serde::{Deserialize, Serialize};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{Instrument as _, error, info, warn};

use crate::clock::SharedClock;

/// Panics of one task within [`PANIC_WINDOW`] after which the daemon stops.
pub const MAX_PANICS: usize = 5;
/// The window in which panics are counted.
pub const PANIC_WINDOW: Duration = Duration::from_secs(600);
/// The first wait before a panicked task starts again; doubled each time, up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_millis(500);
/// The longest wait before a panicked task starts again.
pub const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// What a task is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskState {
    /// Working.
    Running,
    /// Alive but cut off from its server (an IMAP watcher between connections).
    Reconnecting,
    /// Waiting while another daemon on the same database watches this mailbox; it takes over
    /// when that daemon's lease expires.
    Standby,
    /// Panicked; waiting to start again.
    Restarting,
    /// Gave up; the daemon is stopping.
    Failed,
    /// Stopped because the daemon is shutting down.
    Stopped,
}

impl TaskState {
    /// The word stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskState::Running => "running",
            TaskState::Reconnecting => "reconnecting",
            TaskState::Standby => "standby",
            TaskState::Restarting => "restarting",
            TaskState::Failed => "failed",
            TaskState::Stopped => "stopped",
        }
    }

    /// Reads a stored word.
    pub fn parse(s: &str) -> Option<TaskState> {
        [
            TaskState::Running,
            TaskState::Reconnecting,
            TaskState::Standby,
            TaskState::Restarting,
            TaskState::Failed,
            TaskState::Stopped,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
    }
}

/// One task's health.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskHealth {
    /// What it is doing.
    pub state: TaskState,
    /// Since when (epoch milliseconds).
    pub since: i64,
    /// Restarts after a panic since the daemon started.
    pub restarts: u32,
    /// Times it lost its server and reconnected since the daemon started (mailbox watchers).
    #[serde(default)]
    pub reconnects: u32,
    /// The last error or panic, when there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The health of every task of this process.
#[derive(Debug)]
pub struct Health {
    clock: SharedClock,
    tasks: Mutex<BTreeMap<String, TaskHealth>>,
    /// Set on every change, so the writer stores it soon.
    changed: AtomicBool,
}

impl Health {
    /// An empty registry.
    pub fn new(clock: SharedClock) -> Health {
        Health {
            clock,
            tasks: Mutex::new(BTreeMap::new()),
            changed: AtomicBool::new(false),
        }
    }

    /// The task name of a mailbox's watcher.
    pub fn intake(mailbox: &str) -> String {
        format!("intake {mailbox}")
    }

    /// Records a task's state (and keeps its restart count).
    pub fn set(&self, task: &str, state: TaskState, detail: Option<String>) {
        let now = self.clock.now_ms();
        let mut map = self.tasks.lock().unwrap_or_else(|p| p.into_inner());
        let new = !map.contains_key(task);
        let entry = map.entry(task.to_string()).or_insert(TaskHealth {
            state,
            since: now,
            restarts: 0,
            reconnects: 0,
            detail: None,
        });
        if state == TaskState::Reconnecting && (new || entry.state != state) {
            entry.reconnects += 1;
        }
        if entry.state != state {
            entry.since = now;
        }
        entry.state = state;
        if detail.is_some() || state == TaskState::Running {
            entry.detail = detail;
        }
        self.changed.store(true, Ordering::SeqCst);
    }

    fn restarted(&self, task: &str) {
        let mut map = self.tasks.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(e) = map.get_mut(task) {
            e.restarts += 1;
        }
    }

    /// Every task's state, by name.
    pub fn snapshot(&self) -> BTreeMap<String, TaskHealth> {
        self.tasks.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// True when every task is running.
    pub fn all_running(&self) -> bool {
        healthy(&self.snapshot())
    }

    /// True (and reset) when something changed since the last call.
    pub fn take_changed(&self) -> bool {
        self.changed.swap(false, Ordering::SeqCst)
    }
}

/// True when there is at least one task and every one is running.
pub fn healthy(tasks: &BTreeMap<String, TaskHealth>) -> bool {
    !tasks.is_empty()
        && tasks
            .values()
            .all(|t| matches!(t.state, TaskState::Running | TaskState::Standby))
}

/// What [`supervise`] needs besides the task.
#[derive(Debug, Clone)]
pub struct Supervisor {
    /// Where the task runs (waited on at shutdown).
    pub tracker: TaskTracker,
    /// Cancelled to stop the whole daemon.
    pub stop: CancellationToken,
    /// Set when a task failed, so the daemon exits non-zero.
    pub failed: Arc<AtomicBool>,
    /// The registry.
    pub health: Arc<Health>,
}

/// Runs `make(cancel)` as the task `name`, starting it again after a panic (with backoff) and
/// stopping the daemon when it fails, ends on its own or panics too often.
pub fn supervise<F, Fut>(sup: &Supervisor, name: String, cancel: CancellationToken, make: F)
where
    F: Fn(CancellationToken) -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
{
    let sup2 = sup.clone();
    let span = tracing::info_span!("task", task = %name);
    sup.tracker.spawn(
        async move {
            let sup = sup2;
            let mut panics: Vec<std::time::Instant> = Vec::new();
            let mut backoff = FIRST_BACKOFF;
            loop {
                sup.health.set(&name, TaskState::Running, None);
                let outcome = AssertUnwindSafe(make(cancel.clone())).catch_unwind().await;
                let why = match outcome {
                    Ok(Ok(())) if cancel.is_cancelled() => {
                        sup.health.set(&name, TaskState::Stopped, None);
                        info!("stopped");
                        return;
                    }
                    Ok(Ok(())) => "ended on its own while it should still run".to_string(),
                    Ok(Err(e)) => format!("{e:#}"),
                    Err(panic) => {
                        let what = panic_message(panic.as_ref());
                        let now = std::time::Instant::now();
                        panics.retain(|t| now.duration_since(*t) < PANIC_WINDOW);
                        panics.push(now);
                        if panics.len() < MAX_PANICS {
                            sup.health.restarted(&name);
                            sup.health.set(
                                &name,
                                TaskState::Restarting,
                                Some(format!("panicked: {what}")),
                            );
                            error!(
                                panic = %what,
                                restart_in_ms = backoff.as_millis() as u64,
                                panics_in_window = panics.len(),
                                "task panicked; starting it again"
                            );
                            tokio::select! {
                                _ = cancel.cancelled() => {
                                    sup.health.set(&name, TaskState::Stopped, None);
                                    return;
                                }
                                _ = tokio::time::sleep(backoff) => {}
                            }
                            backoff = (backoff * 2).min(MAX_BACKOFF);
                            warn!("task starting again after a panic");
                            continue;
                        }
                        format!(
                            "panicked {} times in {} minutes, last: {what}",
                            panics.len(),
                            PANIC_WINDOW.as_secs() / 60
                        )
                    }
                };
                sup.health.set(&name, TaskState::Failed, Some(why.clone()));
                error!(error = %why, "task failed; stopping fiveminute");
                sup.failed.store(true, Ordering::SeqCst);
                sup.stop.cancel();
                return;
            }
        }
        .instrument(span),
    );
}

/// The text of a panic's payload.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::SystemClock;
    use std::sync::atomic::AtomicUsize;

    fn sup() -> Supervisor {
        Supervisor {
            tracker: TaskTracker::new(),
            stop: CancellationToken::new(),
            failed: Arc::new(AtomicBool::new(false)),
            health: Arc::new(Health::new(Arc::new(SystemClock))),
        }
    }

    async fn wait_until(what: impl Fn() -> bool) {
        for _ in 0..200 {
            if what() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("condition not reached in 4 s");
    }

    #[tokio::test]
    async fn a_panicking_task_is_seen_and_started_again() {
        let s = sup();
        let runs = Arc::new(AtomicUsize::new(0));
        let r = Arc::clone(&runs);
        let cancel = CancellationToken::new();
        supervise(&s, "worker".into(), cancel.clone(), move |c| {
            let n = r.fetch_add(1, Ordering::SeqCst);
            async move {
                if n == 0 {
                    panic!("tried to clone a span that already closed");
                }
                c.cancelled().await;
                Ok(())
            }
        });
        wait_until(|| runs.load(Ordering::SeqCst) == 2).await;
        let t = s.health.snapshot()["worker"].clone();
        assert_eq!(t.state, TaskState::Running);
        assert_eq!(t.restarts, 1);
        assert!(s.health.all_running());
        assert!(!s.failed.load(Ordering::SeqCst));
        cancel.cancel();
        s.tracker.close();
        s.tracker.wait().await;
        assert_eq!(s.health.snapshot()["worker"].state, TaskState::Stopped);
        assert!(!s.stop.is_cancelled());
    }

    #[tokio::test]
    async fn a_task_that_ends_on_its_own_stops_the_daemon() {
        let s = sup();
        supervise(
            &s,
            "intake help".into(),
            CancellationToken::new(),
            |_| async { Ok(()) },
        );
        s.tracker.close();
        s.tracker.wait().await;
        assert!(s.stop.is_cancelled());
        assert!(s.failed.load(Ordering::SeqCst));
        let t = s.health.snapshot()["intake help"].clone();
        assert_eq!(t.state, TaskState::Failed);
        assert!(t.detail.unwrap_or_default().contains("ended on its own"));
        assert!(!s.health.all_running());
    }

    #[tokio::test]
    async fn a_task_that_keeps_panicking_stops_the_daemon() {
        let s = sup();
        supervise(&s, "outbox".into(), CancellationToken::new(), |_| async {
            panic!("always")
        });
        // MAX_PANICS panics with backoffs of 0.5 + 1 + 2 + 4 s. The bound only stops a hang: a
        // loaded CI machine (two cores, every test at once) once needed more than 15 s.
        tokio::time::timeout(Duration::from_secs(120), async {
            s.tracker.close();
            s.tracker.wait().await;
        })
        .await
        .expect("gives up within the backoffs");
        assert!(s.failed.load(Ordering::SeqCst));
        let t = s.health.snapshot()["outbox"].clone();
        assert_eq!(t.state, TaskState::Failed);
        assert_eq!(t.restarts, (MAX_PANICS - 1) as u32);
        assert!(t.detail.unwrap_or_default().contains("always"));
    }

    #[tokio::test]
    async fn an_error_stops_the_daemon_with_its_message() {
        let s = sup();
        supervise(&s, "tracker".into(), CancellationToken::new(), |_| async {
            anyhow::bail!("cannot use the database")
        });
        s.tracker.close();
        s.tracker.wait().await;
        assert!(s.stop.is_cancelled());
        let t = s.health.snapshot()["tracker"].clone();
        assert_eq!(t.state, TaskState::Failed);
        assert_eq!(t.detail.as_deref(), Some("cannot use the database"));
    }
}
