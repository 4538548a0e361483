-- Which daemon claimed a message for drafting, or an outbox row for sending. A claim lasts as
-- long as that daemon's own lease (`daemon:<holder>` in leases) is alive: when a daemon dies,
-- another takes its claims over once that lease has expired. Recording a draft and marking a
-- send both check the claim is still theirs, so a daemon that was paused and wakes up late
-- changes nothing another daemon did meanwhile.
ALTER TABLE messages ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
