//! Who may do what: argon2 passwords, server-side sessions, CSRF tokens, login rate limits, and
//! bearer tokens for scripts.
//!
//! The session cookie holds a random token; the database keeps only its SHA-256, so a stolen
//! database does not log anyone in, and logout ends the session on the server. Every
//! state-changing request made with a session carries the session's CSRF token (a form field or
//! the `X-CSRF-Token` header); bearer-token requests need none, as no browser sends them by itself.

use std::collections::HashMap;
use std::sync::Mutex;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use sha2::{Digest, Sha256};

use super::AppState;
use crate::store::Principal;

/// The session cookie's name.
pub const COOKIE: &str = "fm_session";
/// The cookie that carries the login form's CSRF token (before there is a session).
pub const LOGIN_COOKIE: &str = "fm_login";

/// The roles.
pub const ROLES: &[&str] = &["manager", "ops", "production", "admin"];

/// Hashes a password with argon2id and a random salt.
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the password: {e}"))
}

/// Checks a password against a stored hash.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A random token, hex.
pub fn random_token() -> String {
    let a: u128 = rand::random();
    let b: u128 = rand::random();
    format!("{a:032x}{b:032x}")
}

/// SHA-256 of a token, hex: what the database keeps.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A cookie header value.
pub fn cookie(name: &str, value: &str, max_age_secs: u64, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// A cookie's value from the request headers.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// A logged-in user (by session or bearer token).
#[derive(Debug, Clone)]
pub struct User {
    /// Who.
    pub principal: Principal,
    /// True for a browser session (which must show its CSRF token on changes).
    pub session: bool,
}

impl User {
    /// Managers (and admins) review and send.
    pub fn can_review(&self) -> bool {
        matches!(self.principal.role.as_str(), "manager" | "admin")
    }

    /// Ops (and admins) see templates, the library and previews.
    pub fn can_ops(&self) -> bool {
        matches!(self.principal.role.as_str(), "ops" | "admin")
    }

    /// Production staff (and managers, admins) move jobs along.
    pub fn can_jobs(&self) -> bool {
        matches!(
            self.principal.role.as_str(),
            "production" | "manager" | "admin"
        )
    }

    /// Admins manage users.
    pub fn is_admin(&self) -> bool {
        self.principal.role == "admin"
    }

    /// True when a change request proves it came from our page (or from a script's token).
    pub fn csrf_ok(&self, headers: &HeaderMap, form_token: Option<&str>) -> bool {
        if !self.session {
            return true;
        }
        let given = form_token.map(str::to_string).or_else(|| {
            headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        });
        given.is_some_and(|g| !g.is_empty() && constant_time_eq(&g, &self.principal.csrf))
    }
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Why a request has no user.
#[derive(Debug)]
pub enum NoUser {
    /// A page: send the browser to the login form.
    Page(String),
    /// The API: 401.
    Api,
    /// The database failed.
    Error,
}

impl IntoResponse for NoUser {
    fn into_response(self) -> Response {
        match self {
            NoUser::Page(next) => Redirect::to(&format!("/login?next={}", urlencode(&next))).into_response(),
            NoUser::Api => (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                axum::Json(serde_json::json!({"error": "log in first, or send Authorization: Bearer <token>"})),
            )
                .into_response(),
            NoUser::Error => (StatusCode::INTERNAL_SERVER_ERROR, "the database is not available").into_response(),
        }
    }
}

/// Percent-encodes all but letters, digits and `/-_.`.
pub(crate) fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl FromRequestParts<AppState> for User {
    type Rejection = NoUser;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let api = parts.uri.path().starts_with("/api/");
        let store = &state.ctx.store;
        if let Some(auth) = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            && let Some(token) = auth.strip_prefix("Bearer ")
        {
            return match store.api_token(&token_hash(token.trim())).await {
                Ok(Some(principal)) => Ok(User {
                    principal,
                    session: false,
                }),
                Ok(None) => Err(NoUser::Api),
                Err(_) => Err(NoUser::Error),
            };
        }
        if let Some(token) = cookie_value(&parts.headers, COOKIE) {
            match store.session(&token_hash(&token)).await {
                Ok(Some(principal)) => {
                    return Ok(User {
                        principal,
                        session: true,
                    });
                }
                Ok(None) => {}
                Err(_) => return Err(NoUser::Error),
            }
        }
        if api {
            Err(NoUser::Api)
        } else {
            Err(NoUser::Page(parts.uri.path_and_query().map_or_else(
                || parts.uri.path().to_string(),
                |p| p.as_str().to_string(),
            )))
        }
    }
}

/// Failed logins per key (user name, client address) within a window.
#[derive(Debug, Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, (u32, i64)>>,
}

/// Failed attempts allowed per window.
pub const MAX_FAILURES: u32 = 5;
/// The window, in milliseconds.
pub const WINDOW_MS: i64 = 15 * 60 * 1000;

impl LoginLimiter {
    /// Milliseconds to wait before another attempt for any of `keys`, or None.
    pub fn blocked(&self, keys: &[String], now: i64) -> Option<i64> {
        let map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        keys.iter()
            .filter_map(|k| map.get(k))
            .filter(|(n, start)| *n >= MAX_FAILURES && now - start < WINDOW_MS)
            .map(|(_, start)| start + WINDOW_MS - now)
            .max()
    }

    /// Counts a failure.
    pub fn fail(&self, keys: &[String], now: i64) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        for k in keys {
            let e = map.entry(k.clone()).or_insert((0, now));
            if now - e.1 >= WINDOW_MS {
                *e = (0, now);
            }
            e.0 += 1;
        }
        if map.len() > 10_000 {
            map.retain(|_, (_, start)| now - *start < WINDOW_MS);
        }
    }

    /// Forgets failures after a success.
    pub fn succeed(&self, keys: &[String]) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        for k in keys {
            map.remove(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse").expect("hashes");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("wrong", &h));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn limiter_blocks_after_five_failures_in_the_window() {
        let l = LoginLimiter::default();
        let keys = vec!["user:ann".to_string()];
        for _ in 0..5 {
            assert!(l.blocked(&keys, 1000).is_none());
            l.fail(&keys, 1000);
        }
        assert!(l.blocked(&keys, 2000).is_some());
        assert!(l.blocked(&keys, 1000 + WINDOW_MS).is_none());
        l.succeed(&keys);
        assert!(l.blocked(&keys, 2000).is_none());
    }

    #[test]
    fn cookies() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; fm_session=abc; b=2".parse().expect("header"),
        );
        assert_eq!(cookie_value(&h, COOKIE).as_deref(), Some("abc"));
        assert!(
            cookie("x", "y", 60, true).contains("HttpOnly; SameSite=Strict; Max-Age=60; Secure")
        );
    }
}
