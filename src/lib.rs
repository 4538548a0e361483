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
//! - [`draft`]: questions and quote → a reply rendered from tera templates.
//! - [`track`]: replies to our quotes → accept / decline / unclear / automatic.
//! - [`pipeline`]: the pure stages above run in order on one message.
//! - [`config`]: the configuration file, environment overrides and validation.
//! - [`cli`]: the command line.

pub mod cli;
pub mod config;
pub mod draft;
pub mod guard;
pub mod parse;
pub mod pipeline;
pub mod split;
pub mod track;
pub mod triage;
