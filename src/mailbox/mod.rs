//! Stage 1, mailbox: watch a mailbox and hand over raw messages with a durable position.
//!
//! Input: a `[[mailbox]]` from the configuration. Output: raw messages stored in the database
//! before anything else happens (with the IMAP position in the same transaction), and a nudge
//! to the pipeline worker. Side effects: network (IMAP) or files (Maildir: new/ → cur/).
//!
//! - [`maildir`]: a local Maildir's `new/`, by file notifications and a periodic scan.
//! - [`imap`]: an IMAP folder with IDLE, catch-up from the stored UID, reconnects with backoff.

pub mod imap;
pub mod maildir;
