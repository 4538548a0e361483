//! Answers given before on the Ops page (the answers given most often, proposed as library
//! entries to promote or dismiss), and who signs: each user's display name and signature on the
//! Users page.

use axum::extract::{Form, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;
use tera::Context;

use super::auth::User;
use super::handlers::{need_csrf, need_ops};
use super::{AppError, AppState};

/// Puts the learned answers' figures and the proposed library entries into the Ops page.
pub(super) async fn insert_proposals(state: &AppState, c: &mut Context) -> Result<(), AppError> {
    let ctx = &state.ctx;
    let answers = ctx.store.learned_answers().await?;
    let proposals: Vec<_> = crate::learn::proposals(&answers, ctx.config.learn.propose_after)
        .into_iter()
        .take(50)
        .map(|p| {
            json!({
                "answer": p.answer,
                "questions": p.questions,
                "language": p.language,
                "times": p.ids.len(),
                "last": crate::learn::day(p.last),
                "ids": p.ids.iter().map(i64::to_string).collect::<Vec<_>>().join(","),
            })
        })
        .collect();
    let promoted = answers.iter().filter(|a| a.state == "promoted").count();
    c.insert("learned_count", &answers.len());
    c.insert("proposals", &proposals);
    c.insert("promoted", &promoted);
    c.insert("library_file", &ctx.pipeline.library_origin);
    Ok(())
}

#[derive(Debug, Deserialize)]
pub struct LearnedForm {
    csrf: Option<String>,
    action: String,
    ids: String,
}

/// Promotes or dismisses a proposed library entry (all the learned answers it groups).
pub async fn learned_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Form(f): Form<LearnedForm>,
) -> Result<Response, AppError> {
    need_ops(&user)?;
    need_csrf(&user, &headers, f.csrf.as_deref())?;
    let state_to = match f.action.as_str() {
        "promote" => "promoted",
        "dismiss" => "dismissed",
        other => return Err(AppError::BadRequest(format!("unknown action `{other}`"))),
    };
    let ids = f
        .ids
        .split(',')
        .map(|s| s.trim().parse::<i64>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| AppError::BadRequest(format!("`{}` is not a list of ids", f.ids)))?;
    let moved = state.ctx.store.set_learned_state(&ids, state_to).await?;
    if moved == 0 {
        return Err(AppError::Conflict(
            "This proposal was already promoted or dismissed.".into(),
        ));
    }
    if state_to == "promoted" {
        // The entry goes into the answer library, in use from the next question on.
        let answers = state.ctx.store.learned_answers().await?;
        let chosen = answers.iter().filter(|a| ids.contains(&a.id));
        let entries = crate::learn::group(chosen, 1);
        super::ops_templates::add_to_library(
            &state,
            &entries,
            &user.principal.name,
            "promoted from the answers given before",
        )
        .await?;
    }
    tracing::info!(user = %user.principal.name, answers = moved, action = state_to, "learned answers");
    Ok(Redirect::to("/ops#learned").into_response())
}

#[derive(Debug, Deserialize)]
pub struct ProfileForm {
    csrf: Option<String>,
    name: String,
    display_name: String,
    signature: String,
}

/// Sets how a user signs the replies they approve (admins, for anyone).
pub async fn profile_form(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Form(f): Form<ProfileForm>,
) -> Result<Response, AppError> {
    if !user.is_admin() {
        return Err(AppError::Forbidden("Only admins manage users.".into()));
    }
    need_csrf(&user, &headers, f.csrf.as_deref())?;
    let display = f.display_name.trim();
    if display.chars().count() > 100 {
        return Err(AppError::BadRequest(
            "a display name has at most 100 characters".into(),
        ));
    }
    let signature = f.signature.replace("\r\n", "\n");
    let signature = signature.trim_end();
    if signature.lines().count() > 8 || signature.chars().count() > 600 {
        return Err(AppError::BadRequest(
            "a signature has at most 8 lines and 600 characters".into(),
        ));
    }
    let found = state
        .ctx
        .store
        .set_profile(
            f.name.trim(),
            Some(display).filter(|d| !d.is_empty()),
            Some(signature).filter(|s| !s.is_empty()),
        )
        .await?;
    if !found {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/users").into_response())
}
