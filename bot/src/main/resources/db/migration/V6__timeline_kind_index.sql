-- Beacon store, schema version 6: an index on timeline event kinds, so that /metrics counts
-- escalations (and later reviews count other kinds) without reading the whole timeline table.

CREATE INDEX timeline_event_by_kind ON timeline_event (kind);
