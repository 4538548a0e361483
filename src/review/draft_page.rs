//! The draft page and its API: a draft's questions with their quick answers, edits priced and
//! rendered again, and the actions on it (save, approve, discard, decisions on replies).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use tera::Context;

use super::auth::User;
use super::{ApiError, AppError, AppState};
use crate::outbox;
use crate::pipeline::Preview;
use crate::store::DraftRow;
use crate::track::ToProduction;
use crate::track::classify::Proposal;
use crate::triage::{self, Category, Kind};

use super::handlers::{need_csrf, need_review, outbox_json, page_context, row_json};

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
    /// The draft's version the person's page showed (`version` of `GET /api/drafts/{id}`): a
    /// save on an older copy is refused (409) rather than overwrite a colleague's edit.
    version: Option<i64>,
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
        e.version = form.get("version").and_then(|v| v.trim().parse().ok());
        Ok(e)
    }
}

/// The draft with the edits applied, priced and rendered again (nothing saved).
///
/// A changed kind without a changed answer gets the kind's phrase, and its category and minutes
/// when those were not changed either. The price rule runs again on the edited minutes: a quote
/// appears when a question takes longer than the allowance (its reference is given on save), and
/// goes when none does. Hours typed by a person stand; otherwise they follow the minutes.
async fn apply(
    state: &AppState,
    id: i64,
    edits: &Edits,
    user: &User,
) -> Result<(DraftRow, Preview), AppError> {
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
    let old_lang = ctx.pipeline.reply_language(&preview);
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
    // With no one signer configured, the person who saves or approves signs.
    if cfg.firm.signer.is_none()
        && let Some(d) = preview.draft.as_mut()
    {
        d.signed_by = Some(signer_of(state, user).await?);
    }
    let raw = ctx.store.raw_message(id).await?.ok_or(AppError::NotFound)?;
    let mail = crate::parse::parse(&raw).map_err(|e| AppError::Internal(e.to_string()))?;
    ctx.pipeline
        .render_in(&mail, &mut preview, &lang)
        .map_err(|e| AppError::Internal(format!("{:#}", anyhow::Error::from(e))))?;
    Ok((draft, preview))
}

/// How a user signs: their display name (else their login name) and signature.
async fn signer_of(state: &AppState, user: &User) -> Result<crate::draft::Signer, AppError> {
    let (display, signature) = state
        .ctx
        .store
        .profile(&user.principal.name)
        .await?
        .unwrap_or_default();
    Ok(crate::draft::Signer {
        name: display
            .filter(|d| !d.trim().is_empty())
            .unwrap_or_else(|| user.principal.name.clone()),
        signature: signature.unwrap_or_default(),
    })
}

/// The reference a quote made by an edit shows until it is saved and given its number.
const NEW_QUOTE: &str = "NEW-QUOTE";

async fn save(state: &AppState, user: &User, id: i64, edits: &Edits) -> Result<(), AppError> {
    let ctx = &state.ctx;
    let (draft, mut preview) = apply(state, id, edits, user).await?;
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
    let saved = tx
        .update_draft(
            id,
            &d.subject,
            &d.body,
            &analysis,
            i64::try_from(preview.questions.len()).unwrap_or(0),
            preview
                .quote
                .as_ref()
                .map(|q| (q.hours, q.hourly_rate, q.total)),
            edits.version,
        )
        .await?;
    if !saved {
        // Someone saved since this page was opened: say who, and overwrite nothing.
        let last = ctx
            .store
            .audit_trail(id)
            .await?
            .into_iter()
            .rfind(|a| a.action == "edited")
            .map(|a| format!(" ({} saved it)", a.actor))
            .unwrap_or_default();
        return Err(AppError::Conflict(format!(
            "This draft was changed after you opened it{last}. Your changes were not saved: open it again to see theirs."
        )));
    }
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
        // Takes back an approval not yet tried, or a discard: the message is a draft again.
        "undo" => {
            let m = current.as_ref().map(|d| d.message.status.clone());
            let mut tx = ctx.store.begin().await?;
            let what = match m.as_deref() {
                Some("approved") => {
                    if !tx.undo_approval(id).await? {
                        return Err(AppError::Conflict(
                            "Too late to undo: sending this reply has begun.".into(),
                        ));
                    }
                    "approval undone"
                }
                Some("discarded") => {
                    tx.transition(id, &["discarded"], "drafted", None).await?;
                    "restored"
                }
                _ => {
                    return Err(AppError::Conflict(
                        "Only an approval not yet sent, or a discard, can be undone.".into(),
                    ));
                }
            };
            tx.audit(id, &user.principal.name, what, None).await?;
            tx.commit().await?;
            tracing::info!(user = %user.principal.name, draft = id, "{what}");
            Ok(what.into())
        }
        // "I answer this one": the inbox shows who took it; "release" gives it back.
        "take" | "release" => {
            let owner = (action == "take").then_some(user.principal.name.as_str());
            let mut tx = ctx.store.begin().await?;
            if kind.is_empty() || !tx.take(id, owner).await? {
                return Err(AppError::NotFound);
            }
            tx.audit(
                id,
                &user.principal.name,
                if owner.is_some() { "took" } else { "released" },
                None,
            )
            .await?;
            tx.commit().await?;
            Ok(if owner.is_some() { "taken" } else { "released" }.into())
        }
        // Mail the pipeline found nothing to answer in: a person wants to answer it all the same.
        "draft" => {
            let mut tx = ctx.store.begin().await?;
            if !tx.draft_after_all(id).await? {
                return Err(AppError::Conflict(
                    "Only mail found to need no reply can be drafted after all.".into(),
                ));
            }
            tx.audit(
                id,
                &user.principal.name,
                "draft asked for",
                Some("a person asked for a reply after all"),
            )
            .await?;
            tx.commit().await?;
            tracing::info!(user = %user.principal.name, message = id, "draft asked for after all");
            ctx.nudge.notify_one();
            Ok("queued for a draft".into())
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
    let phrases = templates.phrases(&ctx.pipeline.reply_language(&preview));
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
pub(super) fn when_text(ms: i64, tz: chrono_tz::Tz) -> String {
    chrono::TimeZone::timestamp_millis_opt(&tz, ms)
        .single()
        .map(|t| t.format("%-d %b %Y %H:%M %Z").to_string())
        .unwrap_or_default()
}

/// Rows as JSON, each with `<field>_text`: its epoch-ms `field` written by [`when_text`].
pub(super) fn with_when<T: serde::Serialize>(
    rows: &[T],
    field: &str,
    tz: chrono_tz::Tz,
) -> Vec<Value> {
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

/// `?done=ID` (a draft just approved or discarded, with its "Undo") and `?saved=1`.
#[derive(Debug, Default, Deserialize)]
pub struct DoneQuery {
    done: Option<i64>,
    saved: Option<u8>,
}

/// The line at the top of a page after an approval, a discard or a save: what was done, and
/// "Undo" while it still can be.
pub(super) async fn done_banner(
    state: &AppState,
    q: &DoneQuery,
    c: &mut Context,
) -> Result<(), AppError> {
    if q.saved.is_some() {
        c.insert("saved", &true);
    }
    let Some(id) = q.done else {
        return Ok(());
    };
    let Some(d) = state.ctx.store.draft(id).await? else {
        return Ok(());
    };
    let subject = if d.subject.trim().is_empty() {
        "(no subject)".to_string()
    } else {
        d.subject.clone()
    };
    let now = state.ctx.clock.now_ms();
    let banner = match d.message.status.as_str() {
        "approved" => match state.ctx.store.outbox_for(id).await? {
            Some(o) if o.status == "pending" && o.attempts == 0 => {
                let secs = ((o.next_attempt_at - now).max(0) + 999) / 1000;
                json!({"id": id, "text": format!("Approved “{subject}”: it goes out in {secs} s."), "undo": true})
            }
            _ => {
                json!({"id": id, "text": format!("Approved “{subject}”: sending."), "undo": false})
            }
        },
        "sent" => json!({"id": id, "text": format!("Sent “{subject}”."), "undo": false}),
        "discarded" => {
            json!({"id": id, "text": format!("Discarded “{subject}”: no reply."), "undo": true})
        }
        _ => return Ok(()),
    };
    c.insert("done", &banner);
    Ok(())
}

pub async fn draft_page(
    State(state): State<AppState>,
    user: User,
    Path(id): Path<i64>,
    done: Query<DoneQuery>,
) -> Result<Response, AppError> {
    let Some(draft) = state.ctx.store.draft(id).await? else {
        // A reply settled without a draft, or a notice to production: both belong to a quote,
        // whose email's page shows them.
        return match state.ctx.store.quote_of_message(id).await? {
            Some(q) => Ok(Redirect::to(&format!("/drafts/{}", q.message_id)).into_response()),
            // Mail with no draft (no reply needed, machine-made, failed, or not yet read).
            None => super::find::message_page(&state, &user, id).await,
        };
    };
    let preview = stored_preview(&draft.analysis);
    // Two managers on one draft see each other.
    state.ctx.store.seen(id, &user.principal.name).await?;
    let others: Vec<String> = state
        .ctx
        .store
        .others_here(id, &user.principal.name, PRESENCE_MS)
        .await?
        .into_iter()
        .map(|(n, _)| n)
        .collect();
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
    c.insert("version", &draft.version);
    c.insert("others", &others);
    c.insert("owner", &draft.message.owner);
    c.insert(
        "notes",
        &with_when(
            &state.ctx.store.notes(id).await?,
            "created_at",
            state.ctx.config.track.tz(),
        ),
    );
    c.insert(
        "draft",
        &json!({"to": draft.to_addr, "subject": draft.subject, "body": draft.body}),
    );
    c.insert("audit", &with_when(&audit, "at", tz));
    c.insert("outbox", &out.as_ref().map(outbox_json));
    let raw = state.ctx.store.raw_message(id).await?.unwrap_or_default();
    c.insert("client_files", &super::files::client_files(id, &raw));
    c.insert("reply_files", &super::files::reply_files(&state, id).await?);
    c.insert(
        "max_attachment_text",
        &crate::parse::files::size_text(
            usize::try_from(state.ctx.config.review.max_attachment_bytes).unwrap_or(0),
        ),
    );
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
    c.insert(
        "from_url",
        &draft
            .message
            .from_addr
            .as_deref()
            .map(super::auth::urlencode),
    );
    done_banner(&state, &done, &mut c).await?;
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
        // The next draft, with a line saying what was done and an "Undo".
        "approve" | "discard" => form
            .get("next")
            .and_then(|n| n.parse::<i64>().ok())
            .map_or(format!("/?done={id}"), |n| format!("/drafts/{n}?done={id}")),
        "save" => format!("/drafts/{id}?saved=1"),
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
        "draft": {"to": draft.to_addr, "subject": draft.subject, "body": draft.body, "version": draft.version},
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
    let (_, preview) = apply(&state, id, &edits, &user).await?;
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

/// How long a page view counts as "has it open" (the page says so again every 20 s).
const PRESENCE_MS: i64 = 60_000;

/// `POST /api/drafts/{id}/presence`: notes that the caller has the draft open, and answers who
/// else has, the draft's version and who saved it last (the page warns when it changed).
pub async fn api_presence(
    State(state): State<AppState>,
    user: User,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<axum::Json<Value>, super::ApiError> {
    need_csrf(&user, &headers, None)?;
    let store = &state.ctx.store;
    let draft = store.draft(id).await?.ok_or(AppError::NotFound)?;
    store.seen(id, &user.principal.name).await?;
    let others: Vec<String> = store
        .others_here(id, &user.principal.name, PRESENCE_MS)
        .await?
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    Ok(axum::Json(json!({
        "others": others,
        "version": draft.version,
        "saved_by": store.last_saver(id).await?,
        "owner": draft.message.owner,
        "status": draft.message.status,
    })))
}
