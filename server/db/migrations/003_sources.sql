-- Source entities (the organisations claims resolve to), stored in the contract's shape, and the
-- merges that folded one into another: an append-only record, never updated or deleted.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL
);

CREATE TABLE source_merges (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  from_id TEXT NOT NULL,
  from_name TEXT NOT NULL,
  into_id TEXT NOT NULL,
  rationale TEXT NOT NULL,
  "by" TEXT,
  at TEXT NOT NULL
);

CREATE TRIGGER source_merges_no_update BEFORE UPDATE ON source_merges
BEGIN SELECT RAISE(ABORT, 'source merges are append-only'); END;
CREATE TRIGGER source_merges_no_delete BEFORE DELETE ON source_merges
BEGIN SELECT RAISE(ABORT, 'source merges are append-only'); END;
