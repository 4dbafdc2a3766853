-- Briefings (ordered slides of saved views), stored in the contract's shape.
CREATE TABLE briefings (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  updated_by TEXT,
  updated_at TEXT NOT NULL
);
