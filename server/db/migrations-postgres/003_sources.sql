-- Source entities (the organisations claims resolve to), stored in the contract's shape, and the
-- merges that folded one into another: an append-only record, never updated or deleted.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL
);

CREATE TABLE source_merges (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  from_id TEXT NOT NULL,
  from_name TEXT NOT NULL,
  into_id TEXT NOT NULL,
  rationale TEXT NOT NULL,
  "by" TEXT,
  at TEXT NOT NULL
);

-- The guard function is claimwatch_append_only(), created in 001_init.sql.
CREATE TRIGGER source_merges_append_only BEFORE UPDATE OR DELETE ON source_merges
FOR EACH ROW EXECUTE FUNCTION claimwatch_append_only('source merges are append-only');
