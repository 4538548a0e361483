-- Following quotes to a decision: replies matched to quotes, jobs for production, reminders.

-- When the quote went out, when it was decided, reminded, and when a person last replied.
ALTER TABLE quotes ADD COLUMN sent_at BIGINT;
ALTER TABLE quotes ADD COLUMN decided_at BIGINT;
ALTER TABLE quotes ADD COLUMN reminded_at BIGINT;
ALTER TABLE quotes ADD COLUMN last_reply_at BIGINT;

-- client (a client's email) | reply (an answer to one of our quotes) | reminder (our follow-up)
ALTER TABLE messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'client';
-- For replies and reminders: the quote they belong to, and for replies the decision.
ALTER TABLE messages ADD COLUMN quote_id BIGINT REFERENCES quotes (id);
-- accept | decline | unclear | automatic
ALTER TABLE messages ADD COLUMN decision TEXT;
ALTER TABLE messages ADD COLUMN decision_reason TEXT;
CREATE INDEX messages_quote ON messages (quote_id);

-- Accepted work, handed to production with its brief.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    quote_id BIGINT NOT NULL UNIQUE REFERENCES quotes (id),
    -- the client's accepting reply
    message_id BIGINT NOT NULL REFERENCES messages (id),
    -- new | in_progress | done
    state TEXT NOT NULL,
    brief TEXT NOT NULL,
    -- 1 when production must take the brief from the client directly
    direct_brief BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
