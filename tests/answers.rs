//! The five-minute answers through the review API: a kind per question with its phrase, the
//! price rule run again on each edit (a quote appears when a question takes longer than the
//! allowance and goes when none does), and replies written in the client's language.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use fiveminute::review::auth;
use serde_json::{Value, json};
use support::web::*;

/// A bearer token for `name`, and a request maker with it.
async fn api(e: &Env, name: &str) -> impl Fn(&str, String, Value) -> Request<Body> + use<> {
    let user = e.ctx.store.user(name).await.expect("user").expect("exists");
    let token = auth::random_token();
    e.ctx
        .store
        .add_api_token(user.id, &auth::token_hash(&token), "test")
        .await
        .expect("token");
    let bearer = format!("Bearer {token}");
    move |method: &str, path: String, body: Value| {
        Request::builder()
            .method(method)
            .uri(path)
            .header(header::AUTHORIZATION, &bearer)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .expect("request")
    }
}

async fn call(e: &Env, req: Request<Body>) -> (StatusCode, Value) {
    let r = e.send(req).await;
    let code = r.status();
    let body = text(r).await;
    (
        code,
        serde_json::from_str(&body).unwrap_or(Value::String(body)),
    )
}

const QUICK: &str = "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Two questions\r\nMessage-ID: <quick-1@client.example>\r\nDate: Mon, 2 Nov 2026 09:00:00 +0000\r\n\r\n\
Hi,\r\n\r\nIs the VAT return due this month?\r\nHas Marc signed the lease yet?\r\n\r\nThanks,\r\nAlice\r\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kinds_set_the_answer_and_the_quote_follows_the_work() {
    let e = env().await;
    let id = e.drafted(QUICK).await;
    let req = api(&e, "mia").await;
    let draft = e.ctx.store.draft(id).await.expect("draft").expect("exists");
    assert!(draft.quote_id.is_none(), "two quick questions: no quote");
    let analysis: Value = serde_json::from_str(&draft.analysis).expect("json");
    assert_eq!(analysis["quote"], Value::Null);
    assert_eq!(analysis["questions"][0]["kind"], "open");
    assert_eq!(analysis["questions"][0]["needs_answer"], true);

    // Yes to the first, research on the second: its 30 minutes pass the allowance.
    let edits = json!({"kinds": ["yes", "research"]});
    let (code, p) = call(
        &e,
        req("POST", format!("/api/drafts/{id}/preview"), edits.clone()),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{p}");
    assert_eq!(p["questions"][0]["answer"], "Yes.");
    assert_eq!(p["questions"][1]["minutes"], 30);
    assert_eq!(p["questions"][1]["free"], false);
    assert!(
        p["questions"][1]["answer"]
            .as_str()
            .is_some_and(|a| a.contains("offer below")),
        "{p}"
    );
    assert_eq!(p["quote"]["hours"], 0.5, "{p}");
    let body = p["body"].as_str().unwrap_or_default();
    assert!(
        body.contains("Question 2 will take more than a quick answer: I will need 30 minutes"),
        "{body}"
    );

    // Saved, the quote gets its number and its row.
    let (code, r) = call(&e, req("POST", format!("/api/drafts/{id}/save"), edits)).await;
    assert_eq!(code, StatusCode::OK, "{r}");
    let draft = e.ctx.store.draft(id).await.expect("draft").expect("exists");
    assert!(draft.quote_id.is_some(), "the edit added a quote");
    assert!(draft.subject.contains("[Q-0001]"), "{}", draft.subject);
    assert!(
        draft.body.contains("[Q-0001]") && !draft.body.contains("NEW-QUOTE"),
        "{}",
        draft.body
    );
    let audit = e.ctx.store.audit_trail(id).await.expect("audit");
    assert!(
        audit.iter().any(|a| a
            .detail
            .as_deref()
            .is_some_and(|d| d.contains("quote Q-0001 added"))),
        "{audit:?}"
    );

    // Both quick again: the quote goes, and nothing is left to send with a number.
    let edits =
        json!({"kinds": ["yes", "written"], "answers": ["Yes.", "Yes, he signed it on Monday."]});
    let (code, r) = call(
        &e,
        req("POST", format!("/api/drafts/{id}/save"), edits.clone()),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{r}");
    let draft = e.ctx.store.draft(id).await.expect("draft").expect("exists");
    assert!(draft.quote_id.is_none(), "the quote was dropped");
    assert!(!draft.subject.contains("[Q-"), "{}", draft.subject);
    assert!(!draft.body.contains("I will need"), "{}", draft.body);
    let (code, r) = call(&e, req("POST", format!("/api/drafts/{id}/approve"), edits)).await;
    assert_eq!(code, StatusCode::OK, "{r}");
    let raw = e
        .ctx
        .store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("queued")
        .raw;
    let raw = String::from_utf8_lossy(&raw);
    assert!(
        raw.contains("he signed it on Monday") && !raw.contains('['),
        "{raw}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kind_left_open_cannot_be_approved_and_an_unknown_kind_is_named() {
    let e = env().await;
    let id = e.drafted(QUICK).await;
    let req = api(&e, "mia").await;
    let (code, r) = call(
        &e,
        req(
            "POST",
            format!("/api/drafts/{id}/approve"),
            json!({"kinds": ["yes", "open"]}),
        ),
    )
    .await;
    assert_eq!(code, StatusCode::UNPROCESSABLE_ENTITY, "{r}");
    assert_eq!(r["questions"], json!([2]), "{r}");
    let (cookie, csrf) = e.login("mia").await;
    let r = e
        .send(post_form(
            &format!("/drafts/{id}"),
            &cookie,
            &format!("csrf={csrf}&action=save&answer_0=Yes.&kind_0=maybe"),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(text(r).await.contains("`maybe` is not a kind"));
}

const GERMAN: &str = "From: Klaus Berger <klaus@berger-bau.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Mietvertrag\r\nMessage-ID: <de-1@berger-bau.example>\r\nDate: Mon, 2 Nov 2026 09:00:00 +0000\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\n\
Guten Tag,\r\n\r\nkönnen Sie bitte unseren Mietvertrag für das neue Büro überarbeiten? \
Und ist die Umsatzsteuer-Voranmeldung für Oktober schon beim Finanzamt eingegangen?\r\n\r\n\
Viele Grüße\r\nKlaus Berger\r\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_email_is_answered_in_german_and_the_manager_can_switch() {
    let e = env().await;
    let id = e.drafted(GERMAN).await;
    let req = api(&e, "mia").await;
    let draft = e.ctx.store.draft(id).await.expect("draft").expect("exists");
    let analysis: Value = serde_json::from_str(&draft.analysis).expect("json");
    assert_eq!(analysis["draft"]["language"], "de", "{}", draft.body);
    assert!(draft.body.starts_with("Hallo Klaus,"), "{}", draft.body);
    assert!(
        draft.body.contains("Mit freundlichen Grüßen"),
        "{}",
        draft.body
    );
    assert!(
        draft.body.contains("[Offen:"),
        "nothing known yet: {}",
        draft.body
    );

    let (code, p) = call(
        &e,
        req(
            "POST",
            format!("/api/drafts/{id}/preview"),
            json!({"kinds": ["more_time", "yes"]}),
        ),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{p}");
    assert_eq!(p["questions"][1]["answer"], "Ja.");
    let body = p["body"].as_str().unwrap_or_default();
    assert!(
        body.contains("Frage 1 braucht mehr als eine kurze Antwort: Ich benötige dafür 1 Stunde zu $250 pro Stunde"),
        "{body}"
    );
    // Switched to English: the phrases and the hours move, a written answer would stay.
    let (code, p) = call(
        &e,
        req(
            "POST",
            format!("/api/drafts/{id}/preview"),
            json!({"kinds": ["more_time", "yes"], "language": "en"}),
        ),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{p}");
    assert_eq!(p["language"], "en");
    assert_eq!(p["questions"][1]["answer"], "Yes.");
    let body = p["body"].as_str().unwrap_or_default();
    assert!(
        body.starts_with("Hi Klaus,") && body.contains("1 hour at $250"),
        "{body}"
    );
    let (code, r) = call(
        &e,
        req(
            "POST",
            format!("/api/drafts/{id}/preview"),
            json!({"language": "tlh"}),
        ),
    )
    .await;
    assert_eq!(code, StatusCode::BAD_REQUEST, "{r}");
    assert!(r.to_string().contains("tlh"), "{r}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_draft_page_offers_a_button_and_a_key_per_kind() {
    let e = env().await;
    let id = e.drafted(QUICK).await;
    let (cookie, csrf) = e.login("mia").await;
    let r = e.send(get(&format!("/drafts/{id}"), &cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = text(r).await;
    for (kind, key) in [
        ("yes", "y"),
        ("no", "n"),
        ("needs_info", "i"),
        ("research", "r"),
        ("more_time", "t"),
        ("written", "w"),
    ] {
        assert!(
            html.contains(&format!("data-q=\"0\" data-kind=\"{kind}\"")),
            "no {kind} button"
        );
        assert!(html.contains(&format!("<kbd>{key}</kbd>")), "no key {key}");
    }
    assert!(html.contains("name=\"kind_1\" value=\"open\""), "{html}");
    assert!(html.contains("id=\"kinds-data\""));
    // Approving with open questions: back to the page, which names them.
    let r = e
        .send(post_form(
            &format!("/drafts/{id}"),
            &cookie,
            &format!("csrf={csrf}&action=approve&answer_0=Yes.&kind_0=yes&answer_1=&kind_1=open"),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = e.send(get(&format!("/drafts/{id}"), &cookie)).await;
    let html = text(r).await;
    assert!(html.contains("id=\"needs-answer\""), "{html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_keeps_the_language_of_their_last_mail_when_the_new_one_is_too_short_to_tell() {
    let e = env().await;
    let first = e.drafted(GERMAN).await;
    let (cookie, csrf) = e.login("mia").await;
    // The first reply is discarded so that the inbox holds only the next one.
    assert_eq!(
        e.post(
            &format!("/drafts/{first}"),
            &cookie,
            &format!("csrf={csrf}&action=discard")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let short = "From: Klaus Berger <klaus@berger-bau.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Re: Mietvertrag\r\nMessage-ID: <de-2@berger-bau.example>\r\n\r\nBis wann?\r\n";
    let id = e.drafted(short).await;
    assert_ne!(id, first);
    let draft = e.ctx.store.draft(id).await.expect("draft").expect("exists");
    let analysis: Value = serde_json::from_str(&draft.analysis).expect("json");
    assert_eq!(analysis["language"], Value::Null, "too short to tell");
    assert_eq!(analysis["draft"]["language"], "de", "{}", draft.body);
    assert!(draft.body.starts_with("Hallo Klaus,"), "{}", draft.body);
    assert!(draft.body.contains("[Offen:"), "{}", draft.body);
}

/// A client email with a 1.5-hour quote, approved and marked sent; then the client's `reply` to
/// it, drafted. Returns (the reply's id, the quote's id).
async fn counter_offer(e: &Env, reply: &str) -> i64 {
    let id = e
        .drafted(
            "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
             Subject: Contract\r\nMessage-ID: <c1@client.example>\r\n\r\n\
             Hi,\r\n\r\nCan you review the supplier contract before Friday?\r\n",
        )
        .await;
    let clock: fiveminute::clock::SharedClock = std::sync::Arc::new(fiveminute::clock::SystemClock);
    fiveminute::outbox::approve(&e.ctx.store, &e.ctx.config, &clock, id, "mia", false)
        .await
        .expect("approves");
    let row = e
        .ctx
        .store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("outbox");
    e.ctx
        .store
        .outbox_mark(row.id, "sent", None, None)
        .await
        .expect("sent");
    let raw = format!(
        "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: Re: Contract\r\nMessage-ID: <c1r@client.example>\r\nIn-Reply-To: <{0}>\r\n\
         References: <{0}>\r\n\r\n{reply}\r\n",
        row.rfc_message_id
    );
    e.drafted_reply(&raw).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_counter_offer_accepted_at_the_client_s_terms_gives_the_job_their_figure() {
    let e = env().await;
    let reply = counter_offer(&e, "Thanks Tom. Could you do it for $200 instead?").await;
    let quote = e
        .ctx
        .store
        .quote_of_message(reply)
        .await
        .expect("q")
        .expect("quote");
    assert_eq!(quote.total, 375.0);
    let (cookie, csrf) = e.login("mia").await;
    let page = text(e.send(get(&format!("/drafts/{reply}"), &cookie)).await).await;
    assert!(page.contains("id=\"proposal\""), "{page}");
    assert!(
        page.contains("The client proposes <b>$200</b> instead of our $375"),
        "{page}"
    );
    assert!(
        page.contains("Accept at the client&#x27;s terms: $200")
            || page.contains("Accept at the client's terms: $200"),
        "{page}"
    );
    assert!(!page.contains("Yes — ["), "no yes stub for a counter-offer");
    assert_eq!(
        e.post(
            &format!("/drafts/{reply}"),
            &cookie,
            &format!("csrf={csrf}&action=accept_proposal")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let quote = e
        .ctx
        .store
        .quote_of_message(reply)
        .await
        .expect("q")
        .expect("quote");
    assert_eq!(quote.status, "accepted");
    assert_eq!(quote.total, 200.0);
    assert_eq!(
        quote.hours, 1.5,
        "the hours stand, the rate follows the figure"
    );
    let jobs = e.ctx.store.jobs().await.expect("jobs");
    let job = jobs
        .iter()
        .find(|j| j.reference == quote.reference)
        .expect("a job");
    assert_eq!(job.total, 200.0);
    assert!(job.brief.contains("$200 in total"), "{}", job.brief);
    let audit = e
        .ctx
        .store
        .audit_trail(quote.message_id)
        .await
        .expect("audit");
    assert!(
        audit
            .iter()
            .any(|a| a.action == "accepted the client's terms"
                && a.detail
                    .as_deref()
                    .is_some_and(|d| d.contains("$200 ($200) instead of $375"))),
        "{audit:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeping_our_price_answers_the_counter_offer_and_keeps_the_quote_open() {
    let e = env().await;
    let reply = counter_offer(&e, "Could you do it for $200 instead?").await;
    let (cookie, csrf) = e.login("mia").await;
    assert_eq!(
        e.post(
            &format!("/drafts/{reply}"),
            &cookie,
            &format!("csrf={csrf}&action=keep_price")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let quote = e
        .ctx
        .store
        .quote_of_message(reply)
        .await
        .expect("q")
        .expect("quote");
    assert_eq!(quote.status, "sent", "still open");
    assert_eq!(quote.total, 375.0);
    let draft = e
        .ctx
        .store
        .draft(reply)
        .await
        .expect("draft")
        .expect("exists");
    assert_eq!(
        draft.message.status, "drafted",
        "the answer waits for the manager"
    );
    assert!(
        draft
            .body
            .contains("our price stays at $375 (1.5 hours at $250 per hour). Shall I go ahead?"),
        "{}",
        draft.body
    );
    // Nothing left open: it can be approved as it is.
    let analysis: Value = serde_json::from_str(&draft.analysis).expect("json");
    assert!(
        analysis["questions"]
            .as_array()
            .is_some_and(|q| q.iter().all(|q| q["needs_answer"] == false)),
        "{analysis}"
    );
}
