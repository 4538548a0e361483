//! The review page in a real browser (headless Chromium driven by playwright-core, in
//! tests/browser/review.mjs) against the real daemon and a real SMTP server: log in, see the draft
//! with its clock, answer each question with the keyboard only, approve; answer a German email
//! in German; the SMTP server receives exactly what the previews showed. Then (followup.mjs) the
//! client's counter-offer is accepted at their price and the job shows it, and another client's
//! repeated question is answered with what the first was told. Screenshots go to
//! target/screenshots/.

mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::{Smtp, daemon_config, n, reader, temp_dir, use_smtp, wait_for};

const PASSWORD: &str = "correct horse battery";

fn require_tools() {
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.is_ok_and(|o| o.status.success()),
        "Node.js is needed for the browser test: apt-get install -y nodejs npm (scripts/test checks this)"
    );
    assert!(
        Path::new("/usr/bin/chromium").exists() || std::env::var_os("CHROMIUM").is_some(),
        "Chromium is needed for the browser test: apt-get install -y chromium (scripts/test does this)"
    );
    assert!(
        Path::new("tests/browser/node_modules/playwright-core").is_dir(),
        "playwright-core is needed for the browser test: npm install --prefix tests/browser (scripts/test does this)"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_reviews_edits_and_sends_in_a_real_browser() {
    require_tools();
    let smtp_dir = temp_dir("browser-smtp");
    let smtp = Smtp::start(&smtp_dir, None);
    let dir = temp_dir("browser");
    let cfg = daemon_config(&dir, None, "");
    use_smtp(&cfg, smtp.port);
    let maildir = maildir_in(&dir);

    add_manager(&cfg);

    let (mut daemon, base, log) = start_daemon(&cfg, &dir).await;

    let mail = "From: Alice Moreau <alice@client.example>\r\nTo: Hall & Partners <help@hallpartners.example>\r\n\
Subject: Supplier contract\r\nMessage-ID: <browser-1@client.example>\r\n\r\nHi Tom,\r\n\r\n\
Can you review the supplier contract before Friday? Also, when are the receipts for October due?\r\n\r\n\
Thanks,\r\nAlice\r\n";
    deliver(&maildir, "1.b", mail);
    let store = reader(&dir).await;
    wait_for(&store, Duration::from_secs(10), "the draft", |c| {
        n(c, "drafted") == 1
    })
    .await;
    let german = "From: Klaus Berger <klaus@berger-bau.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Mietvertrag\r\nMessage-ID: <browser-2@berger-bau.example>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nGuten Tag,\r\n\r\n\
können Sie bitte unseren Mietvertrag für das neue Büro überarbeiten? \
Und ist die Umsatzsteuer-Voranmeldung für Oktober schon beim Finanzamt eingegangen?\r\n\r\n\
Viele Grüße\r\nKlaus Berger\r\n";
    deliver(&maildir, "2.b", german);
    wait_for(&store, Duration::from_secs(10), "the German draft", |c| {
        n(c, "drafted") == 2
    })
    .await;

    let shots = Path::new("target/screenshots");
    let out = node("review", &[&base, "mia", PASSWORD], shots);
    passed(&out, &log);
    let shown: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the browser test prints JSON");
    assert_eq!(
        shown["total"], "$125",
        "research, 30 minutes at $250: {shown}"
    );

    let deadline = Instant::now() + Duration::from_secs(15);
    while smtp.received().len() < 2 {
        assert!(
            Instant::now() < deadline,
            "the SMTP server received {} of 2 replies",
            smtp.received().len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let got = smtp.received();
    assert_eq!(got.len(), 2, "each reply sent exactly once");
    for (subject, body) in [("subject", "body"), ("germanSubject", "germanBody")] {
        let want = shown[subject].as_str().unwrap_or("").trim();
        let received = got
            .iter()
            .map(|(_, raw)| fiveminute::parse::parse(raw).expect("the sent reply parses"))
            .find(|m| m.subject == want)
            .unwrap_or_else(|| panic!("no reply with the subject {want:?}"));
        let preview_body = shown[body].as_str().unwrap_or("").replace("\r\n", "\n");
        assert_eq!(
            received.body.replace("\r\n", "\n").trim_end(),
            preview_body.trim_end(),
            "the client receives exactly what the preview showed"
        );
    }
    let german_body = shown["germanBody"].as_str().unwrap_or("");
    assert!(
        german_body.starts_with("Hallo Klaus,") && german_body.contains("Ja."),
        "{german_body}"
    );
    // The client answers the quote with a lower figure; another client asks what Alice asked.
    let quoted = got
        .iter()
        .map(|(_, raw)| fiveminute::parse::parse(raw).expect("parses"))
        .find(|m| m.subject.contains("[Q-"))
        .expect("the reply with the quote");
    let counter = format!(
        "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Re: {}\r\nMessage-ID: <browser-3@client.example>\r\nIn-Reply-To: {}\r\n\r\n\
Thanks Tom. Could you do it for $100 instead?\r\n\r\nAlice\r\n",
        quoted.subject.trim_start_matches("Re: "),
        quoted
            .message_id
            .as_deref()
            .map(|m| format!("<{m}>"))
            .unwrap_or_default(),
    );
    let repeat = "From: Ben Okafor <ben@okafor.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Receipts\r\nMessage-ID: <browser-4@okafor.example>\r\n\r\nHello,\r\n\r\n\
When are the October receipts due?\r\n\r\nBen\r\n";
    for (name, raw) in [("3.b", counter.as_str()), ("4.b", repeat)] {
        std::fs::write(maildir.join("tmp").join(name), raw).expect("tmp");
        std::fs::rename(
            maildir.join("tmp").join(name),
            maildir.join("new").join(name),
        )
        .expect("deliver");
    }
    wait_for(
        &store,
        Duration::from_secs(10),
        "the counter-offer and the repeat",
        |c| n(c, "drafted") == 2,
    )
    .await;
    let out = node("followup", &[&base, "mia", PASSWORD], shots);
    passed(&out, &log);
    let shown: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the follow-up prints JSON");
    assert_eq!(
        shown["answer"], "The October receipts are due by 10 November.",
        "the answer given before fills the repeated question: {shown}"
    );
    for shot in [
        "login.png",
        "inbox.png",
        "draft.png",
        "german.png",
        "sent.png",
        "counter-offer.png",
        "job.png",
        "answered-before.png",
    ] {
        assert!(shots.join(shot).is_file(), "screenshot {shot}");
    }
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(daemon.id().to_string())
        .status();
    assert!(daemon.wait().expect("exits").success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reports_page_draws_its_charts_in_a_real_browser() {
    require_tools();
    let (dir, cfg, store) = support::seed::seeded().await;
    drop(store);
    maildir_in(&dir);
    add_manager(&cfg);
    let (mut daemon, base, log) = start_daemon(&cfg, &dir).await;
    let shots = Path::new("target/screenshots");
    let out = node(
        "reports",
        &[
            &format!("{base}/reports?since=2026-11-02&until=2026-11-15"),
            "mia",
            PASSWORD,
        ],
        shots,
    );
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(daemon.id().to_string())
        .status();
    passed(&out, &log);
    assert!(daemon.wait().expect("exits").success());
    let shown: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the browser test prints JSON");
    for run in ["withJs", "noJs"] {
        let v = &shown[run];
        assert_eq!(v["withinFive"], "75%", "{run}: {v}");
        let charts = v["charts"].as_array().expect("charts");
        let ids: Vec<&str> = charts.iter().filter_map(|c| c["id"].as_str()).collect();
        assert_eq!(
            ids,
            ["chart-acceptance", "chart-times", "chart-free"],
            "{run}"
        );
        for c in charts {
            // Legend squares aside, every chart has bars, and is drawn at a readable size.
            assert!(c["bars"].as_u64().unwrap_or(0) > 3, "{run}: {c}");
            assert!(c["width"].as_f64().unwrap_or(0.0) > 300.0, "{run}: {c}");
        }
        let never = v["neverBuys"].as_array().expect("rows");
        assert!(
            never.len() == 1
                && never[0]
                    .as_str()
                    .unwrap_or("")
                    .contains("bob@client.example"),
            "{run}: {never:?}"
        );
    }
    for shot in ["reports.png", "reports-nojs.png"] {
        assert!(shots.join(shot).is_file(), "screenshot {shot}");
    }
}

/// Runs a browser script (`tests/browser/NAME.mjs`) with its arguments and the screenshot folder.
fn node(script: &str, args: &[&str], shots: &Path) -> std::process::Output {
    Command::new("node")
        .arg(format!("tests/browser/{script}.mjs"))
        .args(args)
        .arg(shots)
        .output()
        .expect("node runs")
}

/// Fails with the script's errors and the daemon's log unless the script passed.
fn passed(out: &std::process::Output, log: &Path) {
    assert!(
        out.status.success(),
        "browser test failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(log).unwrap_or_default()
    );
}

/// Adds the manager `mia` as the README says: `user add`, the password on stdin.
/// The test's Maildir (new, cur, tmp) under `dir`.
fn maildir_in(dir: &Path) -> std::path::PathBuf {
    let maildir = dir.join("Maildir");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).expect("maildir");
    }
    maildir
}

/// Delivers a message as a mail server does: written in tmp/, then moved into new/.
fn deliver(maildir: &Path, name: &str, mail: &str) {
    std::fs::write(maildir.join("tmp").join(name), mail).expect("tmp");
    std::fs::rename(
        maildir.join("tmp").join(name),
        maildir.join("new").join(name),
    )
    .expect("deliver");
}

fn add_manager(cfg: &Path) {
    add_user(cfg, "mia", "manager");
}

fn add_user(cfg: &Path, name: &str, role: &str) {
    let mut add = Command::new(env!("CARGO_BIN_EXE_fiveminute"))
        .args(["user", "add", name, "--role", role, "--config"])
        .arg(cfg)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("user add runs");
    {
        use std::io::Write as _;
        let mut stdin = add.stdin.take().expect("stdin");
        writeln!(stdin, "{PASSWORD}").expect("password");
    }
    assert!(add.wait().expect("user add exits").success());
}

/// Starts `fiveminute run` on `cfg`, its log in `dir/daemon.log`; returns the process, the
/// review page's address and the log's path.
async fn start_daemon(cfg: &Path, dir: &Path) -> (support::KillOnDrop, String, std::path::PathBuf) {
    let log = dir.join("daemon.log");
    let daemon = support::KillOnDrop::spawn(
        Command::new(env!("CARGO_BIN_EXE_fiveminute"))
            .args(["run", "--config"])
            .arg(cfg)
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log")),
        "the daemon starts",
    );
    let base = review_address(&log).await;
    (daemon, base, log)
}

/// The review page binds port 0; its address is in the daemon's log.
async fn review_address(log: &Path) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if let Some(line) = text.lines().find(|l| l.contains("review page listening")) {
            let addr = line
                .rsplit("address=")
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            return format!("http://{addr}");
        }
        assert!(
            Instant::now() < deadline,
            "the review page did not start: {text}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undo_discard_and_unsaved_edits_in_a_real_browser() {
    require_tools();
    let smtp_dir = temp_dir("desk-smtp");
    let smtp = Smtp::start(&smtp_dir, None);
    let dir = temp_dir("desk");
    let cfg = daemon_config(&dir, None, "");
    use_smtp(&cfg, smtp.port);
    // A real undo window.
    let text = std::fs::read_to_string(&cfg).expect("config");
    std::fs::write(
        &cfg,
        text.replace("undo_seconds = 0\n", "undo_seconds = 60\n"),
    )
    .expect("config");
    let maildir = maildir_in(&dir);
    add_manager(&cfg);
    let (mut daemon, base, log) = start_daemon(&cfg, &dir).await;
    let mail = "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Visiting\r\nMessage-ID: <desk-1@client.example>\r\n\r\nHi,\r\n\r\n\
Is there parking near your office?\r\n\r\nAlice\r\n";
    deliver(&maildir, "1.d", mail);
    let store = reader(&dir).await;
    wait_for(&store, Duration::from_secs(10), "the draft", |c| {
        n(c, "drafted") == 1
    })
    .await;
    let shots = Path::new("target/screenshots");
    let out = node("desk", &[&base, "mia", PASSWORD], shots);
    passed(&out, &log);
    // Nothing went out: the approval was taken back, and the draft waits again.
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(smtp.received().is_empty(), "an undone reply was sent");
    wait_for(&store, Duration::from_secs(5), "the draft back", |c| {
        n(c, "drafted") == 1
    })
    .await;
    for shot in ["undo.png", "discarded.png", "search.png", "client.png"] {
        assert!(shots.join(shot).is_file(), "screenshot {shot}");
    }
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(daemon.id().to_string())
        .status();
    assert!(daemon.wait().expect("exits").success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_both_ways_and_a_reply_drafted_after_all_in_a_real_browser() {
    require_tools();
    let smtp_dir = temp_dir("files-smtp");
    let smtp = Smtp::start(&smtp_dir, None);
    let dir = temp_dir("files");
    let cfg = daemon_config(&dir, None, "");
    use_smtp(&cfg, smtp.port);
    let maildir = maildir_in(&dir);
    add_manager(&cfg);
    let (mut daemon, base, log) = start_daemon(&cfg, &dir).await;
    // "%PDF-1.4\n% brief\n" in base64.
    let with_file = "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Contract\r\nMessage-ID: <files-b1@client.example>\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"BB\"\r\n\r\n--BB\r\nContent-Type: text/plain\r\n\r\n\
Hi,\r\n\r\nCan you review the supplier contract before Friday? It is attached.\r\n\r\nAlice\r\n\
--BB\r\nContent-Type: application/pdf; name=\"contract.pdf\"\r\nContent-Disposition: attachment; filename=\"contract.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJSBicmllZgo=\r\n--BB--\r\n";
    let thanks = "From: Bob Stone <bob@client.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Received\r\nMessage-ID: <files-b2@client.example>\r\n\r\nThanks, all received!\r\n\r\nBob\r\n";
    for (name, mail) in [("1.f", with_file), ("2.f", thanks)] {
        deliver(&maildir, name, mail);
    }
    let store = reader(&dir).await;
    wait_for(
        &store,
        Duration::from_secs(10),
        "a draft and a silence",
        |c| n(c, "drafted") == 1 && n(c, "no_reply") == 1,
    )
    .await;
    let shots = Path::new("target/screenshots");
    let out = node("files", &[&base, "mia", PASSWORD], shots);
    passed(&out, &log);
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the script prints JSON");
    assert_eq!(report["downloaded"], "contract.pdf", "{report}");
    assert_eq!(report["size"], 17, "the file's own bytes: {report}");
    // The SMTP server receives the reply with the file's bytes.
    let deadline = Instant::now() + Duration::from_secs(20);
    while smtp.received().is_empty() {
        assert!(
            Instant::now() < deadline,
            "the reply never reached the SMTP server"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (_, raw) = &smtp.received()[0];
    let files = support::attachments(raw);
    assert_eq!(
        files,
        vec![(
            "terms.txt".to_string(),
            b"Terms of engagement 2026: one page.\n".to_vec()
        )]
    );
    for shot in [
        "no-reply.png",
        "message.png",
        "drafted-after-all.png",
        "attached.png",
    ] {
        assert!(shots.join(shot).is_file(), "screenshot {shot}");
    }
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(daemon.id().to_string())
        .status();
    assert!(daemon.wait().expect("exits").success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_two_managers_on_one_draft_and_a_template_edited_in_a_real_browser() {
    require_tools();
    let dir = temp_dir("opsdesk");
    let cfg = daemon_config(&dir, None, "");
    let maildir = maildir_in(&dir);
    add_manager(&cfg);
    add_user(&cfg, "ada", "manager");
    add_user(&cfg, "otto", "ops");
    let (mut daemon, base, log) = start_daemon(&cfg, &dir).await;
    let mail = "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Visiting\r\nMessage-ID: <opsdesk-1@client.example>\r\n\r\nHi,\r\n\r\n\
Is there parking near your office?\r\n\r\nAlice\r\n";
    deliver(&maildir, "1.o", mail);
    let store = reader(&dir).await;
    wait_for(&store, Duration::from_secs(10), "the draft", |c| {
        n(c, "drafted") == 1
    })
    .await;
    let shots = Path::new("target/screenshots");
    let out = node("ops", &[&base, PASSWORD], shots);
    passed(&out, &log);
    for shot in [
        "note.png",
        "presence.png",
        "changed.png",
        "template-preview.png",
        "template-reverted.png",
        "ops.png",
        "library-preview.png",
    ] {
        assert!(shots.join(shot).is_file(), "screenshot {shot}");
    }
    let history = store
        .template_history("en/reply.txt")
        .await
        .expect("history");
    assert_eq!(
        history.len(),
        3,
        "the file's text, the edit, and the way back"
    );
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(daemon.id().to_string())
        .status();
    assert!(daemon.wait().expect("exits").success());
}
