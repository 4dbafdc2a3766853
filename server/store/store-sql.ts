import type { SqlEngine } from './sql-driver';

const CHANGE_COLUMNS = 'claim_id, date, from_state, to_state, rationale, recorded_by';
const GRADE_COLUMNS =
  'claim_id, at, from_reliability, from_credibility, reliability, credibility, rationale, recorded_by';

/** Every statement the store runs: parameterised (`?`), never built from input; the same SQL on both engines. */
export const SQL = {
  allClaims: 'SELECT id, body, body_check FROM claims ORDER BY id',
  oneClaim: 'SELECT id, body, body_check FROM claims WHERE id = ?',
  claimCount: 'SELECT COUNT(*) AS n FROM claims',
  insertClaim: 'INSERT INTO claims (id, body, body_check, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  updateClaim: 'UPDATE claims SET body = ?, body_check = ?, updated_at = ? WHERE id = ?',
  allChanges: `SELECT ${CHANGE_COLUMNS} FROM verification_changes ORDER BY seq`,
  claimChanges: `SELECT ${CHANGE_COLUMNS} FROM verification_changes WHERE claim_id = ? ORDER BY seq`,
  insertChange:
    'INSERT INTO verification_changes (claim_id, date, from_state, to_state, rationale, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  allGradeChanges: `SELECT ${GRADE_COLUMNS} FROM grade_changes ORDER BY seq`,
  claimGradeChanges: `SELECT ${GRADE_COLUMNS} FROM grade_changes WHERE claim_id = ? ORDER BY seq`,
  insertGradeChange: `INSERT INTO grade_changes (${GRADE_COLUMNS}, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  metrics: 'SELECT body FROM metrics ORDER BY position',
  upsertMetric:
    'INSERT INTO metrics (id, body, position) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body',
  metricCount: 'SELECT COUNT(*) AS n FROM metrics',
  events: 'SELECT body FROM events ORDER BY position',
  upsertEvent:
    'INSERT INTO events (id, body, position) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, position = excluded.position',
  token: 'SELECT name, role FROM api_tokens WHERE token_hash = ?',
  tokenCount: 'SELECT COUNT(*) AS n FROM api_tokens',
  insertToken: 'INSERT INTO api_tokens (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)',
  briefings: 'SELECT id, body, updated_by, updated_at FROM briefings ORDER BY updated_at DESC',
  briefing: 'SELECT body FROM briefings WHERE id = ?',
  saveBriefing:
    'INSERT INTO briefings (id, body, updated_by, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at',
  sources: 'SELECT body FROM sources ORDER BY id',
  saveSource: 'INSERT INTO sources (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body',
  deleteSource: 'DELETE FROM sources WHERE id = ?',
  merges: 'SELECT from_id, from_name, into_id, rationale, "by", at FROM source_merges ORDER BY seq',
  insertMerge: 'INSERT INTO source_merges (from_id, from_name, into_id, rationale, "by", at) VALUES (?, ?, ?, ?, ?, ?)',
  originDecisions: 'SELECT action, claim_ids, rationale, "by", at FROM origin_decisions ORDER BY id',
  insertOriginDecision: 'INSERT INTO origin_decisions (action, claim_ids, rationale, "by", at) VALUES (?, ?, ?, ?, ?)',
  version: 'SELECT epoch, n FROM store_version WHERE id = 1',
  bumpVersion: 'UPDATE store_version SET n = n + 1 WHERE id = 1',
  recordChange:
    'INSERT INTO store_changes (n, kind, claim_id) SELECT n, CAST(? AS TEXT), CAST(? AS TEXT) FROM store_version WHERE id = 1',
  forgetOldChanges: 'DELETE FROM store_changes WHERE n <= (SELECT n FROM store_version WHERE id = 1) - ?',
  changesSince: 'SELECT n, kind, claim_id FROM store_changes WHERE n > ? ORDER BY n',
} as const;

/** The store's version as store.version() answers it, from its row (SQL.version's columns), which must be there. */
export function versionOf(row: { epoch: string; n: number | string } | undefined): string {
  if (!row) throw new Error('The store_version row is missing: the migrations have not run on this database.');
  return `${row.epoch}.${String(row.n)}`;
}

/**
 * The ids of the claims a filter keeps (`where`, of claim_filter_index) and the store's version, in one statement: one
 * snapshot, one round trip. PostgreSQL gathers the ids into an array, SQLite into a JSON array.
 */
export const matchingIdsAtVersion = (engine: SqlEngine, where: string) =>
  engine === 'postgres'
    ? `SELECT v.epoch, v.n, ARRAY(SELECT claim_id FROM claim_filter_index WHERE ${where}) AS ids FROM store_version v WHERE v.id = 1`
    : `SELECT v.epoch, v.n, (SELECT json_group_array(claim_id) FROM claim_filter_index WHERE ${where}) AS ids FROM store_version v WHERE v.id = 1`;

/** The statements that differ by engine. */
export function engineSql(engine: SqlEngine) {
  return engine === 'postgres'
    ? {
        // The row stays locked until the commit: two state changes of one claim cannot both read the same "from".
        lockedClaim: 'SELECT id, body, body_check FROM claims WHERE id = ? FOR UPDATE',
        // PostgreSQL guards its own pages (WAL, checksums); what is left to check is that it answers.
        integrityCheck: "SELECT 'ok' AS result",
      }
    : {
        // A SQLite write transaction (BEGIN IMMEDIATE) already holds the whole database.
        lockedClaim: 'SELECT id, body, body_check FROM claims WHERE id = ?',
        integrityCheck: 'SELECT integrity_check AS result FROM pragma_integrity_check',
      };
}

/** Bodies validated again whose checks one statement writes (three parameters each: within both engines' limits). */
export const CHECKS_PER_STATEMENT = 500;

/**
 * Writes the checks of `rows` bodies validated again, each unless its body changed meanwhile: parameters `check, id,
 * body` per row. One statement for many: on PostgreSQL each statement is a round trip, and a first read that checked
 * 1,000,000 bodies one statement each spent minutes on it. A VALUES list's columns are `column1`… on both engines.
 */
export const checkClaimBodies = (rows: number) =>
  `UPDATE claims SET body_check = checked.column1 FROM (VALUES ${Array.from({ length: rows }, () => '(?, ?, ?)').join(', ')}) AS checked WHERE claims.id = checked.column2 AND claims.body = checked.column3`;
