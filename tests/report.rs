//! Report figures against a seeded database whose answers are worked out by hand below, through
//! the library and through `fiveminute report` as a user runs it.

mod support;

use std::process::Command;

use fiveminute::report::{self, Scope};
use support::seed::{S, seeded};

const BIN: &str = env!("CARGO_BIN_EXE_fiveminute");

fn scope(since: &str, until: &str, mailbox: Option<&str>) -> Scope {
    Scope::parse(Some(since), Some(until), mailbox, chrono_tz::UTC).expect("scope")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn figures_match_the_hand_count() {
    let (_dir, cfg, store) = seeded().await;
    let config = support::load(&cfg);
    let r = report::build(&store, &config, scope("2026-11-02", "2026-11-15", None))
        .await
        .expect("report");
    let t = &r.totals;
    // Nine client emails (carol's unanswered one included), the robot apart, the reply not counted.
    assert_eq!((t.emails, t.machine, t.answered), (9, 1, 8));
    // Answer times 60 60 120 180 240 300 600 1800 s: six within five minutes (300 s is within).
    assert_eq!(t.within_five, 6);
    assert_eq!(t.within_five_share, Some(0.75));
    // Nearest rank: the 4th of 8 for the median, the 8th (⌈7.2⌉) for the 90th percentile.
    assert_eq!((t.median_ms, t.p90_ms), (Some(180 * S), Some(1800 * S)));
    // Free questions 2+1+1+1+0+3+1+1 (eve) and minutes 4+5+3+5+0+5+2+3; carol's draft was not sent.
    assert_eq!((t.free_questions, t.free_minutes), (10, 27));
    assert_eq!(
        (
            t.quotes, t.accepted, t.declined, t.expired, t.unclear, t.open
        ),
        (5, 1, 1, 1, 1, 1)
    );
    assert_eq!(t.acceptance_rate, Some(1.0 / 3.0));
    assert_eq!((t.hours_quoted, t.hours_accepted), (9.5, 2.0));
    assert_eq!((t.revenue_quoted, t.revenue_accepted), (2375.0, 500.0));

    // Per client, most free minutes first; Bob asks much and never buys.
    let order: Vec<(&str, u64)> = r
        .clients
        .iter()
        .map(|c| (c.client.as_str(), c.figures.free_minutes))
        .collect();
    assert_eq!(
        order,
        vec![
            ("alice@client.example", 12),
            ("bob@client.example", 10),
            ("eve@client.example", 3),
            ("dan@client.example", 2),
            ("carol@client.example", 0),
        ]
    );
    let alice = &r.clients[0];
    assert_eq!(
        (
            alice.figures.emails,
            alice.figures.quotes,
            alice.figures.accepted,
            alice.figures.acceptance_rate,
            alice.figures.revenue_accepted,
            alice.never_buys
        ),
        (3, 2, 1, Some(0.5), 500.0, false)
    );
    assert_eq!(alice.name.as_deref(), Some("Alice Moreau"));
    let bob = &r.clients[1];
    assert_eq!(
        (
            bob.figures.emails,
            bob.figures.quotes,
            bob.figures.acceptance_rate,
            bob.never_buys
        ),
        (3, 2, Some(0.0), true)
    );
    assert_eq!(
        r.clients[3].figures.acceptance_rate, None,
        "dan: nothing decided"
    );
    assert!(r.clients.iter().filter(|c| c.never_buys).count() == 1);

    // Two weeks of quotes: week of 2 Nov (accepted, expired), week of 9 Nov (declined, 2 open).
    assert_eq!(r.interval, "week");
    let weeks: Vec<(&str, u64, u64, u64, u64)> = r
        .acceptance
        .iter()
        .map(|i| (i.label.as_str(), i.quotes, i.accepted, i.lost, i.open))
        .collect();
    assert_eq!(weeks, vec![("2 Nov", 2, 1, 1, 0), ("9 Nov", 3, 0, 1, 2)]);
    let buckets: Vec<u64> = r.answer_times.iter().map(|b| b.count).collect();
    assert_eq!(buckets, vec![2, 1, 1, 1, 1, 1, 1, 0, 0, 0]);

    // One mailbox: eve's email goes.
    let h = report::build(
        &store,
        &config,
        scope("2026-11-02", "2026-11-15", Some("help")),
    )
    .await
    .expect("report");
    assert_eq!(
        (h.totals.emails, h.totals.answered, h.totals.within_five),
        (8, 7, 5)
    );
    // 60 120 180 240 300 600 1800: 4th of 7, and the 7th (⌈6.3⌉).
    assert_eq!(
        (h.totals.median_ms, h.totals.p90_ms),
        (Some(240 * S), Some(1800 * S))
    );
    assert_eq!((h.totals.free_questions, h.totals.free_minutes), (9, 24));
    // A mailbox the configuration does not have is named in the error.
    let e = report::build(
        &store,
        &config,
        scope("2026-11-02", "2026-11-15", Some("nope")),
    )
    .await
    .expect_err("unknown mailbox");
    assert!(e.to_string().contains("`nope`"), "{e}");

    // The charts carry the figures and escape what clients wrote.
    let svg = report::chart::answer_times(&r);
    assert!(svg.starts_with("<svg") && svg.contains("5 min") && svg.ends_with("</svg>"));
    let free = report::chart::free_minutes(&r);
    assert!(free.contains("alice@client.example") && free.contains("12 min"));
}

fn cli(cfg: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(BIN)
        .arg("--config")
        .arg(cfg)
        .arg("report")
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_command_prints_table_csv_and_json() {
    let (_dir, cfg, _store) = seeded().await;
    let period = ["--since", "2026-11-02", "--until", "2026-11-15"];

    let (ok, table, err) = cli(&cfg, &period);
    assert!(ok, "{err}");
    for line in [
        "Emails received                   9 (machine mail ignored: 1)",
        "  within 5 minutes                75% (6 of 8)",
        "  median / 90th percentile        3 min 00 s / 30 min 00 s",
        "Questions answered free           10 (27 free minutes)",
        "  how they ended                  1 accepted, 1 declined, 1 unclear, 1 expired, 1 open",
        "  acceptance rate                 33% (accepted of decided)",
        "Revenue quoted / accepted         $2,375 / $500",
    ] {
        assert!(table.contains(line), "`{line}` not in\n{table}");
    }
    let bob = table
        .lines()
        .find(|l| l.starts_with("bob@client.example"))
        .expect("bob's line");
    assert!(bob.ends_with("asks, never buys"), "{bob}");

    let (ok, csv, err) = cli(&cfg, &[&period[..], &["--format", "csv"]].concat());
    assert!(ok, "{err}");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 1 + 5, "header, ALL, five clients");
    assert!(lines[0].starts_with("client,name,emails,"));
    assert!(
        lines[1].starts_with("ALL,,9,1,8,6,0.7500,180,1800,10,27,5,1,1,1,1,1,0.3333,9.5,2,"),
        "{}",
        lines[1]
    );

    let (ok, json, err) = cli(
        &cfg,
        &[&period[..], &["--format", "json", "--mailbox", "help"]].concat(),
    );
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["totals"]["emails"], 8);
    assert_eq!(v["scope"]["mailbox"], "help");

    // Mistakes are named, and nothing is printed as if it were a report.
    let (ok, out, err) = cli(&cfg, &["--since", "2026-02-30"]);
    assert!(!ok && out.is_empty());
    assert!(err.contains("--since: `2026-02-30` is not a date"), "{err}");
    let (ok, _, err) = cli(&cfg, &["--since", "2026-11-15", "--until", "2026-11-02"]);
    assert!(!ok && err.contains("the period is empty"), "{err}");
    let (ok, _, err) = cli(&cfg, &["--mailbox", "sales"]);
    assert!(!ok && err.contains("no mailbox named `sales`"), "{err}");
}

/// Drafts made before the free figures were kept beside the analysis get them from the
/// migration, in SQL: the SQL must agree with what the daemon writes (`free_work`) on every
/// analysis of the corpus, and leave an unreadable one unknown.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_migration_fills_free_work_as_the_daemon_writes_it() {
    use std::sync::Arc;

    use fiveminute::clock::{SharedClock, SystemClock};
    use fiveminute::pipeline::Pipeline;
    use fiveminute::store::{Store, free_work};
    use sqlx::sqlite::SqlitePool;

    let dir = support::temp_dir("report-migration");
    let cfg = support::daemon_config(&dir, None, "");
    let pipeline = Pipeline::new(support::load(&cfg)).expect("pipeline");
    let db = dir.join("fiveminute.db");
    let clock: SharedClock = Arc::new(SystemClock);
    let _store = Store::open_sqlite(&db, clock).await.expect("store");
    let pool = SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("pool");

    let mut analyses = vec!["not json".to_string(), "{}".to_string()];
    for folder in ["tests/corpus/shared/questions", "tests/corpus/questions"] {
        let mut files: Vec<_> = std::fs::read_dir(support::repo().join(folder))
            .expect("corpus folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort();
        for f in files {
            let raw = std::fs::read(&f).expect("readable");
            if let Ok(p) = pipeline.preview(&raw) {
                analyses.push(serde_json::to_string(&p).expect("serialises"));
            }
        }
    }
    assert!(analyses.len() > 50, "the corpus was found");
    for (i, analysis) in analyses.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO messages (mailbox, source_key, fingerprint, raw, size, received_at, status, updated_at) \
             VALUES ('help', ?, ?, x'00', 1, 0, 'drafted', 0) RETURNING id",
        )
        .bind(format!("m:{i}"))
        .bind(format!("fp{i}"))
        .fetch_one(&pool)
        .await
        .expect("message");
        sqlx::query(
            "INSERT INTO drafts (message_id, subject, body, questions, analysis, created_at, updated_at) \
             VALUES (?, 's', 'b', 0, ?, 0, 0)",
        )
        .bind(id)
        .bind(analysis)
        .execute(&pool)
        .await
        .expect("draft");
    }
    let migration =
        std::fs::read_to_string(support::repo().join("migrations/sqlite/0005_free_work.sql"))
            .expect("the migration");
    let start = migration
        .find("UPDATE drafts")
        .expect("the migration fills drafts");
    let end = start + migration[start..].find(';').expect("ends");
    sqlx::query(sqlx::AssertSqlSafe(migration[start..end].to_string()))
        .execute(&pool)
        .await
        .expect("the migration's UPDATE runs");

    let rows: Vec<(String, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT analysis, free_questions, free_minutes FROM drafts ORDER BY message_id",
    )
    .fetch_all(&pool)
    .await
    .expect("drafts");
    assert_eq!(rows.len(), analyses.len());
    let mut some_free = 0;
    for (analysis, questions, minutes) in rows {
        let expected = free_work(&analysis);
        assert_eq!(
            (questions, minutes),
            expected,
            "SQL and free_work disagree on {}",
            &analysis[..analysis.len().min(200)]
        );
        some_free += usize::from(expected.1.unwrap_or(0) > 0);
    }
    assert_eq!(free_work("not json"), (None, None));
    assert_eq!(free_work("{}"), (Some(0), Some(0)));
    assert!(
        some_free > 10,
        "the corpus gives free minutes ({some_free} drafts)"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
