//! A private PostgreSQL for a test run, and a database of its own for each test.
//!
//! `FIVEMINUTE_TEST_DB=postgres` runs the store, daemon, review, outbox and tracking tests on
//! PostgreSQL instead of SQLite (`scripts/test` runs them both ways). The first test that wants
//! it starts one server for its test binary: `initdb` and `pg_ctl` on a temp folder and a free
//! port on 127.0.0.1 (as the `postgres` user when the tests run as root, since initdb refuses
//! root). A watcher stops the server and removes its folder when the test binary exits. A
//! machine without PostgreSQL fails the test with the command that installs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// True when the tests run on PostgreSQL (`FIVEMINUTE_TEST_DB=postgres`).
pub fn enabled() -> bool {
    match std::env::var("FIVEMINUTE_TEST_DB").as_deref() {
        Ok("postgres") => true,
        Ok("sqlite") | Err(_) => false,
        Ok(other) => panic!("FIVEMINUTE_TEST_DB={other}: use sqlite or postgres"),
    }
}

struct Server {
    port: u16,
    bin: PathBuf,
    root: bool,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static DATABASES: AtomicU32 = AtomicU32::new(0);

/// The folder with initdb, pg_ctl and psql: on PATH, or Debian's /usr/lib/postgresql/N/bin.
fn bin_dir() -> PathBuf {
    if let Ok(out) = Command::new("sh")
        .args(["-c", "command -v initdb"])
        .output()
        && out.status.success()
    {
        let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        let real = std::fs::canonicalize(&p).unwrap_or(p);
        if let Some(dir) = real.parent() {
            return dir.to_path_buf();
        }
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|b| b.join("initdb").is_file())
        .collect();
    found.sort();
    found.pop().unwrap_or_else(|| {
        panic!(
            "PostgreSQL is not installed, and FIVEMINUTE_TEST_DB=postgres needs it: \
             sudo apt-get install postgresql (scripts/test installs it)"
        )
    })
}

/// Runs a PostgreSQL program, as `postgres` when we are root.
fn run(server_root: bool, bin: &Path, program: &str, args: &[&str]) -> std::process::Output {
    let exe = bin.join(program);
    let mut cmd = if server_root {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    cmd.args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()))
}

fn start() -> Server {
    let bin = bin_dir();
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let dir = super::temp_dir("pg");
    if root {
        let ok = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&dir)
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(ok, "cannot give {} to the postgres user", dir.display());
    }
    let data = dir.join("data");
    let data_s = data.display().to_string();
    let out = run(
        root,
        &bin,
        "initdb",
        &[
            "-D",
            &data_s,
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
        ],
    );
    assert!(
        out.status.success(),
        "initdb failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let port = free_port();
    let opts = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=300",
        dir.display()
    );
    let log = dir.join("server.log").display().to_string();
    let out = run(
        root,
        &bin,
        "pg_ctl",
        &["-D", &data_s, "-o", &opts, "-l", &log, "-w", "start"],
    );
    assert!(
        out.status.success(),
        "pg_ctl start failed: {}{}",
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    // The server goes when this test binary does (a test binary has no exit hook).
    let stop = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {as_pg}{pg_ctl} -D {data_s} -m immediate stop >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        as_pg = if root { "runuser -u postgres -- " } else { "" },
        pg_ctl = bin.join("pg_ctl").display(),
        dir = dir.display(),
    );
    // Started in the background by a shell that exits at once.
    let started = Command::new("sh")
        .args(["-c", &format!("( {stop} ) </dev/null >/dev/null 2>&1 &")])
        .status()
        .expect("the server's watcher starts");
    assert!(started.success(), "the server's watcher starts");
    Server { port, bin, root }
}

/// A port free on 127.0.0.1 a moment ago.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A new, empty database on the run's server: its URL (the server trusts 127.0.0.1).
pub fn new_database(tag: &str) -> String {
    let s = SERVER.get_or_init(start);
    let name = format!(
        "fm_{}_{}_{}",
        tag.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase(),
        std::process::id(),
        DATABASES.fetch_add(1, Ordering::SeqCst)
    );
    let port = s.port.to_string();
    let out = run(
        s.root,
        &s.bin,
        "psql",
        &[
            "-h",
            "127.0.0.1",
            "-p",
            &port,
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-q",
            "-c",
            &format!("CREATE DATABASE {name}"),
        ],
    );
    assert!(
        out.status.success(),
        "cannot create the test database {name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    format!("postgres://postgres@127.0.0.1:{port}/{name}")
}
