-- Leases: which daemon holds a mailbox (or a job only one daemon may do) until when. The epoch
-- grows each time another holder takes it over, so a daemon that was paused past its lease and
-- wakes up late can tell (and be told by the store) that it is no longer the holder.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    epoch BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
