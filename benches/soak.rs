//! The soak that once killed the Maildir watcher (a span panic in tracing-subscriber): the real
//! daemon takes a stream of mail while `/api/inbox` is read in a loop, then a burst of large
//! mail. Prints the daemon's resident memory over time, the peak, and the memory a minute after
//! the burst; checks that every mail was stored and processed exactly once and that `/healthz`
//! stayed 200 all along.
//!
//!     cargo bench --bench soak     # 3,000 mails at 40/s, then 20 mails of 31.6 MB
//!
//! Under `cargo test` (no `--bench`, as CI runs it) a smaller round: 600 mails as fast as the
//! daemon takes them and 5 large ones, in well under two minutes.

#[path = "../tests/support/mod.rs"]
mod support;

use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use support::{daemon_config, message, reader, temp_dir};

fn rss_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1024.0
}

fn deliver(maildir: &Path, name: &str, raw: &[u8]) {
    let tmp = maildir.join("tmp").join(name);
    std::fs::write(&tmp, raw).expect("write tmp");
    std::fs::rename(&tmp, maildir.join("new").join(name)).expect("rename into new");
}

/// A plain HTTP GET on a fresh connection; the status code and the body's length.
fn get(addr: &str, path: &str, token: &str) -> (u16, usize) {
    let Ok(mut s) = TcpStream::connect(addr) else {
        return (0, 0);
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let _ = write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"
    );
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out);
    let code = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, out.len())
}

/// About `mib` MiB: half of them a long text body, half a base64 attachment.
fn large(i: usize, mib: f64) -> Vec<u8> {
    let target = (mib * 1024.0 * 1024.0) as usize;
    let mut m = format!(
        "From: Big Client {i} <big{i}@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: The whole archive {i}\r\nMessage-ID: <large-{i}@client.example>\r\n\
         Date: Sun, 06 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
    )
    .into_bytes();
    if i.is_multiple_of(2) {
        m.extend_from_slice(b"Content-Type: text/plain; charset=utf-8\r\n\r\n");
        m.extend_from_slice(b"Could you check the figures below before Friday?\r\n");
        let line = b"Line of the ledger: 2026-11-30 invoice 4711 paid 1,250.00 EUR by transfer\r\n";
        while m.len() < target {
            m.extend_from_slice(line);
        }
    } else {
        m.extend_from_slice(
            b"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
              Content-Type: text/plain\r\n\r\nPlease file the scans attached. Can you do it this week?\r\n\
              --b\r\nContent-Type: application/pdf; name=\"scans.pdf\"\r\n\
              Content-Transfer-Encoding: base64\r\n\r\n",
        );
        let line =
            b"JVBERi0xLjcKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29k\r\n";
        while m.len() < target {
            m.extend_from_slice(line);
        }
        m.extend_from_slice(b"--b--\r\n");
    }
    m
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (mails, rate, bursts, burst_mib) = if full {
        (3_000usize, Some(40.0), 20usize, 31.6)
    } else {
        (600, None, 5, 31.6)
    };
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let dir = temp_dir("soak");
    daemon_config(&dir, None, "");
    let maildir = dir.join("Maildir");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).expect("maildir");
    }
    let token = fiveminute::review::auth::random_token();
    rt.block_on(async {
        let store = fiveminute::store::Store::open_sqlite(
            &dir.join("fiveminute.db"),
            Arc::new(fiveminute::clock::SystemClock),
        )
        .await
        .expect("store");
        let hash = fiveminute::review::auth::hash_password("correct horse battery").expect("hash");
        let uid = store
            .add_user("soak", "manager", &hash)
            .await
            .expect("user");
        store
            .add_api_token(uid, &fiveminute::review::auth::token_hash(&token), "soak")
            .await
            .expect("token");
        store.close().await;
    });
    let mut child = Command::new(env!("CARGO_BIN_EXE_fiveminute"))
        .args(["run", "--config"])
        .arg(dir.join("fiveminute.toml"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the daemon starts");
    let pid = child.id();
    let store = rt.block_on(reader(&dir));
    let addr = rt.block_on(support::review_address(&store));
    let start = Instant::now();
    let idle = rss_mib(pid);

    // RSS every 250 ms, and the API read in a loop, both until told to stop.
    let done = Arc::new(AtomicBool::new(false));
    let samples = Arc::new(std::sync::Mutex::new(Vec::<(f64, f64)>::new()));
    let sampler = {
        let (done, samples) = (Arc::clone(&done), Arc::clone(&samples));
        std::thread::spawn(move || {
            while !done.load(Ordering::SeqCst) {
                let t = start.elapsed().as_secs_f64();
                samples.lock().expect("lock").push((t, rss_mib(pid)));
                std::thread::sleep(Duration::from_millis(250));
            }
        })
    };
    let reads = Arc::new(AtomicU64::new(0));
    let unhealthy = Arc::new(AtomicU64::new(0));
    let reader_thread = {
        let (done, reads, unhealthy) = (
            Arc::clone(&done),
            Arc::clone(&reads),
            Arc::clone(&unhealthy),
        );
        let (addr, token) = (addr.clone(), token.clone());
        std::thread::spawn(move || {
            let mut i = 0u64;
            while !done.load(Ordering::SeqCst) {
                let (code, _) = get(&addr, "/api/inbox", &token);
                assert_eq!(code, 200, "/api/inbox answered {code}");
                reads.fetch_add(1, Ordering::SeqCst);
                i += 1;
                if i.is_multiple_of(50) && get(&addr, "/healthz", "").0 != 200 {
                    unhealthy.fetch_add(1, Ordering::SeqCst);
                }
            }
        })
    };

    // Phase 1: the stream.
    let t1 = Instant::now();
    for i in 0..mails {
        deliver(&maildir, &format!("{i}.soak.host"), &message("soak", i));
        if let Some(r) = rate {
            let due = t1 + Duration::from_secs_f64((i + 1) as f64 / r);
            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                std::thread::sleep(wait);
            }
        }
    }
    rt.block_on(support::wait_for(
        &store,
        Duration::from_secs(120),
        "the stream drafted",
        |c| c.values().sum::<i64>() == mails as i64 && support::n(c, "received") == 0,
    ));
    let stream_secs = t1.elapsed().as_secs_f64();
    let after_stream = rss_mib(pid);

    // Phase 2: the burst of large mail.
    let bodies: Vec<Vec<u8>> = (0..bursts).map(|i| large(i, burst_mib)).collect();
    let t2 = Instant::now();
    let at2 = start.elapsed().as_secs_f64();
    for (i, b) in bodies.iter().enumerate() {
        deliver(&maildir, &format!("{i}.large.host"), b);
    }
    drop(bodies);
    rt.block_on(support::wait_for(
        &store,
        Duration::from_secs(180),
        "the burst processed",
        |c| c.values().sum::<i64>() == (mails + bursts) as i64 && support::n(c, "received") == 0,
    ));
    let burst_secs = t2.elapsed().as_secs_f64();
    let t3 = Instant::now();
    // Back down: wait up to a minute for the memory to be given back.
    let mut back_after = None;
    while t3.elapsed() < Duration::from_secs(60) {
        if rss_mib(pid) < 100.0 {
            back_after = Some(t3.elapsed().as_secs_f64());
            break;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    let settled = rss_mib(pid);
    done.store(true, Ordering::SeqCst);
    sampler.join().expect("sampler");
    reader_thread
        .join()
        .expect("the API answered 200 every time");
    let health = get(&addr, "/healthz", "").0;

    let counts = rt.block_on(store.counts()).expect("counts");
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    let ids = rt.block_on(store.drafted_message_ids()).expect("ids");
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(pid.to_string())
        .status();
    let status = child.wait().expect("exits");
    let mut log = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut log);
    }

    let samples = samples.lock().expect("lock").clone();
    let peak = samples.iter().map(|s| s.1).fold(0.0, f64::max);
    let burst_peak = samples
        .iter()
        .filter(|s| s.0 >= at2)
        .map(|s| s.1)
        .fold(0.0, f64::max);
    println!(
        "soak ({})",
        if full {
            "full"
        } else {
            "small round under cargo test"
        }
    );
    println!(
        "  stream: {mails} mails in {stream_secs:.1} s ({:.0}/s) while /api/inbox was read {} times",
        mails as f64 / stream_secs,
        reads.load(Ordering::SeqCst)
    );
    println!("  burst: {bursts} mails of {burst_mib} MB processed in {burst_secs:.1} s");
    println!("  resident memory (MiB) over time:");
    let mut next = 0.0;
    let mut line = String::new();
    for (t, r) in &samples {
        if *t >= next {
            line.push_str(&format!(" {t:.0}s:{r:.0}"));
            next = t + if full { 5.0 } else { 2.0 };
        }
    }
    println!("   {line}");
    println!(
        "  RSS: idle {idle:.1} MiB, after the stream {after_stream:.1} MiB, peak {peak:.1} MiB \
         (during the burst {burst_peak:.1}), {settled:.1} MiB {}",
        match back_after {
            Some(s) => format!("{s:.1} s after the burst was processed"),
            None => "a minute after the burst (still above 100 MiB)".into(),
        }
    );
    println!(
        "  stored {total}, drafted {} ({} distinct), /healthz {health}, unhealthy checks {}",
        ids.len(),
        unique.len(),
        unhealthy.load(Ordering::SeqCst)
    );
    assert_eq!(
        total,
        (mails + bursts) as i64,
        "every mail stored once: {counts:?}"
    );
    assert_eq!(ids.len(), unique.len(), "nothing drafted twice");
    assert_eq!(health, 200, "healthy at the end");
    assert_eq!(unhealthy.load(Ordering::SeqCst), 0, "healthy all along");
    assert!(!log.contains("panicked"), "a panic in the log:\n{log}");
    assert!(
        status.success(),
        "the daemon stopped cleanly: {status}\n{log}"
    );
}
