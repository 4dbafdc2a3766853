-- Claims are stored in the API's own shape (JSON validated by the zod contract on every write);
-- their verification history lives in an append-only table that is never updated or deleted.
-- PostgreSQL twin of migrations/001_init.sql: same tables, columns and constraints.
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE verification_changes (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  date TEXT,
  from_state TEXT,
  to_state TEXT NOT NULL,
  rationale TEXT NOT NULL,
  recorded_by TEXT,
  recorded_at TEXT NOT NULL
);
CREATE INDEX verification_changes_claim ON verification_changes(claim_id, seq);

-- One guard for every append-only table: a row trigger that refuses the change, with the message given as
-- the trigger's argument (SQLite's RAISE(ABORT, ...) in the SQLite migrations).
CREATE FUNCTION claimwatch_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0];
END;
$$;

CREATE TRIGGER verification_changes_append_only BEFORE UPDATE OR DELETE ON verification_changes
FOR EACH ROW EXECUTE FUNCTION claimwatch_append_only('verification history is append-only');

CREATE TABLE metrics (id TEXT PRIMARY KEY, body TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE events (id TEXT PRIMARY KEY, body TEXT NOT NULL, position INTEGER NOT NULL);

CREATE TABLE api_tokens (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
