//! Ops tune the templates and the answer library in the page: edit any template (every
//! language) or the library, try it on a stored email, save it (checked as `fiveminute check`
//! does: a broken template is refused with its line, a broken library entry with its id), and go
//! back to any earlier text. Saved texts live in the database (`template_versions`; the library
//! under the name [`LIBRARY`]) with who and when, and are laid over the files at start-up.

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
use crate::draft::Templates;
use crate::pipeline::{Pipeline, Trial};
use crate::store::Store;
use crate::triage::library::Library;

/// The name the answer library is edited and stored under.
pub const LIBRARY: &str = "answers.toml";

/// An edited text, checked: the templates or the library it makes.
enum Checked {
    Templates(Box<Templates>),
    Library(Box<Library>),
}

impl Checked {
    /// Checks `text` as the new text of `name`, against what is in use. `None`: no such text.
    fn new(
        pipeline: &Pipeline,
        cfg: &Config,
        name: &str,
        text: &str,
    ) -> Option<Result<Checked, String>> {
        let err = |e: anyhow::Error| format!("{e:#}");
        if name == LIBRARY {
            return Some(
                Library::parse(text, "the edited answer library")
                    .map(|l| Checked::Library(Box::new(l)))
                    .map_err(|e| err(e.into())),
            );
        }
        let current = pipeline.templates();
        current.source(name)?;
        Some(
            current
                .with_text(name, text, cfg)
                .map(|t| Checked::Templates(Box::new(t)))
                .map_err(|e| err(e.into())),
        )
    }

    /// Puts it in use.
    fn apply(self, pipeline: &Pipeline) {
        match self {
            Checked::Templates(t) => pipeline.set_templates(*t),
            Checked::Library(l) => pipeline.set_library(*l),
        }
    }

    /// Tries it on a preview.
    fn trial(self) -> Trial {
        match self {
            Checked::Templates(t) => Trial {
                templates: Some(std::sync::Arc::new(*t)),
                library: None,
            },
            Checked::Library(l) => Trial {
                templates: None,
                library: Some(std::sync::Arc::new(*l)),
            },
        }
    }
}

/// The text in use of a template or of the library.
fn source_of(pipeline: &Pipeline, name: &str) -> Option<String> {
    if name == LIBRARY {
        return Some(pipeline.library().source().to_string());
    }
    pipeline.templates().source(name).map(str::to_string)
}

/// Lays the templates saved on the Ops page over those loaded from files. A saved text that no
/// longer compiles with the files around it (they changed since) is left out, with a warning.
pub async fn apply_saved(pipeline: &Pipeline, store: &Store, cfg: &Config) -> anyhow::Result<()> {
    let saved = store.current_templates().await?;
    let base = pipeline.templates();
    let mut current: Option<Templates> = None;
    for v in &saved {
        if v.name == LIBRARY {
            match Library::parse(&v.body, "the answer library saved on the Ops page") {
                Ok(l) => {
                    tracing::info!(entries = l.entries().len(), saved_by = %v.author, "the answer library saved on the Ops page is in use");
                    pipeline.set_library(l);
                }
                Err(e) => tracing::warn!(
                    saved_by = %v.author,
                    error = %format!("{:#}", anyhow::Error::from(e)),
                    "the answer library saved on the Ops page cannot be read; the file's is used"
                ),
            }
            continue;
        }
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
pub(super) fn template_links(templates: &Templates) -> Vec<Value> {
    templates
        .names()
        .map(|n| json!({"name": n, "url": format!("/ops/templates?name={}", urlencode(n))}))
        .collect()
}

/// The library's and every template's name with the address of its editor.
fn editor_links(templates: &Templates) -> Vec<Value> {
    let mut links = vec![json!({"name": LIBRARY, "url": format!("/ops/templates?name={LIBRARY}")})];
    links.extend(template_links(templates));
    links
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
    let pipeline = &state.ctx.pipeline;
    let name = q
        .name
        .unwrap_or_else(|| format!("{}/reply.txt", pipeline.templates().default_language()));
    let text = source_of(pipeline, &name).ok_or(AppError::NotFound)?;
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
    let title = if name == LIBRARY {
        "Answer library".to_string()
    } else {
        format!("Template {name}")
    };
    let mut c = page_context(state, user, &title, "ops");
    let templates = state.ctx.pipeline.templates();
    c.insert("name", name);
    c.insert("is_library", &(name == LIBRARY));
    c.insert("library_file", &state.ctx.pipeline.library_origin);
    c.insert("names", &editor_links(&templates));
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
    let pipeline = &state.ctx.pipeline;
    let checked =
        Checked::new(pipeline, &state.ctx.config, &name, &text).ok_or(AppError::NotFound)?;
    let mut c = editor_context(&state, &user, &name, message).await?;
    c.insert("text", &text);
    let candidate = match checked {
        Ok(t) => t,
        Err(e) => {
            c.insert("error", &e);
            let mut resp = state.render("template.html", &c)?.into_response();
            *resp.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(resp);
        }
    };
    if action == "save" {
        save(&state, &name, &text, &user.principal.name, None, candidate).await?;
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
                .preview_with(&raw, candidate.trial())
                .map(|p| serde_json::to_value(&p).unwrap_or(Value::Null))
                .unwrap_or_else(|e| json!({"error": e.to_string()})),
            None => json!({"error": format!("there is no stored email {id}")}),
        },
        None => json!({"error": "no stored email to try it on yet"}),
    };
    c.insert("result", &shown);
    Ok(state.render("template.html", &c)?.into_response())
}

/// Saves a checked text (the first edit also keeps the text it replaces, so it can be gone back
/// to) and puts it in use.
async fn save(
    state: &AppState,
    name: &str,
    text: &str,
    author: &str,
    note: Option<&str>,
    checked: Checked,
) -> Result<(), AppError> {
    let store = &state.ctx.store;
    let pipeline = &state.ctx.pipeline;
    if store.template_history(name).await?.is_empty() {
        store
            .save_template(
                name,
                &source_of(pipeline, name).unwrap_or_default(),
                "fiveminute",
                Some("the text before the first edit"),
            )
            .await?;
    }
    store.save_template(name, text, author, note).await?;
    checked.apply(pipeline);
    tracing::info!(user = %author, template = %name, "template saved");
    Ok(())
}

/// Adds proposed entries to the answer library (each as `learned-<first answer's id>`, with a
/// number after it when that id is taken), checked, saved with its history and put in use.
pub(super) async fn add_to_library(
    state: &AppState,
    entries: &[crate::learn::Proposal],
    author: &str,
    note: &str,
) -> Result<(), AppError> {
    let pipeline = &state.ctx.pipeline;
    let library = pipeline.library();
    let mut text = library.source().trim_end().to_string();
    let mut taken: std::collections::HashSet<String> =
        library.entries().iter().map(|e| e.id.clone()).collect();
    for p in entries {
        let id = format!("learned-{}", p.ids.first().copied().unwrap_or_default());
        let mut unique = id.clone();
        let mut n = 2;
        while taken.contains(&unique) {
            unique = format!("{id}-{n}");
            n += 1;
        }
        text.push_str("\n\n");
        text.push_str(p.to_toml(&unique).trim_end());
        taken.insert(unique);
    }
    text.push('\n');
    let checked = Checked::new(pipeline, &state.ctx.config, LIBRARY, &text)
        .ok_or(AppError::NotFound)?
        .map_err(|e| AppError::BadRequest(format!("the library would not read: {e}")))?;
    save(state, LIBRARY, &text, author, Some(note), checked).await
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
    let t = Checked::new(&state.ctx.pipeline, &state.ctx.config, &v.name, &v.body)
        .ok_or(AppError::NotFound)?
        .map_err(|e| AppError::BadRequest(format!("that text no longer fits: {e}")))?;
    let when = super::draft_page::when_text(v.created_at, state.ctx.config.track.tz());
    store
        .save_template(
            &v.name,
            &v.body,
            &user.principal.name,
            Some(&format!("back to the text {} saved {when}", v.author)),
        )
        .await?;
    t.apply(&state.ctx.pipeline);
    tracing::info!(user = %user.principal.name, template = %v.name, version = id, "template reverted");
    Ok(Redirect::to(&format!(
        "/ops/templates?name={}&saved=1",
        urlencode(&v.name)
    ))
    .into_response())
}
