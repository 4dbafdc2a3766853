-- What each step of store_version changed, so that a server holding the claims as of an older step can bring them up
-- to date without reading every claim again: 'state' (one claim's verification state changed, claim_id says which),
-- 'none' (nothing the claim views show: a briefing, a token) or 'other' (anything else: read everything again).
-- Only the latest steps are kept; a server that finds a step missing reads everything again.
CREATE TABLE store_changes (n BIGINT NOT NULL, kind TEXT NOT NULL, claim_id TEXT);
CREATE INDEX store_changes_n ON store_changes(n);
