-- "Take" a draft: the manager who said they answer it (shown in the inbox), and who has a draft
-- open now (each page view and a heartbeat every 20 s), so that two managers see each other.
ALTER TABLE drafts ADD COLUMN owner TEXT;
CREATE TABLE presence (
    message_id BIGINT NOT NULL,
    user_name TEXT NOT NULL,
    seen_at BIGINT NOT NULL,
    PRIMARY KEY (message_id, user_name)
);
