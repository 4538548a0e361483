-- Search over client, subject and the client's own words (SQLite FTS5). Each message is indexed
-- when the pipeline reads it; messages stored before this migration get their sender and subject.
CREATE VIRTUAL TABLE message_search USING fts5(
    sender, subject, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO message_search (rowid, sender, subject, body)
    SELECT id, COALESCE(from_name, '') || ' ' || COALESCE(from_addr, ''), COALESCE(subject, ''), ''
    FROM messages;
