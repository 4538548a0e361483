-- fiveminute's database is the queue between stages. Times are epoch milliseconds (BIGINT),
-- flags are 0/1 (BIGINT): sqlx's Any driver decodes neither BOOLEAN nor DATETIME on SQLite.

-- Where each mailbox's watcher is: the IMAP UIDVALIDITY and the last UID stored.
CREATE TABLE mailbox_state (
    mailbox TEXT PRIMARY KEY,
    uidvalidity BIGINT,
    last_uid BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

-- Every message as received, with its place in the pipeline.
CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    mailbox TEXT NOT NULL,
    -- imap:<uidvalidity>:<uid> or maildir:<unique name>
    source_key TEXT NOT NULL,
    -- the Message-ID header
    message_id TEXT,
    -- SHA-256 (hex) of what makes a message itself: Message-ID, From, Subject, Date and body.
    -- The same message delivered twice (through two aliases, or re-read after a UIDVALIDITY
    -- change) differs only in trace headers and is refused; a different message that reuses a
    -- Message-ID (some client software does) is kept.
    fingerprint TEXT NOT NULL,
    raw BLOB NOT NULL,
    size BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    -- received | drafted | no_reply | ignored | failed
    status TEXT NOT NULL,
    status_reason TEXT,
    attempts BIGINT NOT NULL DEFAULT 0,
    lease_until BIGINT,
    from_addr TEXT,
    from_name TEXT,
    subject TEXT,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX messages_source ON messages (mailbox, source_key);
CREATE INDEX messages_message_id ON messages (message_id);
CREATE UNIQUE INDEX messages_fingerprint ON messages (mailbox, fingerprint);
CREATE INDEX messages_status ON messages (status, id);

-- Counters that must never repeat a value (quote references).
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('quote', 0);

-- Offers for work beyond the free minutes.
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    message_id BIGINT NOT NULL REFERENCES messages (id),
    client TEXT,
    minutes BIGINT NOT NULL,
    hours REAL NOT NULL,
    hourly_rate REAL NOT NULL,
    total REAL NOT NULL,
    currency TEXT NOT NULL,
    -- draft | sent | accepted | declined | expired
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- The reply drafted for a message, and the analysis it was drafted from.
CREATE TABLE drafts (
    message_id BIGINT PRIMARY KEY REFERENCES messages (id),
    quote_id BIGINT REFERENCES quotes (id),
    to_addr TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    in_reply_to TEXT,
    refs TEXT,
    questions BIGINT NOT NULL,
    analysis TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
