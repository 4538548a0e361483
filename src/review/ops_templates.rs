//! Ops tune the templates in the page: edit any template (every language), try it on a stored
//! email, save it (checked as `fiveminute check` does: a broken template is refused with its
//! line), and go back to any earlier text. Saved texts live in the database (`template_versions`)
//! with who and when, and are laid over the files at start-up.

use std::collections::HashMap;

use axum::extract::{Form, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::{User, urlencode};
use super::draft_page::with_when;
use super::handlers::{need_csrf, need_ops, page_context};
use super::{AppError, AppState};
use crate::config::Config;
use crate::pipeline::Pipeline;
use crate::store::Store;

/// Lays the templates saved on the Ops page over those loaded from files. A saved text that no
/// longer compiles with the files around it (they changed since) is left out, with a warning.
pub async fn apply_saved(pipeline: &Pipeline, store: &Store, cfg: &Config) -> anyhow::Result<()> {
    let saved = store.current_templates().await?;
    let base = pipeline.templates();
    let mut current: Option<crate::draft::Templates> = None;
    for v in &saved {
        let next = match &current {
            Some(t) => t.with_text(&v.name, &v.body, cfg),
            None => base.with_text(&v.name, &v.body, cfg),
        };
        match next {
            Ok(t) => current = Some(t),
            Err(e) => tracing::warn!(
                template = %v.name,
                saved_by = %v.author,
                error = %format!("{:#}", anyhow::Error::from(e)),
                "a template saved on the Ops page no longer fits the template files; the file's text is used"
            ),
        }
    }
    if let Some(t) = current {
        pipeline.set_templates(t);
        tracing::info!(
            templates = saved.len(),
            "templates saved on the Ops page are in use"
        );
    }
    Ok(())
}

/// Every template's name with the address of its editor.
pub(super) fn template_links(templates: &crate::draft::Templates) -> Vec<Value> {
    templates
        .names()
        .map(|n| json!({"name": n, "url": format!("/ops/templates?name={}", urlencode(n))}))
        .collect()
}

#[derive(Debug, Default, Deserialize)]
pub struct TemplateQuery {
    name: Option<String>,
    message: Option<i64>,
    saved: Option<u8>,
}

/// `GET /ops/templates?name=en/reply.txt`: the editor.
pub async fn template_page(
    State(state): State<AppState>,
    user: User,
    Query(q): Query<TemplateQuery>,
) -> Result<Html<String>, AppError> {
    need_ops(&user)?;
    let templates = state.ctx.pipeline.templates();
    let name = q
        .name
        .unwrap_or_else(|| format!("{}/reply.txt", templates.default_language()));
    let text = templates
        .source(&name)
        .ok_or(AppError::NotFound)?
        .to_string();
    let mut c = editor_context(&state, &user, &name, q.message).await?;
    c.insert("text", &text);
    if q.saved.is_some() {
        c.insert("saved", &true);
    }
    state.render("template.html", &c)
}

async fn editor_context(
    state: &AppState,
    user: &User,
    name: &str,
    message: Option<i64>,
) -> Result<tera::Context, AppError> {
    let mut c = page_context(state, user, &format!("Template {name}"), "ops");
    let templates = state.ctx.pipeline.templates();
    c.insert("name", name);
    c.insert("names", &template_links(&templates));
    let tz = state.ctx.config.track.tz();
    let history: Vec<Value> = state
        .ctx
        .store
        .template_history(name)
        .await?
        .iter()
        .map(|v| {
            json!({"id": v.id, "author": v.author, "created_at": v.created_at, "note": v.note,
                   "lines": v.body.lines().count()})
        })
        .collect();
    c.insert("history", &with_when(&history, "created_at", tz));
    // The email to try it on: the one asked for, else the newest with a draft.
    let message = match message {
        Some(m) => Some(m),
        None => state
            .ctx
            .store
            .review_list(&["drafted", "approved", "sent"], false, 1)
            .await?
            .first()
            .map(|r| r.id),
    };
    c.insert("message", &message);
    c.insert("name_url", &urlencode(name));
    Ok(c)
}

/// `POST /ops/templates`: `action=preview` renders a stored email's reply with the text as
/// typed; `action=save` checks and saves it; both refuse a broken template with its error.
pub async fn template_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    need_ops(&user)?;
    need_csrf(&user, &headers, form.get("csrf").map(String::as_str))?;
    let name = form
        .get("name")
        .cloned()
        .ok_or_else(|| AppError::BadRequest("which template?".into()))?;
    let text = form
        .get("text")
        .cloned()
        .unwrap_or_default()
        .replace("\r\n", "\n");
    let message = form
        .get("message")
        .and_then(|m| m.trim().parse::<i64>().ok());
    let action = form.get("action").map_or("preview", String::as_str);
    let current = state.ctx.pipeline.templates();
    if current.source(&name).is_none() {
        return Err(AppError::NotFound);
    }
    let checked = current.with_text(&name, &text, &state.ctx.config);
    let mut c = editor_context(&state, &user, &name, message).await?;
    c.insert("text", &text);
    let candidate = match checked {
        Ok(t) => t,
        Err(e) => {
            c.insert("error", &format!("{:#}", anyhow::Error::from(e)));
            let mut resp = state.render("template.html", &c)?.into_response();
            *resp.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(resp);
        }
    };
    if action == "save" {
        let store = &state.ctx.store;
        if store.template_history(&name).await?.is_empty() {
            // The first edit keeps the text it replaces, so it can be gone back to.
            store
                .save_template(
                    &name,
                    current.source(&name).unwrap_or(""),
                    "fiveminute",
                    Some("the text before the first edit"),
                )
                .await?;
        }
        store
            .save_template(&name, &text, &user.principal.name, None)
            .await?;
        state.ctx.pipeline.set_templates(candidate);
        tracing::info!(user = %user.principal.name, template = %name, "template saved");
        return Ok(
            Redirect::to(&format!("/ops/templates?name={}&saved=1", urlencode(&name)))
                .into_response(),
        );
    }
    // Preview: the stored email's reply as the edited template writes it.
    let shown = match message {
        Some(id) => match state.ctx.store.raw_message(id).await? {
            Some(raw) => state
                .ctx
                .pipeline
                .preview_with(&raw, std::sync::Arc::new(candidate))
                .map(|p| serde_json::to_value(&p).unwrap_or(Value::Null))
                .unwrap_or_else(|e| json!({"error": e.to_string()})),
            None => json!({"error": format!("there is no stored email {id}")}),
        },
        None => json!({"error": "no stored email to try it on yet"}),
    };
    c.insert("result", &shown);
    Ok(state.render("template.html", &c)?.into_response())
}

/// `POST /ops/templates/revert` (`id`): saves an earlier text again, as a new version.
pub async fn revert_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    need_ops(&user)?;
    need_csrf(&user, &headers, form.get("csrf").map(String::as_str))?;
    let id = form
        .get("id")
        .and_then(|i| i.parse::<i64>().ok())
        .ok_or_else(|| AppError::BadRequest("which version?".into()))?;
    let store = &state.ctx.store;
    let v = store
        .template_version(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let t = state
        .ctx
        .pipeline
        .templates()
        .with_text(&v.name, &v.body, &state.ctx.config)
        .map_err(|e| {
            AppError::BadRequest(format!(
                "that text no longer fits the other templates: {:#}",
                anyhow::Error::from(e)
            ))
        })?;
    let when = super::draft_page::when_text(v.created_at, state.ctx.config.track.tz());
    store
        .save_template(
            &v.name,
            &v.body,
            &user.principal.name,
            Some(&format!("back to the text {} saved {when}", v.author)),
        )
        .await?;
    state.ctx.pipeline.set_templates(t);
    tracing::info!(user = %user.principal.name, template = %v.name, version = id, "template reverted");
    Ok(Redirect::to(&format!(
        "/ops/templates?name={}&saved=1",
        urlencode(&v.name)
    ))
    .into_response())
}
