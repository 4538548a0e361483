//! Finding mail: the search page (sender, subject and the client's words) and the client page
//! (every email, quote and job of one client, and what they were given free).

use axum::Json;
use axum::extract::{Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::User;
use super::draft_page::with_when;
use super::handlers::{need_csrf, page_context};
use super::{ApiError, AppError, AppState};

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// The most results a search shows.
const SEARCH_LIMIT: i64 = 200;

/// `GET /search?q=…`: messages whose sender, subject or words hold every word typed (or words
/// starting with them), best match first.
pub async fn search_page(
    State(state): State<AppState>,
    user: User,
    Query(q): Query<SearchQuery>,
) -> Result<Html<String>, AppError> {
    let text = q.q.trim();
    let found = if text.is_empty() {
        Vec::new()
    } else {
        state.ctx.store.search(text, SEARCH_LIMIT).await?
    };
    let mut c = page_context(&state, &user, "Search", "search");
    c.insert("q", text);
    let mut rows = with_when(&found, "received_at", state.ctx.config.track.tz());
    for r in &mut rows {
        if let Some(from) = r["from"].as_str() {
            r["from_url"] = json!(super::auth::urlencode(from));
        }
    }
    c.insert("rows", &rows);
    c.insert("limit", &SEARCH_LIMIT);
    state.render("search.html", &c)
}

/// `GET /clients/{address}`: the client's emails, quotes and jobs, and the free minutes given.
pub async fn client_page(
    State(state): State<AppState>,
    user: User,
    Path(address): Path<String>,
) -> Result<Html<String>, AppError> {
    let store = &state.ctx.store;
    let address = address.trim().to_lowercase();
    let mail = store.client_messages(&address, 500).await?;
    let quotes = store.client_quotes(&address).await?;
    if mail.is_empty() && quotes.is_empty() {
        return Err(AppError::NotFound);
    }
    let (free_questions, free_minutes) = store.client_free(&address).await?;
    let sym = &state.ctx.config.pricing.currency_symbol;
    let quotes: Vec<Value> = quotes
        .iter()
        .map(|(message_id, reference, status, total)| {
            json!({"message_id": message_id, "reference": reference, "status": status,
                   "total_text": crate::triage::money(sym, *total)})
        })
        .collect();
    let name = mail.iter().find_map(|m| m.from_name.clone());
    let mut c = page_context(&state, &user, "Client", "search");
    c.insert("address", &address);
    c.insert("name", &name);
    c.insert(
        "mail",
        &with_when(&mail, "received_at", state.ctx.config.track.tz()),
    );
    c.insert("quotes", &quotes);
    c.insert("free_questions", &free_questions);
    c.insert("free_minutes", &free_minutes);
    state.render("client.html", &c)
}

#[derive(Debug, Deserialize)]
pub struct NoteForm {
    csrf: Option<String>,
    text: String,
}

/// The longest note, in characters.
const NOTE_MAX: usize = 4000;

async fn add_note(state: &AppState, user: &User, id: i64, text: &str) -> Result<(), AppError> {
    let text = text.trim().replace("\r\n", "\n");
    if text.is_empty() {
        return Err(AppError::BadRequest("a note needs some text".into()));
    }
    if text.chars().count() > NOTE_MAX {
        return Err(AppError::BadRequest(format!(
            "a note has at most {NOTE_MAX} characters"
        )));
    }
    if !state
        .ctx
        .store
        .add_note(id, &user.principal.name, &text)
        .await?
    {
        return Err(AppError::NotFound);
    }
    tracing::info!(user = %user.principal.name, message = id, "note added");
    Ok(())
}

/// `POST /drafts/{id}/notes`: an internal note on the email, for colleagues and production; never
/// sent to the client.
pub async fn note_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<NoteForm>,
) -> Result<Response, AppError> {
    need_csrf(&user, &headers, f.csrf.as_deref())?;
    add_note(&state, &user, id, &f.text).await?;
    Ok(Redirect::to(&format!("/drafts/{id}#notes")).into_response())
}

#[derive(Debug, Deserialize)]
pub struct NoteBody {
    text: String,
}

/// `POST /api/drafts/{id}/notes` with `{"text": "..."}`.
pub async fn api_note(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(b): Json<NoteBody>,
) -> Result<Json<Value>, ApiError> {
    need_csrf(&user, &headers, None)?;
    add_note(&state, &user, id, &b.text).await?;
    Ok(Json(
        json!({"ok": true, "notes": state.ctx.store.notes(id).await.map_err(AppError::from)?}),
    ))
}

/// The page of mail that has no draft: what the client wrote, why nothing was drafted, its
/// history, and (for mail found to need no reply) "Draft a reply after all". While the worker is
/// still reading it, the page says so and looks again every two seconds.
pub(super) async fn message_page(
    state: &AppState,
    user: &User,
    id: i64,
) -> Result<Response, AppError> {
    let store = &state.ctx.store;
    let Some(row) = store.message(id).await? else {
        return Err(AppError::NotFound);
    };
    // The caller found no draft a moment ago; if the worker's draft has landed since, the
    // browser goes to it (this page would show neither the draft nor "reading").
    if store.draft(id).await?.is_some() {
        return Ok(Redirect::to(&format!("/drafts/{id}")).into_response());
    }
    let raw = store.raw_message(id).await?.unwrap_or_default();
    let tz = state.ctx.config.track.tz();
    let mut m = super::handlers::row_json(&row, &state.ctx.config.pricing.currency_symbol);
    m["received_text"] = json!(super::draft_page::when_text(row.received_at, tz));
    let (text, date) = match crate::parse::parse(&raw) {
        Ok(mail) => (
            if mail.parts.new_text.trim().is_empty() {
                mail.body.clone()
            } else {
                mail.parts.new_text.clone()
            },
            mail.date.clone(),
        ),
        Err(e) => (format!("(this message cannot be read: {e})"), None),
    };
    let mut c = page_context(
        state,
        user,
        row.subject.as_deref().unwrap_or("(no subject)"),
        if matches!(row.status.as_str(), "no_reply" | "ignored") {
            "no-reply"
        } else {
            "inbox"
        },
    );
    c.insert("m", &m);
    c.insert("client_files", &super::files::client_files(id, &raw));
    c.insert("text", &text);
    c.insert("date", &date);
    c.insert("audit", &with_when(&store.audit_trail(id).await?, "at", tz));
    c.insert(
        "notes",
        &with_when(&store.notes(id).await?, "created_at", tz),
    );
    c.insert(
        "can_draft",
        &(user.can_review() && matches!(row.status.as_str(), "no_reply" | "ignored")),
    );
    c.insert("reading", &(row.status == "received"));
    if row.status == "received" {
        c.insert("refresh", &2);
    }
    Ok(state.render("message.html", &c)?.into_response())
}
