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

pub mod auth;
mod handlers;

use std::sync::Arc;

use axum::Router;
use axum::http::{StatusCode, header};
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
    ("ops.html", include_str!("web/ops.html")),
    ("users.html", include_str!("web/users.html")),
    ("jobs.html", include_str!("web/jobs.html")),
    ("reports.html", include_str!("web/reports.html")),
    ("error.html", include_str!("web/error.html")),
];

const CSS: &str = include_str!("web/app.css");
const JS: &str = include_str!("web/app.js");

/// What the handlers share.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The daemon's shared state.
    pub ctx: Arc<Daemon>,
    tera: Arc<Tera>,
    limiter: Arc<auth::LoginLimiter>,
}

impl AppState {
    /// Compiles the page templates.
    pub fn new(ctx: Arc<Daemon>) -> AppState {
        let mut tera = Tera::new();
        tera.add_raw_templates(PAGES.iter().copied())
            .expect("built-in page templates compile (checked by tests)");
        AppState {
            ctx,
            tera: Arc::new(tera),
            limiter: Arc::new(auth::LoginLimiter::default()),
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
        let body = format!(
            "<!doctype html><meta charset=utf-8><title>{code}</title><link rel=stylesheet href=/static/app.css>\
             <main class=narrow><h1>{code}</h1><p>{}</p><p><a href=/>Back to the inbox</a></p></main>",
            escape(&message),
            code = status.as_u16()
        );
        (status, Html(body)).into_response()
    }
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
        (status, axum::Json(serde_json::json!({ "error": message }))).into_response()
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

/// All routes.
pub fn router(state: AppState) -> Router {
    use handlers::*;
    Router::new()
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/static/app.css", get(css))
        .route("/static/app.js", get(js))
        .route("/healthz", get(healthz))
        .route("/", get(inbox_page))
        .route("/drafts/{id}", get(draft_page).post(draft_form))
        .route("/sent", get(sent_page))
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
        .route("/admin/users", get(users_page).post(users_form))
        .route("/api/inbox", get(api_inbox))
        .route("/api/drafts/{id}", get(api_draft))
        .route("/api/drafts/{id}/preview", post(api_preview))
        .route("/api/drafts/{id}/{action}", post(api_draft_action))
        .route("/api/sent", get(api_sent))
        .route("/api/problems", get(api_problems))
        .route("/api/problems/{id}/{action}", post(api_problem_action))
        .fallback(|| async { AppError::NotFound })
        .with_state(state)
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
