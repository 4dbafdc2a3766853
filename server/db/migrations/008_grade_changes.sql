-- Analysts' grade changes (ADR 016): like verification_changes, an append-only table, never updated or deleted.
-- from_* is the grade the claim had when the change was written (both null: none); a null reliability or
-- credibility is a half left unset.
CREATE TABLE grade_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  at TEXT NOT NULL,
  from_reliability TEXT,
  from_credibility INTEGER,
  reliability TEXT,
  credibility INTEGER,
  rationale TEXT NOT NULL,
  recorded_by TEXT,
  recorded_at TEXT NOT NULL
);
CREATE INDEX grade_changes_claim ON grade_changes(claim_id, seq);

CREATE TRIGGER grade_changes_no_update BEFORE UPDATE ON grade_changes
BEGIN SELECT RAISE(ABORT, 'grade history is append-only'); END;
CREATE TRIGGER grade_changes_no_delete BEFORE DELETE ON grade_changes
BEGIN SELECT RAISE(ABORT, 'grade history is append-only'); END;
