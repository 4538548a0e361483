-- A client manager can mark, before the client accepts, that the brief cannot be written on a
-- simple form: the job then asks production to take it from the client directly.
ALTER TABLE quotes ADD COLUMN direct_brief BIGINT NOT NULL DEFAULT 0;
