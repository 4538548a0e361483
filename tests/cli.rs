//! The command line as a user and the judging scripts run it: exit codes, one JSON object per
//! file, errors that name the file or key.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_fiveminute");
const QUESTION: &str = "tests/corpus/shared/questions/p01.eml";
const REPLY: &str = "tests/corpus/shared/replies/p-r01.eml";
const AUTOMATIC: &str = "tests/corpus/shared/replies/p-a01.eml";

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("FIVEMINUTE_CONFIG")
        .output()
        .expect("the binary runs")
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

#[test]
fn preview_json_contract() {
    let out = run(&["preview", "--json", QUESTION]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["guard"]["verdict"], "human");
    assert!(v["guard"]["auto_reply_allowed"].is_boolean());
    assert!(v["guard"]["reason"].is_string());
    assert!(
        v["new_text"]
            .as_str()
            .is_some_and(|t| t.contains("delivery van"))
    );
    let qs = v["questions"].as_array().expect("questions");
    assert_eq!(qs.len(), 3);
    for q in qs {
        for key in ["text", "category", "minutes", "answer"] {
            assert!(!q[key].is_null(), "question lacks {key}: {q}");
        }
    }
    assert!(
        v["draft"]["subject"]
            .as_str()
            .is_some_and(|s| s.starts_with("Re: "))
    );
    assert!(
        v["draft"]["body"]
            .as_str()
            .is_some_and(|b| b.contains("Hi Alice"))
    );
}

#[test]
fn machine_mail_has_no_questions_and_no_draft() {
    let v = json(&run(&["preview", "--json", AUTOMATIC]));
    assert_eq!(v["guard"]["verdict"], "automatic");
    assert_eq!(v["guard"]["auto_reply_allowed"], false);
    assert_eq!(v["questions"].as_array().map(Vec::len), Some(0));
    assert!(v["draft"].is_null());
}

#[test]
fn classify_reply_json_contract() {
    let out = run(&["classify-reply", "--json", REPLY]);
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v["decision"], "accept");
    assert!(v["reason"].as_str().is_some_and(|r| !r.is_empty()));
    let v = json(&run(&["classify-reply", "--json", AUTOMATIC]));
    assert_eq!(v["decision"], "automatic");
}

#[test]
fn batch_gives_one_line_per_file_and_keeps_going() {
    let missing = "tests/corpus/does-not-exist.eml";
    let out = run(&["preview", "--json", QUESTION, missing, REPLY]);
    assert!(
        !out.status.success(),
        "a failed file makes the exit status non-zero"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["file"], QUESTION);
    assert!(lines[0]["questions"].is_array());
    assert_eq!(lines[1]["file"], missing);
    assert!(
        lines[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains(missing))
    );
    assert_eq!(lines[2]["file"], REPLY);
}

#[test]
fn a_folder_previews_every_eml_in_it() {
    let out = run(&["classify-reply", "--json", "tests/corpus/shared/replies"]);
    assert!(out.status.success());
    let n = std::fs::read_dir("tests/corpus/shared/replies")
        .expect("folder")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "eml"))
        })
        .count();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), n);
}

#[test]
fn single_bad_file_names_it_and_fails() {
    let out = run(&["preview", "--json", "nope/missing.eml"]);
    assert!(!out.status.success());
    assert!(
        out.stdout.is_empty(),
        "nothing on stdout for a failed single file"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nope/missing.eml"), "{err}");

    let dir = tempdir("notmail");
    let junk = dir.join("junk.eml");
    std::fs::write(&junk, b"").expect("write");
    let out = run(&["preview", "--json", junk.to_str().expect("utf-8 path")]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("junk.eml") && err.contains("empty"), "{err}");
}

#[test]
fn human_readable_output() {
    let out = run(&["preview", QUESTION]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Questions (3):"), "{text}");
    assert!(
        text.contains("--- draft to alice@moreau-florist.com"),
        "{text}"
    );
    let out = run(&["classify-reply", REPLY]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Decision: accept"));
}

#[test]
fn check_passes_on_the_example_and_names_a_bad_key() {
    let out = run(&["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("templates"), "{text}");

    let dir = tempdir("badcfg");
    let cfg = dir.join("fiveminute.toml");
    let example = std::fs::read_to_string("config/fiveminute.toml").expect("example");
    std::fs::write(
        &cfg,
        example.replace("hourly_rate = 250.0", "hourly_rat = 250.0"),
    )
    .expect("write");
    let out = run(&["check", "--config", cfg.to_str().expect("utf-8 path")]);
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("hourly_rat") && text.contains("fiveminute.toml"),
        "{text}"
    );
}

#[test]
fn check_reports_a_broken_template_with_its_file() {
    let dir = tempdir("badtpl");
    std::fs::create_dir_all(dir.join("templates/de")).expect("dir");
    std::fs::create_dir_all(dir.join("config")).expect("dir");
    for name in ["handoff.txt", "notice.txt"] {
        std::fs::copy(
            format!("templates/{name}"),
            dir.join("templates").join(name),
        )
        .expect("copy");
    }
    for name in ["reply.txt", "subject.txt", "reminder.txt", "phrases.toml"] {
        std::fs::copy(
            format!("templates/de/{name}"),
            dir.join("templates/de").join(name),
        )
        .expect("copy");
    }
    // The firm writes in German, and its German reply template is broken.
    std::fs::write(
        dir.join("templates/de/reply.txt"),
        "Hallo {{ client.first_name\n",
    )
    .expect("write");
    std::fs::copy("config/answers.toml", dir.join("config/answers.toml")).expect("copy");
    let cfg = dir.join("config/fiveminute.toml");
    let toml = std::fs::read_to_string("config/fiveminute.toml").expect("read");
    std::fs::write(&cfg, toml.replace("language = \"en\"", "language = \"de\"")).expect("write");
    let out = run(&["check", "--config", cfg.to_str().expect("utf-8 path")]);
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("de/reply.txt"), "{text}");
}

#[test]
fn help_explains_the_commands() {
    let out = run(&["--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["preview", "classify-reply", "check"] {
        assert!(text.contains(cmd), "{text}");
    }
    let out = run(&["preview", "--help"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing is stored"));
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("fm-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    assert!(Path::new(&dir).is_dir());
    dir
}

fn preview_of(raw: &str) -> Value {
    let dir = std::env::temp_dir().join(format!("fm-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let path = dir.join(format!("{n}.eml"));
    std::fs::write(&path, raw).expect("write");
    let out = run(&["preview", "--json", path.to_str().expect("utf-8")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(&out)
}

#[test]
fn a_huge_email_is_a_long_brief_not_thousands_of_questions() {
    // 3,000 questions on one line: found 12,136 questions and a $101,125 quote before the bound.
    let mut raw = String::from(
        "From: Alice <alice@moreau-florist.com>\nTo: help@hallpartners.example\nSubject: all of it\n\
         Message-ID: <huge@moreau-florist.com>\n\n",
    );
    for i in 0..3000 {
        raw.push_str(&format!(
            "Can you check invoice number {i} for the VAT amount? "
        ));
    }
    raw.push('\n');
    let v = preview_of(&raw);
    let qs = v["questions"].as_array().expect("questions");
    assert!(!qs.is_empty() && qs.len() <= 30, "{} questions", qs.len());
    let problems = v["problems"].to_string();
    assert!(problems.contains("a long brief"), "{problems}");
    let total = v["quote"]["total"].as_f64().unwrap_or(0.0);
    assert!(total < 10_000.0, "quote {total}");
    assert!(serde_json::to_string(&v).expect("json").len() < 400_000);
}

#[test]
fn reply_to_elsewhere_is_not_followed_and_is_shown() {
    let v = preview_of(
        "From: Alice Moreau <alice@moreau-florist.com>\nReply-To: mallory@third-party.example\n\
         To: help@hallpartners.example\nSubject: VAT\nMessage-ID: <rt1@moreau-florist.com>\n\n\
         Can you file my VAT return by Friday?\n",
    );
    assert_eq!(v["draft"]["to"]["address"], "alice@moreau-florist.com");
    assert_eq!(v["draft"]["to"]["name"], "Alice Moreau");
    let w = v["draft"]["warnings"].to_string();
    assert!(w.contains("mallory@third-party.example"), "{w}");

    // Within the sender's domain it is followed, with its own name (never the From name).
    let v = preview_of(
        "From: Alice Moreau <alice@moreau-florist.com>\n\
         Reply-To: mallory@third-party.example, Accounts <accounts@moreau-florist.com>\n\
         To: help@hallpartners.example\nSubject: VAT\nMessage-ID: <rt2@moreau-florist.com>\n\n\
         Can you file my VAT return by Friday?\n",
    );
    assert_eq!(v["draft"]["to"]["address"], "accounts@moreau-florist.com");
    assert_eq!(v["draft"]["to"]["name"], "Accounts");
    assert!(
        v["draft"]["warnings"]
            .to_string()
            .contains("several Reply-To")
    );

    // Our own address is never a recipient.
    let v = preview_of(
        "From: Alice Moreau <alice@moreau-florist.com>\nReply-To: help@hallpartners.example\n\
         To: help@hallpartners.example\nSubject: VAT\nMessage-ID: <rt3@moreau-florist.com>\n\n\
         Can you file my VAT return by Friday?\n",
    );
    assert_eq!(v["draft"]["to"]["address"], "alice@moreau-florist.com");
    assert!(
        v["draft"]["warnings"]
            .to_string()
            .contains("our own address")
    );
}

#[test]
fn a_mangled_from_gives_no_reply_address() {
    // mail-parser repairs this header to `script/scriptcarol2@client-d.example`.
    let v = preview_of(
        "From: <script>alert(1)</script>carol2@client-d.example\nTo: help@hallpartners.example\n\
         Subject: hi\nMessage-ID: <xss@client-d.example>\n\nCan you file my return by Friday?\n",
    );
    assert!(v["draft"]["to"].is_null(), "{}", v["draft"]);
    assert!(
        v["draft"]["warnings"]
            .to_string()
            .contains("no valid reply address")
    );
}

/// Ops' lexicon files (`[lexicon] files`) reach the splitter and the guard, and a bad one stops
/// `check` with its name.
#[test]
fn an_ops_lexicon_file_is_read_and_a_bad_one_is_named() {
    let dir = tempdir("lexicon");
    let extra = dir.join("fi.toml");
    std::fs::write(
        &extra,
        "language = \"fi\"\n[split]\nrequest = [\"lähettäkää\"]\n",
    )
    .expect("write");
    let mail = dir.join("fi.eml");
    std::fs::write(
        &mail,
        "From: Aino <aino@client.example>\nTo: help@hallpartners.example\nSubject: lasku\n\nHei,\n\nlähettäkää maaliskuun lasku uudelleen.\n\nAino\n",
    )
    .expect("write");
    let preview = |files: Option<&Path>| {
        let mut cmd = Command::new(BIN);
        cmd.args(["preview", "--json", mail.to_str().expect("utf-8")])
            .env_remove("FIVEMINUTE_CONFIG");
        if let Some(f) = files {
            cmd.env("FIVEMINUTE__LEXICON__FILES", f);
        }
        let out = cmd.output().expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        json(&out)["questions"].as_array().expect("questions").len()
    };
    assert_eq!(preview(None), 0, "no Finnish cue is built in");
    assert_eq!(
        preview(Some(&extra)),
        1,
        "the ops file's cue makes it a request"
    );

    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[split]\nrequest = 3\n").expect("write");
    let out = Command::new(BIN)
        .arg("check")
        .env_remove("FIVEMINUTE_CONFIG")
        .env("FIVEMINUTE__LEXICON__FILES", &bad)
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("bad.toml"), "{text}");
}

#[test]
fn learn_from_sent_then_preview_suggests_the_firms_answer() {
    let dir = tempdir("learn");
    let db = dir.join("fiveminute.db");
    let learn = |args: &[&str]| {
        Command::new(BIN)
            .arg("learn")
            .args(args)
            .env_remove("FIVEMINUTE_CONFIG")
            .env("FIVEMINUTE__STORE__PATH", &db)
            .output()
            .expect("runs")
    };
    let out = learn(&["--from-sent", "tests/corpus/learnA/sent"]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{err}");
    assert!(err.contains("read 60 past replies"), "{err}");
    assert!(err.contains("known already"), "{err}");
    // Twice adds nothing.
    let out = learn(&["--from-sent", "tests/corpus/learnA/sent"]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(err.contains("; 0 new,"), "{err}");

    // An mbox of two replies, one with a ">From " line in its body.
    let a = std::fs::read("tests/corpus/learnA/sent/cur/001.eml").expect("read");
    let b = std::fs::read("tests/corpus/learnA/sent/cur/002.eml").expect("read");
    let mut mbox = b"From daniel@example.org Tue Jan 14 12:00:00 2025\n".to_vec();
    mbox.extend_from_slice(&a);
    mbox.extend_from_slice(
        b"\n>From the desk of Daniel\n\nFrom daniel@example.org Tue Jan 14 13:00:00 2025\n",
    );
    mbox.extend_from_slice(&b);
    let mbox_path = dir.join("Sent.mbox");
    std::fs::write(&mbox_path, mbox).expect("write");
    let out = learn(&[
        "--from-sent",
        mbox_path.to_str().expect("utf-8"),
        "--dry-run",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l["answer"].as_str().is_some_and(|a| a.contains("CHF 380"))),
        "{lines:?}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("read 2 past replies"));

    // A path that is not there is named.
    let out = learn(&["--from-sent", "no/such/Sent"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/Sent"));

    // Preview, pointed at the database, answers with what was learned.
    let mail = dir.join("new.eml");
    std::fs::write(
        &mail,
        "From: Lena Roth <lena@client.example>\nTo: help@hallpartners.example\nSubject: Fees\n\nHello,\n\nHow much do you charge for a tax return?\n\nLena\n",
    )
    .expect("write");
    let out = Command::new(BIN)
        .args(["preview", "--json", mail.to_str().expect("utf-8")])
        .env_remove("FIVEMINUTE_CONFIG")
        .env("FIVEMINUTE__STORE__PATH", &db)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let p = json(&out);
    let q = &p["questions"][0];
    assert_eq!(q["source"]["kind"], "learned", "{q}");
    assert!(
        q["answer"].as_str().is_some_and(|a| a.contains("CHF 380")),
        "{q}"
    );
    assert_eq!(q["needs_answer"], false);
    assert!(
        q["source"]["by"].as_str().is_some_and(|b| !b.is_empty()),
        "{q}"
    );
    // Without the database, the same question is open.
    let p = preview_of(&std::fs::read_to_string(&mail).expect("read"));
    assert_ne!(p["questions"][0]["source"]["kind"], "learned");
}

#[test]
fn backup_without_a_database_says_so_once_and_writes_nothing() {
    let dir = std::env::temp_dir().join(format!("fm-cli-backup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let missing = dir.join("none.db");
    let copy = dir.join("copy.db");
    let out = Command::new(BIN)
        .args([
            "backup",
            copy.to_str().expect("utf-8"),
            "--config",
            "config/fiveminute.toml",
        ])
        .env_remove("FIVEMINUTE_CONFIG")
        .env("FIVEMINUTE__STORE__PATH", &missing)
        .output()
        .expect("the binary runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("there is no database at").count(), 1, "{err}");
    assert!(err.contains(&missing.display().to_string()), "{err}");
    assert!(!copy.exists());
    let _ = std::fs::remove_dir_all(&dir);
}
