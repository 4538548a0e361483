//! Stage 9, track: replies to our quotes.
//!
//! For now this holds the pure part, [`classify`]: a reply to a quote → accept, decline, unclear
//! or automatic. Matching replies to quotes, reminders and the hand-off to production build on it.

pub mod classify;

pub use classify::{Classification, Decision, classify, classify_text};
