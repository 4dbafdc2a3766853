-- Text search (the `q` filter) answered by an index: an FTS5 trigram index over claim_filter_index.search_text (the
-- claim's folded words, claimSearchText). A trigram phrase matches any substring of three characters or more, as the
-- filter does (claimMatchesQuery: every word a substring of the folded text); filterWhere keeps its LIKE as well, so the
-- answer is exactly the reference's, and the index only finds the candidates. Words shorter than three characters are
-- answered by the LIKE alone.
-- The index reads its text from claim_filter_index (external content) by rowid, kept in step by the triggers below.
-- VACUUM may renumber the rowids of a table without an INTEGER PRIMARY KEY: after one, rebuild this index with
-- INSERT INTO claim_search(claim_search) VALUES ('rebuild'). Claimwatch itself never runs VACUUM.
CREATE VIRTUAL TABLE claim_search USING fts5(
  search_text,
  content = 'claim_filter_index',
  content_rowid = 'rowid',
  tokenize = 'trigram'
);
CREATE TRIGGER claim_search_after_insert AFTER INSERT ON claim_filter_index BEGIN
  INSERT INTO claim_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER claim_search_after_delete AFTER DELETE ON claim_filter_index BEGIN
  INSERT INTO claim_search (claim_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER claim_search_after_update AFTER UPDATE OF search_text ON claim_filter_index BEGIN
  INSERT INTO claim_search (claim_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
  INSERT INTO claim_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
INSERT INTO claim_search (claim_search) VALUES ('rebuild');
-- How many rows hold each trigram: a read asks the index only for words it finds in few claims (a word in most of them
-- costs the index more than reading them: docs/benchmarks.md, text search).
CREATE VIRTUAL TABLE claim_search_terms USING fts5vocab(claim_search, 'row');
