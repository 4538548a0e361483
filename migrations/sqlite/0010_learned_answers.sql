-- Answers the firm gave before: each question of an approved reply with its answer, and the
-- question and answer pairs `fiveminute learn --from-sent` read from the firm's past replies.
-- A later question like one of these gets its answer as a suggestion.
CREATE TABLE learned_answers (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL,
    context TEXT,                  -- the sentence before the question, which it may lean on
    answer TEXT NOT NULL,
    kind TEXT NOT NULL,            -- yes | no | needs_info | research | more_time | written
    category TEXT NOT NULL,        -- answer | needs_info | research | work
    minutes INTEGER NOT NULL,
    language TEXT,                 -- the reply's language (en, de, ...)
    client_name TEXT,
    client_address TEXT,
    answered_by TEXT NOT NULL,     -- the approver's display name, or the sender of a past reply
    answered_at INTEGER NOT NULL,  -- epoch ms
    message_id INTEGER,            -- the approved draft's message, when it came from one
    source TEXT NOT NULL,          -- approved | sent
    fingerprint TEXT NOT NULL UNIQUE, -- sha256 of source key, question and answer: learning twice adds nothing
    state TEXT NOT NULL DEFAULT 'active' -- active | promoted | dismissed (as a proposed library entry)
);
CREATE INDEX learned_answers_state ON learned_answers (state, id);
-- Who signs: a user's name as clients read it and the lines under it.
ALTER TABLE users ADD COLUMN display_name TEXT;
ALTER TABLE users ADD COLUMN signature TEXT;
