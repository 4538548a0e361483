-- Internal notes on a client's email (and so on its draft and its job): shown to colleagues and
-- production, never sent to the client.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    message_id BIGINT NOT NULL REFERENCES messages (id),
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX notes_message ON notes (message_id, id);
