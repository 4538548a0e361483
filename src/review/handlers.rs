//! The review page's handlers: pages (HTML forms) and the JSON API share the same actions.

use std::collections::HashMap;
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
use super::{ApiError, AppError, AppState};
use crate::outbox;
use crate::pipeline::Preview;
use crate::store::DraftRow;
use crate::track::ToProduction;
use crate::track::classify::Proposal;
use crate::triage::{self, Category, Kind};

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

fn page_context(state: &AppState, user: &User, title: &str, active: &str) -> Context {
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
    c
}

fn need_review(user: &User) -> Result<(), AppError> {
    if user.can_review() {
        Ok(())
    } else {
        Err(AppError::Forbidden(format!(
            "Your role ({}) can look but not review or send: ask an admin for the manager role.",
            user.principal.role
        )))
    }
}

fn need_csrf(user: &User, headers: &HeaderMap, token: Option<&str>) -> Result<(), AppError> {
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

fn row_json(r: &crate::store::ReviewRow, symbol: &str) -> Value {
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
    state.render("inbox.html", &c)
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

fn outbox_json(r: &crate::store::OutboxRow) -> Value {
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

// --- drafts --------------------------------------------------------------------------------

/// A manager's changes to a draft.
#[derive(Debug, Default, Deserialize)]
pub struct Edits {
    /// Answers, in question order.
    #[serde(default)]
    answers: Vec<String>,
    /// Minutes, in question order.
    #[serde(default)]
    minutes: Vec<u32>,
    /// Categories, in question order.
    #[serde(default)]
    categories: Vec<Category>,
    /// Kinds of quick answer (yes, no, needs_info, research, more_time, written, open), in
    /// question order. A changed kind without a changed answer gets the kind's phrase.
    #[serde(default)]
    kinds: Vec<Kind>,
    /// The language to write the reply in (a folder of the templates).
    language: Option<String>,
    /// Hours quoted.
    hours: Option<f64>,
    /// Hourly rate.
    rate: Option<f64>,
}

impl Edits {
    fn from_form(form: &HashMap<String, String>) -> Result<Edits, AppError> {
        let mut e = Edits::default();
        for i in 0.. {
            let Some(a) = form.get(&format!("answer_{i}")) else {
                break;
            };
            e.answers.push(a.clone());
            if let Some(m) = form.get(&format!("minutes_{i}")) {
                e.minutes.push(m.trim().parse().map_err(|_| {
                    AppError::BadRequest(format!(
                        "minutes of question {} must be a whole number",
                        i + 1
                    ))
                })?);
            }
            if let Some(c) = form.get(&format!("category_{i}")) {
                e.categories.push(
                    serde_json::from_value(Value::String(c.clone()))
                        .map_err(|_| AppError::BadRequest(format!("`{c}` is not a category")))?,
                );
            }
            if let Some(k) = form.get(&format!("kind_{i}")) {
                e.kinds.push(
                    serde_json::from_value(Value::String(k.clone())).map_err(|_| {
                        AppError::BadRequest(format!("`{k}` is not a kind of quick answer"))
                    })?,
                );
            }
        }
        let num = |k: &str| -> Result<Option<f64>, AppError> {
            match form.get(k).map(|v| v.trim()).filter(|v| !v.is_empty()) {
                None => Ok(None),
                Some(v) => v
                    .parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite() && *x >= 0.0)
                    .map(Some)
                    .ok_or_else(|| {
                        AppError::BadRequest(format!("{k} must be a number, not `{v}`"))
                    }),
            }
        };
        e.hours = num("hours")?;
        e.rate = num("rate")?;
        e.language = form.get("language").filter(|l| !l.is_empty()).cloned();
        Ok(e)
    }
}

/// The draft with the edits applied, priced and rendered again (nothing saved).
///
/// A changed kind without a changed answer gets the kind's phrase, and its category and minutes
/// when those were not changed either. The price rule runs again on the edited minutes: a quote
/// appears when a question takes longer than the allowance (its reference is given on save), and
/// goes when none does. Hours typed by a person stand; otherwise they follow the minutes.
async fn apply(state: &AppState, id: i64, edits: &Edits) -> Result<(DraftRow, Preview), AppError> {
    let ctx = &state.ctx;
    let cfg = &ctx.config;
    let draft = ctx.store.draft(id).await?.ok_or(AppError::NotFound)?;
    let mut preview: Preview = serde_json::from_str(&draft.analysis)
        .map_err(|e| AppError::Internal(format!("draft {id} has an unreadable analysis: {e}")))?;
    let templates = ctx.pipeline.templates();
    if let Some(l) = &edits.language
        && !templates.languages().any(|k| k == l)
    {
        return Err(AppError::BadRequest(format!(
            "there are no templates in `{l}`; languages: {}",
            templates.languages().collect::<Vec<_>>().join(", ")
        )));
    }
    let old_lang = ctx.pipeline.reply_language(&preview).to_string();
    let lang = edits.language.clone().unwrap_or_else(|| old_lang.clone());
    let old_phrases = templates.phrases(&old_lang);
    for (i, q) in preview.questions.iter_mut().enumerate() {
        let stored = q.answer.clone();
        let answer = edits.answers.get(i).map(|a| a.trim().replace("\r\n", "\n"));
        if let Some(&k) = edits.kinds.get(i)
            && k != q.kind
        {
            q.kind = k;
            let answer_kept = answer.as_ref().is_none_or(|a| a.trim() == stored.trim());
            if answer_kept && let Some(p) = k.phrase(old_phrases, !q.free) {
                q.answer = p.to_string();
            } else if let Some(a) = &answer {
                q.answer = a.clone();
            }
            let category_kept = edits.categories.get(i).is_none_or(|&c| c == q.category);
            if category_kept && let Some(c) = k.category() {
                let minutes_kept = edits.minutes.get(i).is_none_or(|&m| m == q.minutes);
                if c != q.category && minutes_kept {
                    q.minutes = cfg.triage.default_minutes.get(c);
                }
                q.category = c;
            }
        } else if let Some(a) = answer {
            q.answer = a;
        }
        if let Some(&m) = edits.minutes.get(i) {
            q.minutes = m;
        }
        if let Some(&c) = edits.categories.get(i) {
            q.category = c;
        }
    }
    let stored_quote = preview.quote.clone();
    let client = preview.message.from.as_ref().map(|f| f.address.clone());
    let reference = stored_quote.as_ref().map(|q| q.reference.clone());
    let (free_minutes, mut quote) = triage::price(
        &mut preview.questions,
        client.as_deref(),
        cfg,
        Some(reference.as_deref().unwrap_or(NEW_QUOTE)),
        templates.phrases(&lang),
    );
    if let (Some(qu), Some(before)) = (quote.as_mut(), stored_quote.as_ref()) {
        let typed = edits.hours.filter(|h| (h - before.hours).abs() > 1e-9);
        if let Some(h) = typed {
            qu.hours = h;
        } else if qu.minutes == before.minutes {
            qu.hours = before.hours;
        }
        qu.hourly_rate = edits.rate.unwrap_or(before.hourly_rate);
        let sym = &cfg.pricing.currency_symbol;
        qu.total = qu.hours * qu.hourly_rate;
        qu.rate_text = triage::money(sym, qu.hourly_rate);
        qu.total_text = triage::money(sym, qu.total);
    }
    preview.free_minutes = free_minutes;
    preview.quote = quote;
    let raw = ctx.store.raw_message(id).await?.ok_or(AppError::NotFound)?;
    let mail = crate::parse::parse(&raw).map_err(|e| AppError::Internal(e.to_string()))?;
    ctx.pipeline
        .render_in(&mail, &mut preview, &lang)
        .map_err(|e| AppError::Internal(format!("{:#}", anyhow::Error::from(e))))?;
    Ok((draft, preview))
}

/// The reference a quote made by an edit shows until it is saved and given its number.
const NEW_QUOTE: &str = "NEW-QUOTE";

async fn save(state: &AppState, user: &User, id: i64, edits: &Edits) -> Result<(), AppError> {
    let ctx = &state.ctx;
    let (draft, mut preview) = apply(state, id, edits).await?;
    if draft.message.status != "drafted" {
        return Err(AppError::Conflict(format!(
            "This draft is already {}.",
            draft.message.status
        )));
    }
    let mut tx = ctx.store.begin().await?;
    // A quote an edit made gets its number now; one an edit made needless goes.
    let mut quote_note = None;
    match preview.quote.as_ref() {
        Some(qu) if qu.reference == NEW_QUOTE => {
            let n = tx.next_quote_number().await?;
            let reference = format!("{}-{n:04}", ctx.config.draft.quote_prefix);
            let raw = ctx.store.raw_message(id).await?.ok_or(AppError::NotFound)?;
            let mail = crate::parse::parse(&raw).map_err(|e| AppError::Internal(e.to_string()))?;
            ctx.pipeline
                .assign_reference(&mail, &mut preview, &reference)
                .map_err(|e| AppError::Internal(format!("{:#}", anyhow::Error::from(e))))?;
            let qu = preview.quote.as_ref().expect("the quote just numbered");
            tx.attach_quote(
                id,
                &crate::store::NewQuote {
                    reference: reference.clone(),
                    client: preview.message.from.as_ref().map(|f| f.address.clone()),
                    minutes: i64::from(qu.minutes),
                    hours: qu.hours,
                    hourly_rate: qu.hourly_rate,
                    total: qu.total,
                    currency: qu.currency.clone(),
                },
            )
            .await?;
            quote_note = Some(format!("quote {reference} added"));
        }
        None if draft.quote_id.is_some() => {
            tx.detach_quote(id).await?;
            quote_note = Some("quote removed: every question is quick".to_string());
        }
        _ => {}
    }
    let Some(d) = &preview.draft else {
        return Err(AppError::BadRequest("nothing left to send".into()));
    };
    let changed = d.subject != draft.subject || d.body != draft.body;
    let analysis =
        serde_json::to_string(&preview).map_err(|e| AppError::Internal(e.to_string()))?;
    tx.update_draft(
        id,
        &d.subject,
        &d.body,
        &analysis,
        i64::try_from(preview.questions.len()).unwrap_or(0),
        preview
            .quote
            .as_ref()
            .map(|q| (q.hours, q.hourly_rate, q.total)),
    )
    .await?;
    if changed {
        let detail = preview.quote.as_ref().map(|q| {
            format!(
                "quote {} at {} = {}",
                q.hours_text, q.rate_text, q.total_text
            )
        });
        let detail = match (detail, quote_note) {
            (Some(d), Some(n)) => Some(format!("{n}; {d}")),
            (d, n) => d.or(n),
        };
        tx.audit(id, &user.principal.name, "edited", detail.as_deref())
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// One action on a draft, for the page and the API alike.
async fn act(
    state: &AppState,
    user: &User,
    id: i64,
    action: &str,
    edits: &Edits,
) -> Result<String, AppError> {
    need_review(user)?;
    let ctx = &state.ctx;
    let current = ctx.store.draft(id).await?;
    let kind = current
        .as_ref()
        .map(|d| d.message.kind.clone())
        .unwrap_or_default();
    match action {
        "save" if kind == "reminder" => Err(AppError::BadRequest(
            "A reminder is sent as drafted, or discarded.".into(),
        )),
        "accept" | "decline" | "reopen" => override_decision(state, user, id, action, None).await,
        "accept_proposal" => {
            let p = ctx
                .store
                .proposal_of(id)
                .await?
                .and_then(|p| serde_json::from_str::<Proposal>(&p).ok())
                .ok_or_else(|| {
                    AppError::BadRequest("This reply proposes no other figure.".into())
                })?;
            override_decision(state, user, id, "accept", Some(&p)).await
        }
        "keep_price" => keep_price(state, user, id).await,
        "brief_direct" | "brief_simple" => {
            let quote = ctx
                .store
                .quote_for_client_message(id)
                .await?
                .ok_or_else(|| AppError::BadRequest("This email has no quote.".into()))?;
            if !matches!(quote.status.as_str(), "draft" | "sent") {
                return Err(AppError::Conflict(format!(
                    "Quote {} is already {}; the brief went with the job.",
                    quote.reference, quote.status
                )));
            }
            // Edits on the page go with the click, as with Save.
            if current
                .as_ref()
                .is_some_and(|d| d.message.status == "drafted" && d.message.kind == "client")
            {
                save(state, user, id, edits).await?;
            }
            let direct = action == "brief_direct";
            let mut tx = ctx.store.begin().await?;
            tx.mark_direct_brief(quote.id, direct).await?;
            let note = if direct {
                "production takes the brief from the client"
            } else {
                "the brief is written from the questions"
            };
            tx.audit(
                id,
                &user.principal.name,
                "brief",
                Some(&format!("{}: {note}", quote.reference)),
            )
            .await?;
            tx.commit().await?;
            Ok(format!("{}: {note}", quote.reference))
        }
        "save" => {
            save(state, user, id, edits).await?;
            Ok("saved".into())
        }
        "approve" => {
            // A reminder is sent as drafted; a draft's edits go with the click.
            let what = if kind == "reminder" {
                "reminder"
            } else {
                save(state, user, id, edits).await?;
                "draft"
            };
            match outbox::approve(
                &ctx.store,
                &ctx.config,
                &ctx.clock,
                id,
                &user.principal.name,
                false,
            )
            .await?
            {
                outbox::Approved::Queued(mid) => {
                    ctx.outbox_nudge.notify_one();
                    tracing::info!(user = %user.principal.name, draft = id, kind = what, message_id = %mid, "approved");
                    Ok(if what == "reminder" {
                        format!("reminder approved; sending <{mid}>")
                    } else {
                        format!("approved; sending <{mid}>")
                    })
                }
                outbox::Approved::NotInReview => Err(AppError::Conflict(format!(
                    "This {what} is no longer awaiting review."
                ))),
            }
        }
        "discard" => {
            let mut tx = ctx.store.begin().await?;
            if !tx
                .transition(id, &["drafted"], "discarded", Some("no reply needed"))
                .await?
            {
                return Err(AppError::Conflict(
                    "This draft is no longer awaiting review.".into(),
                ));
            }
            tx.audit(
                id,
                &user.principal.name,
                "discarded",
                Some("no reply needed"),
            )
            .await?;
            tx.commit().await?;
            tracing::info!(user = %user.principal.name, draft = id, "discarded");
            Ok("discarded".into())
        }
        "rerun" => {
            let mut tx = ctx.store.begin().await?;
            tx.delete_draft(id).await?;
            if !tx
                .transition(id, &["drafted", "no_reply", "failed"], "received", None)
                .await?
            {
                return Err(AppError::Conflict(
                    "Only drafts and failed messages can be triaged again.".into(),
                ));
            }
            tx.audit(
                id,
                &user.principal.name,
                "re-run",
                Some("triage and draft made again"),
            )
            .await?;
            tx.commit().await?;
            ctx.nudge.notify_one();
            Ok("queued for triage again".into())
        }
        other => Err(AppError::BadRequest(format!("unknown action `{other}`"))),
    }
}

/// A manager keeps the quoted price after a counter-offer: the quote stays open, and the reply's
/// draft answers the proposal with the price, in the reply's language, for the manager to send.
async fn keep_price(state: &AppState, user: &User, id: i64) -> Result<String, AppError> {
    let ctx = &state.ctx;
    let quote = ctx.store.quote_of_message(id).await?.ok_or_else(|| {
        AppError::BadRequest("This message is not a reply to one of our quotes.".into())
    })?;
    let draft = ctx.store.draft(id).await?.ok_or_else(|| {
        AppError::BadRequest("This reply has no draft to answer the client with.".into())
    })?;
    let preview: Preview = serde_json::from_str(&draft.analysis)
        .map_err(|e| AppError::Internal(format!("draft {id} has an unreadable analysis: {e}")))?;
    let proposal: Option<Proposal> = ctx
        .store
        .proposal_of(id)
        .await?
        .and_then(|p| serde_json::from_str(&p).ok());
    let templates = ctx.pipeline.templates();
    let phrases = templates.phrases(ctx.pipeline.reply_language(&preview));
    let sym = &ctx.config.pricing.currency_symbol;
    let answer = phrases
        .keep_price
        .replace("{total}", &triage::money(sym, quote.total))
        .replace("{hours}", &phrases.hours_text(quote.hours))
        .replace("{rate}", &triage::money(sym, quote.hourly_rate));
    // The question that holds the proposal, else the first still open, else the first.
    let at = proposal
        .as_ref()
        .and_then(|p| {
            preview
                .questions
                .iter()
                .position(|q| q.text.contains(&p.figure))
        })
        .or_else(|| preview.questions.iter().position(|q| q.needs_answer))
        .unwrap_or(0);
    let mut edits = Edits::default();
    for (i, q) in preview.questions.iter().enumerate() {
        edits.answers.push(if i == at {
            answer.clone()
        } else {
            q.answer.clone()
        });
        edits
            .kinds
            .push(if i == at { Kind::Written } else { q.kind });
    }
    if !preview.questions.is_empty() {
        save(state, user, id, &edits).await?;
    }
    override_decision(state, user, id, "reopen", None).await?;
    Ok(format!(
        "{} stays at {}",
        quote.reference,
        triage::money(sym, quote.total)
    ))
}

/// A manager overrides what the tracker decided about a reply (audited).
async fn override_decision(
    state: &AppState,
    user: &User,
    id: i64,
    action: &str,
    terms: Option<&Proposal>,
) -> Result<String, AppError> {
    let ctx = &state.ctx;
    let quote = ctx.store.quote_of_message(id).await?.ok_or_else(|| {
        AppError::BadRequest("This message is not a reply to one of our quotes.".into())
    })?;
    let raw = ctx.store.raw_message(id).await?.ok_or(AppError::NotFound)?;
    let mail = crate::parse::parse(&raw).map_err(|e| AppError::Internal(e.to_string()))?;
    let to = match action {
        "accept" => "accepted",
        "decline" => "declined",
        _ => "sent",
    };
    let actor = user.principal.name.as_str();
    let mut tx = ctx.store.begin().await?;
    let job_before = tx.job_of_quote(quote.id).await?;
    if to == "accepted" {
        if quote.status != "accepted" {
            if quote.status != "sent" {
                tx.override_quote(quote.id, "sent").await?;
            }
            let mut open = crate::store::QuoteRow {
                status: "sent".into(),
                ..quote.clone()
            };
            // At the client's terms: the quote takes their figure, and so does the job.
            if let Some(p) = terms {
                let (hours, rate, total) = match (p.amount, p.hours) {
                    (Some(total), _) if quote.hours > 0.0 => {
                        (quote.hours, total / quote.hours, total)
                    }
                    (Some(total), _) => (quote.hours, quote.hourly_rate, total),
                    (None, Some(h)) => (h, quote.hourly_rate, h * quote.hourly_rate),
                    (None, None) => (quote.hours, quote.hourly_rate, quote.total),
                };
                tx.requote(quote.id, hours, rate, total).await?;
                let sym = &ctx.config.pricing.currency_symbol;
                tx.audit(
                    quote.message_id,
                    actor,
                    "accepted the client's terms",
                    Some(&format!(
                        "{}: {} ({}) instead of {}",
                        quote.reference,
                        triage::money(sym, total),
                        p.figure,
                        triage::money(sym, quote.total)
                    )),
                )
                .await?;
                open.hours = hours;
                open.hourly_rate = rate;
                open.total = total;
            }
            crate::pipeline::worker::decide(ctx, &mut tx, id, &mail, &open, true, actor)
                .await
                .map_err(|e| AppError::Internal(format!("{:#}", anyhow::Error::from(e))))?;
            // A job cancelled by an earlier override comes back.
            tx.override_quote(quote.id, "accepted").await?;
        }
    } else {
        tx.override_quote(quote.id, to).await?;
    }
    // Production hears of a job that was handed over and is now off, or that is back on.
    let job_after = tx.job_of_quote(quote.id).await?;
    if let (Some((_, before, _)), Some((_, after, brief))) = (&job_before, &job_after) {
        let what = match (before.as_str(), after.as_str()) {
            ("new" | "in_progress", "cancelled") => {
                Some(ToProduction::Cancelled { actor, status: to })
            }
            ("cancelled", "new") => Some(ToProduction::BackOn { actor, brief }),
            _ => None,
        };
        if let Some(what) = what
            && crate::track::tell_production(ctx, &mut tx, &quote, what).await?
        {
            let told = match what {
                ToProduction::BackOn { .. } => "production told: the job is back on",
                _ => "production told: the job is cancelled",
            };
            tx.audit(quote.message_id, actor, told, Some(&quote.reference))
                .await?;
        }
    }
    // A reply still waiting for a person's answer stays in the inbox when the quote is reopened.
    let status = match ctx.store.draft(id).await? {
        Some(d) if action == "reopen" => d.message.status,
        _ => "tracked".to_string(),
    };
    tx.record_reply(
        id,
        quote.id,
        action,
        &format!("set by {}", user.principal.name),
        &status,
    )
    .await?;
    tx.audit(
        quote.message_id,
        &user.principal.name,
        "override",
        Some(&format!("{}: {} → {to}", quote.reference, quote.status)),
    )
    .await?;
    tx.audit(
        id,
        &user.principal.name,
        "override",
        Some(&format!("{} is now {to}", quote.reference)),
    )
    .await?;
    tx.commit().await?;
    ctx.outbox_nudge.notify_one();
    Ok(format!("{} is now {to}", quote.reference))
}

/// A time as the page shows it without JavaScript: "25 Nov 2026 14:03 CET".
fn when_text(ms: i64, tz: chrono_tz::Tz) -> String {
    chrono::TimeZone::timestamp_millis_opt(&tz, ms)
        .single()
        .map(|t| t.format("%-d %b %Y %H:%M %Z").to_string())
        .unwrap_or_default()
}

/// Rows as JSON, each with `<field>_text`: its epoch-ms `field` written by [`when_text`].
fn with_when<T: serde::Serialize>(rows: &[T], field: &str, tz: chrono_tz::Tz) -> Vec<Value> {
    rows.iter()
        .map(|r| {
            let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
            if let Some(ms) = v.get(field).and_then(Value::as_i64) {
                v[format!("{field}_text")] = json!(when_text(ms, tz));
            }
            v
        })
        .collect()
}

pub async fn draft_page(
    State(state): State<AppState>,
    user: User,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let Some(draft) = state.ctx.store.draft(id).await? else {
        // A reply settled without a draft, or a notice to production: both belong to a quote,
        // whose email's page shows them.
        return match state.ctx.store.quote_of_message(id).await? {
            Some(q) => Ok(Redirect::to(&format!("/drafts/{}", q.message_id)).into_response()),
            None => Err(AppError::NotFound),
        };
    };
    let preview = stored_preview(&draft.analysis);
    let audit = state.ctx.store.audit_trail(id).await?;
    let out = state.ctx.store.outbox_for(id).await?;
    let mut c = page_context(
        &state,
        &user,
        draft.message.subject.as_deref().unwrap_or("(no subject)"),
        "inbox",
    );
    // Times are written in the firm's time zone; the script rewrites them in the reader's.
    let tz = state.ctx.config.track.tz();
    let mut m = row_json(&draft.message, &state.ctx.config.pricing.currency_symbol);
    m["received_text"] = json!(when_text(draft.message.received_at, tz));
    c.insert("m", &m);
    c.insert("preview", &preview);
    c.insert(
        "draft",
        &json!({"to": draft.to_addr, "subject": draft.subject, "body": draft.body}),
    );
    c.insert("audit", &with_when(&audit, "at", tz));
    c.insert("outbox", &out.as_ref().map(outbox_json));
    c.insert(
        "editable",
        &(draft.message.status == "drafted"
            && user.can_review()
            && draft.message.kind != "reminder"),
    );
    c.insert(
        "can_act",
        &(draft.message.status == "drafted" && user.can_review()),
    );
    let tracked = state.ctx.store.quote_of_message(id).await?;
    let proposal: Option<Proposal> = match &tracked {
        Some(_) => state
            .ctx
            .store
            .proposal_of(id)
            .await?
            .and_then(|p| serde_json::from_str(&p).ok()),
        None => None,
    };
    if let (Some(q), Some(p)) = (&tracked, &proposal) {
        let sym = &state.ctx.config.pricing.currency_symbol;
        let total = match (p.amount, p.hours) {
            (Some(a), _) => a,
            (None, Some(h)) => h * q.hourly_rate,
            (None, None) => q.total,
        };
        c.insert(
            "proposal",
            &json!({
                "figure": p.figure,
                "sentence": p.sentence,
                "total_text": triage::money(sym, total),
                "quote_total_text": triage::money(sym, q.total),
            }),
        );
    }
    c.insert("tracked_quote", &tracked);
    let own_quote = state.ctx.store.quote_for_client_message(id).await?;
    let replies = match &own_quote {
        Some(q) => state.ctx.store.replies_to_quote(q.id).await?,
        None => Vec::new(),
    };
    c.insert("own_quote", &own_quote);
    c.insert("replies", &with_when(&replies, "received_at", tz));
    let production: Vec<Value> = match &own_quote {
        Some(q) => state.ctx.store.production_mail(q.id).await?,
        None => Vec::new(),
    }
    .into_iter()
    .map(|(subject, to, status, at)| {
        json!({"subject": subject, "to": to, "status": status, "created_at": at})
    })
    .collect();
    c.insert("production_mail", &with_when(&production, "created_at", tz));
    c.insert(
        "answered_in",
        &out.as_ref()
            .and_then(|o| o.sent_at)
            .map(|at| crate::report::duration_text(at - draft.message.received_at)),
    );
    c.insert("categories", &["answer", "needs_info", "research", "work"]);
    answer_kinds(&state, &preview, &mut c);
    c.insert("currency", &state.ctx.config.pricing.currency_symbol);
    let rate = preview["quote"]["hourly_rate"].as_f64().unwrap_or(0.0);
    c.insert("rate_input", &format!("{rate}"));
    let next = state
        .ctx
        .store
        .review_list(&["drafted"], true, 2)
        .await?
        .into_iter()
        .map(|r| r.id)
        .find(|&i| i != id);
    c.insert("next_id", &next);
    // The questions whose answer still holds a stub (1-based): approval is refused while any is.
    let needs: Vec<usize> = crate::outbox::unanswered(&draft.analysis);
    c.insert("needs", &needs);
    Ok(state.render("draft.html", &c)?.into_response())
}

pub async fn draft_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    need_csrf(&user, &headers, form.get("csrf").map(String::as_str))?;
    let action = form.get("action").map(String::as_str).unwrap_or("save");
    let edits = Edits::from_form(&form)?;
    match act(&state, &user, id, action, &edits).await {
        // The edits are saved; the page shows which answers still hold a stub.
        Err(AppError::Unanswered(q)) => {
            tracing::info!(user = %user.principal.name, draft = id, questions = ?q, "approval refused: answers still need a person");
            return Ok(Redirect::to(&format!("/drafts/{id}#needs-answer")).into_response());
        }
        other => other?,
    };
    let to = match action {
        "approve" | "discard" => form
            .get("next")
            .and_then(|n| n.parse::<i64>().ok())
            .map_or("/".to_string(), |n| format!("/drafts/{n}")),
        // A reply settled without a draft of its own is shown on its quote's email.
        "accept" | "decline" | "reopen" if state.ctx.store.draft(id).await?.is_none() => state
            .ctx
            .store
            .quote_of_message(id)
            .await?
            .map_or("/".to_string(), |q| format!("/drafts/{}", q.message_id)),
        _ => format!("/drafts/{id}"),
    };
    Ok(Redirect::to(&to).into_response())
}

pub async fn api_draft(
    State(state): State<AppState>,
    _user: User,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let draft = state.ctx.store.draft(id).await?.ok_or(AppError::NotFound)?;
    let preview = stored_preview(&draft.analysis);
    let audit = state.ctx.store.audit_trail(id).await?;
    let out = state.ctx.store.outbox_for(id).await?;
    Ok(Json(json!({
        "message": row_json(&draft.message, &state.ctx.config.pricing.currency_symbol),
        "draft": {"to": draft.to_addr, "subject": draft.subject, "body": draft.body},
        "analysis": preview,
        "audit": audit,
        "outbox": out.as_ref().map(outbox_json),
    })))
}

pub async fn api_preview(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(edits): Json<Edits>,
) -> Result<Json<Value>, ApiError> {
    // Rendering changes nothing, but it takes the same proof as a change (it reads a draft).
    need_csrf(&user, &headers, None)?;
    let (_, preview) = apply(&state, id, &edits).await?;
    Ok(Json(json!({
        "subject": preview.draft.as_ref().map(|d| d.subject.clone()),
        "body": preview.draft.as_ref().map(|d| d.body.clone()),
        "language": preview.draft.as_ref().map(|d| d.language.clone()),
        "quote": preview.quote,
        "questions": preview.questions.iter().map(|q| json!({
            "answer": q.answer,
            "kind": q.kind,
            "category": q.category,
            "minutes": q.minutes,
            "free": q.free,
            "needs_answer": q.needs_answer,
        })).collect::<Vec<_>>(),
    })))
}

pub async fn api_draft_action(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path((id, action)): Path<(i64, String)>,
    body: Option<Json<Edits>>,
) -> Result<Json<Value>, ApiError> {
    need_csrf(&user, &headers, None)?;
    let edits = body.map(|Json(e)| e).unwrap_or_default();
    let result = act(&state, &user, id, &action, &edits).await?;
    Ok(Json(json!({ "ok": true, "result": result })))
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
    c.insert("jobs", &jobs);
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

fn need_ops(user: &User) -> Result<(), AppError> {
    if user.can_ops() {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "This page is for the ops and admin roles.".into(),
        ))
    }
}

fn ops_context(state: &AppState, user: &User) -> Context {
    let mut c = page_context(state, user, "Ops", "ops");
    c.insert("library", state.ctx.pipeline.library().entries());
    c.insert("rules", &state.ctx.config.triage.rule);
    let templates = state.ctx.pipeline.templates();
    let mut names: Vec<String> = crate::draft::TEMPLATE_NAMES
        .iter()
        .map(|n| n.to_string())
        .collect();
    names.extend(templates.languages().map(|l| format!("{l}/")));
    c.insert("templates", &names);
    c.insert("template_origin", &state.ctx.pipeline.templates().origin);
    c.insert("result", &Value::Null);
    c.insert("raw", "");
    c
}

pub async fn ops_page(State(state): State<AppState>, user: User) -> Result<Html<String>, AppError> {
    need_ops(&user)?;
    state.render("ops.html", &ops_context(&state, &user))
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

/// A stored analysis as the pages show it. Drafts made before recipient warnings existed, and
/// drafts without any, get an empty list, so a template can always loop over it.
/// The quick answers the draft page offers per question (a button and a key each), their phrases
/// in every language (for the script, as JSON safe inside a `<script>` element) and the languages
/// a reply can be written in.
fn answer_kinds(state: &AppState, preview: &Value, c: &mut Context) {
    let cfg = &state.ctx.config;
    let templates = state.ctx.pipeline.templates();
    let kinds: Vec<Value> = [
        (Kind::Yes, "Yes", "y"),
        (Kind::No, "No", "n"),
        (Kind::NeedsInfo, "Needs info", "i"),
        (Kind::Research, "Research", "r"),
        (Kind::MoreTime, "More time", "t"),
        (Kind::Written, "Write", "w"),
    ]
    .iter()
    .map(|(k, label, key)| {
        let category = k.category();
        json!({
            "kind": k.as_str(),
            "label": label,
            "key": key,
            "category": category.map(Category::as_str),
            "minutes": category.map(|c| cfg.triage.default_minutes.get(c)),
        })
    })
    .collect();
    let mut phrases = serde_json::Map::new();
    for lang in templates.languages() {
        let p = templates.phrases(lang);
        let mut by_kind = serde_json::Map::new();
        for k in Kind::ALL {
            if let (Some(quoted), Some(free)) = (k.phrase(p, true), k.phrase(p, false)) {
                by_kind.insert(k.as_str().into(), json!({"quoted": quoted, "free": free}));
            }
        }
        phrases.insert(lang.to_string(), Value::Object(by_kind));
    }
    let data = json!({"kinds": kinds, "phrases": phrases, "allowance": cfg.pricing.free_minutes});
    // Inside <script>, "</" and "<!--" must not appear; JSON allows \u003c for "<".
    let data = data.to_string().replace('<', "\\u003c");
    c.insert("kinds", &kinds);
    c.insert("kinds_json", &data);
    c.insert("languages", &templates.languages().collect::<Vec<_>>());
    let lang = templates.language(
        preview["draft"]["language"]
            .as_str()
            .or(preview["language"].as_str()),
    );
    c.insert("draft_language", lang);
}

fn stored_preview(analysis: &str) -> Value {
    let mut preview: Value = serde_json::from_str(analysis).unwrap_or(Value::Null);
    if let Some(d) = preview.get_mut("draft").and_then(Value::as_object_mut) {
        d.entry("warnings")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    preview
}
