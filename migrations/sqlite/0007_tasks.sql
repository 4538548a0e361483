-- Each task's state as the running daemon last wrote it (every few seconds and on change), so
-- that `fiveminute queue --json` shows from another process whether intake, the worker, the
-- outbox, the tracker and the review page run. `updated_at` tells a live daemon from one that
-- was killed: its states grow old.
CREATE TABLE daemon_tasks (
    name TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    detail TEXT,
    restarts BIGINT NOT NULL DEFAULT 0,
    since BIGINT NOT NULL,
    pid BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
