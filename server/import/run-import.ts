import type { Claim } from '../../src/contract/claim-schema';
import { sameGrade } from '../../src/contract/grade-change-schema';
import type { Issue } from '../../src/contract/issue-schema';
import type { ImportReport, ImportRowResult, ImportRowStatus } from '../../src/contract/write-schemas';
import { crossClaimWarningsForAll } from '../../src/contract/import-checks/cross-claim-checks';
import { withSourceIds } from '../../src/contract/sources/resolve-claim-sources';
import { ONE_ORIGIN_WARNING, withOrigins } from '../../src/contract/origins/with-origins';
import type { ClaimStore, StoreSession } from '../store/claim-store';
import { saveNewSources } from '../store/save-new-sources';
import { diffClaims } from './claim-diff';
import { fieldInUpload } from './field-names';
import { readUpload, type ImportFormat } from './read-upload';
import { toCandidates, type Candidate } from './row-candidates';
import { checkRows, knownMetrics, newMetric } from './row-checks';

export type { ImportFormat } from './read-upload';

export interface ImportOptions {
  mode: ImportReport['mode'];
  dryRun: boolean;
  /** Apply rows whose id exists with different content as edits (else they are refused). */
  overwrite: boolean;
  /** Accept figures above a metric's plausibility ceiling, with a warning. */
  acceptAboveCeiling: boolean;
  by: string;
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; issue: Issue };

interface Planned extends Candidate {
  plan: 'create' | 'update' | 'unchanged' | 'refused';
  existing: Claim | null;
  diff: ImportRowResult['diff'];
}

const today = () => new Date().toISOString().slice(0, 10);

/** Which stored claim a row meets, and what the row would do to it. */
function plan(candidate: Candidate, stored: ReadonlyMap<string, Claim>, overwrite: boolean): Planned {
  const existing = candidate.claim ? (stored.get(candidate.claim.id) ?? null) : null;
  if (!candidate.claim) return { ...candidate, plan: 'refused', existing, diff: [] };
  if (!existing) return { ...candidate, plan: 'create', existing, diff: [] };
  const diff = diffClaims(existing, candidate.claim);
  if (diff.length === 0) return { ...candidate, plan: 'unchanged', existing, diff };
  if (overwrite) return { ...candidate, plan: 'update', existing, diff };
  const fields = diff.map((d) => d.field).join(', ');
  const issue = {
    field: 'id',
    code: 'id_exists',
    message: `Claim ${existing.id} already exists with different content (${fields}). Nothing was changed; import with overwrite to apply this row as an edit.`,
  };
  return { ...candidate, claim: null, issues: [...candidate.issues, issue], plan: 'refused', existing, diff };
}

/**
 * Writes one planned row: a new claim with its histories, or an edit that adds one history entry only when the state
 * changes, and one grade change only when the grade does (an edit keeps both; ADR 016).
 */
async function write(row: Planned, store: StoreSession, by: string) {
  const claim = row.claim;
  if (!claim) return;
  if (row.plan === 'create') await store.claims.save(claim, by);
  if (row.plan !== 'update' || !row.existing) return;
  const { verification, ...content } = claim;
  await store.claims.edit(claim.id, {
    ...content,
    verification: {
      note: verification.note,
      contestedBy: verification.contestedBy,
      laterDevelopments: verification.laterDevelopments,
    },
  });
  if (verification.state !== row.existing.verification.state) {
    await store.claims.appendStateChange(claim.id, {
      date: today(),
      to: verification.state,
      rationale: `Import with overwrite: the imported row gives the state ${verification.state}.`,
      by,
    });
  }
  if (!sameGrade(claim.grade, row.existing.grade)) {
    await store.claims.appendGradeChange(claim.id, {
      at: today(),
      reliability: claim.grade?.reliability ?? null,
      credibility: claim.grade?.credibility ?? null,
      rationale: `Import with overwrite: the imported row gives the grade ${gradeText(claim.grade)}.`,
      by,
    });
  }
}

const gradeText = (grade: Claim['grade']) =>
  grade ? `${grade.reliability ?? '(reliability not set)'}${grade.credibility ?? '(credibility not set)'}` : '(none)';

/**
 * Imports claims from an upload. Every row is read and checked first: refused rows say why
 * (issues), accepted rows may carry warnings, which stay on the claim. A row whose id exists
 * is "unchanged" when it says the same, refused with a field-by-field diff when it does not
 * (applied as an edit with `overwrite`). "all-or-nothing" writes nothing when any row is
 * refused; a dry run writes nothing and says what would happen.
 */
export async function runImport(
  store: ClaimStore,
  contentType: string,
  body: string,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const read = readUpload(contentType, body);
  if (!read.ok) return read;
  const { upload } = read;
  const candidates = toCandidates(upload);
  const metrics = knownMetrics(await store.reference.listMetrics(), upload.metrics);
  checkRows(candidates, metrics, options);

  const accepted = candidates.flatMap((c) => (c.claim ? [c.claim] : []));
  const sources = withSourceIds(accepted, await store.sources.list());
  const resolved = new Map(sources.claims.map((c) => [c.id, c]));
  for (const c of candidates) {
    if (!c.claim) continue;
    c.claim = resolved.get(c.claim.id) ?? c.claim;
    c.warnings.push(...(sources.warnings.get(c.claim.id) ?? []));
  }
  const incoming = new Map(candidates.flatMap((c) => (c.claim ? [[c.claim.id, c.claim] as const] : [])));
  const stored = new Map((await store.claims.list()).map((c) => [c.id, c]));
  const everyClaim = [...[...stored.values()].filter((c) => !incoming.has(c.id)), ...incoming.values()];
  const crossWarnings = crossClaimWarningsForAll(everyClaim);
  for (const c of candidates) if (c.claim) c.warnings.push(...(crossWarnings.get(c.claim.id) ?? []));
  // The claims with their origins as the reads will serve them: a row marked corroborated that only
  // repeats an origin already held is reported. The warning is derived on every read, never stored.
  const derived = withOrigins(everyClaim, sources.registry, await store.originDecisions.list());
  const oneOrigin = new Map(
    derived.claims.flatMap((d) =>
      d.warnings.filter((w) => w.code === ONE_ORIGIN_WARNING).map((w) => [d.id, w] as const),
    ),
  );
  for (const c of candidates) {
    if (!c.claim) continue;
    c.warnings = c.warnings.filter((w) => w.code !== ONE_ORIGIN_WARNING);
    c.claim = { ...c.claim, warnings: c.warnings };
    const warning = oneOrigin.get(c.claim.id);
    if (warning) c.warnings = [...c.warnings, warning];
  }

  const planned = candidates.map((c) => plan(c, stored, options.overwrite));
  const refusedAny = planned.some((p) => p.plan === 'refused');
  const writes = planned.filter((p) => p.plan === 'create' || p.plan === 'update');
  const commit = !options.dryRun && (options.mode === 'per-row' || !refusedAny) && writes.length > 0;
  if (commit) {
    await store.transaction(async (tx) => {
      await saveNewSources(tx, sources.registry);
      for (const row of writes) await write(row, tx, options.by);
      const knownIds = new Set((await tx.reference.listMetrics()).map((m) => m.id));
      const fresh = [
        ...new Set(writes.flatMap((r) => (r.claim && !knownIds.has(r.claim.metricId) ? [r.claim.metricId] : []))),
      ];
      await tx.reference.upsertMetrics(fresh.map((id) => newMetric(id, metrics, accepted)));
    });
  }
  return { ok: true, report: report(upload.format, planned, options, commit) };
}

function statusOf(row: Planned, committed: boolean): ImportRowStatus {
  if (row.plan === 'create') return committed ? 'created' : 'would_create';
  if (row.plan === 'update') return committed ? 'updated' : 'would_update';
  return row.plan;
}

function report(format: ImportFormat, planned: Planned[], options: ImportOptions, committed: boolean): ImportReport {
  const named = (issues: Issue[]) => issues.map((i) => ({ ...i, field: fieldInUpload(format, i.field) }));
  const rows: ImportRowResult[] = planned.map((p) => ({
    row: p.row,
    line: p.line,
    id: p.claim?.id ?? p.id,
    status: statusOf(p, committed),
    issues: named(p.issues),
    warnings: p.plan === 'refused' ? [] : named(p.warnings),
    diff: p.diff,
  }));
  const count = (status: ImportRowStatus) => rows.filter((r) => r.status === status).length;
  return {
    format,
    mode: options.mode,
    dryRun: options.dryRun,
    overwrite: options.overwrite,
    committed,
    counts: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      refused: count('refused'),
      would_create: count('would_create'),
      would_update: count('would_update'),
      warned: rows.filter((r) => r.status !== 'refused' && r.warnings.length > 0).length,
    },
    rows,
  };
}
