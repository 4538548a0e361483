-- Files a manager attaches to a reply. They go into the reply's bytes when it is approved (the
-- outbox row keeps those bytes, so a retry sends the same file); the rows stay as the record.
CREATE TABLE reply_files (
    id INTEGER PRIMARY KEY,
    message_id BIGINT NOT NULL REFERENCES messages (id),
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    size BIGINT NOT NULL,
    added_by TEXT NOT NULL,
    added_at BIGINT NOT NULL
);
CREATE INDEX reply_files_message ON reply_files (message_id, id);
