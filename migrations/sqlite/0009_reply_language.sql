-- The language each reply is written in (en, de, fr, es, nl, it, pt, or one ops added), so that
-- a client whose next mail is too short to tell keeps the language of the last one.
ALTER TABLE drafts ADD COLUMN language TEXT;
CREATE INDEX messages_from ON messages (from_addr, id);
