//! The review page's handlers (the draft page is in draft_page.rs; learned answers and
//! signatures in learned.rs): login, the lists, problems, jobs, reports, ops and users. Pages
//! (HTML forms) and the JSON API share the same actions.

use std::net::{IpAddr, SocketAddr};

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{ConnectInfo, Form, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use tera::Context;

use super::auth::{self, COOKIE, LOGIN_COOKIE, User};
use super::draft_page::with_when;
use super::{ApiError, AppError, AppState};
use crate::triage::{self};

/// The client's address, when the server knows it (`oneshot` tests give it as `ConnectInfo`):
/// the peer, or what a trusted proxy says in `X-Forwarded-For` ([`auth::client_addr`]).
pub struct ClientAddr(Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientAddr(auth::client_addr(
            peer,
            &parts.headers,
            &state.trusted_proxies,
        )))
    }
}

pub(super) fn page_context(state: &AppState, user: &User, title: &str, active: &str) -> Context {
    let mut c = Context::new();
    c.insert("title", title);
    c.insert("active", active);
    c.insert("user", &user.principal.name);
    c.insert("role", &user.principal.role);
    c.insert("csrf", &user.principal.csrf);
    c.insert("firm", &state.ctx.config.firm.name);
    c.insert("can_review", &user.can_review());
    c.insert("can_ops", &user.can_ops());
    c.insert("is_admin", &user.is_admin());
    c.insert("now_ms", &state.ctx.clock.now_ms());
    c.insert("allowance", &state.ctx.config.pricing.free_minutes);
    // The line after an approval, a discard or a save (see `draft_page::done_banner`).
    c.insert("done", &Value::Null);
    c.insert("saved", &false);
    c
}

pub(super) fn need_review(user: &User) -> Result<(), AppError> {
    if user.can_review() {
        Ok(())
    } else {
        Err(AppError::Forbidden(format!(
            "Your role ({}) can look but not review or send: ask an admin for the manager role.",
            user.principal.role
        )))
    }
}

pub(super) fn need_csrf(
    user: &User,
    headers: &HeaderMap,
    token: Option<&str>,
) -> Result<(), AppError> {
    if user.csrf_ok(headers, token) {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "This form is stale or did not come from this page (CSRF check). Reload and try again."
                .into(),
        ))
    }
}

// --- login ---------------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

pub async fn login_page(
    State(state): State<AppState>,
    Query(q): Query<LoginQuery>,
) -> Result<Response, AppError> {
    login_form_response(&state, q.next.as_deref(), "", None, StatusCode::OK)
}

fn login_form_response(
    state: &AppState,
    next: Option<&str>,
    name: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let token = auth::random_token();
    let mut c = Context::new();
    c.insert("csrf", &token);
    c.insert("next", &safe_next(next).unwrap_or_default());
    c.insert("name", name);
    c.insert("error", &error);
    c.insert("firm", &state.ctx.config.firm.name);
    let html = state.render("login.html", &c)?;
    let cookie = auth::cookie(
        LOGIN_COOKIE,
        &token,
        3600,
        state.ctx.config.review.secure_cookies,
    );
    Ok((status, [(header::SET_COOKIE, cookie)], html).into_response())
}

/// A page of this site to go to after the login, or None for the user's default page.
///
/// Only an absolute path of visible ASCII: no scheme, no `//` (another host to a browser), no
/// `\` (a `/` to a browser), no whitespace or control character, raw or percent-encoded
/// (browsers drop tabs and newlines from a URL, so `/\t/host` becomes `//host`). The front page
/// counts as no wish, so that everyone lands on their own default page.
fn safe_next(next: Option<&str>) -> Option<String> {
    let n = next?;
    let encoded_control = n.as_bytes().windows(3).any(|w| {
        w[0] == b'%'
            && matches!(
                (w[1].to_ascii_lowercase(), w[2].to_ascii_lowercase()),
                (b'0' | b'1', b'0'..=b'9' | b'a'..=b'f') | (b'2', b'0') | (b'7', b'f') | (b'5', b'c')
            )
    });
    let ok = n.starts_with('/')
        && n != "/"
        && n.bytes().all(|b| b.is_ascii_graphic())
        && !n.contains("//")
        && !n.contains('\\')
        && !encoded_control;
    ok.then(|| n.to_string())
}

/// Where a user lands after logging in without a wish of their own: production staff on the
/// jobs, everyone else on the inbox.
fn landing(role: &str) -> &'static str {
    if role == "production" { "/jobs" } else { "/" }
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    name: String,
    password: String,
    csrf: String,
    next: Option<String>,
}

pub async fn login(
    State(state): State<AppState>,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Result<Response, AppError> {
    let expected = auth::cookie_value(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || expected != f.csrf {
        return Err(AppError::Forbidden(
            "The login form expired (CSRF check). Reload the page and log in again.".into(),
        ));
    }
    let store = &state.ctx.store;
    let name = f.name.trim();
    let address = addr.map_or_else(|| "unknown".to_string(), |a| a.to_string());
    let now = state.ctx.clock.now_ms();
    let gate = auth::LoginGate::check(store, &state.ctx.config.review, name, addr, now).await?;
    if let auth::LoginGate::Locked(wait) = gate {
        tracing::info!(user = ?name, %address, "login refused: locked after failed logins");
        return Err(AppError::TooMany(format!(
            "Too many failed logins. Try again in {} minutes.",
            (wait + 59_999) / 60_000
        )));
    }
    let user = store.user(name).await?;
    let ok = match &user {
        Some(u) => auth::verify_password(&f.password, &u.password_hash),
        None => {
            // The same work as a real check, so timing does not tell names apart.
            let _ = auth::verify_password(
                &f.password,
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0000000000000000000000000000000000000000000",
            );
            false
        }
    };
    let Some(user) = user.filter(|_| ok) else {
        gate.failed(store, now).await?;
        tracing::info!(user = ?name, %address, "login failed: wrong name or password");
        return login_form_response(
            &state,
            f.next.as_deref(),
            name,
            Some("Wrong name or password."),
            StatusCode::UNAUTHORIZED,
        );
    };
    gate.succeeded(store, now).await?;
    let token = auth::random_token();
    let csrf = auth::random_token();
    let hours = state.ctx.config.review.session_hours;
    let ttl_ms = i64::try_from(hours * 3600 * 1000).unwrap_or(i64::MAX / 2);
    store
        .add_session(user.id, &auth::token_hash(&token), &csrf, ttl_ms)
        .await?;
    tracing::info!(user = %user.name, role = %user.role, %address, "logged in");
    let secure = state.ctx.config.review.secure_cookies;
    let to = safe_next(f.next.as_deref()).unwrap_or_else(|| landing(&user.role).to_string());
    let mut resp = Redirect::to(&to).into_response();
    let h = resp.headers_mut();
    h.append(
        header::SET_COOKIE,
        header_value(&auth::cookie(COOKIE, &token, hours * 3600, secure)),
    );
    h.append(
        header::SET_COOKIE,
        header_value(&auth::cookie(LOGIN_COOKIE, "", 0, secure)),
    );
    Ok(resp)
}

fn header_value(s: &str) -> HeaderValue {
    HeaderValue::from_str(s).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    csrf: Option<String>,
}

pub async fn logout(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, AppError> {
    need_csrf(&user, &headers, f.csrf.as_deref())?;
    if let Some(token) = auth::cookie_value(&headers, COOKIE) {
        state
            .ctx
            .store
            .end_session(&auth::token_hash(&token))
            .await?;
    }
    let mut resp = Redirect::to("/login").into_response();
    resp.headers_mut().append(
        header::SET_COOKIE,
        header_value(&auth::cookie(
            COOKIE,
            "",
            0,
            state.ctx.config.review.secure_cookies,
        )),
    );
    Ok(resp)
}

// --- lists ---------------------------------------------------------------------------------

pub(super) fn row_json(r: &crate::store::ReviewRow, symbol: &str) -> Value {
    json!({
        "id": r.id,
        "mailbox": r.mailbox,
        "status": r.status,
        "reason": r.reason,
        "from": r.from_addr,
        "from_name": r.from_name,
        "subject": r.subject,
        "received_at": r.received_at,
        "questions": r.questions,
        "quote": r.quote,
        "total": r.quote_total,
        "total_text": r.quote_total.map(|t| triage::money(symbol, t)),
        "kind": r.kind,
        "decision": r.decision,
        "decision_reason": r.decision_reason,
        "owner": r.owner,
    })
}

/// The most rows one page or API answer holds.
pub const MAX_LIMIT: i64 = 500;
/// Rows on a page when the address does not say.
pub const PAGE_LIMIT: i64 = 100;

/// `?offset=&limit=` of a list (and `failed_offset=&failed_limit=` for the second list of the
/// problems page). A limit above [`MAX_LIMIT`] is capped.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    offset: Option<u64>,
    limit: Option<u64>,
    failed_offset: Option<u64>,
    failed_limit: Option<u64>,
}

/// Which rows of a list to show.
#[derive(Debug, Clone, Copy)]
struct Window {
    offset: i64,
    limit: i64,
}

impl Window {
    fn new(offset: Option<u64>, limit: Option<u64>, default: i64) -> Window {
        let clamp = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
        Window {
            offset: offset.map_or(0, clamp),
            limit: limit.map_or(default, clamp).clamp(1, MAX_LIMIT),
        }
    }

    /// The JSON fields a list answer carries beside its rows.
    fn json(self, total: i64) -> Value {
        json!({ "total": total, "offset": self.offset, "limit": self.limit })
    }
}

impl PageQuery {
    /// The query, or a 400 that says what is wrong with it.
    fn parse(q: Result<Query<PageQuery>, QueryRejection>) -> Result<PageQuery, AppError> {
        q.map(|Query(q)| q).map_err(|e| {
            AppError::BadRequest(format!(
                "offset and limit must be whole numbers ({})",
                e.body_text()
            ))
        })
    }

    /// The main list's window; pages default to [`PAGE_LIMIT`] rows, the API to [`MAX_LIMIT`]
    /// (what it answered before it had pages).
    fn window(&self, page: bool) -> Window {
        Window::new(
            self.offset,
            self.limit,
            if page { PAGE_LIMIT } else { MAX_LIMIT },
        )
    }

    /// The failed messages' window on the problems page.
    fn failed_window(&self, page: bool) -> Window {
        Window::new(
            self.failed_offset,
            self.failed_limit,
            if page { PAGE_LIMIT } else { MAX_LIMIT },
        )
    }
}

/// What a page shows above and below a list: "101–200 of 885", with links to the pages before
/// and after. `link(offset)` writes the address of the page that starts at `offset`.
fn pager(w: Window, shown: usize, total: i64, link: impl Fn(i64) -> String) -> Value {
    let shown = i64::try_from(shown).unwrap_or(0);
    json!({
        "total": total,
        "from": w.offset.saturating_add(1),
        "to": w.offset.saturating_add(shown),
        "prev": (w.offset > 0).then(|| link((w.offset - w.limit).max(0))),
        "next": (w.offset.saturating_add(w.limit) < total).then(|| link(w.offset + w.limit)),
    })
}

async fn inbox_rows(state: &AppState, w: Window) -> Result<(Vec<Value>, i64), AppError> {
    let sym = &state.ctx.config.pricing.currency_symbol;
    let store = &state.ctx.store;
    let rows = store
        .review_page(&["drafted"], true, w.offset, w.limit)
        .await?
        .iter()
        .map(|r| row_json(r, sym))
        .collect();
    Ok((rows, store.review_count(&["drafted"]).await?))
}

pub async fn inbox_page(
    State(state): State<AppState>,
    user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
    done: Query<super::draft_page::DoneQuery>,
) -> Result<Html<String>, AppError> {
    let w = PageQuery::parse(q)?.window(true);
    let (rows, total) = inbox_rows(&state, w).await?;
    let mut c = page_context(&state, &user, "Inbox", "inbox");
    c.insert(
        "pager",
        &pager(w, rows.len(), total, |o| {
            format!("/?offset={o}&limit={}", w.limit)
        }),
    );
    c.insert("window", &w.json(total));
    c.insert("rows", &rows);
    super::draft_page::done_banner(&state, &done, &mut c).await?;
    state.render("inbox.html", &c)
}

/// Drafts discarded ("no reply needed"), newest first, each with "Draft a reply after all".
pub async fn discarded_page(
    State(state): State<AppState>,
    user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Html<String>, AppError> {
    quiet_list(&state, &user, q, &["discarded"], "Discarded", "discarded").await
}

/// Mail the pipeline answered with silence: a person's mail with nothing to answer (`no_reply`)
/// and machine-made mail (`ignored`), newest first, each with its reason and "Draft a reply
/// after all", so a person can check the robot's silence.
pub async fn no_reply_page(
    State(state): State<AppState>,
    user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Html<String>, AppError> {
    quiet_list(
        &state,
        &user,
        q,
        &["no_reply", "ignored"],
        "No reply needed",
        "no-reply",
    )
    .await
}

/// A list of mail nobody is answering (discarded, or found to need no reply): `page` is both
/// the nav entry and the path, and picks the template.
async fn quiet_list(
    state: &AppState,
    user: &User,
    q: Result<Query<PageQuery>, QueryRejection>,
    statuses: &[&str],
    title: &str,
    page: &str,
) -> Result<Html<String>, AppError> {
    let w = PageQuery::parse(q)?.window(true);
    let sym = &state.ctx.config.pricing.currency_symbol;
    let store = &state.ctx.store;
    let rows: Vec<Value> = store
        .review_page(statuses, false, w.offset, w.limit)
        .await?
        .iter()
        .map(|r| row_json(r, sym))
        .collect();
    let total = store.review_count(statuses).await?;
    let mut c = page_context(state, user, title, page);
    c.insert(
        "pager",
        &pager(w, rows.len(), total, |o| {
            format!("/{page}?offset={o}&limit={}", w.limit)
        }),
    );
    c.insert(
        "rows",
        &with_when(&rows, "received_at", state.ctx.config.track.tz()),
    );
    state.render(&format!("{page}.html"), &c)
}

pub async fn api_inbox(
    State(state): State<AppState>,
    _user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let w = PageQuery::parse(q)?.window(false);
    let (rows, total) = inbox_rows(&state, w).await?;
    let mut answer = w.json(total);
    answer["drafts"] = json!(rows);
    answer["now_ms"] = json!(state.ctx.clock.now_ms());
    Ok(Json(answer))
}

pub(super) fn outbox_json(r: &crate::store::OutboxRow) -> Value {
    json!({
        "message_id": r.message_id,
        "to": r.recipients,
        "subject": r.subject,
        "status": r.status,
        "attempts": r.attempts,
        "last_error": r.last_error,
        "automatic": r.automatic,
        "sent_at": r.sent_at,
        "rfc_message_id": r.rfc_message_id,
    })
}

async fn sent_rows(state: &AppState, w: Window) -> Result<(Vec<Value>, i64), AppError> {
    let store = &state.ctx.store;
    let rows = store
        .outbox_page(&["sent"], w.offset, w.limit)
        .await?
        .iter()
        .map(outbox_json)
        .collect();
    Ok((rows, store.outbox_count(&["sent"]).await?))
}

pub async fn sent_page(
    State(state): State<AppState>,
    user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Html<String>, AppError> {
    let w = PageQuery::parse(q)?.window(true);
    let (rows, total) = sent_rows(&state, w).await?;
    let rows = with_when(&rows, "sent_at", state.ctx.config.track.tz());
    let mut c = page_context(&state, &user, "Sent", "sent");
    c.insert(
        "sends_pager",
        &pager(w, rows.len(), total, |o| {
            format!("/sent?offset={o}&limit={}", w.limit)
        }),
    );
    c.insert("sends", &rows);
    c.insert("failed", &Vec::<Value>::new());
    state.render("list.html", &c)
}

pub async fn api_sent(
    State(state): State<AppState>,
    _user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let w = PageQuery::parse(q)?.window(false);
    let (rows, total) = sent_rows(&state, w).await?;
    let mut answer = w.json(total);
    answer["sent"] = json!(rows);
    Ok(Json(answer))
}

const PROBLEM_SENDS: &[&str] = &["permanent", "uncertain", "retry"];

/// The problem sends and the failed messages, each a window of its own, with their totals.
struct Problems {
    sends: Vec<Value>,
    sends_total: i64,
    failed: Vec<Value>,
    failed_total: i64,
}

async fn problems(state: &AppState, sends: Window, failed: Window) -> Result<Problems, AppError> {
    let sym = &state.ctx.config.pricing.currency_symbol;
    let store = &state.ctx.store;
    Ok(Problems {
        sends: store
            .outbox_page(PROBLEM_SENDS, sends.offset, sends.limit)
            .await?
            .iter()
            .map(outbox_json)
            .collect(),
        sends_total: store.outbox_count(PROBLEM_SENDS).await?,
        failed: store
            .review_page(&["failed"], false, failed.offset, failed.limit)
            .await?
            .iter()
            .map(|r| row_json(r, sym))
            .collect(),
        failed_total: store.review_count(&["failed"]).await?,
    })
}

pub async fn problems_page(
    State(state): State<AppState>,
    user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Html<String>, AppError> {
    let q = PageQuery::parse(q)?;
    let (ws, wf) = (q.window(true), q.failed_window(true));
    let p = problems(&state, ws, wf).await?;
    let link = |s: Window, f: Window| {
        format!(
            "/problems?offset={}&limit={}&failed_offset={}&failed_limit={}",
            s.offset, s.limit, f.offset, f.limit
        )
    };
    let mut c = page_context(&state, &user, "Problems", "problems");
    c.insert(
        "sends_pager",
        &pager(ws, p.sends.len(), p.sends_total, |o| {
            link(Window { offset: o, ..ws }, wf)
        }),
    );
    c.insert(
        "failed_pager",
        &pager(wf, p.failed.len(), p.failed_total, |o| {
            link(ws, Window { offset: o, ..wf })
        }),
    );
    c.insert("sends", &p.sends);
    c.insert("failed", &p.failed);
    state.render("list.html", &c)
}

pub async fn api_problems(
    State(state): State<AppState>,
    _user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let q = PageQuery::parse(q)?;
    let (ws, wf) = (q.window(false), q.failed_window(false));
    let p = problems(&state, ws, wf).await?;
    let mut answer = ws.json(p.sends_total);
    answer["sends"] = json!(p.sends);
    answer["failed"] = json!(p.failed);
    answer["failed_total"] = json!(p.failed_total);
    answer["failed_offset"] = json!(wf.offset);
    answer["failed_limit"] = json!(wf.limit);
    Ok(Json(answer))
}

// --- problems ------------------------------------------------------------------------------

async fn problem_act(
    state: &AppState,
    user: &User,
    id: i64,
    action: &str,
) -> Result<String, AppError> {
    need_review(user)?;
    let mut tx = state.ctx.store.begin().await?;
    let done = match action {
        "resend" => {
            let ok = tx.retry_outbox(id).await?;
            if ok {
                tx.audit(
                    id,
                    &user.principal.name,
                    "resent",
                    Some("a person checked and sent it again"),
                )
                .await?;
            }
            ok
        }
        "reprocess" => {
            let ok = tx.transition(id, &["failed"], "received", None).await?;
            if ok {
                tx.audit(
                    id,
                    &user.principal.name,
                    "re-run",
                    Some("processing tried again"),
                )
                .await?;
            }
            ok
        }
        other => return Err(AppError::BadRequest(format!("unknown action `{other}`"))),
    };
    if !done {
        return Err(AppError::Conflict(
            "Nothing to retry for this message.".into(),
        ));
    }
    tx.commit().await?;
    state.ctx.outbox_nudge.notify_one();
    state.ctx.nudge.notify_one();
    Ok(format!("{action} queued"))
}

pub async fn problem_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path((id, action)): Path<(i64, String)>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, AppError> {
    need_csrf(&user, &headers, f.csrf.as_deref())?;
    problem_act(&state, &user, id, &action).await?;
    Ok(Redirect::to("/problems").into_response())
}

pub async fn api_problem_action(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path((id, action)): Path<(i64, String)>,
) -> Result<Json<Value>, ApiError> {
    need_csrf(&user, &headers, None)?;
    let result = problem_act(&state, &user, id, &action).await?;
    Ok(Json(json!({ "ok": true, "result": result })))
}

// --- jobs ----------------------------------------------------------------------------------

pub async fn jobs_page(
    State(state): State<AppState>,
    user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Html<String>, AppError> {
    let w = PageQuery::parse(q)?.window(true);
    let (jobs, total) = state.ctx.store.jobs_page(w.offset, w.limit).await?;
    let mut c = page_context(&state, &user, "Jobs", "jobs");
    c.insert(
        "pager",
        &pager(w, jobs.len(), total, |o| {
            format!("/jobs?offset={o}&limit={}", w.limit)
        }),
    );
    // Each job with the notes on its email.
    let mut with_notes = Vec::with_capacity(jobs.len());
    for j in &jobs {
        let mut v = serde_json::to_value(j).map_err(|e| AppError::Internal(e.to_string()))?;
        v["notes"] = json!(with_when(
            &state.ctx.store.notes(j.email_id).await?,
            "created_at",
            state.ctx.config.track.tz()
        ));
        // The client's files travel with the brief.
        let raw = state
            .ctx
            .store
            .raw_message(j.email_id)
            .await?
            .unwrap_or_default();
        v["files"] = json!(super::files::client_files(j.email_id, &raw));
        with_notes.push(v);
    }
    c.insert("jobs", &with_notes);
    c.insert("can_jobs", &user.can_jobs());
    state.render("jobs.html", &c)
}

pub async fn api_jobs(
    State(state): State<AppState>,
    _user: User,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let w = PageQuery::parse(q)?.window(false);
    let (jobs, total) = state.ctx.store.jobs_page(w.offset, w.limit).await?;
    let mut answer = w.json(total);
    answer["jobs"] = json!(jobs);
    Ok(Json(answer))
}

#[derive(Debug, Deserialize)]
pub struct JobForm {
    csrf: Option<String>,
    state: String,
}

async fn set_job(state: &AppState, user: &User, id: i64, to: &str) -> Result<(), AppError> {
    if !user.can_jobs() {
        return Err(AppError::Forbidden(
            "Only production staff, managers and admins move jobs.".into(),
        ));
    }
    if !matches!(to, "new" | "in_progress" | "done") {
        return Err(AppError::BadRequest(format!(
            "`{to}` is not a job state (new, in_progress, done)"
        )));
    }
    let mut tx = state.ctx.store.begin().await?;
    if !tx.job_state(id, to).await? {
        return Err(AppError::Conflict(format!(
            "Job {id} does not exist or was cancelled (its quote is no longer accepted)."
        )));
    }
    tx.commit().await?;
    tracing::info!(job = id, state = to, user = %user.principal.name, "job moved");
    Ok(())
}

pub async fn job_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<JobForm>,
) -> Result<Response, AppError> {
    need_csrf(&user, &headers, f.csrf.as_deref())?;
    set_job(&state, &user, id, &f.state).await?;
    Ok(Redirect::to("/jobs").into_response())
}

pub async fn api_job(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(f): Json<JobForm>,
) -> Result<Json<Value>, ApiError> {
    need_csrf(&user, &headers, None)?;
    set_job(&state, &user, id, &f.state).await?;
    Ok(Json(json!({ "ok": true })))
}

// --- reports -------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
pub struct ReportQuery {
    since: Option<String>,
    until: Option<String>,
    mailbox: Option<String>,
}

impl ReportQuery {
    /// The page's default is the last twelve weeks; the API and CSV take what they are given.
    fn scope(&self, state: &AppState, page: bool) -> Result<crate::report::Scope, AppError> {
        let tz = state.ctx.config.track.tz();
        let default_since = page.then(|| {
            let today = chrono::TimeZone::timestamp_millis_opt(&tz, state.ctx.clock.now_ms())
                .single()
                .map_or_else(|| chrono::Utc::now().date_naive(), |t| t.date_naive());
            (today - chrono::Duration::days(83)).to_string()
        });
        let since = match self.since.as_deref() {
            None => default_since,
            Some(s) => Some(s.to_string()),
        };
        crate::report::Scope::parse(
            since.as_deref(),
            self.until.as_deref(),
            self.mailbox.as_deref(),
            tz,
        )
        .map_err(|e| AppError::BadRequest(e.to_string()))
    }
}

async fn build_report(
    state: &AppState,
    scope: crate::report::Scope,
) -> Result<crate::report::Report, AppError> {
    crate::report::build(&state.ctx.store, &state.ctx.config, scope)
        .await
        .map_err(|e| match e {
            crate::report::ReportError::Store(e) => AppError::from(e),
            other => AppError::BadRequest(other.to_string()),
        })
}

pub async fn reports_page(
    State(state): State<AppState>,
    user: User,
    Query(q): Query<ReportQuery>,
) -> Result<Html<String>, AppError> {
    use crate::report::{chart, duration_text, hours, percent};
    let mut c = page_context(&state, &user, "Reports", "reports");
    let mailboxes: Vec<&str> = state
        .ctx
        .config
        .mailbox
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    c.insert("mailboxes", &mailboxes);
    c.insert("q_since", &q.since.clone().unwrap_or_default());
    c.insert("q_until", &q.until.clone().unwrap_or_default());
    c.insert("q_mailbox", &q.mailbox.clone().unwrap_or_default());
    let report = match q.scope(&state, true) {
        Ok(scope) => build_report(&state, scope).await,
        Err(e) => Err(e),
    };
    let report = match report {
        Ok(r) => r,
        Err(AppError::BadRequest(msg)) => {
            c.insert("error", &msg);
            return state.render("reports.html", &c);
        }
        Err(e) => return Err(e),
    };
    c.insert("q_since", &report.scope.since.clone().unwrap_or_default());
    let sym = &report.currency_symbol;
    let t = &report.totals;
    c.insert("describe", &report.scope.describe());
    c.insert(
        "t",
        &json!({
            "emails": t.emails,
            "machine": t.machine,
            "answered": t.answered,
            "within_five": t.within_five,
            "within_five_share": percent(t.within_five_share),
            "median": t.median_ms.map_or("–".into(), duration_text),
            "p90": t.p90_ms.map_or("–".into(), duration_text),
            "free_questions": t.free_questions,
            "free_minutes": t.free_minutes,
            "quotes": t.quotes,
            "accepted": t.accepted,
            "declined": t.declined,
            "unclear": t.unclear,
            "expired": t.expired,
            "open": t.open,
            "acceptance_rate": percent(t.acceptance_rate),
            "hours_quoted": hours(t.hours_quoted),
            "hours_accepted": hours(t.hours_accepted),
            "revenue_quoted": triage::money(sym, t.revenue_quoted),
            "revenue_accepted": triage::money(sym, t.revenue_accepted),
        }),
    );
    let clients: Vec<Value> = report
        .clients
        .iter()
        .map(|cl| {
            let f = &cl.figures;
            json!({
                "client": cl.client,
                "name": cl.name,
                "emails": f.emails,
                "within_five_share": percent(f.within_five_share),
                "free_questions": f.free_questions,
                "free_minutes": f.free_minutes,
                "quotes": f.quotes,
                "accepted": f.accepted,
                "acceptance_rate": percent(f.acceptance_rate),
                "revenue_quoted": triage::money(sym, f.revenue_quoted),
                "revenue_accepted": triage::money(sym, f.revenue_accepted),
                "never_buys": cl.never_buys,
            })
        })
        .collect();
    c.insert("clients", &clients);
    c.insert("notes", &report.notes);
    c.insert(
        "charts",
        &json!({
            "acceptance": chart::acceptance(&report),
            "times": chart::answer_times(&report),
            "free": chart::free_minutes(&report),
        }),
    );
    let query = serde_urlencoded_pairs(&[
        ("since", report.scope.since.as_deref()),
        ("until", report.scope.until.as_deref()),
        ("mailbox", report.scope.mailbox.as_deref()),
    ]);
    c.insert("query", &query);
    state.render("reports.html", &c)
}

/// `since=…&until=…` for the download links (only what is set).
fn serde_urlencoded_pairs(pairs: &[(&str, Option<&str>)]) -> String {
    pairs
        .iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k}={}", auth::urlencode(v))))
        .collect::<Vec<_>>()
        .join("&")
}

pub async fn api_reports(
    State(state): State<AppState>,
    _user: User,
    Query(q): Query<ReportQuery>,
) -> Result<Json<Value>, ApiError> {
    let scope = q.scope(&state, false)?;
    let report = build_report(&state, scope).await?;
    Ok(Json(
        serde_json::to_value(&report).map_err(|e| AppError::Internal(e.to_string()))?,
    ))
}

pub async fn reports_csv(
    State(state): State<AppState>,
    _user: User,
    Query(q): Query<ReportQuery>,
) -> Result<Response, AppError> {
    let scope = q.scope(&state, false)?;
    let report = build_report(&state, scope).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"fiveminute-report.csv\"",
            ),
        ],
        report.to_csv(),
    )
        .into_response())
}

// --- ops and users -------------------------------------------------------------------------

pub(super) fn need_ops(user: &User) -> Result<(), AppError> {
    if user.can_ops() {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "This page is for the ops and admin roles.".into(),
        ))
    }
}

pub(super) fn ops_context(state: &AppState, user: &User) -> Context {
    let mut c = page_context(state, user, "Ops", "ops");
    c.insert("library", state.ctx.pipeline.library().entries());
    c.insert("rules", &state.ctx.config.triage.rule);
    let templates = state.ctx.pipeline.templates();
    c.insert(
        "templates",
        &super::ops_templates::template_links(&templates),
    );
    c.insert("template_origin", &templates.origin);
    c.insert("result", &Value::Null);
    c.insert("raw", "");
    c
}

pub async fn ops_page(State(state): State<AppState>, user: User) -> Result<Html<String>, AppError> {
    need_ops(&user)?;
    let mut c = ops_context(&state, &user);
    super::learned::insert_proposals(&state, &mut c).await?;
    state.render("ops.html", &c)
}

#[derive(Debug, Deserialize)]
pub struct PreviewForm {
    csrf: Option<String>,
    raw: String,
}

pub async fn ops_preview(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Form(f): Form<PreviewForm>,
) -> Result<Html<String>, AppError> {
    need_ops(&user)?;
    need_csrf(&user, &headers, f.csrf.as_deref())?;
    let mut c = ops_context(&state, &user);
    let result = match state.ctx.pipeline.preview(f.raw.as_bytes()) {
        Ok(p) => serde_json::to_value(&p).unwrap_or(Value::Null),
        Err(e) => json!({ "error": e.to_string() }),
    };
    c.insert("result", &result);
    c.insert("raw", &f.raw);
    super::learned::insert_proposals(&state, &mut c).await?;
    state.render("ops.html", &c)
}

pub async fn users_page(
    State(state): State<AppState>,
    user: User,
) -> Result<Html<String>, AppError> {
    if !user.is_admin() {
        return Err(AppError::Forbidden("Only admins manage users.".into()));
    }
    let mut c = page_context(&state, &user, "Users", "users");
    c.insert("users", &state.ctx.store.users().await?);
    c.insert("roles", auth::ROLES);
    c.insert("signer", &state.ctx.config.firm.signer);
    state.render("users.html", &c)
}

#[derive(Debug, Deserialize)]
pub struct UserForm {
    csrf: Option<String>,
    action: String,
    name: String,
    role: Option<String>,
    password: Option<String>,
}

pub async fn users_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Form(f): Form<UserForm>,
) -> Result<Response, AppError> {
    if !user.is_admin() {
        return Err(AppError::Forbidden("Only admins manage users.".into()));
    }
    need_csrf(&user, &headers, f.csrf.as_deref())?;
    let name = f.name.trim();
    match f.action.as_str() {
        "add" => {
            let role = f.role.as_deref().unwrap_or("manager");
            if !auth::ROLES.contains(&role) {
                return Err(AppError::BadRequest(format!("`{role}` is not a role")));
            }
            let password = f.password.as_deref().unwrap_or("");
            if password.chars().count() < 10 {
                return Err(AppError::BadRequest(
                    "passwords need at least 10 characters".into(),
                ));
            }
            let hash = auth::hash_password(password).map_err(AppError::Internal)?;
            state
                .ctx
                .store
                .add_user(name, role, &hash)
                .await
                .map_err(|e| match e {
                    crate::store::StoreError::Conflict(m) => AppError::Conflict(m),
                    other => other.into(),
                })?;
        }
        "remove" => {
            if name == user.principal.name {
                return Err(AppError::BadRequest("you cannot remove yourself".into()));
            }
            state.ctx.store.remove_user(name).await?;
        }
        other => return Err(AppError::BadRequest(format!("unknown action `{other}`"))),
    }
    Ok(Redirect::to("/admin/users").into_response())
}
