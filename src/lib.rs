//! fiveminute: enforces the 5-minute rule on a firm's shared client mailbox.
//!
//! # Layout
//!
//! Modules follow the path of a message:
//!
//! - [`parse`]: raw bytes → [`parse::InboundMail`], the client's new text separated from quoted
//!   history, forwards and signatures.
//! - [`guard`]: should a machine answer this at all (RFC 3834, bounces, lists, loops).
//! - [`split`]: new text → the client's individual questions and requests.
//! - [`triage`]: each question → category, minutes, suggested answer; free or quoted.
//! - [`learn`]: answers the firm gave before (approved, or read from its Sent folder), suggested
//!   for questions like them.
//! - [`draft`]: questions and quote → a reply rendered from tera templates.
//! - [`track`]: replies to our quotes → accept / decline / unclear / automatic.
//! - [`mailbox`]: watch IMAP (IDLE) or a Maildir; raw messages stored first, with a position.
//! - [`store`]: the database, the queue between stages (SQLite; one module for all SQL).
//! - [`pipeline`]: the pure stages above run in order on one message; its worker runs them on
//!   stored messages.
//! - [`review`]: the client managers' web page and JSON API (axum), with login and roles.
//! - [`outbox`]: approved replies sent over SMTP (or to a folder), exactly once or visibly not.
//! - [`daemon`]: `fiveminute run`, the tasks with cancellation and graceful shutdown.
//! - [`clock`]: wall-clock time, injected.
//! - [`config`]: the configuration file, environment overrides and validation.
//! - [`cli`]: the command line.

pub mod cli;
pub mod clock;
pub mod config;
pub mod daemon;
pub mod draft;
pub mod guard;
pub mod learn;
pub mod lexicon;
pub mod mailbox;
pub mod outbox;
pub mod parse;
pub mod pipeline;
pub mod report;
pub mod review;
pub mod split;
pub mod store;
pub mod track;
pub mod triage;
