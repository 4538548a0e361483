//! Stage 7, review: the client managers' web page (axum) and its JSON API.
//!
//! Input: drafts in the database. Output: edits, approvals (an outbox row in the same
//! transaction), discards and re-runs, each with an audit line. Pages are tera `.html`
//! templates compiled into the binary (autoescaped: email content is always shown as text), with
//! their CSS and JS served by the binary (no CDN; the machine may be offline).
//!
//! Every route but the login page and the static files needs a session or a bearer token
//! ([`auth`]). Managers review and send; ops see templates, the library and previews; admins
//! manage users.
//!
//! Every answer carries a strict Content-Security-Policy (no inline script or style: the pages
//! use only /static/app.js and /static/app.css), frame and sniffing protection, and all but
//! the static files `Cache-Control: no-store`, as they show client mail. A handler that panics
//! answers 500 and is logged at ERROR with its route; the connection is not dropped.

pub mod auth;
mod draft_page;
mod files;
mod find;
mod handlers;
mod learned;
pub mod ops_templates;

use std::any::Any;
use std::net::IpAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use tera::{Context, Tera};
use tokio_util::sync::CancellationToken;
use tracing::{error, info};

use crate::daemon::Daemon;

/// The page templates, compiled in.
const PAGES: &[(&str, &str)] = &[
    ("base.html", include_str!("web/base.html")),
    ("login.html", include_str!("web/login.html")),
    ("inbox.html", include_str!("web/inbox.html")),
    ("draft.html", include_str!("web/draft.html")),
    ("list.html", include_str!("web/list.html")),
    ("discarded.html", include_str!("web/discarded.html")),
    ("no-reply.html", include_str!("web/no-reply.html")),
    ("message.html", include_str!("web/message.html")),
    ("template.html", include_str!("web/template.html")),
    ("search.html", include_str!("web/search.html")),
    ("client.html", include_str!("web/client.html")),
    ("ops.html", include_str!("web/ops.html")),
    ("users.html", include_str!("web/users.html")),
    ("jobs.html", include_str!("web/jobs.html")),
    ("reports.html", include_str!("web/reports.html")),
    ("error.html", include_str!("web/error.html")),
    ("pager.html", include_str!("web/pager.html")),
    ("notes-history.html", include_str!("web/notes-history.html")),
];

const CSS: &str = include_str!("web/app.css");
const JS: &str = include_str!("web/app.js");

/// What the handlers share.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The daemon's shared state.
    pub ctx: Arc<Daemon>,
    tera: Arc<Tera>,
    /// `review.trusted_proxies`, parsed (validated when the configuration loaded).
    trusted_proxies: Arc<Vec<IpAddr>>,
}

impl AppState {
    /// Compiles the page templates.
    pub fn new(ctx: Arc<Daemon>) -> AppState {
        let mut tera = Tera::new();
        tera.add_raw_templates(PAGES.iter().copied())
            .expect("built-in page templates compile (checked by tests)");
        let trusted_proxies = ctx
            .config
            .review
            .trusted_proxies
            .iter()
            .filter_map(|p| p.trim().parse::<IpAddr>().ok())
            .map(|ip| ip.to_canonical())
            .collect();
        AppState {
            ctx,
            tera: Arc::new(tera),
            trusted_proxies: Arc::new(trusted_proxies),
        }
    }

    fn render(&self, name: &str, ctx: &Context) -> Result<Html<String>, AppError> {
        self.tera
            .render(name, ctx)
            .map(Html)
            .map_err(|e| AppError::Internal(format!("{:#}", anyhow::Error::from(e))))
    }
}

/// Errors a handler returns; logged once when they are the server's fault.
#[derive(Debug)]
pub enum AppError {
    /// 404.
    NotFound,
    /// 403 with a reason.
    Forbidden(String),
    /// 400 with a reason.
    BadRequest(String),
    /// 409: the draft moved on (approved or discarded elsewhere).
    Conflict(String),
    /// 429 with a reason.
    TooMany(String),
    /// 500; the detail goes to the log, not to the page.
    Internal(String),
    /// 422: answers still hold stubs; the 1-based numbers of those questions.
    Unanswered(Vec<usize>),
}

impl From<crate::store::StoreError> for AppError {
    fn from(e: crate::store::StoreError) -> Self {
        AppError::Internal(format!("{:#}", anyhow::Error::from(e)))
    }
}

impl From<crate::outbox::OutboxError> for AppError {
    fn from(e: crate::outbox::OutboxError) -> Self {
        match e {
            crate::outbox::OutboxError::Build { .. } => AppError::BadRequest(e.to_string()),
            crate::outbox::OutboxError::NoDraft(_) => AppError::NotFound,
            crate::outbox::OutboxError::Unanswered { questions, .. } => {
                AppError::Unanswered(questions)
            }
            other => AppError::Internal(format!("{:#}", anyhow::Error::from(other))),
        }
    }
}

impl AppError {
    fn status(&self) -> (StatusCode, String) {
        match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "Not found.".into()),
            AppError::Forbidden(m) => (StatusCode::FORBIDDEN, m.clone()),
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, m.clone()),
            AppError::Conflict(m) => (StatusCode::CONFLICT, m.clone()),
            AppError::TooMany(m) => (StatusCode::TOO_MANY_REQUESTS, m.clone()),
            AppError::Unanswered(q) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                format!(
                    "Not sent: question {} still needs an answer (a stub in brackets is left). Write the answer, then approve.",
                    q.iter()
                        .map(usize::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            AppError::Internal(detail) => {
                error!(error = %detail, "review page error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; it is in the log.".into(),
                )
            }
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message) = self.status();
        error_page(status, &message)
    }
}

/// A plain error page (built without templates, so that it works when they do not).
fn error_page(status: StatusCode, message: &str) -> Response {
    let body = format!(
        "<!doctype html><meta charset=utf-8><title>{code}</title><link rel=stylesheet href=/static/app.css>\
         <main class=narrow><h1>{code}</h1><p>{}</p><p><a href=/>Back to the inbox</a></p></main>",
        escape(message),
        code = status.as_u16()
    );
    (status, Html(body)).into_response()
}

/// An error for the JSON API.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(e: crate::store::StoreError) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = self.0.status();
        let body = match &self.0 {
            AppError::Unanswered(q) => serde_json::json!({ "error": message, "questions": q }),
            _ => serde_json::json!({ "error": message }),
        };
        (status, axum::Json(body)).into_response()
    }
}

/// HTML-escapes text for the few strings built outside templates.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The site's icon: a "5" on the brand's blue (browsers ask for /favicon.ico on every page).
const FAVICON: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f6feb"/><text x="16" y="23" font-family="sans-serif" font-size="19" font-weight="700" fill="#fff" text-anchor="middle">5</text></svg>"##;

async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "max-age=86400"),
        ],
        FAVICON,
    )
}

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=300"),
        ],
        CSS,
    )
}

async fn js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=300"),
        ],
        JS,
    )
}

/// `GET /healthz`, without login and without client data: each task's state; 200 when every
/// task runs, 503 when one does not (restarting after a panic, reconnecting, failed).
async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    let tasks = state.ctx.health.snapshot();
    let ok = crate::daemon::health::healthy(&tasks);
    let body = serde_json::json!({
        "status": if ok { "ok" } else { "down" },
        "tasks": tasks,
    });
    (
        if ok {
            StatusCode::OK
        } else {
            StatusCode::SERVICE_UNAVAILABLE
        },
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(body),
    )
        .into_response()
}

/// All routes, behind the panic catcher and the security headers.
pub fn router(state: AppState) -> Router {
    use draft_page::*;
    use handlers::*;
    // An upload may carry a reply's files up to their total, plus the form around them.
    let upload_limit = usize::try_from(state.ctx.config.review.max_attachments_total_bytes)
        .unwrap_or(usize::MAX / 2)
        .saturating_add(1024 * 1024);
    let routes = Router::new()
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/static/app.css", get(css))
        .route("/static/app.js", get(js))
        .route("/static/favicon.svg", get(favicon))
        .route("/favicon.ico", get(favicon))
        .route("/healthz", get(healthz))
        .route("/", get(inbox_page))
        .route("/drafts/{id}", get(draft_page).post(draft_form))
        .route("/sent", get(sent_page))
        .route("/discarded", get(discarded_page))
        .route("/no-reply", get(no_reply_page))
        .route("/drafts/{id}/files/{n}", get(files::client_file))
        .route("/drafts/{id}/reply-files/{file}", get(files::reply_file))
        .route(
            "/drafts/{id}/reply-files/{file}/remove",
            post(files::remove_form),
        )
        .route(
            "/drafts/{id}/attach",
            post(files::attach_form).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/api/drafts/{id}/files",
            post(files::api_attach).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route("/search", get(find::search_page))
        .route("/clients/{address}", get(find::client_page))
        .route("/drafts/{id}/notes", post(find::note_form))
        .route("/api/drafts/{id}/notes", post(find::api_note))
        .route("/problems", get(problems_page))
        .route("/problems/{id}/{action}", post(problem_form))
        .route("/ops", get(ops_page).post(ops_preview))
        .route("/jobs", get(jobs_page))
        .route("/jobs/{id}", post(job_form))
        .route("/api/jobs", get(api_jobs))
        .route("/api/jobs/{id}", post(api_job))
        .route("/reports", get(reports_page))
        .route("/reports.csv", get(reports_csv))
        .route("/api/reports", get(api_reports))
        .route("/ops/learned", post(learned::learned_form))
        .route(
            "/ops/templates",
            get(ops_templates::template_page).post(ops_templates::template_form),
        )
        .route("/ops/templates/revert", post(ops_templates::revert_form))
        .route("/admin/users", get(users_page).post(users_form))
        .route("/admin/users/profile", post(learned::profile_form))
        .route("/api/inbox", get(api_inbox))
        .route("/api/drafts/{id}", get(api_draft))
        .route("/api/drafts/{id}/preview", post(api_preview))
        .route("/api/drafts/{id}/presence", post(api_presence))
        .route("/api/drafts/{id}/{action}", post(api_draft_action))
        .route("/api/sent", get(api_sent))
        .route("/api/problems", get(api_problems))
        .route("/api/problems/{id}/{action}", post(api_problem_action))
        .fallback(|| async { AppError::NotFound });
    // Only the unit tests have a handler that panics on purpose.
    #[cfg(test)]
    let routes = routes
        .route("/test/panic/{what}", get(tests::panics))
        .route("/api/test/panic/{what}", get(tests::panics));
    harden(routes).with_state(state)
}

/// The layers every route gets: the panic catcher inside, the headers and the panic's log line
/// outside it (after routing, so that the route is known).
fn harden<S: Clone + Send + Sync + 'static>(routes: Router<S>) -> Router<S> {
    routes
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            panic_answer,
        ))
        .layer(middleware::from_fn(guard))
}

/// What a panicked handler said, handed from the panic catcher to [`guard`].
#[derive(Clone, Debug)]
struct Panicked(String);

fn panic_answer(err: Box<dyn Any + Send + 'static>) -> Response {
    let what = err
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| err.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string());
    let mut resp = StatusCode::INTERNAL_SERVER_ERROR.into_response();
    resp.extensions_mut().insert(Panicked(what));
    resp
}

/// The policy: our own script, style, images and forms only; never in a frame.
const CSP: &str = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

/// Logs a panicked handler with its route and answers it as any server error; adds the
/// security headers to every answer.
async fn guard(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| path.clone(), |m| m.as_str().to_string());
    let mut resp = next.run(req).await;
    if let Some(Panicked(what)) = resp.extensions_mut().remove::<Panicked>() {
        error!(%method, %route, %path, panic = %what, "a review page handler panicked; answered 500");
        let message = "Something went wrong on our side; it is in the log.";
        resp = if path.starts_with("/api/") {
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                axum::Json(serde_json::json!({ "error": message })),
            )
                .into_response()
        } else {
            error_page(StatusCode::INTERNAL_SERVER_ERROR, message)
        };
    }
    let h = resp.headers_mut();
    // A download sets a stricter policy of its own (`sandbox`); every other answer gets ours.
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CSP));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    // Pages and API answers show client mail: no copy in a browser's or a proxy's cache. The
    // static files keep their own short cache.
    if !path.starts_with("/static/") {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    resp
}

/// Serves the review page until cancelled.
pub async fn serve(ctx: Arc<Daemon>, cancel: CancellationToken) -> anyhow::Result<()> {
    let addr = ctx.config.review.listen.clone();
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr} (review.listen): {e}"))?;
    serve_on(listener, ctx, cancel).await
}

/// Serves on a listener the caller bound (tests bind port 0).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    ctx: Arc<Daemon>,
    cancel: CancellationToken,
) -> anyhow::Result<()> {
    let address = listener.local_addr()?;
    info!(address = %address, "review page listening");
    // The address in the task's state: with port 0 (tests) this is how it is found.
    ctx.health.set(
        "review",
        crate::daemon::health::TaskState::Running,
        Some(format!("listening on {address}")),
    );
    let app = router(AppState::new(ctx));
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(cancel.cancelled_owned())
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use std::collections::HashMap;
    use std::sync::Mutex;
    use tower::ServiceExt;

    #[derive(Clone, Default)]
    struct Log(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Log {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A handler that panics, routed only in these tests.
    pub(super) async fn panics() -> &'static str {
        panic!("a handler panicked on purpose")
    }

    /// The real router on a fresh database, with the built-in example configuration.
    async fn app(dir: &std::path::Path) -> Router {
        router(state(dir).await)
    }

    /// The review page's state on a fresh database, with the built-in example configuration.
    async fn state(dir: &std::path::Path) -> AppState {
        let config = crate::config::Config::load(None, &HashMap::new()).expect("the example loads");
        let clock: crate::clock::SharedClock = Arc::new(crate::clock::SystemClock);
        let store = crate::store::Store::open_sqlite(&dir.join("fm.db"), Arc::clone(&clock))
            .await
            .expect("store");
        let ctx = Arc::new(Daemon {
            pipeline: Arc::new(crate::pipeline::Pipeline::new(config.clone()).expect("pipeline")),
            config,
            store,
            clock: Arc::clone(&clock),
            nudge: tokio::sync::Notify::new(),
            outbox_nudge: tokio::sync::Notify::new(),
            env: HashMap::new(),
            health: Arc::new(crate::daemon::health::Health::new(clock)),
        });
        AppState::new(ctx)
    }

    /// The draft page reads "is there a draft?" and then the message: when the worker's draft
    /// lands between the two reads, the message page must not show a page with neither the draft
    /// nor "reading" (and its look again), where a manager who asked for a draft waits forever.
    #[tokio::test]
    async fn a_message_whose_draft_landed_meanwhile_sends_the_browser_to_its_draft() {
        let dir = std::env::temp_dir().join(format!("fm-landed-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let state = state(&dir).await;
        let store = &state.ctx.store;
        let raw = b"From: Bob <bob@client.example>\r\nSubject: Hi\r\nMessage-ID: <landed@client.example>\r\n\r\nCan you call me?\r\n";
        store
            .store_incoming(
                "help",
                &[crate::store::NewMessage {
                    source_key: "maildir:landed".into(),
                    raw: raw.to_vec(),
                }],
                None,
            )
            .await
            .expect("stored");
        let id = store.queue(None, 10).await.expect("queue")[0].id;
        let user = auth::User {
            principal: crate::store::Principal {
                user_id: 1,
                name: "mia".into(),
                role: "manager".into(),
                csrf: "t".into(),
            },
            session: true,
        };
        // Not read yet: the page says so and looks again.
        let page = find::message_page(&state, &user, id).await.expect("page");
        assert_eq!(page.status(), StatusCode::OK);
        let body = axum::body::to_bytes(page.into_body(), 1 << 20)
            .await
            .expect("body");
        let body = String::from_utf8_lossy(&body);
        assert!(body.contains("http-equiv=\"refresh\""), "{body}");
        // The worker's draft lands; a message page asked for now sends the browser to it.
        let mut tx = store.begin().await.expect("tx");
        tx.drafted(
            id,
            &crate::store::NewDraft {
                to: Some("bob@client.example".into()),
                subject: "Re: Hi".into(),
                body: "Yes.".into(),
                in_reply_to: None,
                references: String::new(),
                questions: 1,
                analysis: "{}".into(),
            },
            None,
        )
        .await
        .expect("drafted");
        tx.commit().await.expect("commit");
        let page = find::message_page(&state, &user, id).await.expect("page");
        assert!(page.status().is_redirection(), "{:?}", page.status());
        assert_eq!(
            page.headers()[axum::http::header::LOCATION],
            format!("/drafts/{id}").as_str()
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn a_panicking_handler_answers_500_and_is_logged_with_its_route() {
        let log = Log::default();
        let writer = log.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let dir = std::env::temp_dir().join(format!("fm-panic-{}", std::process::id()));
        let app = app(&dir).await;
        for (path, json) in [("/test/panic/page", false), ("/api/test/panic/call", true)] {
            let resp = app
                .clone()
                .oneshot(
                    axum::http::Request::get(path)
                        .body(Body::empty())
                        .expect("request"),
                )
                .await
                .expect("an answer, not a dropped connection");
            assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
            assert_eq!(
                resp.headers()
                    .get(header::CONTENT_SECURITY_POLICY)
                    .and_then(|v| v.to_str().ok()),
                Some(CSP),
                "the panic's answer has the headers too"
            );
            let body = http_body_util::BodyExt::collect(resp.into_body())
                .await
                .expect("body")
                .to_bytes();
            let body = String::from_utf8_lossy(&body);
            assert_eq!(body.starts_with('{'), json, "{body}");
            assert!(body.contains("Something went wrong"), "{body}");
        }
        let text = String::from_utf8_lossy(&log.0.lock().expect("log")).into_owned();
        for (route, path) in [
            ("/test/panic/{what}", "/test/panic/page"),
            ("/api/test/panic/{what}", "/api/test/panic/call"),
        ] {
            assert!(
                text.lines().any(|l| l.contains("ERROR")
                    && l.contains(&format!("route={route}"))
                    && l.contains(&format!("path={path}"))
                    && l.contains("a handler panicked on purpose")),
                "{text}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
