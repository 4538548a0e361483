//! Who may do what: argon2 passwords, server-side sessions, CSRF tokens, login locks (per user
//! name and per client address, kept in the database), and bearer tokens for scripts.
//!
//! The session cookie holds a random token; the database keeps only its SHA-256, so a stolen
//! database does not log anyone in, and logout ends the session on the server. Every
//! state-changing request made with a session carries the session's CSRF token (a form field or
//! the `X-CSRF-Token` header); bearer-token requests need none, as no browser sends them by itself.

use std::net::{IpAddr, SocketAddr};

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use sha2::{Digest, Sha256};

use super::AppState;
use crate::config::ReviewConfig;
use crate::store::{Principal, Store, StoreError};

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

/// Where a request comes from: the direct peer, or, when the peer is one of the `trusted`
/// proxies, the right-most address of `X-Forwarded-For` that is not a trusted proxy (the
/// addresses left of it were written by whoever connected to the proxy, and prove nothing).
/// None when the server does not know the peer.
pub fn client_addr(
    peer: Option<IpAddr>,
    headers: &HeaderMap,
    trusted: &[IpAddr],
) -> Option<IpAddr> {
    let peer = peer?.to_canonical();
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        // A hop that is not an address was not written by a proxy we trust: stop at the last
        // one that was.
        let Some(ip) = parse_hop(hop) else { break };
        client = ip;
        if !trusted.contains(&ip) {
            break;
        }
    }
    Some(client)
}

/// `1.2.3.4`, `1.2.3.4:5678`, `::1` or `[::1]:5678`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| {
            hop.strip_prefix('[')
                .and_then(|h| h.strip_suffix(']'))
                .and_then(|h| h.parse().ok())
        })
        .map(|ip: IpAddr| ip.to_canonical())
}

/// Whether a login may be tried, from the failures kept in the database per user name and per
/// client address (`[review]` `max_failures_per_name`, `max_failures_per_address`,
/// `lock_minutes`).
#[derive(Debug)]
pub enum LoginGate {
    /// Go ahead; the attempt is counted until [`LoginGate::succeeded`] takes it back.
    Open {
        /// `name:…`.
        name_key: String,
        /// `addr:…`, when the address is known.
        addr_key: Option<String>,
        /// The lock's length, in milliseconds.
        window_ms: i64,
    },
    /// Locked: milliseconds until the lock ends.
    Locked(i64),
}

impl LoginGate {
    /// Counts an attempt for `name` from `addr` and says whether it may go ahead. Each key is
    /// counted in one statement before the password is checked, so that attempts made at the
    /// same moment cannot all slip under the limit.
    pub async fn check(
        store: &Store,
        config: &ReviewConfig,
        name: &str,
        addr: Option<IpAddr>,
        now: i64,
    ) -> Result<LoginGate, StoreError> {
        let window_ms =
            i64::try_from(config.lock_minutes.saturating_mul(60_000)).unwrap_or(i64::MAX / 4);
        let name_key = format!(
            "name:{}",
            name.trim()
                .to_lowercase()
                .chars()
                .take(100)
                .collect::<String>()
        );
        let addr_key = addr.map(|a| format!("addr:{a}"));
        let wait = |since: i64| (since + window_ms - now).max(1);
        if let Some(k) = &addr_key {
            let (failures, since) = store.login_attempt(k, now, window_ms).await?;
            if failures > i64::from(config.max_failures_per_address) {
                return Ok(LoginGate::Locked(wait(since)));
            }
        }
        let (failures, since) = store.login_attempt(&name_key, now, window_ms).await?;
        if failures > i64::from(config.max_failures_per_name) {
            // The address did not fail this time: the name's lock stopped it.
            if let Some(k) = &addr_key {
                store.login_release(k).await?;
            }
            return Ok(LoginGate::Locked(wait(since)));
        }
        Ok(LoginGate::Open {
            name_key,
            addr_key,
            window_ms,
        })
    }

    /// The password was right: the attempt was no failure, and the name's series ends.
    pub async fn succeeded(&self, store: &Store, now: i64) -> Result<(), StoreError> {
        if let LoginGate::Open {
            name_key,
            addr_key,
            window_ms,
        } = self
        {
            if let Some(k) = addr_key {
                store.login_release(k).await?;
            }
            store.login_clear(Some(name_key), now, *window_ms).await?;
        }
        Ok(())
    }

    /// The password was wrong: the attempt stays counted; old series are cleared on the way.
    pub async fn failed(&self, store: &Store, now: i64) -> Result<(), StoreError> {
        if let LoginGate::Open { window_ms, .. } = self {
            store.login_clear(None, now, *window_ms).await?;
        }
        Ok(())
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
    fn the_client_is_the_peer_unless_a_trusted_proxy_says_otherwise() {
        let ip = |s: &str| s.parse::<IpAddr>().expect("address");
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            "1.1.1.1, 2.2.2.2".parse().expect("header"),
        );
        h.append("x-forwarded-for", "10.0.0.2".parse().expect("header"));
        let trusted = [ip("127.0.0.1"), ip("10.0.0.2")];
        assert_eq!(client_addr(None, &h, &trusted), None);
        assert_eq!(
            client_addr(Some(ip("9.9.9.9")), &h, &trusted),
            Some(ip("9.9.9.9"))
        );
        assert_eq!(
            client_addr(Some(ip("9.9.9.9")), &h, &[]),
            Some(ip("9.9.9.9"))
        );
        assert_eq!(
            client_addr(Some(ip("127.0.0.1")), &h, &trusted),
            Some(ip("2.2.2.2"))
        );
        assert_eq!(
            client_addr(Some(ip("::ffff:127.0.0.1")), &h, &trusted),
            Some(ip("2.2.2.2"))
        );
        let mut odd = HeaderMap::new();
        odd.insert(
            "x-forwarded-for",
            "[2001:db8::1]:443, nonsense, 10.0.0.2"
                .parse()
                .expect("header"),
        );
        assert_eq!(
            client_addr(Some(ip("127.0.0.1")), &odd, &trusted),
            Some(ip("10.0.0.2"))
        );
        let mut all = HeaderMap::new();
        all.insert(
            "x-forwarded-for",
            "[2001:db8::1]:443, 10.0.0.2".parse().expect("header"),
        );
        assert_eq!(
            client_addr(Some(ip("127.0.0.1")), &all, &trusted),
            Some(ip("2001:db8::1"))
        );
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
