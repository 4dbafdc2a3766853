-- Claims are stored in the API's own shape (JSON validated by the zod contract on every write);
-- their verification history lives in an append-only table that is never updated or deleted.
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE verification_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  date TEXT,
  from_state TEXT,
  to_state TEXT NOT NULL,
  rationale TEXT NOT NULL,
  recorded_by TEXT,
  recorded_at TEXT NOT NULL
);
CREATE INDEX verification_changes_claim ON verification_changes(claim_id, seq);

CREATE TRIGGER verification_changes_no_update BEFORE UPDATE ON verification_changes
BEGIN SELECT RAISE(ABORT, 'verification history is append-only'); END;
CREATE TRIGGER verification_changes_no_delete BEFORE DELETE ON verification_changes
BEGIN SELECT RAISE(ABORT, 'verification history is append-only'); END;

CREATE TABLE metrics (id TEXT PRIMARY KEY, body TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE events (id TEXT PRIMARY KEY, body TEXT NOT NULL, position INTEGER NOT NULL);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
