-- Analysts' decisions about origins (confirm, split, merge), applied in order after the grouping
-- rule (src/contract/origins/group-origins.ts). They name claims, never derived origin ids, so
-- they stay meaningful as claims arrive. An append-only record, never updated or deleted.
CREATE TABLE origin_decisions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('confirm', 'split', 'merge')),
  claim_ids TEXT NOT NULL,
  rationale TEXT NOT NULL,
  "by" TEXT,
  at TEXT NOT NULL
);

-- The guard function is claimwatch_append_only(), created in 001_init.sql.
CREATE TRIGGER origin_decisions_append_only BEFORE UPDATE OR DELETE ON origin_decisions
FOR EACH ROW EXECUTE FUNCTION claimwatch_append_only('origin decisions are append-only');
