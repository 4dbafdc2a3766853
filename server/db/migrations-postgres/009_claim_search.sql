-- Text search (the `q` filter) answered by an index: a trigram GIN index (pg_trgm) over claim_filter_index.search_text
-- (the claim's folded words, claimSearchText). It serves filterWhere's `search_text LIKE '%word%'` as it is, so the
-- answer stays exactly the reference's (claimMatchesQuery: every word a substring of the folded text); a tsvector
-- would match words and stems instead, and answer differently from the mock API and from SQLite.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may create it. Where it
-- cannot be created, the LIKE scans the table, with the same answers, and the server logs nothing more.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): text search scans claim_filter_index', SQLERRM;
END
$$;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX claim_filter_search ON claim_filter_index USING gin (search_text gin_trgm_ops);
  END IF;
END
$$;
