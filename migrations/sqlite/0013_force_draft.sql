-- "Draft a reply after all": a manager asked for a draft of mail the pipeline found nothing to
-- answer in (no questions, or machine-made). The worker drafts it whatever the guard says, and
-- never lets a robot send that draft.
ALTER TABLE messages ADD COLUMN force_draft INTEGER NOT NULL DEFAULT 0;
