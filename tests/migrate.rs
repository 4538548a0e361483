//! Moving an installation from SQLite to PostgreSQL as the README says: stop the daemon, run
//! `fiveminute migrate --to postgres://…`, set `[store] url`, start it again. Nothing is lost:
//! the mail, drafts, quotes, users and notes are there, the quote numbers go on, the search
//! finds the old mail, and new mail is drafted. A running daemon's file is never copied, and an
//! installation is never copied over one that has data. Always runs on a private PostgreSQL
//! (tests/support/pg.rs), whatever FIVEMINUTE_TEST_DB says.

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use fiveminute::daemon;
use support::{PASSWORD, env, load, n, temp_dir, wait_for};
use tokio_util::sync::CancellationToken;

const BIN: &str = env!("CARGO_BIN_EXE_fiveminute");

fn deliver(maildir: &Path, name: &str, subject: &str, text: &str) {
    let raw = format!(
        "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: {subject}\r\nMessage-ID: <{name}@client.example>\r\n\r\nHi,\r\n\r\n{text}\r\n\r\nAlice\r\n"
    );
    let tmp = maildir.join("tmp").join(name);
    std::fs::write(&tmp, raw).expect("tmp");
    std::fs::rename(&tmp, maildir.join("new").join(name)).expect("new");
}

fn migrate(cfg: &Path, url: &str) -> Output {
    Command::new(BIN)
        .args(["migrate", "--to", url, "--config"])
        .arg(cfg)
        .stdin(Stdio::null())
        .output()
        .expect("migrate runs")
}

/// Writes the SQLite configuration the test starts from (whatever FIVEMINUTE_TEST_DB says).
fn sqlite_config(dir: &Path) -> std::path::PathBuf {
    let cfg = support::daemon_config(dir, None, "");
    let text = std::fs::read_to_string(&cfg).expect("config");
    let start = text.find("[store]\n").expect("[store]");
    let end = start + text[start..].find("\n\n").expect("end of [store]");
    let text = format!(
        "{}[store]\npath = \"{}\"{}",
        &text[..start],
        dir.join("fiveminute.db").display(),
        &text[end..]
    );
    std::fs::write(&cfg, text).expect("config");
    cfg
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_installation_moves_to_postgresql_and_goes_on_there() {
    let dir = temp_dir("migrate");
    let cfg = sqlite_config(&dir);
    let maildir = dir.join("Maildir");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).expect("maildir");
    }
    let mut add = Command::new(BIN)
        .args(["user", "add", "mia", "--role", "manager", "--config"])
        .arg(&cfg)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("user add");
    {
        use std::io::Write as _;
        writeln!(add.stdin.take().expect("stdin"), "{PASSWORD}").expect("password");
    }
    assert!(add.wait().expect("exits").success());

    // A few days of work on SQLite.
    let stop = CancellationToken::new();
    let s = stop.clone();
    let config = load(&cfg);
    let handle =
        tokio::spawn(async move { daemon::serve(config, env(), s.cancelled_owned()).await });
    let store = support::reader(&dir).await;
    deliver(
        &maildir,
        "m1",
        "Contract",
        "Can you review the supplier contract before Friday?",
    );
    deliver(
        &maildir,
        "m2",
        "Statement",
        "Could you send me the March statement of the zeppelin account?",
    );
    deliver(&maildir, "m3", "Thanks", "Thanks, all received!");
    wait_for(&store, Duration::from_secs(15), "two drafts", |c| {
        n(c, "drafted") == 2 && n(c, "no_reply") == 1
    })
    .await;
    let drafted = store.queue(Some("drafted"), 10).await.expect("queue");
    let writer = support::writer(&dir).await;
    assert!(
        writer
            .add_note(drafted[0].id, "mia", "Client prefers calls")
            .await
            .expect("note")
    );
    writer.close().await;

    // While the daemon runs, its file is not copied.
    let url = support::pg::new_database("migrate");
    let busy = migrate(&cfg, &url);
    assert!(!busy.status.success(), "a running daemon's file was copied");
    let err = String::from_utf8_lossy(&busy.stderr);
    assert!(err.contains("stop the daemon"), "{err}");
    stop.cancel();
    handle.await.expect("joins").expect("stops");
    store.close().await;

    // Stopped: the move, with every table counted on both sides.
    let out = migrate(&cfg, &url);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (table, rows) in [
        ("messages", 3),
        ("drafts", 2),
        ("quotes", 1),
        ("users", 1),
        ("notes", 1),
    ] {
        assert!(
            stdout
                .lines()
                .any(|l| l.split_whitespace().collect::<Vec<_>>()
                    == [table, &rows.to_string(), "=", &rows.to_string()]),
            "{table}: {stdout}"
        );
    }
    // A second move into the same database is refused, and changes nothing.
    let again = migrate(&cfg, &url);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("not empty"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );

    // The daemon on PostgreSQL: the old mail is there and new mail is drafted, with the next
    // quote number.
    let text = std::fs::read_to_string(&cfg).expect("config");
    let text = text.replace(
        &format!("path = \"{}\"", dir.join("fiveminute.db").display()),
        &format!("url = \"{url}\""),
    );
    std::fs::write(&cfg, text).expect("config");
    let config = load(&cfg);
    assert!(matches!(
        config.database(&env()),
        Ok(fiveminute::store::Database::Postgres { .. })
    ));
    let stop = CancellationToken::new();
    let s = stop.clone();
    let handle =
        tokio::spawn(async move { daemon::serve(config, env(), s.cancelled_owned()).await });
    let pg = support::reader(&dir).await;
    assert!(!pg.is_sqlite());
    deliver(
        &maildir,
        "m4",
        "Another contract",
        "Can you review the lease contract for the new office?",
    );
    wait_for(&pg, Duration::from_secs(15), "the new mail drafted", |c| {
        n(c, "drafted") == 3 && n(c, "no_reply") == 1
    })
    .await;
    let mut refs: Vec<String> = pg
        .quotes()
        .await
        .expect("quotes")
        .into_iter()
        .map(|q| q.reference)
        .collect();
    refs.sort();
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert_ne!(refs[0], refs[1], "a quote number was given twice: {refs:?}");
    let found = pg.search("zeppelin", 5).await.expect("search");
    assert_eq!(found.len(), 1, "the old mail is found: {found:?}");
    assert_eq!(
        pg.notes(drafted[0].id).await.expect("notes")[0].text,
        "Client prefers calls"
    );
    assert_eq!(pg.users().await.expect("users").len(), 1);
    stop.cancel();
    handle.await.expect("joins").expect("stops");
    pg.close().await;
}
