//! The review page's handlers with `router(state).oneshot(request)`: who may see and do what,
//! CSRF, the login rate limit, logout, escaping, and approval writing the outbox.

mod support;

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use fiveminute::clock::{SharedClock, SystemClock};
use fiveminute::review::auth;
use fiveminute::store::NewMessage;
use support::web::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_refuses_an_anonymous_request() {
    let e = env().await;
    for path in [
        "/",
        "/drafts/1",
        "/sent",
        "/problems",
        "/ops",
        "/admin/users",
        "/jobs",
        "/reports",
        "/reports.csv",
    ] {
        let r = e
            .send(Request::get(path).body(Body::empty()).expect("request"))
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        let to = r
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(to.starts_with("/login?next="), "{path} -> {to}");
    }
    for path in [
        "/api/inbox",
        "/api/drafts/1",
        "/api/sent",
        "/api/problems",
        "/api/jobs",
        "/api/reports",
    ] {
        let r = e
            .send(Request::get(path).body(Body::empty()).expect("request"))
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
    for path in [
        "/drafts/1",
        "/api/drafts/1/approve",
        "/api/drafts/1/preview",
        "/problems/1/resend",
        "/logout",
        "/ops",
        "/admin/users",
        "/jobs/1",
        "/api/jobs/1",
    ] {
        let r = e.send(post_form(path, "", "a=b")).await;
        assert!(
            matches!(r.status(), StatusCode::SEE_OTHER | StatusCode::UNAUTHORIZED),
            "{path}: {}",
            r.status()
        );
    }
    // A made-up session cookie or token is no better.
    let r = e.send(get("/", "fm_session=0123456789abcdef")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = e
        .send(
            Request::get("/api/inbox")
                .header(header::AUTHORIZATION, "Bearer nope")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // The login page and the static files need nothing.
    for path in ["/login", "/static/app.css", "/static/app.js"] {
        let r = e
            .send(Request::get(path).body(Body::empty()).expect("request"))
            .await;
        assert_eq!(r.status(), StatusCode::OK, "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_cookie_is_http_only_and_strict() {
    let e = env().await;
    let page = e
        .send(Request::get("/login").body(Body::empty()).expect("request"))
        .await;
    let all: Vec<String> = page
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok().map(String::from))
        .collect();
    assert!(
        all.iter()
            .all(|c| c.contains("HttpOnly") && c.contains("SameSite=Strict")),
        "{all:?}"
    );
    let (cookie, _) = e.login("mia").await;
    assert!(cookie.starts_with("fm_session="));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_without_the_csrf_token_are_refused() {
    let e = env().await;
    let id = e.drafted(MAIL).await;
    let (cookie, csrf) = e.login("mia").await;
    assert_eq!(
        e.post(&format!("/drafts/{id}"), &cookie, "action=discard")
            .await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        e.post(
            &format!("/drafts/{id}"),
            &cookie,
            "action=discard&csrf=wrong"
        )
        .await,
        StatusCode::FORBIDDEN
    );
    let r = e
        .send(
            Request::post(format!("/api/drafts/{id}/discard"))
                .header(header::COOKIE, &cookie)
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The login form has its own token.
    assert_eq!(
        e.post(
            "/login",
            "",
            "name=mia&password=correct+horse+battery&csrf=x"
        )
        .await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        e.ctx
            .store
            .draft(id)
            .await
            .expect("draft")
            .expect("exists")
            .message
            .status,
        "drafted"
    );
    // With the token it works, and the audit trail says who.
    assert_eq!(
        e.post(
            &format!("/drafts/{id}"),
            &cookie,
            &format!("action=discard&csrf={csrf}")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let trail = e.ctx.store.audit_trail(id).await.expect("audit");
    assert_eq!(
        (trail[0].actor.as_str(), trail[0].action.as_str()),
        ("mia", "discarded")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roles_are_enforced() {
    let e = env().await;
    let id = e.drafted(MAIL).await;
    let (ops, ops_csrf) = e.login("otto").await;
    assert_eq!(
        e.post(
            &format!("/drafts/{id}"),
            &ops,
            &format!("action=approve&csrf={ops_csrf}")
        )
        .await,
        StatusCode::FORBIDDEN,
        "ops may not send"
    );
    assert_eq!(
        e.send(get("/admin/users", &ops)).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(e.send(get("/ops", &ops)).await.status(), StatusCode::OK);
    let (mgr, _) = e.login("mia").await;
    assert_eq!(
        e.send(get("/ops", &mgr)).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        e.send(get("/admin/users", &mgr)).await.status(),
        StatusCode::FORBIDDEN
    );
    let (admin, _) = e.login("ada").await;
    assert_eq!(
        e.send(get("/admin/users", &admin)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn email_content_is_shown_as_text() {
    let e = env().await;
    let id = e.drafted(MAIL).await;
    let (cookie, _) = e.login("mia").await;
    for path in ["/".to_string(), format!("/drafts/{id}")] {
        let html = text(e.send(get(&path, &cookie)).await).await;
        assert!(!html.contains("<script>alert"), "{path} runs a script");
        assert!(!html.contains("<img src=x"), "{path} has a live tag");
        assert!(
            html.contains("&lt;script&gt;") || html.contains("&lt;script"),
            "{path} shows the text"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_logins_are_rate_limited() {
    let e = env().await;
    let page = e
        .send(Request::get("/login").body(Body::empty()).expect("request"))
        .await;
    let login_cookie = format!(
        "{}={}",
        auth::LOGIN_COOKIE,
        set_cookie(&page, auth::LOGIN_COOKIE).expect("cookie")
    );
    let csrf = between(&text(page).await, "name=\"csrf\" value=\"", "\"");
    let attempt = |pw: &str| {
        post_form(
            "/login",
            &login_cookie,
            &format!("name=mia&password={pw}&csrf={csrf}"),
        )
    };
    for _ in 0..5 {
        assert_eq!(
            e.send(attempt("wrong")).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // Even the right password is refused while the limit holds.
    let r = e.send(attempt("correct+horse+battery")).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logout_ends_the_session_on_the_server() {
    let e = env().await;
    let (cookie, csrf) = e.login("mia").await;
    assert_eq!(e.send(get("/", &cookie)).await.status(), StatusCode::OK);
    assert_eq!(
        e.post("/logout", &cookie, &format!("csrf={csrf}")).await,
        StatusCode::SEE_OTHER
    );
    // The old cookie, replayed, no longer works.
    assert_eq!(
        e.send(get("/", &cookie)).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_with_a_token_edits_previews_and_approves() {
    let e = env().await;
    let id = e.drafted(MAIL).await;
    let user = e
        .ctx
        .store
        .user("mia")
        .await
        .expect("user")
        .expect("exists");
    let token = auth::random_token();
    e.ctx
        .store
        .add_api_token(user.id, &auth::token_hash(&token), "test")
        .await
        .expect("token");
    let bearer = format!("Bearer {token}");
    let call = |method: &str, path: String, body: &str| {
        Request::builder()
            .method(method)
            .uri(path)
            .header(header::AUTHORIZATION, &bearer)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .expect("request")
    };
    let inbox: serde_json::Value =
        serde_json::from_str(&text(e.send(call("GET", "/api/inbox".into(), "")).await).await)
            .expect("json");
    assert_eq!(inbox["drafts"][0]["id"], id);
    // A stub left in an answer: 422 with the question numbers, and nothing queued.
    let stub = r#"{"answers": ["[Quick answer]"]}"#;
    let refused = e
        .send(call("POST", format!("/api/drafts/{id}/approve"), stub))
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = serde_json::from_str(&text(refused).await).expect("json");
    assert_eq!(body["questions"], serde_json::json!([1]), "{body}");
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|m| m.contains("question 1")),
        "{body}"
    );
    assert!(
        e.ctx.store.outbox_for(id).await.expect("row").is_none(),
        "nothing queued"
    );
    let edits =
        r#"{"answers": ["We will review it and come back to you."], "hours": 3, "rate": 200}"#;
    let preview: serde_json::Value = serde_json::from_str(
        &text(
            e.send(call("POST", format!("/api/drafts/{id}/preview"), edits))
                .await,
        )
        .await,
    )
    .expect("json");
    assert!(
        preview["body"]
            .as_str()
            .is_some_and(|b| b.contains("We will review it")
                && b.contains("3 hours at $200")
                && b.contains("$600")),
        "{preview}"
    );
    // Nothing was saved by a preview.
    assert!(
        !e.ctx
            .store
            .draft(id)
            .await
            .expect("draft")
            .expect("exists")
            .body
            .contains("$600")
    );
    let r = e
        .send(call("POST", format!("/api/drafts/{id}/approve"), edits))
        .await;
    assert_eq!(r.status(), StatusCode::OK, "{}", text(r).await);
    let row = e
        .ctx
        .store
        .outbox_for(id)
        .await
        .expect("row")
        .expect("outbox row");
    assert_eq!(row.status, "pending");
    let raw = String::from_utf8_lossy(&row.raw);
    assert!(
        raw.contains("3 hours at $200") && raw.contains("$600"),
        "the outbox has exactly the previewed text"
    );
    let actions: Vec<String> = e
        .ctx
        .store
        .audit_trail(id)
        .await
        .expect("audit")
        .into_iter()
        .map(|a| a.action)
        .collect();
    // The refused click kept its edit (the stub), then the real answer replaced it.
    assert_eq!(actions, vec!["edited", "edited", "approved"]);
    // Approving again is a conflict, not a second send.
    let r = e
        .send(call("POST", format!("/api/drafts/{id}/approve"), "{}"))
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
}

/// Stores a message as if it arrived, and wakes the worker.
async fn arrive(e: &Env, raw: &str) {
    e.ctx
        .store
        .store_incoming(
            "help",
            &[NewMessage {
                source_key: format!("test:{}", rand_key()),
                raw: raw.as_bytes().to_vec(),
            }],
            None,
        )
        .await
        .expect("stores");
    e.ctx.nudge.notify_one();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_overrides_a_reply_and_production_moves_the_job() {
    let e = env().await;
    let id = e
        .drafted(
            "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
             Subject: Contract\r\nMessage-ID: <m9@client.example>\r\n\r\n\
             Hi,\r\n\r\nCan you review the supplier contract before Friday?\r\n",
        )
        .await;
    let (mgr, csrf) = e.login("mia").await;
    // Before sending, the manager marks that production must take the brief from the client.
    let page = text(e.send(get(&format!("/drafts/{id}"), &mgr)).await).await;
    assert!(
        page.contains("value=\"brief_direct\""),
        "the marking is offered"
    );
    assert_eq!(
        e.post(
            &format!("/drafts/{id}"),
            &mgr,
            &format!("action=brief_direct&csrf={csrf}")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let quote = e
        .ctx
        .store
        .quote_for_client_message(id)
        .await
        .expect("quote")
        .expect("a quote");
    assert!(quote.direct_brief);
    let clock: SharedClock = Arc::new(SystemClock);
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

    // A counter-offer: unclear, back in the inbox flagged, the quote still open.
    arrive(
        &e,
        &format!(
            "From: Alice Moreau <alice@client.example>\r\nTo: help@hallpartners.example\r\n\
             Subject: Re: Contract\r\nMessage-ID: <m9r@client.example>\r\nIn-Reply-To: <{0}>\r\n\
             References: <{0}>\r\n\r\nCould you do it in one hour instead?\r\n",
            row.rfc_message_id
        ),
    )
    .await;
    let mut reply = None;
    for _ in 0..200 {
        reply = e
            .ctx
            .store
            .review_list(&["drafted"], true, 50)
            .await
            .expect("inbox")
            .into_iter()
            .find(|r| r.kind == "reply");
        if reply.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let reply = reply.expect("the unclear reply is back in the inbox");
    assert_eq!(reply.decision.as_deref(), Some("unclear"));
    let inbox = text(e.send(get("/", &mgr)).await).await;
    assert!(
        inbox.contains("reply to quote: unclear"),
        "flagged in the inbox"
    );
    let page = text(e.send(get(&format!("/drafts/{}", reply.id), &mgr)).await).await;
    assert!(page.contains(&format!("Reply to quote {}", quote.reference)));
    // The drafted answer to the counter-offer holds a stub: approval is refused, nothing is
    // queued, and the page points at the question.
    let refused =
        fiveminute::outbox::approve(&e.ctx.store, &e.ctx.config, &clock, reply.id, "mia", false)
            .await;
    assert!(
        matches!(
            &refused,
            Err(fiveminute::outbox::OutboxError::Unanswered { questions, .. }) if questions == &vec![1]
        ),
        "{refused:?}"
    );
    assert!(
        e.ctx
            .store
            .outbox_for(reply.id)
            .await
            .expect("row")
            .is_none(),
        "nothing queued"
    );
    let page = text(e.send(get(&format!("/drafts/{}", reply.id), &mgr)).await).await;
    assert!(
        page.contains("id=\"needs-answer\""),
        "the page points at it"
    );
    assert!(
        page.contains("needs-answer\" id=\"q1\""),
        "the question is marked"
    );
    // The page's approve with a stub left saves the edits and comes back to the draft.
    let status = e
        .post(
            &format!("/drafts/{}", reply.id),
            &mgr,
            &format!("action=approve&csrf={csrf}&answer_0=Yes+%E2%80%94+%5Bconfirm+or+correct%5D"),
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        e.ctx
            .store
            .outbox_for(reply.id)
            .await
            .expect("row")
            .is_none()
    );
    // The manager answers the counter-offer; once it goes out, the reply reads "sent".
    assert_eq!(
        e.post(
            &format!("/drafts/{}", reply.id),
            &mgr,
            &format!(
                "action=save&csrf={csrf}&answer_0=We+keep+to+the+quoted+two+hours%2C+I+am+afraid."
            ),
        )
        .await,
        StatusCode::SEE_OTHER
    );
    fiveminute::outbox::approve(&e.ctx.store, &e.ctx.config, &clock, reply.id, "mia", false)
        .await
        .expect("approves the answer");
    let answer = e
        .ctx
        .store
        .outbox_for(reply.id)
        .await
        .expect("row")
        .expect("the answer is queued");
    assert!(answer.recipients.contains("alice@client.example"));
    e.ctx
        .store
        .outbox_mark(answer.id, "sent", None, None)
        .await
        .expect("sent");
    let answered = e
        .ctx
        .store
        .draft(reply.id)
        .await
        .expect("read")
        .expect("draft");
    assert_eq!(answered.message.status, "sent");

    // Ops may not decide; the manager says it is a yes: accepted, a job, audited.
    let (ops, ops_csrf) = e.login("otto").await;
    assert_eq!(
        e.post(
            &format!("/drafts/{}", reply.id),
            &ops,
            &format!("action=accept&csrf={ops_csrf}")
        )
        .await,
        StatusCode::FORBIDDEN
    );
    let r = e
        .send(post_form(
            &format!("/drafts/{}", reply.id),
            &mgr,
            &format!("action=accept&csrf={csrf}"),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", text(r).await);
    let status = |e: &Env| {
        let store = e.ctx.store.clone();
        let reference = quote.reference.clone();
        async move {
            store
                .quote_by_reference(&reference)
                .await
                .expect("q")
                .expect("exists")
                .status
        }
    };
    assert_eq!(status(&e).await, "accepted");
    // What production was sent, oldest first: (subject, body).
    let to_production = |e: &Env| {
        let store = e.ctx.store.clone();
        async move {
            let mut rows = store
                .outbox_list(&["pending", "retry", "sent"], 50)
                .await
                .expect("outbox");
            rows.reverse();
            rows.into_iter()
                .filter(|r| r.recipients.contains("production@hallpartners.example"))
                .map(|r| {
                    let raw = String::from_utf8_lossy(&r.raw).replace("=\r\n", "");
                    (r.subject.unwrap_or_default(), raw)
                })
                .collect::<Vec<_>>()
        }
    };
    let sent = to_production(&e).await;
    assert_eq!(sent.len(), 1, "the brief goes to production once");
    assert!(
        sent[0].0.starts_with(&format!("Job {}", quote.reference)),
        "{:?}",
        sent[0].0
    );
    assert!(
        sent[0].1.contains("Cc: help@hallpartners.example"),
        "the managers are copied when production takes the brief itself"
    );
    // Production's page of the brief mail is the client's email.
    let notice = e
        .ctx
        .store
        .outbox_list(&["pending"], 50)
        .await
        .expect("outbox")
        .into_iter()
        .find(|r| r.recipients.contains("production@"))
        .expect("the hand-off");
    let r = e
        .send(get(&format!("/drafts/{}", notice.message_id), &mgr))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        r.headers()[header::LOCATION].to_str().expect("ascii"),
        format!("/drafts/{id}")
    );
    let jobs = e.ctx.store.jobs().await.expect("jobs");
    assert_eq!(jobs.len(), 1);
    assert!(
        jobs[0].direct_brief,
        "the manager's marking reaches the job"
    );
    assert!(
        jobs[0]
            .brief
            .contains("TAKE THE BRIEF FROM THE CLIENT DIRECTLY"),
        "{}",
        jobs[0].brief
    );
    let audit: Vec<String> = e
        .ctx
        .store
        .audit_trail(reply.id)
        .await
        .expect("audit")
        .into_iter()
        .map(|a| format!("{} {}", a.actor, a.action))
        .collect();
    assert!(audit.contains(&"mia override".to_string()), "{audit:?}");

    // Production moves the job; ops may not; a made-up state is refused.
    let job = jobs[0].id;
    let (prod, prod_csrf) = e.login("pat").await;
    let page = text(e.send(get("/jobs", &prod)).await).await;
    assert!(page.contains(&quote.reference) && page.contains("value=\"in_progress\""));
    assert_eq!(
        e.post(
            &format!("/jobs/{job}"),
            &prod,
            &format!("state=in_progress&csrf={prod_csrf}")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        e.ctx.store.jobs().await.expect("jobs")[0].state,
        "in_progress"
    );
    assert_eq!(
        e.post(
            &format!("/jobs/{job}"),
            &ops,
            &format!("state=done&csrf={ops_csrf}")
        )
        .await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        e.post(
            &format!("/jobs/{job}"),
            &prod,
            &format!("state=lost&csrf={prod_csrf}")
        )
        .await,
        StatusCode::BAD_REQUEST
    );
    let r = e
        .send(post_form(&format!("/jobs/{job}"), &prod, "state=done"))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "no CSRF token, no change"
    );
    // Production staff cannot send mail.
    assert_eq!(
        e.post(
            &format!("/drafts/{}", reply.id),
            &prod,
            &format!("action=decline&csrf={prod_csrf}")
        )
        .await,
        StatusCode::FORBIDDEN
    );

    // The manager changes their mind: declined, the job cancelled; a yes again brings it back.
    assert_eq!(
        e.post(
            &format!("/drafts/{}", reply.id),
            &mgr,
            &format!("action=decline&csrf={csrf}")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(status(&e).await, "declined");
    assert_eq!(
        e.ctx.store.jobs().await.expect("jobs")[0].state,
        "cancelled"
    );
    let sent = to_production(&e).await;
    assert_eq!(sent.len(), 2, "production is told the job is off");
    assert!(
        sent[1]
            .0
            .starts_with(&format!("Cancelled: job {}", quote.reference))
            && sent[1].1.contains("Please stop any work on it")
            && sent[1].1.contains("which is now declined"),
        "{:?}",
        sent[1]
    );
    let r = e
        .send(post_form(
            &format!("/jobs/{job}"),
            &prod,
            &format!("state=in_progress&csrf={prod_csrf}"),
        ))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::CONFLICT,
        "a cancelled job stays cancelled"
    );
    let r = e
        .send(post_form(
            &format!("/drafts/{}", reply.id),
            &mgr,
            &format!("action=accept&csrf={csrf}"),
        ))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(status(&e).await, "accepted");
    assert_eq!(e.ctx.store.jobs().await.expect("jobs")[0].state, "new");
    let sent = to_production(&e).await;
    assert_eq!(sent.len(), 3, "production is told the job is back on");
    assert!(
        sent[2]
            .0
            .starts_with(&format!("Back on: job {}", quote.reference))
            && sent[2]
                .1
                .contains("TAKE THE BRIEF FROM THE CLIENT DIRECTLY"),
        "the brief comes again: {:?}",
        sent[2]
    );
    // Saying yes to a yes changes nothing: the job keeps its state, production hears nothing.
    assert_eq!(
        e.post(
            &format!("/jobs/{job}"),
            &prod,
            &format!("state=in_progress&csrf={prod_csrf}")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        e.post(
            &format!("/drafts/{}", reply.id),
            &mgr,
            &format!("action=accept&csrf={csrf}")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        e.ctx.store.jobs().await.expect("jobs")[0].state,
        "in_progress"
    );
    assert_eq!(to_production(&e).await.len(), 3);
    // The client's email shows the reply and its override buttons; the clock has stopped.
    let page = text(e.send(get(&format!("/drafts/{id}"), &mgr)).await).await;
    assert!(
        page.contains("The client's replies")
            && page.contains(&format!(
                "value=\"decline\" formaction=\"/drafts/{}\"",
                reply.id
            ))
            && page.contains("answered in")
            && !page.contains("data-received"),
        "{page}"
    );
    // The mail production was sent is listed with the quote, in order.
    let listed = page.split("Mail to production").nth(1).unwrap_or_default();
    let at = |what: &str| listed.find(&format!("{what} {}", quote.reference));
    assert!(
        matches!(
            (at("Job"), at("Cancelled: job"), at("Back on: job")),
            (Some(a), Some(b), Some(c)) if a < b && b < c
        ),
        "{listed}"
    );
    // Times are written on the server (in the firm's zone), readable without JavaScript.
    assert!(page.matches(" UTC</span>").count() >= 3, "{page}");
}

// --- login: where it lands, how it is limited ----------------------------------------------

/// A login attempt: where it came from (the direct peer) and what it says about itself.
struct Attempt<'a> {
    name: &'a str,
    password: &'a str,
    next: Option<&'a str>,
    peer: Option<&'a str>,
    forwarded_for: Option<&'a str>,
}

impl Default for Attempt<'_> {
    fn default() -> Self {
        Attempt {
            name: "mia",
            password: "correct horse battery",
            next: None,
            peer: Some("192.0.2.10"),
            forwarded_for: None,
        }
    }
}

impl Env {
    /// Opens the login form and posts it; the answer.
    async fn attempt(&self, a: &Attempt<'_>) -> Response<Body> {
        let page = self
            .send(Request::get("/login").body(Body::empty()).expect("request"))
            .await;
        let login_cookie = set_cookie(&page, auth::LOGIN_COOKIE).expect("login cookie");
        let csrf = between(&text(page).await, "name=\"csrf\" value=\"", "\"");
        let mut form = format!(
            "name={}&password={}&csrf={csrf}",
            enc(a.name),
            enc(a.password)
        );
        if let Some(next) = a.next {
            form.push_str(&format!("&next={}", enc(next)));
        }
        let mut req = Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(
                header::COOKIE,
                format!("{}={login_cookie}", auth::LOGIN_COOKIE),
            );
        if let Some(xff) = a.forwarded_for {
            req = req.header("x-forwarded-for", xff);
        }
        let mut req = req.body(Body::from(form)).expect("request");
        if let Some(peer) = a.peer {
            let addr: std::net::SocketAddr = format!("{peer}:40000").parse().expect("address");
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo(addr));
        }
        self.send(req).await
    }
}

fn location(r: &Response<Body>) -> String {
    r.headers()
        .get(header::LOCATION)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_never_sends_the_browser_to_another_site() {
    let e = env().await;
    let hostile = [
        "/\t/127.0.0.1:18999/x",
        "/\n/127.0.0.1:18999/x",
        "/\r\nSet-Cookie: fm_session=x",
        "/%09/127.0.0.1:18999/x",
        "//evil.example/x",
        "/\\evil.example/x",
        "\\\\evil.example",
        "/x\\..\\..",
        "https://evil.example/",
        "http:evil.example",
        "javascript:alert(1)",
        "evil.example",
        "/ /evil.example",
        "/\u{0}/evil.example",
        "/\u{7f}/evil.example",
        "/\u{a0}/evil.example",
        "/é",
        "/drafts//evil.example",
        "",
    ];
    for next in hostile {
        let r = e
            .attempt(&Attempt {
                next: Some(next),
                ..Attempt::default()
            })
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "next={next:?}");
        assert_eq!(location(&r), "/", "next={next:?} lands on the inbox");
        // The login page does not carry it into its form either.
        let page = text(
            e.send(
                Request::get(format!("/login?next={}", enc(next)))
                    .body(Body::empty())
                    .expect("request"),
            )
            .await,
        )
        .await;
        assert!(
            page.contains("name=\"next\" value=\"\""),
            "next={next:?} in the form: {page}"
        );
    }
    // A page of our own is kept, with its query.
    let r = e
        .attempt(&Attempt {
            next: Some("/drafts/3?x=1"),
            ..Attempt::default()
        })
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/drafts/3?x=1");
    // Production lands on the jobs, from the front page or with no wish at all.
    for next in [None, Some("/"), Some("//evil.example")] {
        let r = e
            .attempt(&Attempt {
                name: "pat",
                next,
                ..Attempt::default()
            })
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(location(&r), "/jobs", "production with next={next:?}");
    }
    let r = e
        .attempt(&Attempt {
            name: "pat",
            next: Some("/drafts/3"),
            ..Attempt::default()
        })
        .await;
    assert_eq!(location(&r), "/drafts/3");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_login_keeps_the_name_in_the_form() {
    let e = env().await;
    let r = e
        .attempt(&Attempt {
            name: "mia<b>",
            password: "wrong",
            ..Attempt::default()
        })
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let html = text(r).await;
    assert!(html.contains("Wrong name or password."), "{html}");
    assert!(
        html.contains("value=\"mia&lt;b&gt;\""),
        "the name, escaped, is kept: {html}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_for_one_name_do_not_lock_the_others_behind_the_same_address() {
    let e = env().await;
    let hash = auth::hash_password("correct horse battery").expect("hash");
    e.ctx
        .store
        .add_user("noah", "manager", &hash)
        .await
        .expect("user");
    for _ in 0..5 {
        let r = e
            .attempt(&Attempt {
                password: "wrong",
                ..Attempt::default()
            })
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    // mia is locked, even with her right password (and with her name written otherwise)...
    for name in ["mia", " MIA "] {
        let r = e
            .attempt(&Attempt {
                name,
                ..Attempt::default()
            })
            .await;
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS, "{name:?}");
    }
    // ...but noah, from the same address, is not.
    let r = e
        .attempt(&Attempt {
            name: "noah",
            ..Attempt::default()
        })
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "noah logs in");

    // The lock is in the database: a restarted daemon still holds it.
    let dir = e.close().await;
    let e = open_env(&dir).await;
    let r = e.attempt(&Attempt::default()).await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "mia is still locked after a restart"
    );
    let r = e
        .attempt(&Attempt {
            name: "noah",
            ..Attempt::default()
        })
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_is_locked_after_its_own_threshold() {
    let e = env_with("max_failures_per_address = 4").await;
    // Four names, one wrong password each, from one address: the address is locked, for
    // every name, while another address is not.
    for name in ["a1", "a2", "a3", "a4"] {
        let r = e
            .attempt(&Attempt {
                name,
                password: "wrong",
                ..Attempt::default()
            })
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "{name}");
    }
    let r = e.attempt(&Attempt::default()).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let r = e
        .attempt(&Attempt {
            peer: Some("192.0.2.11"),
            ..Attempt::default()
        })
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn x_forwarded_for_counts_only_from_a_trusted_proxy() {
    let e =
        env_with("max_failures_per_address = 3\ntrusted_proxies = [\"127.0.0.1\", \"10.0.0.2\"]")
            .await;
    fn wrong<'a>(name: &'a str, peer: &'a str, xff: &'a str) -> Attempt<'a> {
        Attempt {
            name,
            password: "wrong",
            peer: Some(peer),
            forwarded_for: Some(xff),
            ..Attempt::default()
        }
    }
    // An untrusted peer says it forwards for someone new each time: ignored, the peer is locked.
    for (i, name) in ["u1", "u2", "u3"].into_iter().enumerate() {
        let xff = format!("203.0.113.{i}");
        let r = e.attempt(&wrong(name, "192.0.2.20", &xff)).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = e
        .attempt(&Attempt {
            peer: Some("192.0.2.20"),
            forwarded_for: Some("203.0.113.99"),
            ..Attempt::default()
        })
        .await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the untrusted peer itself is locked"
    );
    // Through the trusted proxies, each client counts on its own: the right-most address that
    // is not a trusted proxy.
    for name in ["t1", "t2", "t3"] {
        let r = e
            .attempt(&wrong(name, "127.0.0.1", "198.51.100.7, 10.0.0.2"))
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    for (xff, want) in [
        // The locked client, even when it puts another address in front.
        ("198.51.100.7", StatusCode::TOO_MANY_REQUESTS),
        ("1.2.3.4, 198.51.100.7", StatusCode::TOO_MANY_REQUESTS),
        (
            "1.2.3.4, 198.51.100.7, 10.0.0.2",
            StatusCode::TOO_MANY_REQUESTS,
        ),
        // Another client behind the same proxy, and the proxy itself, are not locked.
        ("198.51.100.8", StatusCode::SEE_OTHER),
        ("198.51.100.7, 198.51.100.9", StatusCode::SEE_OTHER),
    ] {
        let r = e
            .attempt(&Attempt {
                peer: Some("127.0.0.1"),
                forwarded_for: Some(xff),
                ..Attempt::default()
            })
            .await;
        assert_eq!(r.status(), want, "X-Forwarded-For: {xff}");
    }
    let r = e
        .attempt(&Attempt {
            peer: Some("127.0.0.1"),
            ..Attempt::default()
        })
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the proxy itself");
}

// --- headers -------------------------------------------------------------------------------

fn assert_secure_headers(r: &Response<Body>, what: &str, no_store: bool) {
    let h = |name: &str| {
        r.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let csp = h("content-security-policy");
    assert!(
        csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{what}: CSP {csp:?}"
    );
    assert_eq!(h("x-frame-options"), "DENY", "{what}");
    assert_eq!(h("x-content-type-options"), "nosniff", "{what}");
    assert!(
        matches!(h("referrer-policy").as_str(), "same-origin" | "no-referrer"),
        "{what}: {:?}",
        h("referrer-policy")
    );
    if no_store {
        assert_eq!(h("cache-control"), "no-store", "{what}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_carries_the_security_headers() {
    let e = env().await;
    let login = e
        .send(Request::get("/login").body(Body::empty()).expect("request"))
        .await;
    assert_secure_headers(&login, "the login page", true);
    let (cookie, _) = e.login("mia").await;
    for path in [
        "/",
        "/sent",
        "/problems",
        "/jobs",
        "/api/inbox",
        "/api/problems",
        "/nowhere",
    ] {
        let r = e.send(get(path, &cookie)).await;
        assert_secure_headers(&r, path, true);
    }
    let anonymous = e
        .send(
            Request::get("/api/inbox")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_secure_headers(&anonymous, "a refused API call", true);
    // The static files may be cached; they still get the rest.
    let css = e
        .send(
            Request::get("/static/app.css")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_secure_headers(&css, "app.css", false);
    assert_eq!(
        css.headers()
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok()),
        Some("max-age=300")
    );
    // No page relies on inline script or style, which the policy refuses.
    for path in [
        "/",
        "/sent",
        "/problems",
        "/jobs",
        "/reports",
        "/ops",
        "/admin/users",
    ] {
        let (admin, _) = e.login("ada").await;
        let html = text(e.send(get(path, &admin)).await).await;
        let lower = html.to_lowercase();
        assert!(
            !lower.contains("<script>") && !lower.contains("<style"),
            "{path}"
        );
        assert!(
            !lower.contains(" style=") && !lower.contains(" onclick="),
            "{path}"
        );
    }
}

// --- lists ---------------------------------------------------------------------------------

/// `n` stored rows of each kind the lists show, written straight into the database.
async fn seed_lists(
    e: &Env,
    drafted: usize,
    permanent: usize,
    failed: usize,
) -> (Vec<i64>, Vec<i64>, Vec<i64>) {
    let mut seed = support::seed::Seed::open(&e.dir).await;
    let mut ids = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..drafted {
        let at = 1_700_000_000_000 + i as i64;
        ids.0.push(
            seed.email(
                "help",
                "d@client.example",
                "D",
                at,
                "drafted",
                None,
                &[true],
                3,
            )
            .await,
        );
    }
    for i in 0..permanent {
        let at = 1_700_000_000_000 + i as i64;
        let id = seed
            .email(
                "help",
                "p@client.example",
                "P",
                at,
                "send_problem",
                Some(1),
                &[true],
                3,
            )
            .await;
        sqlx::query("UPDATE outbox SET status = 'permanent', sent_at = NULL, last_error = '550 no such user' WHERE message_id = $1")
            .bind(id)
            .execute(seed.pool())
            .await
            .expect("permanent");
        ids.1.push(id);
    }
    for i in 0..failed {
        let at = 1_700_000_000_000 + i as i64;
        ids.2.push(
            seed.email("help", "f@client.example", "F", at, "failed", None, &[], 0)
                .await,
        );
    }
    ids
}

async fn json(e: &Env, path: &str, cookie: &str) -> serde_json::Value {
    let r = e.send(get(path, cookie)).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    serde_json::from_str(&text(r).await).expect("JSON")
}

fn ids_of(v: &serde_json::Value, key: &str, field: &str) -> Vec<i64> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} in {v}"))
        .iter()
        .map(|r| r[field].as_i64().expect("id"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_lists_come_in_pages_with_their_true_counts() {
    let e = env().await;
    let (drafted, permanent, failed) = seed_lists(&e, 520, 250, 205).await;
    let (cookie, _) = e.login("mia").await;

    // The inbox, oldest first: all 520 counted, the newest reachable past the first page.
    let first = json(&e, "/api/inbox", &cookie).await;
    assert_eq!(first["total"], 520, "{}", first["total"]);
    assert_eq!(first["offset"], 0);
    let limit = first["limit"].as_u64().expect("limit") as usize;
    assert_eq!(
        limit, 500,
        "the API's first page is all it answered before it had pages"
    );
    assert_eq!(ids_of(&first, "drafts", "id"), drafted[..limit]);
    let rest = json(&e, &format!("/api/inbox?offset={limit}&limit=500"), &cookie).await;
    assert_eq!(ids_of(&rest, "drafts", "id"), drafted[limit..]);
    // A limit above the cap is capped; nonsense is refused.
    let big = json(&e, "/api/inbox?limit=100000", &cookie).await;
    assert_eq!(big["limit"], 500);
    assert_eq!(big["drafts"].as_array().map(Vec::len), Some(500));
    let r = e.send(get("/api/inbox?limit=lots", &cookie)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    // The page says how many there are and links to the next page.
    let html = text(e.send(get("/", &cookie)).await).await;
    assert!(html.contains("1–100 of 520"), "{html}");
    assert!(
        html.contains("href=\"/?offset=100&amp;limit=100\""),
        "{html}"
    );
    let html = text(e.send(get("/?offset=500&limit=100", &cookie)).await).await;
    assert!(html.contains("501–520 of 520"), "{html}");
    assert!(html.contains(&format!("/drafts/{}\"", drafted[519])));
    assert!(
        html.contains("href=\"/?offset=400&amp;limit=100\""),
        "previous page: {html}"
    );

    // Problems, newest first: the oldest permanent failures are there, past the first page.
    let p = json(&e, "/api/problems?offset=200&limit=100", &cookie).await;
    assert_eq!(p["total"], 250);
    let sends = ids_of(&p, "sends", "message_id");
    assert_eq!(sends.len(), 50);
    assert_eq!(
        sends.last(),
        permanent.first(),
        "the oldest failure is reachable"
    );
    assert_eq!(p["failed_total"], 205);
    let f = json(&e, "/api/problems?failed_offset=200", &cookie).await;
    assert_eq!(
        ids_of(&f, "failed", "id"),
        vec![failed[4], failed[3], failed[2], failed[1], failed[0]]
    );
    let html = text(e.send(get("/problems?offset=200", &cookie)).await).await;
    assert!(html.contains("201–250 of 250"), "{html}");
    assert!(html.contains("1–100 of 205"), "{html}");
    assert!(
        html.contains(&format!("/drafts/{}\"", permanent[0])),
        "{html}"
    );

    // Sent and jobs answer the same way.
    let s = json(&e, "/api/sent?limit=10", &cookie).await;
    assert_eq!(
        (
            s["total"].as_i64(),
            s["limit"].as_i64(),
            s["offset"].as_i64()
        ),
        (Some(0), Some(10), Some(0))
    );
    let j = json(&e, "/api/jobs?offset=5", &cookie).await;
    assert_eq!(
        (j["total"].as_i64(), j["offset"].as_i64()),
        (Some(0), Some(5))
    );
}

// --- the log -------------------------------------------------------------------------------

/// What the daemon's log would show, captured from this test's thread.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn lines(&self) -> Vec<String> {
        String::from_utf8_lossy(&self.0.lock().expect("log buffer"))
            .lines()
            .map(str::to_string)
            .collect()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logins_approvals_and_discards_are_logged_without_passwords() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    // The handlers run on this test's thread (oneshot), so a thread-local subscriber sees them.
    let _guard = tracing::subscriber::set_default(subscriber);
    // With a single scoped subscriber, tracing asks only the current thread's subscriber about
    // an event first seen on another thread (the other tests here, with none), and never asks
    // again: a second one registered keeps every subscriber asked.
    let _second = tracing::Dispatch::new(tracing_subscriber::registry());
    let e = env().await;
    let first = e.drafted(MAIL).await;
    let r = e
        .attempt(&Attempt {
            password: "hunter2-wrong",
            ..Attempt::default()
        })
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let (cookie, csrf) = e.login("mia").await;
    assert_eq!(
        e.post(
            &format!("/drafts/{first}"),
            &cookie,
            &format!("action=approve&csrf={csrf}")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let second = e
        .drafted(&MAIL.replace("<m1@client.example>", "<m2@client.example>"))
        .await;
    assert_ne!(first, second);
    assert_eq!(
        e.post(
            &format!("/drafts/{second}"),
            &cookie,
            &format!("action=discard&csrf={csrf}")
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let lines = log.lines();
    let has = |words: &[&str]| {
        lines
            .iter()
            .any(|l| l.contains(" INFO ") && words.iter().all(|w| l.contains(w)))
    };
    assert!(has(&["login failed", "mia", "192.0.2.10"]), "{lines:#?}");
    assert!(has(&["logged in", "mia"]), "{lines:#?}");
    assert!(
        has(&["approved", "mia", &format!("draft={first}")]),
        "{lines:#?}"
    );
    assert!(
        has(&["discarded", "mia", &format!("draft={second}")]),
        "{lines:#?}"
    );
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("hunter2") || l.contains("correct horse")),
        "no password in the log: {lines:#?}"
    );
}
