-- Failed logins, counted per key: `name:<user name, lower case>` or `addr:<client address>`.
-- A key is locked while `failures` is above its threshold (review.max_failures_per_name or
-- review.max_failures_per_address) and `since` (its series' first failure, epoch ms) is within
-- review.lock_minutes. Kept here, not in memory, so that a restart does not lift a lock.
CREATE TABLE login_failures (
    key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    since BIGINT NOT NULL
);
CREATE INDEX login_failures_since ON login_failures (since);
