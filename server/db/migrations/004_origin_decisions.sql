-- Analysts' decisions about origins (confirm, split, merge), applied in order after the grouping
-- rule (src/contract/origins/group-origins.ts). They name claims, never derived origin ids, so
-- they stay meaningful as claims arrive. An append-only record, never updated or deleted.
CREATE TABLE origin_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  action TEXT NOT NULL CHECK (action IN ('confirm', 'split', 'merge')),
  claim_ids TEXT NOT NULL,
  rationale TEXT NOT NULL,
  "by" TEXT,
  at TEXT NOT NULL
);

CREATE TRIGGER origin_decisions_no_update BEFORE UPDATE ON origin_decisions
BEGIN SELECT RAISE(ABORT, 'origin decisions are append-only'); END;
CREATE TRIGGER origin_decisions_no_delete BEFORE DELETE ON origin_decisions
BEGIN SELECT RAISE(ABORT, 'origin decisions are append-only'); END;
