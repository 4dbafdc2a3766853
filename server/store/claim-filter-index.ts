import type { Claim } from '../../src/contract/claim-schema';
import type { ClaimFilters } from '../../src/contract/claim-filters';
import { claimSearchText, dateRangeOf, searchWords } from '../../src/contract/claim-matches-filters';
import { dateSpan } from '../../src/contract/partial-date';
import { lacksArchivedCopy } from '../../src/contract/archived-copy-schema';
import type { SqlEngine } from './sql-driver';

/*
 * claim_filter_index (migrations 006, 008, 009): a claim's filter fields as columns, and filters as a WHERE clause over
 * them with the semantics of claimMatchesFilters. A differential test (claim-filter-index.property.test.ts) holds the two
 * equal, on both engines.
 */

export const UPSERT_INDEX_ROW = `INSERT INTO claim_filter_index
  (claim_id, metric_id, source_key, speaker_type, country, kind, state, reliability, credibility, claimed_start, claimed_end, search_text, unarchived)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (claim_id) DO UPDATE SET metric_id = excluded.metric_id, source_key = excluded.source_key,
  speaker_type = excluded.speaker_type, country = excluded.country, kind = excluded.kind, state = excluded.state,
  reliability = excluded.reliability, credibility = excluded.credibility, claimed_start = excluded.claimed_start,
  claimed_end = excluded.claimed_end, search_text = excluded.search_text, unarchived = excluded.unarchived`;

/** The parameters of UPSERT_INDEX_ROW for a claim as stored. */
export function indexRowParams(claim: Claim): unknown[] {
  const span = claim.claimedOn ? dateSpan(claim.claimedOn) : null;
  return [
    claim.id,
    claim.metricId,
    claim.speaker.sourceId ?? claim.speaker.organisation,
    claim.speaker.type,
    claim.speaker.country ?? 'none',
    claim.kind,
    claim.verification.state,
    claim.grade?.reliability ?? null,
    claim.grade?.credibility ?? null,
    span?.start ?? null,
    span?.end ?? null,
    claimSearchText(claim),
    lacksArchivedCopy(claim.source) ? 1 : 0,
  ];
}

/** The filters the index answers; the others (as known on a day, and those on derived fields) are answered in memory. */
const IN_MEMORY_ONLY = ['asof', 'warning', 'origin', 'independent'] as const;

export interface FilterWhere {
  sql: string;
  params: unknown[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The shortest word a trigram index can find: shorter ones are matched by the LIKE alone. */
const TRIGRAM = 3;

/** Whether the text index (migration 009) can find a word: three characters or more. */
const indexable = (word: string) => [...word].length >= TRIGRAM;

/** The words of `q` the text index can find. */
export const indexedSearchWords = (q: string): string[] => searchWords(q).filter(indexable);

/** The trigrams of a folded word, as the index holds them. */
function trigramsOf(word: string): string[] {
  const characters = [...word];
  return Array.from({ length: Math.max(0, characters.length - TRIGRAM + 1) }, (_, i) =>
    characters.slice(i, i + TRIGRAM).join(''),
  );
}

/** The trigrams of every word of `q` the text index can find, each once: a row it finds holds them all. */
export const searchTrigrams = (q: string): string[] => [...new Set(indexedSearchWords(q).flatMap(trigramsOf))];
/** An FTS5 query for `word` as a substring (a phrase, in double quotes, doubled within). */
const ftsPhrase = (word: string) => `"${word.replace(/"/g, '""')}"`;

/**
 * What keeps the claims whose folded text holds every word. The LIKEs are exact on both engines: PostgreSQL's trigram
 * index (migration 009, pg_trgm) serves them as written; SQLite's planner cannot, so its FTS5 trigram index
 * (claim_search) first finds the rows that may hold the words of three characters or more, all in one query.
 */
function searchClause(words: string[], engine: SqlEngine): FilterWhere {
  const likes = words.map(() => `search_text LIKE ? ESCAPE '\\'`);
  const patterns = words.map((word) => `%${escapeLike(word)}%`);
  const indexed = engine === 'sqlite' ? words.filter(indexable) : [];
  if (indexed.length === 0) return { sql: likes.join(' AND '), params: patterns };
  return {
    sql: [`rowid IN (SELECT rowid FROM claim_search WHERE claim_search MATCH ?)`, ...likes].join(' AND '),
    params: [indexed.map(ftsPhrase).join(' AND '), ...patterns],
  };
}

/**
 * The WHERE clause (over claim_filter_index) that keeps what claimMatchesFilters keeps, or null when a filter needs
 * what the index does not hold (`asof`, `warning`, `origin`, `independent`).
 */
export function filterWhere(filters: ClaimFilters, engine: SqlEngine): FilterWhere | null {
  for (const name of IN_MEMORY_ONLY) {
    const value = filters[name];
    if (Array.isArray(value) ? value.length > 0 : value !== undefined) return null;
  }
  const clauses: string[] = [];
  const params: unknown[] = [];
  const oneOf = (column: string, values: readonly unknown[]) => {
    if (values.length === 0) return;
    clauses.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  if (filters.metric) {
    clauses.push('metric_id = ?');
    params.push(filters.metric);
  }
  oneOf('source_key', filters.source);
  oneOf('speaker_type', filters.type);
  oneOf('country', filters.country);
  oneOf('state', filters.state);
  oneOf('kind', filters.kind);
  if (filters.archive === 'none') clauses.push('unarchived = 1');
  if (filters.grade.length > 0) {
    const letters = filters.grade.filter((t) => /^[A-F]$/.test(t));
    const digits = filters.grade.filter((t) => /^[1-6]$/.test(t)).map(Number);
    const ungraded = 'reliability IS NULL AND credibility IS NULL';
    const graded = [
      letters.length > 0 ? `reliability IN (${placeholders(letters.length)})` : null,
      digits.length > 0 ? `credibility IN (${placeholders(digits.length)})` : null,
    ].filter(Boolean);
    const keepGraded = graded.length > 0 ? `(NOT (${ungraded}) AND ${graded.join(' AND ')})` : '1 = 0';
    clauses.push(`((${ungraded} AND ${filters.grade.includes('ungraded') ? '1 = 1' : '1 = 0'}) OR ${keepGraded})`);
    params.push(...letters, ...digits);
  }
  const words = filters.q ? searchWords(filters.q) : [];
  if (words.length > 0) {
    const search = searchClause(words, engine);
    clauses.push(search.sql);
    params.push(...search.params);
  }
  const range = dateRangeOf(filters);
  if (range) {
    clauses.push('claimed_start IS NOT NULL');
    if (range.from !== null) {
      clauses.push('claimed_end >= ?');
      params.push(range.from);
    }
    if (range.to !== null) {
      clauses.push('claimed_start <= ?');
      params.push(range.to);
    }
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1 = 1', params };
}
