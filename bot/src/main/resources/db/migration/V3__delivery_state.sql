-- Beacon store, schema version 3: the delivery state of each outbox message, so that retries with
-- backoff, the fall-through to a person's next contact method, and the outcome survive restarts.

ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'PENDING';
ALTER TABLE outbox ADD COLUMN method_index INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN method_since TEXT;
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
ALTER TABLE outbox ADD COLUMN method TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT '';

UPDATE outbox SET status = 'SENT' WHERE sent_at IS NOT NULL;

CREATE INDEX outbox_pending ON outbox (status, next_attempt_at, seq);
