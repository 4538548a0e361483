//! The five-minute answers through the review API: a kind per question with its phrase, the
//! price rule run again on each edit (a quote appears when a question takes longer than the
//! allowance and goes when none does), and replies written in the client's language.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use fiveminute::review::auth;
use http_body_util::BodyExt;
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

const PARKING: &str = "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Visiting\r\nMessage-ID: <park-1@client.example>\r\nDate: Mon, 2 Nov 2026 09:00:00 +0000\r\n\r\n\
Hi,\r\n\r\nIs there parking near your office?\r\n\r\nThanks,\r\nAlice\r\n";

const PARKING_AGAIN: &str = "From: Bob Stone <bob@other.example>\r\nTo: help@hallpartners.example\r\n\
Subject: Coming in on Friday\r\nMessage-ID: <park-2@other.example>\r\nDate: Tue, 3 Nov 2026 09:00:00 +0000\r\n\r\n\
Hello,\r\n\r\nIs there any parking near your offices?\r\n\r\nBob\r\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approved_answer_is_suggested_again_and_the_approver_signs() {
    // No one signer configured: the person who approves signs.
    let e = env_edited(|t| t.replace("signer = \"Tom Hall\"\n", "")).await;
    assert!(e.ctx.config.firm.signer.is_none());
    e.ctx
        .store
        .set_profile(
            "mia",
            Some("Mia Jensen"),
            Some("Senior accountant\n+44 20 7946 0000"),
        )
        .await
        .expect("profile");
    let req = api(&e, "mia").await;
    let id = e.drafted(PARKING).await;
    let answer = "Yes, two visitor spaces in the courtyard at 12 Harbour Street.";
    let edits = json!({"kinds": ["written"], "answers": [answer]});
    let (code, r) = call(&e, req("POST", format!("/api/drafts/{id}/approve"), edits)).await;
    assert_eq!(code, StatusCode::OK, "{r}");
    let out = e
        .ctx
        .store
        .outbox_for(id)
        .await
        .expect("outbox")
        .expect("queued");
    let raw = String::from_utf8_lossy(&out.raw).replace("\r\n", "\n");
    assert!(
        raw.contains("Mia Jensen\nSenior accountant\n+44 20 7946 0000\nHall & Partners"),
        "{raw}"
    );
    assert!(!raw.contains("Tom Hall"), "{raw}");

    // Kept with its question, who gave it and to whom.
    let learned = e.ctx.store.learned_answers().await.expect("learned");
    assert_eq!(learned.len(), 1, "{learned:?}");
    assert_eq!(learned[0].answer, answer);
    assert_eq!(learned[0].answered_by, "Mia Jensen");
    assert_eq!(learned[0].client.as_deref(), Some("Alice Moreau"));

    // Another client asks the same in other words: the answer is suggested, and says whose.
    let id2 = e.drafted(PARKING_AGAIN).await;
    assert_ne!(id2, id);
    let draft = e
        .ctx
        .store
        .draft(id2)
        .await
        .expect("draft")
        .expect("exists");
    let a: Value = serde_json::from_str(&draft.analysis).expect("json");
    let q = &a["questions"][0];
    assert_eq!(q["source"]["kind"], "learned", "{q}");
    assert_eq!(q["source"]["by"], "Mia Jensen");
    assert_eq!(q["source"]["client"], "Alice Moreau");
    assert_eq!(q["answer"], answer);
    assert_eq!(q["needs_answer"], false);
    // The page says so.
    let (cookie, _) = e.login("mia").await;
    let page = text(e.send(get(&format!("/drafts/{id2}"), &cookie)).await).await;
    assert!(page.contains("answered before for Alice Moreau"), "{page}");
    // Saved by another manager, the draft is signed by them (their login name: no display name).
    let req_ada = api(&e, "ada").await;
    let (code, _) = call(
        &e,
        req_ada("POST", format!("/api/drafts/{id2}/save"), json!({})),
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    let draft = e
        .ctx
        .store
        .draft(id2)
        .await
        .expect("draft")
        .expect("exists");
    assert!(
        draft.body.contains("\nada\nHall & Partners"),
        "{}",
        draft.body
    );
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_given_often_are_proposed_and_ops_promote_them() {
    let e = env().await;
    let req = api(&e, "mia").await;
    let answer = "We are open Monday to Friday, 9:00 to 17:30.";
    for (n, q) in ["What are your opening hours?", "When are you open?"]
        .iter()
        .enumerate()
    {
        let raw = format!(
            "From: Client {n} <c{n}@client.example>\r\nTo: help@hallpartners.example\r\nSubject: Hours {n}\r\n\
             Message-ID: <hours-{n}@client.example>\r\n\r\nHello,\r\n\r\n{q}\r\n\r\nThanks\r\n"
        );
        let id = e.drafted(&raw).await;
        let edits = json!({"kinds": ["written"], "answers": [answer]});
        let (code, r) = call(&e, req("POST", format!("/api/drafts/{id}/approve"), edits)).await;
        assert_eq!(code, StatusCode::OK, "{r}");
    }
    let (cookie, csrf) = e.login("otto").await;
    let page = text(e.send(get("/ops", &cookie)).await).await;
    assert!(page.contains("Answers given before"), "{page}");
    assert!(page.contains(answer), "proposed: {page}");
    let ids = between(&page, "name=\"ids\" value=\"", "\"");
    assert_eq!(ids.split(',').count(), 2, "{ids}");
    let code = e
        .post(
            "/ops/learned",
            &cookie,
            &format!("csrf={csrf}&action=promote&ids={ids}"),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    let page = text(e.send(get("/ops", &cookie)).await).await;
    let library = e.ctx.pipeline.library();
    let entry = library
        .entries()
        .iter()
        .find(|x| x.id.starts_with("learned-"))
        .expect("the promoted entry is in the library");
    assert_eq!(entry.answer, answer);
    assert!(
        page.contains("class=\"mono small\">learned-"),
        "the library lists it: {page}"
    );
    let history = e
        .ctx
        .store
        .template_history("answers.toml")
        .await
        .expect("history");
    assert_eq!(history.len(), 2, "the file's text and the promotion");
    assert_eq!(history[0].author, "otto");
    // The next client who asks gets it from the library.
    let raw = "From: Dora <dora@client.example>\r\nTo: help@hallpartners.example\r\nSubject: Hours\r\n\
               Message-ID: <hours-9@client.example>\r\n\r\nHi,\r\n\r\nWhat are your opening hours?\r\n";
    let p = e.ctx.pipeline.preview(raw.as_bytes()).expect("preview");
    assert!(
        matches!(&p.questions[0].source, fiveminute::triage::AnswerSource::Library(m) if m.id == entry.id),
        "{:?}",
        p.questions[0]
    );
    assert!(
        !page.contains("name=\"ids\""),
        "nothing left to propose: {page}"
    );
    // Twice is refused, and a manager may not.
    let code = e
        .post(
            "/ops/learned",
            &cookie,
            &format!("csrf={csrf}&action=dismiss&ids={ids}"),
        )
        .await;
    assert_eq!(code, StatusCode::CONFLICT);
    let (mcookie, mcsrf) = e.login("mia").await;
    let code = e
        .post(
            "/ops/learned",
            &mcookie,
            &format!("csrf={mcsrf}&action=dismiss&ids={ids}"),
        )
        .await;
    assert_eq!(code, StatusCode::FORBIDDEN);
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ops_edit_the_answer_library_try_it_save_it_and_go_back() {
    let e = env().await;
    let raw = "From: Dora <dora@client.example>\r\nTo: help@hallpartners.example\r\nSubject: Parking\r\n\
               Message-ID: <lib-1@client.example>\r\n\r\nHi,\r\n\r\nIs there parking at your office?\r\n";
    let id = e.drafted(raw).await;
    let (otto, csrf) = e.login("otto").await;
    let ops = text(e.send(get("/ops", &otto)).await).await;
    assert!(ops.contains("id=\"edit-library\""), "{ops}");
    let page = text(e.send(get("/ops/templates?name=answers.toml", &otto)).await).await;
    assert!(page.contains("Answer library"), "{page}");
    let original = e.ctx.pipeline.library().source().to_string();
    assert!(original.contains("[[answer]]"), "{original}");
    let entry = "[[answer]]\nid = \"parking\"\nquestions = [\"is there parking at your office\"]\n\
                 answer = \"Yes: two visitor spaces in the yard, ring at the gate.\"\nminutes = 1\n";
    // An entry whose id is taken is refused with the id, and nothing changes.
    let first_id = e.ctx.pipeline.library().entries()[0].id.clone();
    let broken = format!(
        "{original}\n{}",
        entry.replace("\"parking\"", &format!("\"{first_id}\""))
    );
    let r = e
        .send(post_form(
            "/ops/templates",
            &otto,
            &format!(
                "csrf={csrf}&name=answers.toml&action=save&text={}",
                enc(&broken)
            ),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = text(r).await;
    assert!(body.contains("the id is used twice"), "{body}");
    assert_eq!(e.ctx.pipeline.library().source(), original);
    // Tried on the stored email: the question matches the new entry.
    let edited = format!("{original}\n{entry}");
    let r = e
        .send(post_form(
            "/ops/templates",
            &otto,
            &format!(
                "csrf={csrf}&name=answers.toml&action=preview&message={id}&text={}",
                enc(&edited)
            ),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let preview = text(r).await;
    assert!(preview.contains("id=\"library-matches\""), "{preview}");
    assert!(preview.contains("two visitor spaces"), "{preview}");
    let code = e
        .post(
            "/ops/templates",
            &otto,
            &format!(
                "csrf={csrf}&name=answers.toml&action=save&text={}",
                enc(&edited)
            ),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    let (again, status) = settled(&e, &raw.replace("lib-1@", "lib-2@")).await;
    assert_eq!(status, "drafted");
    let d = e
        .ctx
        .store
        .draft(again)
        .await
        .expect("draft")
        .expect("exists");
    assert!(d.body.contains("two visitor spaces"), "{}", d.body);
    // Going back restores the file's text.
    let history = e
        .ctx
        .store
        .template_history("answers.toml")
        .await
        .expect("history");
    assert_eq!(history.len(), 2);
    let code = e
        .post(
            "/ops/templates/revert",
            &otto,
            &format!("csrf={csrf}&id={}", history[1].id),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    assert_eq!(e.ctx.pipeline.library().source(), original);
    assert!(e.ctx.pipeline.library().get("parking").is_none());
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_waits_for_undo_and_a_discard_can_be_undone() {
    let e = env_edited(|t| {
        t.replace(
            "[outbox]\nundo_seconds = 0\n",
            "[outbox]\nundo_seconds = 30\n",
        )
    })
    .await;
    assert_eq!(e.ctx.config.outbox.undo_seconds, 30);
    let req = api(&e, "mia").await;
    let id = e.drafted(PARKING).await;
    let edits = json!({"kinds": ["written"], "answers": ["Yes, in the courtyard."]});
    let (code, r) = call(&e, req("POST", format!("/api/drafts/{id}/approve"), edits)).await;
    assert_eq!(code, StatusCode::OK, "{r}");
    let row = e
        .ctx
        .store
        .outbox_for(id)
        .await
        .expect("outbox")
        .expect("queued");
    let now = e.ctx.clock.now_ms();
    assert!(
        row.next_attempt_at >= now + 25_000,
        "not due before the undo window ends"
    );
    assert!(e.ctx.store.outbox_due(10).await.expect("due").is_empty());
    assert_eq!(
        e.ctx.store.learned_answers().await.expect("learned").len(),
        1
    );

    // The page says so, with "Undo".
    let (cookie, csrf) = e.login("mia").await;
    let page = text(e.send(get(&format!("/?done={id}"), &cookie)).await).await;
    assert!(page.contains("goes out in"), "{page}");
    assert!(page.contains("id=\"undo\""), "{page}");

    // Undo: nothing is queued, the draft is back, and what it taught is forgotten.
    let (code, r) = call(&e, req("POST", format!("/api/drafts/{id}/undo"), json!({}))).await;
    assert_eq!(code, StatusCode::OK, "{r}");
    assert!(e.ctx.store.outbox_for(id).await.expect("outbox").is_none());
    let d = e.ctx.store.draft(id).await.expect("draft").expect("exists");
    assert_eq!(d.message.status, "drafted");
    assert!(
        e.ctx
            .store
            .learned_answers()
            .await
            .expect("learned")
            .is_empty()
    );
    let audit = e.ctx.store.audit_trail(id).await.expect("audit");
    assert!(
        audit.iter().any(|a| a.action == "approval undone"),
        "{audit:?}"
    );

    // Once a send has begun, it is too late.
    let (code, _) = call(
        &e,
        req("POST", format!("/api/drafts/{id}/approve"), json!({})),
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    let row = e
        .ctx
        .store
        .outbox_for(id)
        .await
        .expect("outbox")
        .expect("queued");
    e.ctx
        .store
        .outbox_begin_attempt(row.id)
        .await
        .expect("attempt");
    let (code, r) = call(&e, req("POST", format!("/api/drafts/{id}/undo"), json!({}))).await;
    assert_eq!(code, StatusCode::CONFLICT, "{r}");

    // A discard is listed, and undone from the list.
    let id2 = e.drafted(PARKING_AGAIN).await;
    let code = e
        .post(
            &format!("/drafts/{id2}"),
            &cookie,
            &format!("csrf={csrf}&action=discard"),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    let list = text(e.send(get("/discarded", &cookie)).await).await;
    assert!(list.contains("Coming in on Friday"), "{list}");
    assert!(list.contains("Draft a reply after all"), "{list}");
    let code = e
        .post(
            &format!("/drafts/{id2}"),
            &cookie,
            &format!("csrf={csrf}&action=undo"),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    let d = e
        .ctx
        .store
        .draft(id2)
        .await
        .expect("draft")
        .expect("exists");
    assert_eq!(d.message.status, "drafted");
    let list = text(e.send(get("/discarded", &cookie)).await).await;
    assert!(!list.contains("Coming in on Friday"), "{list}");
    // Save says it saved.
    let resp = e
        .send(post_form(
            &format!("/drafts/{id2}"),
            &cookie,
            &format!("csrf={csrf}&action=save"),
        ))
        .await;
    let to = resp
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert_eq!(to, format!("/drafts/{id2}?saved=1"));
    let page = text(e.send(get(&to, &cookie)).await).await;
    assert!(page.contains("id=\"saved\""), "{page}");
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_icon_is_served_and_a_mail_without_subject_is_named() {
    let e = env().await;
    let r = e
        .send(
            Request::builder()
                .uri("/favicon.ico")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK, "no login needed for the icon");
    assert_eq!(
        r.headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok()),
        Some("image/svg+xml")
    );
    let id = e
        .drafted(
            "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
             Message-ID: <nosubj@client.example>\r\n\r\nHi,\r\n\r\nIs the VAT return due this month?\r\n",
        )
        .await;
    let (cookie, _) = e.login("mia").await;
    let inbox = text(e.send(get("/", &cookie)).await).await;
    assert!(inbox.contains(&format!("/drafts/{id}")), "{inbox}");
    assert!(inbox.contains("(no subject)"), "{inbox}");
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_finds_mail_by_words_and_the_client_page_shows_everything() {
    let e = env().await;
    let id = e.drafted(PARKING).await;
    let (cookie, _) = e.login("mia").await;
    // A word of the client's text, a prefix, the sender: each finds it; syntax is only words.
    for q in [
        "parking",
        "Visit",
        "alice%40client.example",
        "Moreau",
        "%22parking",
    ] {
        let page = text(e.send(get(&format!("/search?q={q}"), &cookie)).await).await;
        assert!(page.contains(&format!("/drafts/{id}")), "{q}: {page}");
    }
    // Every word must be there; "OR" is a word, not an operator.
    for q in ["invoice", "parking+OR", "NEAR%28parking%29+%2A"] {
        let r = e.send(get(&format!("/search?q={q}"), &cookie)).await;
        assert_eq!(r.status(), StatusCode::OK, "{q}");
        let page = text(r).await;
        if q.starts_with("NEAR") {
            continue;
        }
        assert!(!page.contains(&format!("/drafts/{id}")), "{q}: {page}");
        assert!(page.contains("0 found"), "{q}: {page}");
    }
    // The draft links to its client's page.
    let draft = text(e.send(get(&format!("/drafts/{id}"), &cookie)).await).await;
    assert!(draft.contains("/clients/alice%40client.example"), "{draft}");
    // The client page.
    let page = text(
        e.send(get("/clients/alice%40client.example", &cookie))
            .await,
    )
    .await;
    assert!(page.contains("Alice Moreau"), "{page}");
    assert!(page.contains(&format!("/drafts/{id}")), "{page}");
    assert!(page.contains("Given free"), "{page}");
    let r = e.send(get("/clients/nobody%40example.org", &cookie)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Not without a login.
    let r = e.send(get("/search?q=parking", "")).await;
    assert!(r.status().is_redirection(), "{}", r.status());
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_save_on_an_older_copy_is_refused_and_says_who_saved() {
    let e = env().await;
    let id = e.drafted(PARKING).await;
    let (mia, mia_csrf) = e.login("mia").await;
    let (ada, ada_csrf) = e.login("ada").await;
    // Both open the draft.
    let page = text(e.send(get(&format!("/drafts/{id}"), &mia)).await).await;
    let version = between(&page, "name=\"version\" value=\"", "\"");
    assert!(version.parse::<i64>().is_ok(), "{version}");
    // Ada saves first.
    let code = e
        .post(
            &format!("/drafts/{id}"),
            &ada,
            &format!("csrf={ada_csrf}&action=save&version={version}&answer_0=Yes%2C+in+the+courtyard.&kind_0=written"),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    // Mia's save, on the copy she opened, is refused and names Ada; Ada's answer stands.
    let r = e
        .send(post_form(
            &format!("/drafts/{id}"),
            &mia,
            &format!("csrf={mia_csrf}&action=approve&version={version}&answer_0=No.&kind_0=no"),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let body = text(r).await;
    assert!(
        body.contains("changed after you opened it") && body.contains("ada"),
        "{body}"
    );
    let d = e.ctx.store.draft(id).await.expect("draft").expect("exists");
    assert_eq!(d.message.status, "drafted", "nothing approved");
    assert!(d.body.contains("Yes, in the courtyard."), "{}", d.body);
    // On the fresh copy she can.
    let page = text(e.send(get(&format!("/drafts/{id}"), &mia)).await).await;
    let fresh = between(&page, "name=\"version\" value=\"", "\"");
    assert_ne!(fresh, version);
    let code = e
        .post(
            &format!("/drafts/{id}"),
            &mia,
            &format!("csrf={mia_csrf}&action=save&version={fresh}&answer_0=No.&kind_0=no"),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_is_shown_to_colleagues_and_production_and_never_sent() {
    let e = env().await;
    let reply = counter_offer(&e, "Could you do it for $200 instead?").await;
    let quote = e
        .ctx
        .store
        .quote_of_message(reply)
        .await
        .expect("quote")
        .expect("exists");
    let email = quote.message_id;
    let (cookie, csrf) = e.login("mia").await;
    // Accepted at the client's figure: a job for production.
    assert_eq!(
        e.post(
            &format!("/drafts/{reply}"),
            &cookie,
            &format!("csrf={csrf}&action=accept_proposal")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let secret = "Client is touchy about fees; Tom knows the history.";
    let code = e
        .post(
            &format!("/drafts/{email}/notes"),
            &cookie,
            &format!("csrf={csrf}&text=Client+is+touchy+about+fees%3B+Tom+knows+the+history."),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    let page = text(e.send(get(&format!("/drafts/{email}"), &cookie)).await).await;
    assert!(page.contains(secret), "{page}");
    // Production sees it on the job.
    let (pcookie, _) = e.login("pat").await;
    let jobs = text(e.send(get("/jobs", &pcookie)).await).await;
    assert!(jobs.contains(secret), "{jobs}");
    // Never in what was sent.
    let row = e
        .ctx
        .store
        .outbox_for(email)
        .await
        .expect("outbox")
        .expect("sent");
    assert!(!String::from_utf8_lossy(&row.raw).contains("touchy"));
    // Empty and unknown are refused; the API adds one too.
    let code = e
        .post(
            &format!("/drafts/{email}/notes"),
            &cookie,
            &format!("csrf={csrf}&text=+"),
        )
        .await;
    assert_eq!(code, StatusCode::BAD_REQUEST);
    let code = e
        .post(
            "/drafts/999999/notes",
            &cookie,
            &format!("csrf={csrf}&text=x"),
        )
        .await;
    assert_eq!(code, StatusCode::NOT_FOUND);
    let req = api(&e, "mia").await;
    let (code, r) = call(
        &e,
        req(
            "POST",
            format!("/api/drafts/{email}/notes"),
            json!({"text": "Second note."}),
        ),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{r}");
    assert_eq!(r["notes"].as_array().map(Vec::len), Some(2), "{r}");
    e.close().await;
}

/// Stores a client email and waits until the worker has read it; returns its id and status.
async fn settled(e: &Env, raw: &str) -> (i64, String) {
    let key = format!("test:{}", rand_key());
    e.ctx
        .store
        .store_incoming(
            "help",
            &[fiveminute::store::NewMessage {
                source_key: key,
                raw: raw.as_bytes().to_vec(),
            }],
            None,
        )
        .await
        .expect("stores");
    e.ctx.nudge.notify_one();
    for _ in 0..400 {
        let rows = e.ctx.store.queue(None, 100).await.expect("queue");
        if let Some(r) = rows.first()
            && r.status != "received"
        {
            return (r.id, r.status.clone());
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("not read");
}

async fn status_becomes(e: &Env, id: i64, want: &str) {
    for _ in 0..400 {
        let rows = e.ctx.store.queue(None, 100).await.expect("queue");
        if rows.iter().any(|r| r.id == id && r.status == want) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("message {id} never became {want}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_answered_with_silence_is_listed_and_can_be_drafted_after_all() {
    let e = env().await;
    let (thanks, status) = settled(
        &e,
        "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: Received\r\nMessage-ID: <thanks-1@client.example>\r\n\r\nThanks, all received!\r\n\r\nAlice\r\n",
    )
    .await;
    assert_eq!(status, "no_reply");
    let (auto, status) = settled(
        &e,
        "From: Bob Stone <bob@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: Out of office\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ooo-1@client.example>\r\n\r\n\
         I am away until Monday. Can you write to Jane instead?\r\n",
    )
    .await;
    assert_eq!(status, "ignored");

    let (cookie, csrf) = e.login("mia").await;
    let list = text(e.send(get("/no-reply", &cookie)).await).await;
    for id in [thanks, auto] {
        assert!(list.contains(&format!("/drafts/{id}")), "{list}");
    }
    assert!(list.contains("Draft a reply after all"), "{list}");
    assert!(
        list.contains("machine"),
        "the machine-made one is marked: {list}"
    );
    // The email's own page: its text, why there is no draft, and the button.
    let page = text(e.send(get(&format!("/drafts/{thanks}"), &cookie)).await).await;
    assert!(page.contains("Thanks, all received!"), "{page}");
    assert!(page.contains("id=\"why\""), "{page}");
    assert!(page.contains("id=\"draft-after-all\""), "{page}");

    // Drafted after all: one open question, which needs a person before it can go.
    let code = e
        .post(
            &format!("/drafts/{thanks}"),
            &cookie,
            &format!("csrf={csrf}&action=draft"),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    status_becomes(&e, thanks, "drafted").await;
    let d = e
        .ctx
        .store
        .draft(thanks)
        .await
        .expect("draft")
        .expect("exists");
    assert_eq!(d.message.questions, Some(1));
    let req = api(&e, "mia").await;
    let (code, r) = call(
        &e,
        req("POST", format!("/api/drafts/{thanks}/approve"), json!({})),
    )
    .await;
    assert_eq!(code, StatusCode::UNPROCESSABLE_ENTITY, "{r}");
    let audit = e.ctx.store.audit_trail(thanks).await.expect("audit");
    assert!(
        audit.iter().any(|a| a.action == "draft asked for"),
        "{audit:?}"
    );

    // Machine-made mail drafted after all is never sent by a robot.
    let (code, r) = call(
        &e,
        req("POST", format!("/api/drafts/{auto}/draft"), json!({})),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{r}");
    status_becomes(&e, auto, "drafted").await;
    let d = e
        .ctx
        .store
        .draft(auto)
        .await
        .expect("draft")
        .expect("exists");
    let analysis: Value = serde_json::from_str(&d.analysis).expect("analysis");
    assert_eq!(
        analysis["guard"]["auto_reply_allowed"],
        json!(false),
        "{analysis}"
    );
    // Only once: a drafted message is not "drafted after all" again.
    let (code, _) = call(
        &e,
        req("POST", format!("/api/drafts/{auto}/draft"), json!({})),
    )
    .await;
    assert_eq!(code, StatusCode::CONFLICT);
    let list = text(e.send(get("/no-reply", &cookie)).await).await;
    assert!(!list.contains(&format!("/drafts/{auto}\"")), "{list}");
    e.close().await;
}

const PDF: &[u8] = b"%PDF-1.4\n% the signed brief\n1 0 obj <<>> endobj\n%%EOF\n";

/// A client email with two files: a real PDF, and a Windows program named like one.
fn with_files() -> String {
    use std::fmt::Write;
    let b64 = |bytes: &[u8]| {
        const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for c in bytes.chunks(3) {
            let n = (u32::from(c[0]) << 16)
                | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
                | u32::from(*c.get(2).unwrap_or(&0));
            for i in 0..4 {
                if i <= c.len() {
                    out.push(char::from(T[(n >> (18 - 6 * i)) as usize & 63]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    };
    let mut m = String::from(
        "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: Contract\r\nMessage-ID: <files-1@client.example>\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"BB\"\r\n\r\n--BB\r\nContent-Type: text/plain\r\n\r\n\
         Hi,\r\n\r\nCan you review the supplier contract before Friday? Both files attached.\r\n\r\nAlice\r\n",
    );
    write!(
        m,
        "--BB\r\nContent-Type: application/pdf; name=\"brief.pdf\"\r\n\
         Content-Disposition: attachment; filename=\"brief.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n\
         --BB\r\nContent-Type: application/pdf; name=\"invoice.pdf\"\r\n\
         Content-Disposition: attachment; filename=\"invoice.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n--BB--\r\n",
        b64(PDF),
        b64(b"MZ\x90\x00\x03\x00\x00\x00this program cannot be run in DOS mode")
    )
    .expect("write");
    m
}

fn upload(path: &str, cookie: &str, csrf: &str, name: &str, bytes: &[u8]) -> Request<Body> {
    let mut body = format!(
        "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: text/plain\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(b"\r\n--XyZ--\r\n");
    Request::post(path)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=XyZ")
        .body(Body::from(body))
        .expect("request")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_both_ways_the_client_s_are_downloads_ours_go_with_the_reply_and_the_brief() {
    let e = env_with("max_attachment_bytes = 4000").await;
    let id = e.drafted(&with_files()).await;
    let (cookie, csrf) = e.login("mia").await;
    let page = text(e.send(get(&format!("/drafts/{id}"), &cookie)).await).await;
    assert!(page.contains("Attached by the client"), "{page}");
    assert!(page.contains(&format!("/drafts/{id}/files/1")), "{page}");
    assert!(
        page.contains("named .pdf") || page.contains("Windows program"),
        "{page}"
    );

    // A download, never inline, under the type its bytes show; a program is only bytes.
    let r = e.send(get(&format!("/drafts/{id}/files/1"), &cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let h = r.headers().clone();
    assert_eq!(h[header::CONTENT_TYPE], "application/pdf");
    let disposition = h[header::CONTENT_DISPOSITION].to_str().expect("ascii");
    assert!(
        disposition.starts_with("attachment; filename=\"brief.pdf\""),
        "{disposition}"
    );
    assert!(
        h[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .expect("ascii")
            .contains("sandbox")
    );
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let got = r.into_body().collect().await.expect("body").to_bytes();
    assert_eq!(got.as_ref(), PDF);
    let r = e.send(get(&format!("/drafts/{id}/files/2"), &cookie)).await;
    assert_eq!(
        r.headers()[header::CONTENT_TYPE],
        "application/octet-stream"
    );
    let r = e.send(get(&format!("/drafts/{id}/files/3"), &cookie)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = e.send(get(&format!("/drafts/{id}/files/1"), "")).await;
    assert!(
        r.status().is_redirection(),
        "no login, no file: {}",
        r.status()
    );

    // A manager attaches a file; one over the limit is refused and named.
    let terms = b"Terms of engagement, 2026.\n".repeat(10);
    let r = e
        .send(upload(
            &format!("/drafts/{id}/attach"),
            &cookie,
            &csrf,
            "terms.txt",
            &terms,
        ))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = e
        .send(upload(
            &format!("/drafts/{id}/attach"),
            &cookie,
            &csrf,
            "big.txt",
            &[b'x'; 5000],
        ))
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let why = text(r).await;
    assert!(why.contains("review.max_attachment_bytes"), "{why}");
    let r = e
        .send(upload(
            &format!("/drafts/{id}/attach"),
            &cookie,
            "wrong",
            "x.txt",
            b"x",
        ))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "no CSRF token, no upload"
    );
    let page = text(e.send(get(&format!("/drafts/{id}"), &cookie)).await).await;
    assert!(page.contains("id=\"reply-files\""), "{page}");
    assert!(page.contains("terms.txt"), "{page}");
    assert_eq!(e.ctx.store.reply_files(id).await.expect("files").len(), 1);

    // Approved: the reply is multipart/mixed with the file's bytes, fixed in the outbox row.
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
        .expect("queued");
    let raw = String::from_utf8_lossy(&row.raw).to_string();
    assert!(raw.contains("multipart/mixed"), "{raw}");
    assert_eq!(
        support::attachments(&row.raw),
        vec![("terms.txt".to_string(), terms.clone())]
    );
    e.ctx
        .store
        .outbox_mark(row.id, "sent", None, None)
        .await
        .expect("sent");

    // The client says yes: the brief to production carries the client's files.
    let reply = format!(
        "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
         Subject: Re: Contract\r\nMessage-ID: <files-1r@client.example>\r\nIn-Reply-To: <{0}>\r\n\
         References: <{0}>\r\n\r\nYes, please go ahead.\r\n",
        row.rfc_message_id
    );
    e.ctx
        .store
        .store_incoming(
            "help",
            &[fiveminute::store::NewMessage {
                source_key: "test:files-yes".into(),
                raw: reply.into_bytes(),
            }],
            None,
        )
        .await
        .expect("stores");
    e.ctx.nudge.notify_one();
    let mut brief = None;
    for _ in 0..400 {
        for m in 1..40 {
            if let Some(o) = e.ctx.store.outbox_for(m).await.expect("outbox")
                && o.recipients.contains("production@")
            {
                brief = Some(o);
            }
        }
        if brief.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let brief = brief.expect("a brief to production");
    let files = support::attachments(&brief.raw);
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(files[0], ("brief.pdf".to_string(), PDF.to_vec()));
    // `fiveminute queue` names where the hand-off went, not production as its sender.
    let notices = e.ctx.store.queue(Some("notice"), 10).await.expect("queue");
    assert_eq!(
        notices[0].from.as_deref(),
        Some("to production@hallpartners.example")
    );
    // Production sees them on the job too.
    let (pcookie, _) = e.login("pat").await;
    let jobs = text(e.send(get("/jobs", &pcookie)).await).await;
    assert!(jobs.contains(&format!("/drafts/{id}/files/1")), "{jobs}");
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_managers_on_one_draft_see_each_other_and_who_took_it() {
    let e = env().await;
    let id = e.drafted(PARKING).await;
    let (mia, mia_csrf) = e.login("mia").await;
    let (ada, _) = e.login("ada").await;
    let page = text(e.send(get(&format!("/drafts/{id}"), &mia)).await).await;
    assert!(!page.contains("this draft open too"), "alone: {page}");
    let page = text(e.send(get(&format!("/drafts/{id}"), &ada)).await).await;
    assert!(page.contains("mia has this draft open too."), "{page}");

    // Mia takes it: the inbox and Ada's page say so.
    let code = e
        .post(
            &format!("/drafts/{id}"),
            &mia,
            &format!("csrf={mia_csrf}&action=take"),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    let inbox = text(e.send(get("/", &ada)).await).await;
    assert!(inbox.contains("taken by mia"), "{inbox}");
    let page = text(e.send(get(&format!("/drafts/{id}"), &ada)).await).await;
    assert!(page.contains("taken by <b>mia</b>"), "{page}");
    assert!(page.contains("Take over"), "{page}");
    let mia_api = api(&e, "mia").await;
    let (code, r) = call(&e, mia_api("GET", "/api/inbox".into(), json!({}))).await;
    assert_eq!(code, StatusCode::OK);
    assert_eq!(r["drafts"][0]["owner"], "mia", "{r}");

    // The heartbeat: who else is here, and the draft's version and last saver.
    let ada_api = api(&e, "ada").await;
    let (code, before) = call(
        &e,
        ada_api("POST", format!("/api/drafts/{id}/presence"), json!({})),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{before}");
    assert_eq!(before["others"], json!(["mia"]), "{before}");
    let (code, _) = call(
        &e,
        mia_api(
            "POST",
            format!("/api/drafts/{id}/save"),
            json!({"kinds": ["written"], "answers": ["Yes, in the courtyard."]}),
        ),
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    let (_, after) = call(
        &e,
        ada_api("POST", format!("/api/drafts/{id}/presence"), json!({})),
    )
    .await;
    assert_ne!(after["version"], before["version"], "{after}");
    assert_eq!(after["saved_by"], "mia", "{after}");
    let (code, _) = call(
        &e,
        ada_api("POST", "/api/drafts/999999/presence".into(), json!({})),
    )
    .await;
    assert_eq!(code, StatusCode::NOT_FOUND);
    e.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ops_edit_a_template_try_it_save_it_and_go_back() {
    let e = env().await;
    let id = e.drafted(PARKING).await;
    let (otto, csrf) = e.login("otto").await;
    let ops = text(e.send(get("/ops", &otto)).await).await;
    assert!(ops.contains("/ops/templates?name=en/reply.txt"), "{ops}");
    let page = text(
        e.send(get("/ops/templates?name=en%2Freply.txt", &otto))
            .await,
    )
    .await;
    assert!(page.contains("id=\"template-text\""), "{page}");
    let original = e
        .ctx
        .pipeline
        .templates()
        .source("en/reply.txt")
        .expect("template")
        .to_string();
    // A broken template is refused with its error, and nothing changes.
    let broken = format!("{original}\n{{% if %}}\n");
    let r = e
        .send(post_form(
            "/ops/templates",
            &otto,
            &format!(
                "csrf={csrf}&name=en%2Freply.txt&action=save&text={}",
                enc(&broken)
            ),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(r).await.contains("id=\"template-error\""));
    assert_eq!(
        e.ctx.pipeline.templates().source("en/reply.txt"),
        Some(original.as_str())
    );
    // Tried on a stored email, then saved: the next draft has it.
    let edited = format!("{original}\nP.S. We have moved to 4 Quay Street.\n");
    let r = e
        .send(post_form(
            "/ops/templates",
            &otto,
            &format!(
                "csrf={csrf}&name=en%2Freply.txt&action=preview&message={id}&text={}",
                enc(&edited)
            ),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let preview = text(r).await;
    assert!(
        preview.contains("P.S. We have moved to 4 Quay Street."),
        "{preview}"
    );
    let code = e
        .post(
            "/ops/templates",
            &otto,
            &format!(
                "csrf={csrf}&name=en%2Freply.txt&action=save&text={}",
                enc(&edited)
            ),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    let (again, status) = settled(&e, &PARKING.replace("park-1@", "park-2@")).await;
    assert_eq!(status, "drafted");
    let d = e
        .ctx
        .store
        .draft(again)
        .await
        .expect("draft")
        .expect("exists");
    assert!(d.body.contains("We have moved"), "{}", d.body);
    // The history: the file's text and the edit; going back restores the file's text.
    let history = e
        .ctx
        .store
        .template_history("en/reply.txt")
        .await
        .expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].author, "otto");
    let code = e
        .post(
            "/ops/templates/revert",
            &otto,
            &format!("csrf={csrf}&id={}", history[1].id),
        )
        .await;
    assert_eq!(code, StatusCode::SEE_OTHER);
    assert_eq!(
        e.ctx.pipeline.templates().source("en/reply.txt"),
        Some(original.as_str())
    );
    let page = text(
        e.send(get("/ops/templates?name=en%2Freply.txt", &otto))
            .await,
    )
    .await;
    assert!(page.contains("back to the text fiveminute saved"), "{page}");
    // Managers do not edit templates.
    let (mia, _) = e.login("mia").await;
    let r = e
        .send(get("/ops/templates?name=en%2Freply.txt", &mia))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    e.close().await;
}
