-- Beacon store, schema version 4: the audit log of refused actions (who tried what, and why it
-- was refused), kept apart from incident timelines because a refused action changes no incident.

CREATE TABLE audit_log (
  seq     INTEGER PRIMARY KEY AUTOINCREMENT,
  at      TEXT NOT NULL,
  actor   TEXT NOT NULL,
  action  TEXT NOT NULL,
  outcome TEXT NOT NULL,
  reason  TEXT NOT NULL
);
