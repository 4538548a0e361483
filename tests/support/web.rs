//! The review page's router on a daemon's state in a temp folder, with a worker drafting what
//! arrives, and the requests the web tests make: log in, post a form, read a page.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use fiveminute::clock::{SharedClock, SystemClock};
use fiveminute::daemon::Daemon;
use fiveminute::pipeline::{Pipeline, worker};
use fiveminute::review::{AppState, auth, router};
use fiveminute::store::NewMessage;
use http_body_util::BodyExt;
use tower::ServiceExt;

pub struct Env {
    pub dir: std::path::PathBuf,
    pub ctx: Arc<Daemon>,
    pub app: axum::Router,
    pub worker: tokio_util::sync::CancellationToken,
    pub worker_task: tokio::task::JoinHandle<()>,
}

pub async fn env() -> Env {
    env_with("").await
}

/// An environment whose configuration file is changed by `edit` first.
pub async fn env_edited(edit: impl Fn(String) -> String) -> Env {
    let dir = super::temp_dir("review");
    let cfg_path = super::daemon_config(
        &dir,
        None,
        "production_address = \"production@hallpartners.example\"",
    );
    let text = std::fs::read_to_string(&cfg_path).expect("config");
    std::fs::write(&cfg_path, edit(text)).expect("config");
    let e = open_env(&dir).await;
    add_users(&e).await;
    e
}

async fn add_users(e: &Env) {
    for (name, role) in [
        ("mia", "manager"),
        ("otto", "ops"),
        ("ada", "admin"),
        ("pat", "production"),
    ] {
        let hash = auth::hash_password("correct horse battery").expect("hash");
        e.ctx.store.add_user(name, role, &hash).await.expect("user");
    }
}

/// An environment whose `[review]` section has `review` added.
pub async fn env_with(review: &str) -> Env {
    let dir = super::temp_dir("review");
    let cfg_path = super::daemon_config(
        &dir,
        None,
        "production_address = \"production@hallpartners.example\"",
    );
    let text = std::fs::read_to_string(&cfg_path).expect("config");
    let text = text.replacen("[review]\n", &format!("[review]\n{review}\n"), 1);
    std::fs::write(&cfg_path, text).expect("config");
    let e = open_env(&dir).await;
    add_users(&e).await;
    e
}

/// The daemon's state and the router on the configuration and database in `dir`.
pub async fn open_env(dir: &std::path::Path) -> Env {
    let config = super::load(&dir.join("fiveminute.toml"));
    let clock: SharedClock = Arc::new(SystemClock);
    let store = super::open_store(dir, fiveminute::store::Access::Daemon, Arc::clone(&clock)).await;
    let ctx = Arc::new(Daemon {
        pipeline: Arc::new(Pipeline::new(config.clone()).expect("pipeline")),
        config,
        store,
        clock: Arc::clone(&clock),
        nudge: tokio::sync::Notify::new(),
        outbox_nudge: tokio::sync::Notify::new(),
        env: HashMap::new(),
        health: Arc::new(fiveminute::daemon::health::Health::new(Arc::clone(&clock))),
    });
    let cancel = tokio_util::sync::CancellationToken::new();
    let worker_task = tokio::spawn({
        let (ctx, cancel) = (Arc::clone(&ctx), cancel.clone());
        async move {
            worker::run(ctx, cancel)
                .await
                .expect("the worker stops cleanly");
        }
    });
    let app = router(AppState::new(Arc::clone(&ctx)));
    Env {
        dir: dir.to_path_buf(),
        ctx,
        app,
        worker: cancel,
        worker_task,
    }
}

impl Env {
    /// Stops the worker and lets go of the database (as a daemon does when it stops).
    pub async fn close(self) -> std::path::PathBuf {
        self.worker.cancel();
        self.worker_task.await.expect("the worker ends");
        let Env { dir, ctx, app, .. } = self;
        drop(app);
        assert_eq!(Arc::strong_count(&ctx), 1, "nothing else holds the daemon");
        ctx.store.close().await;
        dir
    }

    pub fn app(&self) -> axum::Router {
        self.app.clone()
    }

    pub async fn send(&self, req: Request<Body>) -> Response<Body> {
        self.app().oneshot(req).await.expect("responds")
    }

    /// Posts a form as the holder of `cookie`; the answer's status.
    pub async fn post(&self, path: &str, cookie: &str, form: &str) -> StatusCode {
        self.send(post_form(path, cookie, form)).await.status()
    }

    /// Logs in through the form; returns (session cookie header, csrf token).
    pub async fn login(&self, name: &str) -> (String, String) {
        let page = self
            .send(Request::get("/login").body(Body::empty()).expect("request"))
            .await;
        let login_cookie = set_cookie(&page, auth::LOGIN_COOKIE).expect("login cookie");
        let html = text(page).await;
        let csrf = between(&html, "name=\"csrf\" value=\"", "\"");
        let form = format!("name={name}&password=correct+horse+battery&csrf={csrf}&next=%2F");
        let resp = self
            .send(
                Request::post("/login")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(
                        header::COOKIE,
                        format!("{}={login_cookie}", auth::LOGIN_COOKIE),
                    )
                    .body(Body::from(form))
                    .expect("request"),
            )
            .await;
        assert_eq!(resp.status(), StatusCode::SEE_OTHER, "login of {name}");
        let session = set_cookie(&resp, auth::COOKIE).expect("session cookie");
        let cookie = format!("{}={session}", auth::COOKIE);
        let inbox = text(self.send(get("/", &cookie)).await).await;
        let csrf = between(&inbox, "data-csrf=\"", "\"");
        (cookie, csrf)
    }

    /// Stores a client's reply to one of our quotes and waits for it to be drafted as a reply
    /// a person must read; returns its id.
    pub async fn drafted_reply(&self, raw: &str) -> i64 {
        self.ctx
            .store
            .store_incoming(
                "help",
                &[NewMessage {
                    source_key: format!("test:{}", rand_key()),
                    raw: raw.as_bytes().to_vec(),
                }],
                None,
            )
            .await
            .expect("stores");
        self.ctx.nudge.notify_one();
        for _ in 0..200 {
            if let Some(r) = self
                .ctx
                .store
                .review_list(&["drafted"], true, 50)
                .await
                .expect("inbox")
                .into_iter()
                .find(|r| r.kind == "reply")
            {
                return r.id;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("no drafted reply");
    }

    /// Stores a client email and waits for its draft; returns its id.
    pub async fn drafted(&self, raw: &str) -> i64 {
        let key = format!("test:{}", rand_key());
        self.ctx
            .store
            .store_incoming(
                "help",
                &[NewMessage {
                    source_key: key,
                    raw: raw.as_bytes().to_vec(),
                }],
                None,
            )
            .await
            .expect("stores");
        self.ctx.nudge.notify_one();
        for _ in 0..200 {
            if let Some(r) = self
                .ctx
                .store
                .queue(Some("drafted"), 100)
                .await
                .expect("queue")
                .first()
            {
                return r.id;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("no draft");
    }
}

pub fn rand_key() -> u64 {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
}

pub fn get(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .expect("request")
}

pub fn post_form(path: &str, cookie: &str, form: &str) -> Request<Body> {
    Request::post(path)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form.to_string()))
        .expect("request")
}

pub fn set_cookie(resp: &Response<Body>, name: &str) -> Option<String> {
    resp.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            v.strip_prefix(&format!("{name}="))
                .map(|rest| rest.split(';').next().unwrap_or("").to_string())
        })
        .filter(|v| !v.is_empty())
}

pub async fn text(resp: Response<Body>) -> String {
    String::from_utf8_lossy(&resp.into_body().collect().await.expect("body").to_bytes())
        .into_owned()
}

pub fn between(s: &str, start: &str, end: &str) -> String {
    let i = s
        .find(start)
        .unwrap_or_else(|| panic!("{start} not in page"))
        + start.len();
    s[i..].split(end).next().unwrap_or("").to_string()
}

pub const MAIL: &str = "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
Subject: <script>alert('subject')</script> Contract\r\nMessage-ID: <m1@client.example>\r\n\r\n\
Hi,\r\n\r\nCan you review the supplier contract? <img src=x onerror=alert('body')>\r\n";

/// Form-encodes a value (every byte but letters and digits as %XX).
pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
