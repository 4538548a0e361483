//! Test harness: a private Dovecot per test on 127.0.0.1, daemon configurations in temp folders,
//! and test messages. A missing Dovecot fails the test with the command that installs it.

#![allow(dead_code)] // each test file uses a different part of this harness

use std::collections::HashMap;
use std::net::TcpStream as StdTcp;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use fiveminute::clock::SystemClock;
use fiveminute::config::Config;
use fiveminute::store::{Access, Store};

pub mod pg;
pub mod seed;
pub mod web;

pub const USER: &str = "help@example.test";
pub const PASSWORD: &str = "correct horse battery staple";
pub const PASSWORD_ENV: &str = "FM_TEST_IMAP_PASSWORD";

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh folder under the system's temp dir.
pub fn temp_dir(name: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("fm-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn dovecot_binary() -> PathBuf {
    for p in ["/usr/sbin/dovecot", "/usr/local/sbin/dovecot"] {
        if Path::new(p).is_file() {
            return PathBuf::from(p);
        }
    }
    panic!(
        "Dovecot is not installed, so the IMAP tests cannot run. Install it with \
         `apt-get install -y dovecot-imapd` (scripts/test does this when it is missing)."
    );
}

/// A private Dovecot instance.
#[derive(Debug)]
pub struct Dovecot {
    pub dir: PathBuf,
    pub port: u16,
    /// The implicit-TLS port, when started with [`Dovecot::start_tls`].
    pub tls_port: Option<u16>,
    conf: PathBuf,
    child: Option<Child>,
}

impl Dovecot {
    /// Starts an instance on a port of its own (a taken port is retried with another).
    pub fn start() -> Dovecot {
        Dovecot::start_with(false)
    }

    /// Starts an instance that also offers STARTTLS and implicit TLS, with a certificate for
    /// 127.0.0.1 signed by a private CA (`ca.pem` in [`Dovecot::dir`]).
    pub fn start_tls() -> Dovecot {
        Dovecot::start_with(true)
    }

    /// The private CA's certificate (TLS instances only).
    pub fn ca(&self) -> PathBuf {
        self.dir.join("ca.pem")
    }

    fn start_with(tls: bool) -> Dovecot {
        let bin = dovecot_binary();
        let dir = temp_dir("dovecot");
        let mail = dir.join("mail");
        std::fs::create_dir_all(&mail).expect("mail dir");
        std::os::unix::fs::chown(&mail, Some(5000), Some(5000)).expect("chown mail dir");
        std::fs::write(dir.join("users"), format!("{USER}:{PASSWORD}\n")).expect("users");
        let mut d = Dovecot {
            conf: dir.join("dovecot.conf"),
            dir,
            port: 0,
            tls_port: None,
            child: None,
        };
        if tls {
            make_certificates(&d.dir);
        }
        for _ in 0..30 {
            let port = 20_000 + (rand_u32() % 40_000) as u16;
            if tls {
                d.tls_port = Some(20_000 + (rand_u32() % 40_000) as u16);
            }
            if d.try_start(&bin, port) {
                return d;
            }
        }
        panic!(
            "Dovecot did not start on any port; see {}",
            d.dir.join("dovecot.log").display()
        );
    }

    fn write_conf(&self, port: u16) {
        let dir = self.dir.display();
        let name = self
            .dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (ssl, imaps) = match self.tls_port {
            Some(p) => (
                format!(
                    "ssl = yes\nssl_cert = <{dir}/cert.pem\nssl_key = <{dir}/key.pem\nssl_dh = </usr/share/dovecot/dh.pem"
                ),
                format!("address = 127.0.0.1\n    port = {p}\n    ssl = yes"),
            ),
            None => ("ssl = no".to_string(), "port = 0".to_string()),
        };
        let conf = format!(
            r#"instance_name = {name}
base_dir = {dir}/run
state_dir = {dir}/state
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {dir}/dovecot.log
first_valid_uid = 1000
mail_location = maildir:{dir}/mail/%u/Maildir
mailbox_idle_check_interval = 1 secs
verbose_proctitle = yes
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \Sent
    auto = create
  }}
  mailbox Drafts {{
    special_use = \Drafts
    auto = create
  }}
  mailbox Processed {{
    auto = create
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/users
}}
userdb {{
  driver = static
  args = uid=5000 gid=5000 home={dir}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    {imaps}
  }}
}}
"#
        );
        std::fs::write(&self.conf, conf).expect("dovecot.conf");
    }

    fn try_start(&mut self, bin: &Path, port: u16) -> bool {
        self.write_conf(port);
        let log = std::fs::File::create(self.dir.join("stdout.log")).expect("log");
        let mut child = Command::new(bin)
            .arg("-F")
            .arg("-c")
            .arg(&self.conf)
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("dovecot starts");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                // Exited: most likely the port was taken.
                return false;
            }
            if StdTcp::connect(("127.0.0.1", port)).is_ok()
                && self
                    .tls_port
                    .is_none_or(|p| StdTcp::connect(("127.0.0.1", p)).is_ok())
            {
                self.port = port;
                self.child = Some(child);
                return true;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        let _ = child.kill();
        let _ = child.wait();
        false
    }

    /// Stops the instance and waits for it to be gone.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill")
                .arg("-TERM")
                .arg(child.id().to_string())
                .status();
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        // Children (login and imap processes) exit with their master; wait for the port to free.
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline && StdTcp::connect(("127.0.0.1", self.port)).is_ok() {
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Kills the instance with SIGKILL, the master and every process it started, as when the
    /// machine's IMAP server dies; waits for the port to be free. [`Dovecot::restart`] starts it
    /// again.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let master = child.id();
            let children = children_of(master);
            let _ = child.kill();
            for pid in children {
                let _ = Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status();
            }
            let _ = child.wait();
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline && StdTcp::connect(("127.0.0.1", self.port)).is_ok() {
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The `imap` processes serving logged-in users, with their titles (`verbose_proctitle`
    /// shows the user, the address and the command, e.g. `[help@example.test 127.0.0.1 IDLE]`).
    pub fn imap_processes(&self) -> Vec<(u32, String)> {
        let Some(master) = self.child.as_ref().map(Child::id) else {
            return Vec::new();
        };
        children_of(master)
            .into_iter()
            .filter_map(|pid| {
                let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
                let title = String::from_utf8_lossy(&cmd).replace('\0', " ");
                let title = title.trim().to_string();
                (title.contains("/imap ") && title.contains(USER)).then_some((pid, title))
            })
            .collect()
    }

    /// The Maildir of the test user's INBOX (messages dropped into its `new/` while the server
    /// is down are found by it later, as an MTA's deliveries are).
    pub fn inbox_maildir(&self) -> PathBuf {
        self.dir.join("mail").join(USER).join("Maildir")
    }

    /// Delivers messages straight into the INBOX Maildir's `new/` (as an MTA's local delivery
    /// does; much faster than APPEND for thousands of messages). Dovecot finds them on its next
    /// look at the folder.
    pub fn deliver(&self, messages: &[Vec<u8>]) {
        let user = self.dir.join("mail").join(USER);
        let maildir = user.join("Maildir");
        for sub in ["new", "cur", "tmp"] {
            std::fs::create_dir_all(maildir.join(sub)).expect("Maildir");
        }
        for (i, m) in messages.iter().enumerate() {
            let tmp = maildir.join("tmp").join(format!("{i}.fm"));
            std::fs::write(&tmp, m).expect("message");
            std::os::unix::fs::chown(&tmp, Some(5000), Some(5000)).expect("chown");
            std::fs::rename(
                &tmp,
                maildir.join("new").join(format!("1700000000.M{i}P1.test")),
            )
            .expect("deliver");
        }
        for d in [
            user.clone(),
            maildir.clone(),
            maildir.join("new"),
            maildir.join("cur"),
            maildir.join("tmp"),
        ] {
            std::os::unix::fs::chown(&d, Some(5000), Some(5000)).expect("chown");
        }
    }

    /// Starts the instance again on the same port.
    pub fn restart(&mut self) {
        self.stop();
        let bin = dovecot_binary();
        let port = self.port;
        for _ in 0..100 {
            if self.try_start(&bin, port) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("Dovecot did not restart on port {port}");
    }

    /// Runs doveadm against this instance.
    pub fn doveadm(&self, args: &[&str]) -> String {
        let out = Command::new("doveadm")
            .arg("-c")
            .arg(&self.conf)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("doveadm runs");
        assert!(
            out.status.success(),
            "doveadm {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Logs in as the test user.
    pub async fn session(&self) -> async_imap::Session<tokio::net::TcpStream> {
        Dovecot::session_on(self.port).await
    }

    /// Logs in as the test user on a port (for tasks that do not hold the instance).
    pub async fn session_on(port: u16) -> async_imap::Session<tokio::net::TcpStream> {
        let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .expect("connects");
        let mut client = async_imap::Client::new(tcp);
        client.read_response().await.expect("greeting");
        client
            .login(USER, PASSWORD)
            .await
            .map_err(|(e, _)| e)
            .expect("logs in")
    }

    /// Delivers messages with IMAP APPEND, as an MTA would.
    pub async fn append(&self, messages: &[Vec<u8>]) {
        let mut s = self.session().await;
        for m in messages {
            s.append("INBOX", None, None, m).await.expect("APPEND");
        }
        let _ = s.logout().await;
    }
}

/// The processes whose parent is `pid` (read from /proc).
pub fn children_of(pid: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|p| {
            std::fs::read_to_string(format!("/proc/{p}/stat"))
                .ok()
                .and_then(|stat| {
                    // "pid (comm) state ppid ...": comm may hold spaces, so read after the ')'.
                    let rest = &stat[stat.rfind(')')? + 1..];
                    rest.split_whitespace().nth(1)?.parse::<u32>().ok()
                })
                == Some(pid)
        })
        .collect()
}

/// Appends messages over an open session, one by one (an MTA delivering over time).
pub async fn append_with(mut s: async_imap::Session<tokio::net::TcpStream>, messages: &[Vec<u8>]) {
    for m in messages {
        s.append("INBOX", None, None, m).await.expect("APPEND");
    }
    let _ = s.logout().await;
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A private CA and a certificate for 127.0.0.1 and localhost signed by it (openssl).
fn make_certificates(dir: &Path) {
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("openssl runs (apt-get install -y openssl)");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=fiveminute test CA",
    ]);
    run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "key.pem",
        "-out",
        "leaf.csr",
        "-subj",
        "/CN=127.0.0.1",
    ]);
    std::fs::write(
        dir.join("leaf.ext"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
    )
    .expect("ext");
    run(&[
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "cert.pem",
        "-days",
        "2",
        "-extfile",
        "leaf.ext",
    ]);
}

#[allow(clippy::disallowed_methods)] // entropy for port numbers, not wall-clock logic
fn rand_u32() -> u32 {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    t.wrapping_mul(2_654_435_761) ^ (std::process::id() << 8) ^ n.wrapping_mul(40_503)
}

/// A real SMTP server (tests/servers/smtp_server.py on aiosmtpd) writing what it accepts to a
/// folder.
#[derive(Debug)]
pub struct Smtp {
    pub port: u16,
    pub dir: PathBuf,
    child: Option<Child>,
}

impl Smtp {
    /// Starts on a free port (chosen by the kernel) or on `port`.
    pub fn start(dir: &Path, port: Option<u16>) -> Smtp {
        Smtp::start_with(dir, port, &[])
    }

    /// Starts with server-wide options of tests/servers/smtp_server.py (`--no-greeting`).
    pub fn start_with(dir: &Path, port: Option<u16>, options: &[&str]) -> Smtp {
        use std::io::BufRead as _;
        for _ in 0..100 {
            let mut cmd = Command::new("python3");
            cmd.arg(repo().join("tests/servers/smtp_server.py"))
                .arg(dir)
                .args(options);
            if let Some(p) = port {
                cmd.arg("--port").arg(p.to_string());
            }
            let mut child = cmd
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("python3 runs");
            let mut line = String::new();
            let stdout = child.stdout.take().expect("stdout");
            let _ = std::io::BufReader::new(stdout).read_line(&mut line);
            if let Some(p) = line.trim().strip_prefix("listening ") {
                return Smtp {
                    port: p.parse().expect("a port"),
                    dir: dir.to_path_buf(),
                    child: Some(child),
                };
            }
            let status = child.wait().expect("exits");
            assert!(
                status.code() != Some(3),
                "aiosmtpd is not installed, so the SMTP tests cannot run. Install it with \
                 `pip install aiosmtpd` (scripts/test does this when it is missing)."
            );
            // The fixed port is not free yet (a server just stopped): try again shortly.
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("the test SMTP server did not start");
    }

    /// Stops the server.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// What it accepted, in order: (envelope, bytes).
    pub fn received(&self) -> Vec<(serde_json::Value, Vec<u8>)> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        names.retain(|p| p.extension().is_some_and(|x| x == "eml"));
        names.sort();
        names
            .into_iter()
            .map(|eml| {
                let env: serde_json::Value = serde_json::from_str(
                    &std::fs::read_to_string(eml.with_extension("json"))
                        .unwrap_or_else(|_| "{}".into()),
                )
                .unwrap_or_default();
                (env, std::fs::read(&eml).unwrap_or_default())
            })
            .collect()
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A test server of ours in Python (tests/servers/*.py): it prints "listening PORT" once ready
/// and is killed when dropped.
#[derive(Debug)]
pub struct PyServer {
    pub port: u16,
    child: Option<Child>,
}

impl PyServer {
    /// Runs `tests/servers/SCRIPT ARGS...` and waits for its port.
    pub fn start(script: &str, args: &[String]) -> PyServer {
        use std::io::BufRead as _;
        let mut child = Command::new("python3")
            .arg(repo().join("tests/servers").join(script))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs (apt-get install -y python3)");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        let _ = std::io::BufReader::new(stdout).read_line(&mut line);
        let Some(port) = line.trim().strip_prefix("listening ") else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("tests/servers/{script} did not start: {line:?}");
        };
        PyServer {
            port: port.parse().expect("a port"),
            child: Some(child),
        }
    }
}

impl Drop for PyServer {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A loopback proxy to `target` that paces what the server sends to `bytes_per_second` (a slow
/// link), tests/servers/slow_proxy.py.
pub fn slow_proxy(target: u16, bytes_per_second: u64) -> PyServer {
    PyServer::start(
        "slow_proxy.py",
        &[target.to_string(), bytes_per_second.to_string()],
    )
}

/// [`slow_proxy`] passing on whole IMAP responses only: when the server dies, the client sees
/// the connection end between two responses (what a server's death looks like when it dies
/// between writes, made certain).
pub fn slow_proxy_whole_responses(target: u16, bytes_per_second: u64) -> PyServer {
    PyServer::start(
        "slow_proxy.py",
        &[
            target.to_string(),
            bytes_per_second.to_string(),
            "--whole-responses".into(),
        ],
    )
}

/// The scripted IMAP server (tests/servers/imap_server.py) serving the `.eml` files of
/// `dir/mail`, with IDLE behaving as `idle` says (normal, none, exists, done, no).
#[derive(Debug)]
pub struct ScriptedImap {
    pub dir: PathBuf,
    pub server: PyServer,
    added: AtomicU32,
}

impl ScriptedImap {
    /// Starts a server on a folder of its own.
    pub fn start(dir: &Path, idle: &str) -> ScriptedImap {
        std::fs::create_dir_all(dir.join("mail")).expect("mail dir");
        let server = PyServer::start(
            "imap_server.py",
            &[dir.display().to_string(), "--idle".into(), idle.into()],
        );
        ScriptedImap {
            dir: dir.to_path_buf(),
            server,
            added: AtomicU32::new(0),
        }
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.server.port
    }

    /// Adds a message (the next UID); written aside and renamed, so it is never seen half-written.
    pub fn add(&self, raw: &[u8]) {
        let n = self.added.fetch_add(1, Ordering::SeqCst);
        let tmp = self.dir.join(format!("{n:06}.tmp"));
        std::fs::write(&tmp, raw).expect("message");
        std::fs::rename(&tmp, self.dir.join("mail").join(format!("{n:06}.eml"))).expect("rename");
    }

    /// How many command lines it has received (DONE included).
    pub fn commands(&self) -> usize {
        std::fs::read_to_string(self.dir.join("commands.log"))
            .map(|t| t.lines().count())
            .unwrap_or(0)
    }
}

/// The `[outbox]` of a test configuration: approvals go out at once (no undo window), unless a
/// test replaces this section.
pub const OUTBOX_BASE: &str = "[outbox]\nundo_seconds = 0\n";

/// Appends an `[outbox]` sending to the test SMTP server on `port` to a test configuration.
pub fn use_smtp(config: &Path, port: u16) {
    use_smtp_with(config, port, 10, 5);
}

/// `use_smtp` with a given step timeout and number of attempts (retries start after 1 s).
pub fn use_smtp_with(config: &Path, port: u16, timeout_seconds: u64, max_attempts: u32) {
    let mut text = std::fs::read_to_string(config)
        .expect("config")
        .replace(OUTBOX_BASE, "");
    text.push_str(&format!(
        "\n[outbox]\ntransport = \"smtp\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"plain\"\nretry_seconds = 1\nmax_attempts = {max_attempts}\ntimeout_seconds = {timeout_seconds}\nundo_seconds = 0\n"
    ));
    std::fs::write(config, text).expect("config");
}

/// A client email with a unique Message-ID and one question.
pub fn message(tag: &str, i: usize) -> Vec<u8> {
    format!(
        "From: Client {i} <client{i}@client.example>\r\n\
         To: Hall & Partners <help@hallpartners.example>\r\n\
         Subject: Question {i}\r\n\
         Message-ID: <{tag}-{i}@client.example>\r\n\
         Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n\
         Hi,\r\n\r\nCan you review the supplier contract number {i} before Friday?\r\n\r\nThanks,\r\nClient {i}\r\n"
    )
    .into_bytes()
}

/// [`message`] made about `size` bytes long with filler header fields (cheap to draft).
pub fn padded_message(tag: &str, i: usize, size: usize) -> Vec<u8> {
    let base = message(tag, i);
    let mut head = Vec::with_capacity(size + 100);
    let mut n = 0;
    while head.len() + base.len() < size {
        head.extend_from_slice(format!("X-Filler-{n}: {}\r\n", "abcdefghij".repeat(7)).as_bytes());
        n += 1;
    }
    head.extend_from_slice(&base);
    head
}

/// A message of about `size` bytes: one question and a base64 attachment.
pub fn large_message(tag: &str, i: usize, size: usize) -> Vec<u8> {
    let mut m = format!(
        "From: Big {i} <big{i}@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: scans {i}\r\nMessage-ID: <{tag}-{i}@client.example>\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\
         Could you check the attached scans?\r\n--b\r\nContent-Type: application/pdf\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n"
    );
    let line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\r\n";
    while m.len() < size {
        m.push_str(line);
    }
    m.push_str("--b--\r\n");
    m.into_bytes()
}

/// Sends a signal to a process by id.
pub fn signal(pid: u32, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &pid.to_string()])
        .status()
        .expect("kill runs")
        .success();
    assert!(ok, "kill {sig} {pid}");
}

/// The repository's folder (tests run from it).
pub fn repo() -> PathBuf {
    std::env::current_dir().expect("cwd")
}

/// Writes a daemon configuration for an IMAP mailbox on `port` (or a Maildir when `port` is
/// None) and returns its path.
pub fn daemon_config(dir: &Path, port: Option<u16>, extra_mailbox: &str) -> PathBuf {
    let repo = repo();
    let mailbox = match port {
        Some(port) => format!(
            r#"[[mailbox]]
name = "help"
address = "help@hallpartners.example"
kind = "imap"
host = "127.0.0.1"
port = {port}
security = "plain"
username = "{USER}"
password_env = "{PASSWORD_ENV}"
start = "all"
fetch_batch = 100
{extra_mailbox}
"#
        ),
        None => format!(
            r#"[[mailbox]]
name = "help"
address = "help@hallpartners.example"
kind = "maildir"
path = "{}"
rescan_seconds = 1
{extra_mailbox}
"#,
            dir.join("Maildir").display()
        ),
    };
    let text = format!(
        r#"[firm]
name = "Hall & Partners"
signer = "Tom Hall"
addresses = ["help@hallpartners.example"]
domain = "hallpartners.example"

[triage]
answers = "{answers}"

[[triage.rule]]
pattern = '\b(review|look over)\b.{{0,40}}\bcontract\b'
category = "work"
minutes = 90

[draft]
templates = "{templates}"

[store]
{db}

[worker]
poll_seconds = 1
shutdown_seconds = 5

[outbox]
undo_seconds = 0

[review]
listen = "127.0.0.1:0"

[metrics]
listen = "127.0.0.1:0"

{mailbox}"#,
        answers = repo.join("config/answers.toml").display(),
        templates = repo.join("templates").display(),
        db = if pg::enabled() {
            // The same database each time a test writes its configuration again, as the
            // SQLite file's path is.
            let keep = dir.join("postgres-url");
            let url = std::fs::read_to_string(&keep).unwrap_or_else(|_| {
                let url = pg::new_database("t");
                std::fs::write(&keep, &url).expect("postgres-url");
                url
            });
            format!("url = \"{url}\"")
        } else {
            format!("path = \"{}\"", dir.join("fiveminute.db").display())
        },
    );
    let path = dir.join("fiveminute.toml");
    std::fs::write(&path, text).expect("config");
    path
}

/// The environment the daemon gets in tests.
pub fn env() -> HashMap<String, String> {
    HashMap::from([(PASSWORD_ENV.to_string(), PASSWORD.to_string())])
}

/// Loads a test configuration.
pub fn load(path: &Path) -> Config {
    Config::load(Some(path), &env()).expect("test config loads")
}

/// The database the test configuration in `dir` names (SQLite, or PostgreSQL when the tests run
/// on it).
pub fn database(dir: &Path) -> fiveminute::store::Database {
    load(&dir.join("fiveminute.toml"))
        .database(&env())
        .expect("the test database")
}

/// Opens the test configuration's database for `access`, with `clock`.
pub async fn open_store(
    dir: &Path,
    access: Access,
    clock: fiveminute::clock::SharedClock,
) -> Store {
    Store::open(&database(dir), access, clock)
        .await
        .expect("the test database opens")
}

/// True once the daemon has made its database (SQLite: the file; PostgreSQL: its tables).
pub fn database_ready(dir: &Path) -> bool {
    match database(dir) {
        fiveminute::store::Database::Sqlite(path) => path.exists(),
        db => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(async {
                match Store::open(&db, Access::Read, std::sync::Arc::new(SystemClock)).await {
                    Ok(s) => {
                        let ready = s.tasks().await.is_ok();
                        s.close().await;
                        ready
                    }
                    Err(_) => false,
                }
            }),
    }
}

/// A second, writable connection to the test database: the review page's role.
pub async fn writer(dir: &Path) -> Store {
    open_store(dir, Access::Write, std::sync::Arc::new(SystemClock)).await
}

/// Opens the test database for reading.
pub async fn reader(dir: &Path) -> Store {
    let path = database(dir);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        match Store::open(&path, Access::Read, std::sync::Arc::new(SystemClock)).await {
            // The file exists as soon as the daemon opens it, before its migrations ran: wait
            // until the newest table is there.
            Ok(s) if s.tasks().await.is_ok() && s.counts().await.is_ok() => return s,
            Ok(s) if Instant::now() < deadline => {
                s.close().await;
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Ok(s) => return s,
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(e) => panic!("cannot open {path}: {e:#}"),
        }
    }
}

/// Waits until `done(counts)` holds, or fails after `limit` with the counts seen.
pub async fn wait_for(
    store: &Store,
    limit: Duration,
    what: &str,
    done: impl Fn(&HashMap<String, i64>) -> bool,
) -> HashMap<String, i64> {
    let deadline = Instant::now() + limit;
    loop {
        let counts: HashMap<String, i64> = store
            .counts()
            .await
            .unwrap_or_default()
            .into_iter()
            .collect();
        if done(&counts) {
            return counts;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}: {counts:?}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// The number in status `s`.
pub fn n(counts: &HashMap<String, i64>, s: &str) -> i64 {
    counts.get(s).copied().unwrap_or(0)
}

/// Waits until the daemon has written the review task's state and returns the address it
/// listens on (test daemons bind port 0).
pub async fn review_address(store: &Store) -> String {
    task_address(store, "review").await
}

/// The text of the daemon's `/metrics` (test daemons serve it on port 0).
pub async fn metrics_text(store: &Store) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = task_address(store, "metrics").await;
    let mut s = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connects to /metrics");
    s.write_all(
        format!("GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .expect("writes");
    let mut out = String::new();
    s.read_to_string(&mut out).await.expect("reads");
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    assert!(
        out.contains("content-type: text/plain; version=0.0.4"),
        "{out}"
    );
    out.split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default()
}

/// A sample's value in `/metrics` text: the line that starts with `series` (name and labels).
pub fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines().find_map(|l| {
        l.strip_prefix(series)?
            .strip_prefix(' ')?
            .trim()
            .parse()
            .ok()
    })
}

/// Waits until the daemon has written a task's state and returns the address it says it listens
/// on.
pub async fn task_address(store: &Store, task: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        // Until the daemon's migrations ran, the table is not there yet.
        let tasks = store.tasks().await.map(|t| t.0).unwrap_or_default();
        if let Some(a) = tasks
            .get(task)
            .and_then(|t| t.detail.as_deref())
            .and_then(|d| d.strip_prefix("listening on "))
        {
            return a.to_string();
        }
        assert!(
            Instant::now() < deadline,
            "the {task} task never said where it listens: {tasks:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The attachments of raw mail, as a mail client reads them: (file name, decoded bytes).
pub fn attachments(raw: &[u8]) -> Vec<(String, Vec<u8>)> {
    use mail_parser::MimeHeaders;
    mail_parser::MessageParser::default()
        .parse(raw)
        .expect("the mail parses")
        .attachments()
        .map(|a| {
            (
                a.attachment_name().unwrap_or("").to_string(),
                a.contents().to_vec(),
            )
        })
        .collect()
}

/// A daemon (or other child process) that is killed and reaped when the test lets go of it, also
/// when the test panics: a failing test leaves no `fiveminute run` behind.
pub struct KillOnDrop(pub Child);

impl KillOnDrop {
    /// Spawns `cmd`; `what` names it in the panic if it cannot start.
    pub fn spawn(cmd: &mut Command, what: &str) -> KillOnDrop {
        KillOnDrop(cmd.spawn().unwrap_or_else(|e| panic!("{what}: {e}")))
    }
}

impl std::ops::Deref for KillOnDrop {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.0
    }
}

impl std::ops::DerefMut for KillOnDrop {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        // Already exited (the test waited for it): nothing to do.
        if matches!(self.0.try_wait(), Ok(Some(_))) {
            return;
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `fiveminute run` on the configuration in `dir`, quiet (warnings only, no output kept): the
/// daemon the crash tests kill and restart.
pub fn quiet_daemon(dir: &Path) -> KillOnDrop {
    KillOnDrop::spawn(
        Command::new(env!("CARGO_BIN_EXE_fiveminute"))
            .args(["run", "--config"])
            .arg(dir.join("fiveminute.toml"))
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
        "the daemon starts",
    )
}
