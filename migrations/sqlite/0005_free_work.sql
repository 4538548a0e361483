-- What each draft gives free, kept beside its analysis so that a report need not read every
-- analysis again: the questions answered free and the free minutes. NULL when the analysis
-- cannot be read. Written with the analysis (store::report::free_work); filled here for the
-- drafts already made.
ALTER TABLE drafts ADD COLUMN free_questions BIGINT;
ALTER TABLE drafts ADD COLUMN free_minutes BIGINT;
UPDATE drafts SET
    free_minutes = CASE WHEN json_valid(analysis)
        THEN COALESCE(json_extract(analysis, '$.free_minutes'), 0) END,
    free_questions = CASE WHEN json_valid(analysis)
        THEN (SELECT COUNT(*) FROM json_each(analysis, '$.questions')
              WHERE json_extract(value, '$.free') = 1) END;
-- Reports read a period of emails by arrival and of quotes by sending. The indexes cover the
-- columns a report reads, so that it never walks a stored email's bytes (columns after `raw`
-- in a row sit behind its overflow pages): a year of a busy mailbox is read from the indexes.
CREATE INDEX messages_report ON messages (kind, received_at, mailbox, status, from_addr, from_name);
CREATE INDEX drafts_free ON drafts (message_id, free_questions, free_minutes);
CREATE INDEX outbox_answered ON outbox (message_id, status, sent_at);
CREATE INDEX quotes_sent ON quotes (sent_at);
DROP INDEX messages_quote;
CREATE INDEX messages_quote ON messages (quote_id, kind, decision);

-- Mail to production (the hand-off, and notices that a job is cancelled or back on) is stored
-- as a message of its own: kind = 'notice', status = 'notice', with its quote_id. Nothing in
-- the schema changes for it; it is written here so that the kinds stay listed in one place.
