-- The filter fields of each claim as indexed columns, kept with every write of the claim, so that filters can be
-- answered by the database. `selectClaims` (src/contract/select-claims.ts) stays the reference: a differential test
-- compares the two. Times are UTC milliseconds of the span the claim's date stands for; search_text is the claim's
-- folded words (claimSearchText). The rows are filled by the server on its first start after this migration.
CREATE TABLE claim_filter_index (
  claim_id TEXT PRIMARY KEY REFERENCES claims(id),
  metric_id TEXT NOT NULL,
  source_key TEXT NOT NULL,
  speaker_type TEXT NOT NULL,
  country TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  reliability TEXT,
  credibility INTEGER,
  claimed_start BIGINT,
  claimed_end BIGINT,
  search_text TEXT NOT NULL
);
CREATE INDEX claim_filter_metric ON claim_filter_index(metric_id, claimed_start);
CREATE INDEX claim_filter_dates ON claim_filter_index(claimed_start, claimed_end);
CREATE INDEX claim_filter_state ON claim_filter_index(state);
CREATE INDEX claim_filter_kind ON claim_filter_index(kind);
CREATE INDEX claim_filter_source ON claim_filter_index(source_key);
CREATE INDEX claim_filter_type ON claim_filter_index(speaker_type);
CREATE INDEX claim_filter_country ON claim_filter_index(country);
CREATE INDEX claim_filter_grade ON claim_filter_index(reliability, credibility);
-- The as-of query reads each claim's history up to a day.
CREATE INDEX verification_changes_claim_date ON verification_changes(claim_id, date);
