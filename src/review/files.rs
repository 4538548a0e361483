//! Attachments: the client's files (listed on the draft and the job, downloaded only, never shown
//! inline, under the type their bytes show) and the files a manager attaches to a reply.

use axum::Json;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::{Value, json};

use super::auth::User;
use super::handlers::{need_csrf, need_review};
use super::{AppError, AppState};
use crate::parse::files::{check, clean_name, disposition, files, send_type, size_text};

/// The client's files of a stored message, for a page: number (1-based), name, size, what the
/// bytes are, a warning when they disagree with the name or type, and the download address.
pub(super) fn client_files(id: i64, raw: &[u8]) -> Vec<Value> {
    files(raw)
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let c = check(&f.name, &f.declared, &f.bytes);
            json!({
                "n": i + 1,
                "name": f.name,
                "size_text": size_text(f.bytes.len()),
                "what": c.what,
                "warning": c.warning,
                "url": format!("/drafts/{id}/files/{}", i + 1),
            })
        })
        .collect()
}

/// A manager's files on a message's reply, for a page.
pub(super) async fn reply_files(state: &AppState, id: i64) -> Result<Vec<Value>, AppError> {
    Ok(state
        .ctx
        .store
        .reply_files(id)
        .await?
        .iter()
        .map(|f| {
            json!({
                "id": f.id,
                "name": f.name,
                "size_text": size_text(usize::try_from(f.size).unwrap_or(0)),
                "added_by": f.added_by,
                "url": format!("/drafts/{id}/reply-files/{}", f.id),
            })
        })
        .collect())
}

/// A file as a download: `attachment` always, the type its bytes show, nothing the browser may
/// run or sniff, and no copy kept.
fn download(name: &str, declared: &str, bytes: Vec<u8>) -> Response {
    let c = check(name, declared, &bytes);
    let mut resp = bytes.into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(c.served));
    if let Ok(v) = HeaderValue::from_str(&disposition(name)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    resp
}

/// `GET /drafts/{id}/files/{n}`: the client's n-th file.
pub async fn client_file(
    State(state): State<AppState>,
    user: User,
    Path((id, n)): Path<(i64, usize)>,
) -> Result<Response, AppError> {
    let raw = state
        .ctx
        .store
        .raw_message(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut all = files(&raw);
    if n == 0 || n > all.len() {
        return Err(AppError::NotFound);
    }
    let f = all.swap_remove(n - 1);
    tracing::info!(user = %user.principal.name, message = id, file = %f.name, "attachment downloaded");
    Ok(download(&f.name, &f.declared, f.bytes))
}

/// `GET /drafts/{id}/reply-files/{file}`: a file attached to our reply.
pub async fn reply_file(
    State(state): State<AppState>,
    _user: User,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (name, ct, bytes) = state
        .ctx
        .store
        .reply_file(id, file)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(download(&name, &ct, bytes))
}

/// Reads an upload: the CSRF field and the files, each checked against the limits.
async fn read_upload(
    state: &AppState,
    mut form: Multipart,
) -> Result<(Option<String>, Vec<(String, String, Vec<u8>)>), AppError> {
    let limits = &state.ctx.config.review;
    let mut csrf = None;
    let mut got = Vec::new();
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| AppError::BadRequest(format!("the upload could not be read: {e}")))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.ok(),
            Some("file") => {
                let name = clean_name(field.file_name().unwrap_or(""));
                let declared = field
                    .content_type()
                    .unwrap_or("application/octet-stream")
                    .to_ascii_lowercase();
                let bytes = field.bytes().await.map_err(|e| {
                    AppError::BadRequest(format!(
                        "the file could not be read ({e}); files up to {} are accepted",
                        size_text(usize::try_from(limits.max_attachment_bytes).unwrap_or(0))
                    ))
                })?;
                // A file input left empty sends a part with no name and no bytes.
                if name.is_empty() && bytes.is_empty() {
                    continue;
                }
                if name.is_empty() {
                    return Err(AppError::BadRequest("a file has no name".into()));
                }
                if bytes.len() as u64 > limits.max_attachment_bytes {
                    return Err(AppError::BadRequest(format!(
                        "{name} is {}; files up to {} can be attached (review.max_attachment_bytes)",
                        size_text(bytes.len()),
                        size_text(usize::try_from(limits.max_attachment_bytes).unwrap_or(0))
                    )));
                }
                got.push((name, declared, bytes.to_vec()));
            }
            _ => {}
        }
    }
    if got.is_empty() {
        return Err(AppError::BadRequest("choose a file to attach".into()));
    }
    Ok((csrf, got))
}

/// Stores uploaded files on a drafted message's reply, within the total limit, with the audit.
async fn attach(
    state: &AppState,
    user: &User,
    id: i64,
    files: Vec<(String, String, Vec<u8>)>,
) -> Result<(), AppError> {
    need_review(user)?;
    let store = &state.ctx.store;
    let draft = store.draft(id).await?.ok_or(AppError::NotFound)?;
    if draft.message.status != "drafted" {
        return Err(AppError::Conflict(
            "Files can be attached only to a reply that is still a draft.".into(),
        ));
    }
    let total_max = state.ctx.config.review.max_attachments_total_bytes;
    let mut tx = store.begin().await?;
    let mut total = u64::try_from(tx.reply_files_size(id).await?).unwrap_or(0);
    for (name, declared, bytes) in &files {
        total += bytes.len() as u64;
        if total > total_max {
            return Err(AppError::BadRequest(format!(
                "with {name} the reply's files would weigh {}; up to {} can go with one reply \
                 (review.max_attachments_total_bytes)",
                size_text(usize::try_from(total).unwrap_or(usize::MAX)),
                size_text(usize::try_from(total_max).unwrap_or(0))
            )));
        }
        let ct = send_type(name, declared, bytes);
        tx.add_reply_file(id, name, &ct, bytes, &user.principal.name)
            .await?;
        tx.audit(
            id,
            &user.principal.name,
            "attached",
            Some(&format!("{name} ({})", size_text(bytes.len()))),
        )
        .await?;
    }
    tx.commit().await?;
    tracing::info!(user = %user.principal.name, draft = id, files = files.len(), "files attached");
    Ok(())
}

/// `POST /drafts/{id}/attach` (multipart: `csrf`, one or more `file`).
pub async fn attach_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
    form: Multipart,
) -> Result<Response, AppError> {
    let (csrf, files) = read_upload(&state, form).await?;
    need_csrf(&user, &headers, csrf.as_deref())?;
    attach(&state, &user, id, files).await?;
    Ok(Redirect::to(&format!("/drafts/{id}#files")).into_response())
}

/// `POST /api/drafts/{id}/files` (multipart: one or more `file`): the reply's files after.
pub async fn api_attach(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
    form: Multipart,
) -> Result<Json<Value>, super::ApiError> {
    let (csrf, files) = read_upload(&state, form).await?;
    need_csrf(&user, &headers, csrf.as_deref())?;
    attach(&state, &user, id, files).await?;
    Ok(Json(json!({"files": reply_files(&state, id).await?})))
}

/// `POST /drafts/{id}/reply-files/{file}/remove`.
pub async fn remove_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path((id, file)): Path<(i64, i64)>,
    axum::extract::Form(form): axum::extract::Form<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    need_csrf(&user, &headers, form.get("csrf").map(String::as_str))?;
    need_review(&user)?;
    let status = state
        .ctx
        .store
        .message(id)
        .await?
        .ok_or(AppError::NotFound)?
        .status;
    if status != "drafted" {
        return Err(AppError::Conflict(
            "This reply has left the draft stage; its files stay as they were sent.".into(),
        ));
    }
    let mut tx = state.ctx.store.begin().await?;
    let name = tx
        .remove_reply_file(id, file)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.audit(id, &user.principal.name, "removed a file", Some(&name))
        .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/drafts/{id}#files")).into_response())
}
