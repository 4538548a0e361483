-- When the daemon first watched each IMAP mailbox: `start = "now"` means mail that arrived
-- since then, also while the server could not be reached.
ALTER TABLE mailbox_state ADD COLUMN started_at BIGINT;
