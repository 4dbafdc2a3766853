-- Whether a claim's source address has no archived copy (lacksArchivedCopy in src/contract/archived-copy-schema.ts),
-- so that archive=none is answered by the database. The rows are emptied: the server fills them again, with this
-- column, on its first start after this migration (as after 006), since their count then differs from the claims'.
ALTER TABLE claim_filter_index ADD COLUMN unarchived INTEGER NOT NULL DEFAULT 0;
CREATE INDEX claim_filter_unarchived ON claim_filter_index(unarchived);
DELETE FROM claim_filter_index;
