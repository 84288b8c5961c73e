-- Beacon store, schema version 2: each incident's timer state (escalation, update cadence,
-- silence re-page, hyper-care) and the outbox of pages and notices to send after commit.
-- Quartz triggers are derived from escalation_state; the outbox is drained by the dispatcher.

CREATE TABLE escalation_state (
  incident        INTEGER PRIMARY KEY REFERENCES incident (number),
  policy          TEXT    NOT NULL,
  cycle           INTEGER NOT NULL,
  level           INTEGER NOT NULL,
  round           INTEGER NOT NULL,
  escalate_at     TEXT,
  last_update_at  TEXT    NOT NULL,
  update_due_at   TEXT,
  update_overdue  INTEGER NOT NULL,
  repage_at       TEXT,
  repages         INTEGER NOT NULL,
  hyper_care      TEXT    NOT NULL,
  next_wake       TEXT
);

CREATE INDEX escalation_state_by_wake ON escalation_state (next_wake) WHERE next_wake IS NOT NULL;

-- One row per side effect. key is the idempotency key: a message is never enqueued twice, and
-- receivers get the same key again if a crash makes Beacon send it again.
CREATE TABLE outbox (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  key        TEXT    NOT NULL UNIQUE,
  incident   INTEGER NOT NULL REFERENCES incident (number),
  kind       TEXT    NOT NULL,
  recipient  TEXT    NOT NULL,
  text       TEXT    NOT NULL,
  created_at TEXT    NOT NULL,
  sent_at    TEXT
);

CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_by_incident ON outbox (incident, seq);
