-- Client managers, their sessions and API tokens; the audit trail; the outbox.

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    -- manager | ops | admin
    role TEXT NOT NULL,
    -- argon2id PHC string
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- A logged-in browser. The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Tokens for scripts using the JSON API (Authorization: Bearer …). Only the SHA-256 is stored.
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Who edited, approved, discarded, sent or retried what, and when.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id BIGINT REFERENCES messages (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX audit_message ON audit (message_id, id);

-- Replies to send. Written in the transaction that approves the draft, with the reply's
-- Message-ID and exact bytes fixed then, so a retry sends the same message.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id BIGINT NOT NULL UNIQUE REFERENCES messages (id),
    mailbox TEXT NOT NULL,
    rfc_message_id TEXT NOT NULL UNIQUE,
    sender TEXT NOT NULL,
    -- space-separated envelope recipients
    recipients TEXT NOT NULL,
    raw BLOB NOT NULL,
    -- pending | sending | sent | retry | permanent | uncertain
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    -- 1 when sent without a person's approval (auto-send)
    automatic BIGINT NOT NULL DEFAULT 0,
    -- 1 once the copy is in the Sent folder (or the outbox folder)
    copied BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
