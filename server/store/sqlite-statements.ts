import type Database from 'better-sqlite3';

/** Every statement the SQLite store runs, prepared once: parameterised, never built from input. */
export function prepareStatements(db: Database.Database) {
  return {
    allClaims: db.prepare('SELECT id, body FROM claims ORDER BY id'),
    oneClaim: db.prepare('SELECT id, body FROM claims WHERE id = ?'),
    insertClaim: db.prepare('INSERT INTO claims (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    updateClaim: db.prepare('UPDATE claims SET body = ?, updated_at = ? WHERE id = ?'),
    allChanges: db.prepare(
      'SELECT claim_id, date, from_state, to_state, rationale, recorded_by FROM verification_changes ORDER BY seq',
    ),
    claimChanges: db.prepare(
      'SELECT claim_id, date, from_state, to_state, rationale, recorded_by FROM verification_changes WHERE claim_id = ? ORDER BY seq',
    ),
    insertChange: db.prepare(
      'INSERT INTO verification_changes (claim_id, date, from_state, to_state, rationale, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    metrics: db.prepare('SELECT body FROM metrics ORDER BY position'),
    upsertMetric: db.prepare(
      'INSERT INTO metrics (id, body, position) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body',
    ),
    metricCount: db.prepare('SELECT COUNT(*) FROM metrics'),
    events: db.prepare('SELECT body FROM events ORDER BY position'),
    insertEvent: db.prepare('INSERT OR REPLACE INTO events (id, body, position) VALUES (?, ?, ?)'),
    claimCount: db.prepare('SELECT COUNT(*) FROM claims'),
    token: db.prepare('SELECT name, role FROM api_tokens WHERE token_hash = ?'),
    tokenCount: db.prepare('SELECT COUNT(*) FROM api_tokens'),
    briefings: db.prepare('SELECT id, body, updated_by, updated_at FROM briefings ORDER BY updated_at DESC'),
    briefing: db.prepare('SELECT body FROM briefings WHERE id = ?'),
    saveBriefing: db.prepare(
      'INSERT INTO briefings (id, body, updated_by, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at',
    ),
    insertToken: db.prepare('INSERT INTO api_tokens (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)'),
    sources: db.prepare('SELECT body FROM sources ORDER BY id'),
    saveSource: db.prepare(
      'INSERT INTO sources (id, body) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body',
    ),
    deleteSource: db.prepare('DELETE FROM sources WHERE id = ?'),
    merges: db.prepare('SELECT from_id, from_name, into_id, rationale, "by", at FROM source_merges ORDER BY seq'),
    insertMerge: db.prepare(
      'INSERT INTO source_merges (from_id, from_name, into_id, rationale, "by", at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    originDecisions: db.prepare('SELECT action, claim_ids, rationale, "by", at FROM origin_decisions ORDER BY id'),
    insertOriginDecision: db.prepare(
      'INSERT INTO origin_decisions (action, claim_ids, rationale, "by", at) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}
