-- Beacon store, schema version 1: incidents, their timelines, and the incident number counter.
-- The JSON columns (body) are the record, written by dev.beacon.integrations.json.TimelineJson;
-- the other columns copy fields out of it for querying. Instants in query columns are UTC text
-- with milliseconds (2026-11-24T09:15:30.123Z), so they sort and work with SQLite's date functions.

CREATE TABLE incident (
  number     INTEGER PRIMARY KEY,
  title      TEXT    NOT NULL,
  severity   TEXT    NOT NULL,
  status     TEXT    NOT NULL,
  created_at TEXT    NOT NULL,
  updated_at TEXT    NOT NULL,
  body       TEXT    NOT NULL
);

CREATE INDEX incident_by_status ON incident (status, number);

CREATE TABLE timeline_event (
  seq      INTEGER PRIMARY KEY AUTOINCREMENT,
  incident INTEGER NOT NULL REFERENCES incident (number),
  kind     TEXT    NOT NULL,
  at       TEXT    NOT NULL,
  actor    TEXT    NOT NULL,
  body     TEXT    NOT NULL
);

CREATE INDEX timeline_event_by_incident ON timeline_event (incident, seq);

-- One row: the last incident number handed out. It is taken inside the transaction that inserts
-- the incident, so a number that was ever committed is never handed out again.
CREATE TABLE incident_counter (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  last_number INTEGER NOT NULL CHECK (last_number >= 0)
);

INSERT INTO incident_counter (id, last_number) VALUES (1, 0);
