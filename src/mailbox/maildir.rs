//! A local Maildir: messages delivered to `new/` are stored, then moved to `cur/`.
//!
//! Delivery agents write to `tmp/` and rename into `new/`, so a file there is complete; but a
//! person copying a file into `new/` by hand is still writing it when the notification arrives,
//! so a file is taken only once it has been quiet (unchanged) for [`QUIET`]. A message is stored
//! before its file moves; after a crash between the two, the file is seen again, refused as a
//! duplicate (same unique name), and moved. File notifications wake the watcher at once; a
//! periodic scan catches anything a notification missed.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use notify::Watcher as _;
use tokio_util::sync::CancellationToken;
use tracing::{debug, info, warn};

use crate::config::MailboxConfig;
use crate::daemon::Daemon;
use crate::store::{Fence, NewMessage, StoreError};

/// Files stored per transaction, at most.
const BATCH: usize = 100;
/// Bytes read before a batch is stored, at most (one larger file is a batch of its own).
const BATCH_BYTES: usize = 16 * 1024 * 1024;

/// A file must be unchanged this long before it is read: it may still be being written.
pub const QUIET: Duration = Duration::from_millis(400);

/// Errors that stop a Maildir watcher.
#[derive(Debug, thiserror::Error)]
pub enum MaildirError {
    /// The folders cannot be created or read.
    #[error("cannot use the Maildir {path}")]
    Folder {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// File notifications cannot be set up.
    #[error("cannot watch {path} for new mail")]
    Watch {
        path: String,
        #[source]
        source: notify::Error,
    },
    /// The database failed.
    #[error("cannot store mail from the Maildir {path}")]
    Store {
        path: String,
        #[source]
        source: StoreError,
    },
}

/// Creates `new/`, `cur/` and `tmp/` when missing.
pub fn ensure(root: &Path) -> Result<(), MaildirError> {
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(root.join(sub)).map_err(|source| MaildirError::Folder {
            path: root.join(sub).display().to_string(),
            source,
        })?;
    }
    Ok(())
}

/// Watches one Maildir until cancelled.
pub async fn run(
    ctx: Arc<Daemon>,
    mb: MailboxConfig,
    fence: Fence,
    cancel: CancellationToken,
) -> Result<(), MaildirError> {
    let root = ctx
        .config
        .resolve(mb.path.as_deref().unwrap_or(Path::new("mail")));
    ensure(&root)?;
    let new_dir = root.join("new");
    let wake = Arc::new(tokio::sync::Notify::new());
    let w = Arc::clone(&wake);
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if res.is_ok() {
            w.notify_one();
        }
    })
    .map_err(|source| MaildirError::Watch {
        path: new_dir.display().to_string(),
        source,
    })?;
    watcher
        .watch(&new_dir, notify::RecursiveMode::NonRecursive)
        .map_err(|source| MaildirError::Watch {
            path: new_dir.display().to_string(),
            source,
        })?;
    info!(mailbox = %mb.name, path = %root.display(), "watching Maildir");
    let rescan = Duration::from_secs(mb.rescan_seconds.max(1));
    loop {
        let mut wait = rescan;
        match scan(&ctx, &fence, &mb.name, &root).await {
            Ok(Scan { stored: 0, waiting }) => {
                if waiting {
                    wait = QUIET;
                }
            }
            Ok(Scan { stored: n, waiting }) => {
                if waiting {
                    wait = QUIET;
                }
                debug!(mailbox = %mb.name, stored = n, "stored new mail");
                ctx.nudge.notify_one();
            }
            Err(e) => {
                let retry =
                    matches!(&e, MaildirError::Store { source, .. } if source.is_retryable());
                if !retry {
                    return Err(e);
                }
                warn!(mailbox = %mb.name, error = %format!("{e:#}"), "cannot store mail yet; retrying");
            }
        }
        tokio::select! {
            _ = cancel.cancelled() => return Ok(()),
            _ = wake.notified() => {}
            _ = tokio::time::sleep(wait) => {}
        }
    }
}

/// What a scan did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scan {
    /// New messages stored.
    pub stored: usize,
    /// Files left for later because they were still changing.
    pub waiting: bool,
}

/// Stores every settled file in `new/` and moves it to `cur/`.
pub async fn scan(
    ctx: &Daemon,
    fence: &Fence,
    mailbox: &str,
    root: &Path,
) -> Result<Scan, MaildirError> {
    let new_dir = root.join("new");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&new_dir)
        .map_err(|source| MaildirError::Folder {
            path: new_dir.display().to_string(),
            source,
        })?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .collect();
    files.sort();
    let before = files.len();
    files.retain(|p| settled(p));
    let waiting = files.len() < before;
    let mut stored = 0;
    let mut batch: Vec<NewMessage> = Vec::new();
    let mut read: Vec<PathBuf> = Vec::new();
    let mut bytes = 0usize;
    for path in files {
        match std::fs::read(&path) {
            Ok(raw) => {
                bytes += raw.len();
                batch.push(NewMessage {
                    source_key: format!("maildir:{}", unique_name(&path)),
                    raw,
                });
                read.push(path);
            }
            // Moved away meanwhile (another reader): nothing to do.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(MaildirError::Folder {
                    path: path.display().to_string(),
                    source,
                });
            }
        }
        // A batch is bounded in count and in bytes, so large mail is never held many at once.
        if batch.len() >= BATCH || bytes >= BATCH_BYTES {
            stored += store_batch(ctx, fence, mailbox, root, &mut batch, &mut read).await?;
            bytes = 0;
        }
    }
    stored += store_batch(ctx, fence, mailbox, root, &mut batch, &mut read).await?;
    Ok(Scan { stored, waiting })
}

/// Stores a batch in one transaction, then moves its files to `cur/`; empties both lists.
async fn store_batch(
    ctx: &Daemon,
    fence: &Fence,
    mailbox: &str,
    root: &Path,
    batch: &mut Vec<NewMessage>,
    read: &mut Vec<PathBuf>,
) -> Result<usize, MaildirError> {
    if batch.is_empty() {
        return Ok(0);
    }
    let result = ctx
        .store
        .store_held(Some(fence), mailbox, batch, None)
        .await
        .map_err(|source| MaildirError::Store {
            path: root.display().to_string(),
            source,
        })?;
    batch.clear();
    if result.duplicates > 0 {
        info!(
            mailbox,
            copies = result.duplicates,
            "files that repeat stored messages were not stored again; moved to cur/"
        );
    }
    for path in read.drain(..) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let target = root.join("cur").join(if name.contains(":2,") {
            name.clone()
        } else {
            format!("{name}:2,")
        });
        if let Err(e) = std::fs::rename(&path, &target)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            warn!(file = %path.display(), error = %e, "stored but cannot move to cur/");
        }
    }
    Ok(result.new)
}

/// True when the file has not changed for [`QUIET`] (by its modification time).
fn settled(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    match meta.modified().ok().and_then(|m| m.elapsed().ok()) {
        Some(age) => age >= QUIET,
        // A file from the future (clock skew) or without a time: take it.
        None => true,
    }
}

/// The Maildir unique name: the file name up to the ":2," info part.
fn unique_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.split(':').next().unwrap_or(&name).to_string()
}
