-- Beacon store, schema version 5: alerts from monitoring. Which incident each alert group feeds,
-- the last known status of each alert in an incident, and a log of every alert received, so that
-- nothing accepted is dropped silently.

CREATE TABLE alert_group (
  source     TEXT NOT NULL,
  group_key  TEXT NOT NULL,
  incident   INTEGER NOT NULL REFERENCES incident (number),
  opened_at  TEXT NOT NULL,
  storm      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (source, group_key)
);
CREATE INDEX alert_group_opened ON alert_group (source, opened_at);

CREATE TABLE alert_state (
  incident    INTEGER NOT NULL REFERENCES incident (number),
  fingerprint TEXT NOT NULL,
  status      TEXT NOT NULL,
  changed_at  TEXT NOT NULL,
  PRIMARY KEY (incident, fingerprint)
);

CREATE TABLE alert_log (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  received_at  TEXT NOT NULL,
  source       TEXT NOT NULL,
  group_key    TEXT NOT NULL,
  fingerprint  TEXT NOT NULL,
  status       TEXT NOT NULL,
  name         TEXT NOT NULL,
  incident     INTEGER,
  disposition  TEXT NOT NULL
);
CREATE INDEX alert_log_source ON alert_log (source, received_at);
