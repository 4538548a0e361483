//! Reports: whether the 5-minute rule is kept, what was given free, what was quoted and bought,
//! and by whom.
//!
//! Input: the database (client emails received in a period, quotes sent in it). Output: a
//! [`Report`] for `fiveminute report` (table, CSV or JSON) and the Reports page, whose charts
//! [`chart`] draws as SVG on the server.
//!
//! Definitions, kept in one place so the page, the CLI and the README agree:
//! - *emails received*: client emails stored in the period, machine mail (auto-replies, bounces,
//!   lists) not counted; it is shown apart.
//! - *time to first answer*: from when fiveminute stored the email to when the SMTP server took
//!   the answer. Median and 90th percentile by the nearest-rank method.
//! - *free questions and minutes*: from the analysis the answer was sent with (after any edit).
//! - *quotes*: those sent in the period, whatever happened later. `unclear` is a quote still open
//!   with a reply nobody could read as yes or no; `open` is one still waiting.
//! - *acceptance rate*: accepted ÷ decided (accepted, declined or expired); none while nothing is
//!   decided.

pub mod chart;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, TimeZone};
use serde::Serialize;
use thiserror::Error;

use crate::store::{EmailFact, QuoteFact, Store, StoreError};

/// Five minutes, in milliseconds.
pub const FIVE_MINUTES_MS: i64 = 5 * 60_000;

/// What can go wrong with a report.
#[derive(Debug, Error)]
pub enum ReportError {
    /// A date that is not one.
    #[error("{what}: `{value}` is not a date (use YYYY-MM-DD)")]
    BadDate {
        /// `--since` or `--until`.
        what: &'static str,
        /// What was given.
        value: String,
    },
    /// The period ends before it starts.
    #[error("the period is empty: {since} is not before {until}")]
    EmptyPeriod {
        /// The first day.
        since: String,
        /// The last day.
        until: String,
    },
    /// A mailbox the configuration does not have.
    #[error("no mailbox named `{0}` in the configuration (see [[mailbox]] name)")]
    UnknownMailbox(String),
    /// The database.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The period and mailbox a report covers.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scope {
    /// First day, inclusive (YYYY-MM-DD in the firm's time zone), or none for "from the start".
    pub since: Option<String>,
    /// Last day, inclusive, or none for "until now".
    pub until: Option<String>,
    /// One mailbox, or all.
    pub mailbox: Option<String>,
    /// The time zone the days are in.
    pub timezone: String,
}

impl Scope {
    /// Reads `--since`/`--until` (YYYY-MM-DD, both days included) in `tz`; empty means open.
    pub fn parse(
        since: Option<&str>,
        until: Option<&str>,
        mailbox: Option<&str>,
        tz: chrono_tz::Tz,
    ) -> Result<Scope, ReportError> {
        let day = |what: &'static str, v: Option<&str>| -> Result<Option<NaiveDate>, ReportError> {
            match v.map(str::trim).filter(|v| !v.is_empty()) {
                None => Ok(None),
                Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
                    .map(Some)
                    .map_err(|_| ReportError::BadDate {
                        what,
                        value: v.to_string(),
                    }),
            }
        };
        let s = day("--since", since)?;
        let u = day("--until", until)?;
        if let (Some(s), Some(u)) = (s, u)
            && u < s
        {
            return Err(ReportError::EmptyPeriod {
                since: s.to_string(),
                until: u.to_string(),
            });
        }
        Ok(Scope {
            since: s.map(|d| d.to_string()),
            until: u.map(|d| d.to_string()),
            mailbox: mailbox
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .map(str::to_string),
            timezone: tz.name().to_string(),
        })
    }

    fn tz(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::UTC)
    }

    /// `[since, until)` in epoch milliseconds.
    pub fn bounds(&self) -> (i64, i64) {
        let tz = self.tz();
        let start = |d: &str| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .ok()
                .map(|d| midnight(d, tz))
        };
        let since = self.since.as_deref().and_then(start).unwrap_or(i64::MIN);
        let until = self
            .until
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .and_then(|d| d.succ_opt())
            .map_or(i64::MAX, |d| midnight(d, tz));
        (since, until)
    }

    /// "1 Nov 2026 to 30 Nov 2026", "from 1 Nov 2026", "all time".
    pub fn describe(&self) -> String {
        let fmt = |d: &str| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map(|d| d.format("%-d %b %Y").to_string())
                .unwrap_or_else(|_| d.to_string())
        };
        let period = match (&self.since, &self.until) {
            (Some(s), Some(u)) => format!("{} to {}", fmt(s), fmt(u)),
            (Some(s), None) => format!("from {}", fmt(s)),
            (None, Some(u)) => format!("until {}", fmt(u)),
            (None, None) => "all time".into(),
        };
        let mailbox = self
            .mailbox
            .as_ref()
            .map_or("all mailboxes".to_string(), |m| format!("mailbox {m}"));
        format!("{period} ({}), {mailbox}", self.timezone)
    }
}

/// Midnight at the start of `day` in `tz`, in epoch ms (the first valid instant on DST days).
fn midnight(day: NaiveDate, tz: chrono_tz::Tz) -> i64 {
    let naive = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    match tz.from_local_datetime(&naive) {
        chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => {
            t.timestamp_millis()
        }
        chrono::LocalResult::None => tz
            .from_local_datetime(&(naive + chrono::Duration::hours(1)))
            .earliest()
            .map_or(naive.and_utc().timestamp_millis(), |t| t.timestamp_millis()),
    }
}

/// The figures, for the firm or for one client.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Figures {
    /// Client emails received (machine mail not counted).
    pub emails: u64,
    /// Machine mail received and ignored.
    pub machine: u64,
    /// Emails whose first answer was sent.
    pub answered: u64,
    /// Of those, answered within five minutes.
    pub within_five: u64,
    /// `within_five ÷ answered`.
    pub within_five_share: Option<f64>,
    /// Median time to first answer (ms).
    pub median_ms: Option<i64>,
    /// 90th percentile time to first answer (ms).
    pub p90_ms: Option<i64>,
    /// Questions answered free.
    pub free_questions: u64,
    /// Minutes given free.
    pub free_minutes: u64,
    /// Quotes sent.
    pub quotes: u64,
    /// Accepted.
    pub accepted: u64,
    /// Declined.
    pub declined: u64,
    /// Still open with an unclear reply.
    pub unclear: u64,
    /// Expired without an answer.
    pub expired: u64,
    /// Still waiting.
    pub open: u64,
    /// `accepted ÷ (accepted + declined + expired)`.
    pub acceptance_rate: Option<f64>,
    /// Hours quoted.
    pub hours_quoted: f64,
    /// Hours accepted.
    pub hours_accepted: f64,
    /// Revenue quoted.
    pub revenue_quoted: f64,
    /// Revenue accepted.
    pub revenue_accepted: f64,
}

/// One client's line.
#[derive(Debug, Clone, Serialize)]
pub struct ClientLine {
    /// Their address (lower case).
    pub client: String,
    /// The name they sign with, when known.
    pub name: Option<String>,
    /// Their figures.
    #[serde(flatten)]
    pub figures: Figures,
    /// Three emails or more and nothing bought: the clients who ask much and never buy.
    pub never_buys: bool,
}

/// Quotes sent in one week or month, and how they ended.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Interval {
    /// "24 Nov" or "Nov 2026".
    pub label: String,
    /// First day (YYYY-MM-DD).
    pub start: String,
    /// Sent.
    pub quotes: u64,
    /// Accepted.
    pub accepted: u64,
    /// Declined or expired.
    pub lost: u64,
    /// Still open (unclear included).
    pub open: u64,
    /// Accepted ÷ decided.
    pub acceptance_rate: Option<f64>,
}

/// How many first answers took how long.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimeBucket {
    /// "1–2 min".
    pub label: String,
    /// Lower bound in minutes (exclusive, but 0 included).
    pub from_minutes: u32,
    /// Upper bound in minutes (inclusive); none for the last.
    pub to_minutes: Option<u32>,
    /// Answers.
    pub count: u64,
}

/// A whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// What it covers.
    pub scope: Scope,
    /// "$" or "€".
    pub currency_symbol: String,
    /// The firm's figures.
    pub totals: Figures,
    /// Per client, most free minutes first.
    pub clients: Vec<ClientLine>,
    /// Quotes by week (or month, over long periods) of sending.
    pub acceptance: Vec<Interval>,
    /// Weekly or monthly.
    pub interval: &'static str,
    /// Time to first answer.
    pub answer_times: Vec<TimeBucket>,
    /// What the reader should know (mixed currencies, unreadable analyses).
    pub notes: Vec<String>,
}

/// Reads the facts and builds the report.
pub async fn build(
    store: &Store,
    config: &crate::config::Config,
    scope: Scope,
) -> Result<Report, ReportError> {
    if let Some(m) = &scope.mailbox
        && !config.mailbox.iter().any(|b| &b.name == m)
    {
        return Err(ReportError::UnknownMailbox(m.clone()));
    }
    let (since, until) = scope.bounds();
    let emails = store
        .email_facts(since, until, scope.mailbox.as_deref())
        .await?;
    let quotes = store
        .quote_facts(since, until, scope.mailbox.as_deref())
        .await?;
    Ok(compute(
        scope,
        &config.pricing.currency,
        &config.pricing.currency_symbol,
        &emails,
        &quotes,
    ))
}

#[derive(Default)]
struct Acc {
    figures: Figures,
    times: Vec<i64>,
    name: Option<String>,
}

impl Acc {
    fn email(&mut self, e: &EmailFact, notes: &mut Vec<String>) {
        if e.status == "ignored" {
            self.figures.machine += 1;
            return;
        }
        self.figures.emails += 1;
        if e.from_name.as_deref().is_some_and(|n| !n.trim().is_empty()) {
            self.name.clone_from(&e.from_name);
        }
        let Some(at) = e.answered_at else { return };
        let took = (at - e.received_at).max(0);
        self.figures.answered += 1;
        self.times.push(took);
        if took <= FIVE_MINUTES_MS {
            self.figures.within_five += 1;
        }
        match (e.free_questions, e.free_minutes) {
            (Some(questions), Some(minutes)) => {
                self.figures.free_questions += questions.max(0) as u64;
                self.figures.free_minutes += minutes.max(0) as u64;
            }
            _ => {
                if notes.len() < 20 {
                    notes.push(format!(
                        "an answer to {} has no readable analysis; its free minutes are not counted",
                        e.from_addr.as_deref().unwrap_or("an unknown sender")
                    ));
                }
            }
        }
    }

    fn quote(&mut self, q: &QuoteFact) {
        let f = &mut self.figures;
        f.quotes += 1;
        f.hours_quoted += q.hours;
        f.revenue_quoted += q.total;
        match q.status.as_str() {
            "accepted" => {
                f.accepted += 1;
                f.hours_accepted += q.hours;
                f.revenue_accepted += q.total;
            }
            "declined" => f.declined += 1,
            "expired" => f.expired += 1,
            _ if q.unclear => f.unclear += 1,
            _ => f.open += 1,
        }
    }

    fn finish(mut self) -> (Figures, Option<String>) {
        let f = &mut self.figures;
        f.within_five_share = ratio(f.within_five, f.answered);
        f.acceptance_rate = ratio(f.accepted, f.accepted + f.declined + f.expired);
        self.times.sort_unstable();
        f.median_ms = nearest_rank(&self.times, 50);
        f.p90_ms = nearest_rank(&self.times, 90);
        (self.figures, self.name)
    }
}

fn ratio(a: u64, b: u64) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// The `p`th percentile of sorted values by the nearest-rank method: the value at rank
/// ⌈p/100 × n⌉.
pub fn nearest_rank(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len() as u64;
    let rank = (u64::from(p) * n).div_ceil(100).max(1);
    sorted.get(usize::try_from(rank - 1).unwrap_or(0)).copied()
}

fn client_key(addr: Option<&str>) -> String {
    addr.map(|a| a.trim().to_lowercase())
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| "(no address)".into())
}

/// The time-to-first-answer buckets: a minute wide up to five, then wider. Each includes its
/// upper bound, as "within 5 minutes" does.
const BUCKETS: &[(u32, Option<u32>, &str)] = &[
    (0, Some(1), "≤ 1 min"),
    (1, Some(2), "1–2"),
    (2, Some(3), "2–3"),
    (3, Some(4), "3–4"),
    (4, Some(5), "4–5"),
    (5, Some(10), "5–10"),
    (10, Some(30), "10–30"),
    (30, Some(60), "30–60"),
    (60, Some(240), "1–4 h"),
    (240, None, "> 4 h"),
];

/// Builds the report from the facts (no database: what the tests check by hand).
pub fn compute(
    scope: Scope,
    currency: &str,
    currency_symbol: &str,
    emails: &[EmailFact],
    quotes: &[QuoteFact],
) -> Report {
    let mut notes = Vec::new();
    let mut total = Acc::default();
    let mut per: BTreeMap<String, Acc> = BTreeMap::new();
    let mut buckets: Vec<TimeBucket> = BUCKETS
        .iter()
        .map(|(from, to, label)| TimeBucket {
            label: (*label).to_string(),
            from_minutes: *from,
            to_minutes: *to,
            count: 0,
        })
        .collect();
    for e in emails {
        total.email(e, &mut notes);
        if e.status != "ignored" {
            per.entry(client_key(e.from_addr.as_deref()))
                .or_default()
                .email(e, &mut Vec::new());
        }
        if e.status != "ignored"
            && let Some(at) = e.answered_at
        {
            let took = (at - e.received_at).max(0);
            if let Some(b) = buckets
                .iter_mut()
                .find(|b| b.to_minutes.is_none_or(|t| took <= i64::from(t) * 60_000))
            {
                b.count += 1;
            }
        }
    }
    for q in quotes {
        total.quote(q);
        per.entry(client_key(q.client.as_deref()))
            .or_default()
            .quote(q);
        if q.currency != currency {
            let note = format!(
                "some quotes are in {} and are added as if they were {currency}",
                q.currency
            );
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
    }
    let (totals, _) = total.finish();
    let mut clients: Vec<ClientLine> = per
        .into_iter()
        .map(|(client, acc)| {
            let (figures, name) = acc.finish();
            ClientLine {
                never_buys: figures.emails >= 3 && figures.accepted == 0,
                client,
                name,
                figures,
            }
        })
        .collect();
    clients.sort_by(|a, b| {
        b.figures
            .free_minutes
            .cmp(&a.figures.free_minutes)
            .then(b.figures.emails.cmp(&a.figures.emails))
            .then(a.client.cmp(&b.client))
    });
    let (acceptance, interval) = intervals(&scope, quotes);
    Report {
        scope,
        currency_symbol: currency_symbol.to_string(),
        totals,
        clients,
        acceptance,
        interval,
        answer_times: buckets,
        notes,
    }
}

/// Quotes grouped by the week (Monday) or, over more than 16 weeks, the month they were sent.
fn intervals(scope: &Scope, quotes: &[QuoteFact]) -> (Vec<Interval>, &'static str) {
    let tz = scope.tz();
    let day = |ms: i64| {
        tz.timestamp_millis_opt(ms)
            .single()
            .map_or_else(|| chrono::Utc::now().date_naive(), |t| t.date_naive())
    };
    let parse = |d: &Option<String>| {
        d.as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let first = parse(&scope.since).or_else(|| quotes.iter().map(|q| day(q.sent_at)).min());
    let last = parse(&scope.until).or_else(|| quotes.iter().map(|q| day(q.sent_at)).max());
    let (Some(first), Some(last)) = (first, last) else {
        return (Vec::new(), "week");
    };
    let monthly = (last - first).num_days() > 16 * 7;
    let start_of = |d: NaiveDate| {
        if monthly {
            d.with_day(1).unwrap_or(d)
        } else {
            d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()))
        }
    };
    let next = |d: NaiveDate| {
        if monthly {
            d.checked_add_months(chrono::Months::new(1)).unwrap_or(d)
        } else {
            d + chrono::Duration::days(7)
        }
    };
    let mut out = Vec::new();
    let mut at = start_of(first);
    // A bounded walk: at most ten years of months or weeks.
    while at <= last && out.len() < 520 {
        out.push(Interval {
            label: if monthly {
                at.format("%b %Y").to_string()
            } else {
                at.format("%-d %b").to_string()
            },
            start: at.to_string(),
            quotes: 0,
            accepted: 0,
            lost: 0,
            open: 0,
            acceptance_rate: None,
        });
        at = next(at);
    }
    for q in quotes {
        let key = start_of(day(q.sent_at)).to_string();
        if let Some(i) = out.iter_mut().find(|i| i.start == key) {
            i.quotes += 1;
            match q.status.as_str() {
                "accepted" => i.accepted += 1,
                "declined" | "expired" => i.lost += 1,
                _ => i.open += 1,
            }
        }
    }
    for i in &mut out {
        i.acceptance_rate = ratio(i.accepted, i.accepted + i.lost);
    }
    (out, if monthly { "month" } else { "week" })
}

/// "45 s", "2 min 10 s", "1 h 05 min".
pub fn duration_text(ms: i64) -> String {
    let s = (ms.max(0) + 500) / 1000;
    if s < 60 {
        format!("{s} s")
    } else if s < 3600 {
        format!("{} min {:02} s", s / 60, s % 60)
    } else {
        format!("{} h {:02} min", s / 3600, (s % 3600) / 60)
    }
}

/// "87%" or "–".
pub fn percent(share: Option<f64>) -> String {
    share.map_or("–".into(), |s| format!("{:.0}%", s * 100.0))
}

/// A number of hours without a trailing ".0".
pub fn hours(h: f64) -> String {
    let r = (h * 100.0).round() / 100.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r}")
    }
}

impl Report {
    /// The report as a table for a terminal.
    pub fn to_table(&self) -> String {
        let t = &self.totals;
        let sym = &self.currency_symbol;
        let money = |v: f64| crate::triage::money(sym, v);
        let mut out = String::new();
        let mut line = |k: &str, v: String| {
            out.push_str(&format!("{k:<34}{v}\n"));
        };
        line("Report", self.scope.describe());
        line(
            "Emails received",
            format!("{} (machine mail ignored: {})", t.emails, t.machine),
        );
        line("First answers sent", t.answered.to_string());
        line(
            "  within 5 minutes",
            format!(
                "{} ({} of {})",
                percent(t.within_five_share),
                t.within_five,
                t.answered
            ),
        );
        line(
            "  median / 90th percentile",
            format!(
                "{} / {}",
                t.median_ms.map_or("–".into(), duration_text),
                t.p90_ms.map_or("–".into(), duration_text)
            ),
        );
        line(
            "Questions answered free",
            format!("{} ({} free minutes)", t.free_questions, t.free_minutes),
        );
        line("Quotes sent", t.quotes.to_string());
        line(
            "  how they ended",
            format!(
                "{} accepted, {} declined, {} unclear, {} expired, {} open",
                t.accepted, t.declined, t.unclear, t.expired, t.open
            ),
        );
        line(
            "  acceptance rate",
            format!("{} (accepted of decided)", percent(t.acceptance_rate)),
        );
        line(
            "Hours quoted / accepted",
            format!("{} / {}", hours(t.hours_quoted), hours(t.hours_accepted)),
        );
        line(
            "Revenue quoted / accepted",
            format!(
                "{} / {}",
                money(t.revenue_quoted),
                money(t.revenue_accepted)
            ),
        );
        out.push('\n');
        let width = self
            .clients
            .iter()
            .map(|c| c.client.chars().count())
            .max()
            .unwrap_or(6)
            .clamp(6, 40);
        out.push_str(&format!(
            "{:<width$}  {:>6}  {:>8}  {:>6}  {:>8}  {:>5}  {:>12}\n",
            "Client", "emails", "free min", "quotes", "accepted", "rate", "revenue"
        ));
        for c in &self.clients {
            let f = &c.figures;
            out.push_str(
                format!(
                    "{:<width$}  {:>6}  {:>8}  {:>6}  {:>8}  {:>5}  {:>12}{}\n",
                    c.client,
                    f.emails,
                    f.free_minutes,
                    f.quotes,
                    f.accepted,
                    percent(f.acceptance_rate),
                    money(f.revenue_accepted),
                    if c.never_buys {
                        "  asks, never buys"
                    } else {
                        ""
                    }
                )
                .trim_end(),
            );
            out.push('\n');
        }
        if self.clients.is_empty() {
            out.push_str("(no client email in this period)\n");
        }
        for n in &self.notes {
            out.push_str(&format!("note: {n}\n"));
        }
        out
    }

    /// The report as CSV: one line for the firm (client `ALL`), then one per client.
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "client,name,emails,machine,answered,within_5_min,within_5_min_share,median_seconds,\
             p90_seconds,free_questions,free_minutes,quotes,accepted,declined,unclear,expired,open,\
             acceptance_rate,hours_quoted,hours_accepted,revenue_quoted,revenue_accepted,never_buys\n",
        );
        let row = |client: &str, name: &str, f: &Figures, never: bool| {
            let opt = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.4}"));
            let secs = |v: Option<i64>| v.map_or(String::new(), |v| format!("{}", v / 1000));
            format!(
                "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{:.2},{:.2},{}\n",
                csv_field(client),
                csv_field(name),
                f.emails,
                f.machine,
                f.answered,
                f.within_five,
                opt(f.within_five_share),
                secs(f.median_ms),
                secs(f.p90_ms),
                f.free_questions,
                f.free_minutes,
                f.quotes,
                f.accepted,
                f.declined,
                f.unclear,
                f.expired,
                f.open,
                opt(f.acceptance_rate),
                hours(f.hours_quoted),
                hours(f.hours_accepted),
                f.revenue_quoted,
                f.revenue_accepted,
                u8::from(never)
            )
        };
        out.push_str(&row("ALL", "", &self.totals, false));
        for c in &self.clients {
            out.push_str(&row(
                &c.client,
                c.name.as_deref().unwrap_or(""),
                &c.figures,
                c.never_buys,
            ));
        }
        out
    }
}

/// A CSV field, quoted when it must be, and never read as a formula by a spreadsheet.
fn csv_field(v: &str) -> String {
    let v = if v.starts_with(['=', '+', '-', '@']) {
        format!("'{v}")
    } else {
        v.to_string()
    };
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
        assert_eq!(nearest_rank(&v, 50), Some(50));
        assert_eq!(nearest_rank(&v, 90), Some(90));
        assert_eq!(nearest_rank(&[7], 90), Some(7));
        assert_eq!(nearest_rank(&[1, 2, 3], 50), Some(2));
        assert_eq!(nearest_rank(&[], 50), None);
    }

    #[test]
    fn dates_are_checked_and_until_is_inclusive() {
        let s = Scope::parse(Some("2026-11-02"), Some("2026-11-02"), None, chrono_tz::UTC)
            .expect("parses");
        let (a, b) = s.bounds();
        assert_eq!(b - a, 86_400_000, "one whole day");
        let e = Scope::parse(Some("2026-13-01"), None, None, chrono_tz::UTC).expect_err("bad");
        assert!(e.to_string().contains("--since: `2026-13-01`"), "{e}");
        assert!(
            Scope::parse(Some("2026-11-03"), Some("2026-11-02"), None, chrono_tz::UTC).is_err()
        );
        // Midnight in the firm's time zone, not UTC.
        let l = Scope::parse(Some("2026-07-01"), None, None, chrono_tz::Europe::London)
            .expect("parses");
        assert_eq!(l.bounds().0, 1_782_860_400_000);
    }

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn durations_read_well() {
        assert_eq!(duration_text(45_000), "45 s");
        assert_eq!(duration_text(130_000), "2 min 10 s");
        assert_eq!(duration_text(3_900_000), "1 h 05 min");
    }
}
