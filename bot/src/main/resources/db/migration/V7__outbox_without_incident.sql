-- Beacon store, schema version 7: outbox messages that concern no incident (an alert group paged
-- or posted about without declaring one, the weekly digest). The outbox is rebuilt with a nullable
-- incident and a topic that ties such messages together; alert groups handled without an incident
-- get a table of their own.

CREATE TABLE outbox_v7 (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  key             TEXT    NOT NULL UNIQUE,
  incident        INTEGER REFERENCES incident (number),
  topic           TEXT    NOT NULL DEFAULT '',
  kind            TEXT    NOT NULL,
  recipient       TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  created_at      TEXT    NOT NULL,
  sent_at         TEXT,
  status          TEXT    NOT NULL DEFAULT 'PENDING',
  method_index    INTEGER NOT NULL DEFAULT 0,
  attempts        INTEGER NOT NULL DEFAULT 0,
  method_since    TEXT,
  next_attempt_at TEXT,
  method          TEXT    NOT NULL DEFAULT '',
  last_error      TEXT    NOT NULL DEFAULT '',
  CHECK (incident IS NOT NULL OR topic <> '')
);

INSERT INTO outbox_v7 (seq, key, incident, kind, recipient, text, created_at, sent_at, status,
                       method_index, attempts, method_since, next_attempt_at, method, last_error)
  SELECT seq, key, incident, kind, recipient, text, created_at, sent_at, status,
         method_index, attempts, method_since, next_attempt_at, method, last_error
  FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_v7 RENAME TO outbox;

CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_by_incident ON outbox (incident, seq);
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at, seq);
CREATE INDEX outbox_by_topic ON outbox (topic, seq) WHERE topic <> '';

-- An alert group that a rule pages or posts about without an incident: what was said about it,
-- its alerts' last states (fingerprints still firing, one per line), and how many times it fired
-- again after resolving (each such cycle pages afresh, under its own dedup key).
CREATE TABLE alert_notice (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  source      TEXT    NOT NULL,
  group_key   TEXT    NOT NULL,
  action      TEXT    NOT NULL,
  target      TEXT    NOT NULL,
  severity    TEXT    NOT NULL,
  title       TEXT    NOT NULL,
  summary     TEXT    NOT NULL,
  services    TEXT    NOT NULL,
  links       TEXT    NOT NULL,
  firing      TEXT    NOT NULL,
  cycle       INTEGER NOT NULL,
  opened_at   TEXT    NOT NULL,
  changed_at  TEXT    NOT NULL,
  UNIQUE (source, group_key)
);
