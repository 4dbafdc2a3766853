import { Hono, type Context } from 'hono';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import {
  ClaimEditSchema,
  ClaimInputSchema,
  RetractionQuerySchema,
  StateChangeRequestSchema,
} from '../../src/contract/write-schemas';
import { ClaimSchema, type Claim, type VerificationChange } from '../../src/contract/claim-schema';
import { GradeChangeRequestSchema, sameGrade } from '../../src/contract/grade-change-schema';
import { derivedClaim, withAdded, withEdited, withStateChanged } from '../../src/contract/origins/origin-answers';
import type { ClaimStore, StoreSession } from '../store/claim-store';
import { requireRole, type AuthVariables } from '../auth/require-role';
import { issuesFromZod } from '../../src/contract/issues-from-zod';
import { apiError } from './api-error';
import { withSourceIds } from '../../src/contract/sources/resolve-claim-sources';
import { saveNewSources } from '../store/save-new-sources';
import { metricsFor } from '../../src/contract/research/metric-catalogue';
import type { ClaimListCache } from './claim-list-cache';
import { parseBody } from './parse-body';
import { jsonAnswer } from './json-answer';

const today = () => new Date().toISOString().slice(0, 10);

const gradeWords = (grade: Claim['grade']) =>
  grade ? `reliability ${grade.reliability ?? 'not set'}, credibility ${grade.credibility ?? 'not set'}` : 'none';

/** The claim with its organisation resolved to a source entity (one the registry lacks is added, and counted). */
async function withSourceCounted<T extends Pick<Claim, 'id' | 'speaker'>>(store: StoreSession, claim: T) {
  // The registry read once: each statement is a round trip to PostgreSQL.
  const stored = await store.sources.list();
  const { claims, registry } = withSourceIds([claim], stored);
  const sourcesAdded = await saveNewSources(store, registry, stored);
  return { claim: claims[0] ?? claim, sourcesAdded };
}
const withSource = async <T extends Pick<Claim, 'id' | 'speaker'>>(store: StoreSession, claim: T): Promise<T> =>
  (await withSourceCounted(store, claim)).claim;

/**
 * Runs `work` once the answer has been sent (its last byte handed to the socket); at once when there is no socket (a
 * request made inside the process). On SQLite, deriving every claim again holds the event loop: the analyst must not
 * wait for it.
 */
function afterAnswer(c: Context, work: () => void): void {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (outgoing && !outgoing.writableFinished) outgoing.once('finish', work);
  else setTimeout(work, 0);
}

/**
 * Analyst writes: create, edit, change state (appended to history), retract (never delete). Each
 * answers with the claim as the reads serve it (its origin and corroboration derived anew).
 */
export function writeRoutes(store: ClaimStore, cache: ClaimListCache) {
  const writer = requireRole('analyst', 'admin');
  const served = async (id: string) => derivedClaim(await cache.view(), id);
  /**
   * Appends a state change and answers with the claim as the reads will serve it, from the view before the change
   * (withStateChanged): the analyst is not kept waiting while every claim is derived again, which happens next, in the
   * background, for the reads. (A concurrent edit of the claim by another analyst could show in the reads only.)
   */
  const appended = async (c: Context, id: string, append: () => Promise<Claim | null>) => {
    const before = await cache.view();
    const updated = await append();
    if (!updated) return null;
    afterAnswer(c, () => void cache.view().catch(() => undefined));
    return withStateChanged(before, updated) ?? served(id);
  };
  const changeState = (c: Context, id: string, change: Omit<VerificationChange, 'from'>) =>
    appended(c, id, () => store.claims.appendStateChange(id, change));
  return new Hono<{ Variables: AuthVariables }>()
    .post('/claims', writer, async (c) => {
      const body = await parseBody(c, ClaimInputSchema);
      if (!body.ok) return body.response;
      const { rationale, verification, ...rest } = body.data;
      const by = c.get('user')?.name ?? 'unknown';
      const claim = ClaimSchema.parse({
        ...rest,
        verification: {
          ...verification,
          history: [{ date: rest.claimedOn ?? today(), from: null, to: verification.state, rationale, by }],
        },
      });
      // Answered from the view before it, like an edit: the claims it regroups or supports are derived after the answer.
      const before = await cache.view();
      const created = await store.transaction(async (tx) => {
        if (await tx.claims.get(claim.id)) return null;
        const resolved = await withSourceCounted(tx, claim);
        await tx.claims.save(resolved.claim, by);
        if (!(await tx.reference.listMetrics()).some((m) => m.id === claim.metricId))
          await tx.reference.upsertMetrics(metricsFor([claim]));
        return resolved;
      }, `claim ${claim.id}`);
      if (!created)
        return apiError(c, 409, 'conflict', `A claim with the id "${rest.id}" exists already; edit it instead.`);
      afterAnswer(c, () => void cache.view().catch(() => undefined));
      // A source the registry lacked can change how origins are read: then only a derivation of every claim answers.
      const alone = created.sourcesAdded === 0 ? withAdded(before, created.claim) : null;
      return jsonAnswer(c, alone ?? (await served(claim.id)), 201);
    })
    .put('/claims/:id', writer, async (c) => {
      const body = await parseBody(c, ClaimEditSchema);
      if (!body.ok) return body.response;
      const id = c.req.param('id');
      // Answered from the view before the edit, like a state change: its neighbours are derived again after the answer.
      const before = await cache.view();
      // An edit keeps the import's warnings (they are for review, not cleared by any edit) and re-resolves the source.
      // Its grade must be the claim's own: a grade changes through its history, with a rationale (ADR 016).
      const updated = await store.transaction(async (tx) => {
        const existing = await tx.claims.get(id);
        if (!existing) return 'missing' as const;
        if (!sameGrade(existing.grade, body.data.grade)) return { gradeIs: existing.grade };
        return tx.claims.edit(id, await withSource(tx, { ...body.data, id, warnings: existing.warnings }));
      });
      if (updated === 'missing' || updated === null)
        return apiError(c, 404, 'not_found', `No claim has the id "${id}".`);
      if ('gradeIs' in updated) {
        const message = `An edit cannot change the grade: it changes through POST /api/claims/${id}/grade, with a rationale. Send the claim's grade as it is (${gradeWords(updated.gradeIs)}).`;
        return apiError(
          c,
          409,
          'grade_through_history',
          message,
          [{ field: 'grade', code: 'grade_through_history', message }],
          'grade',
        );
      }
      afterAnswer(c, () => void cache.view().catch(() => undefined));
      return jsonAnswer(c, withEdited(before, updated) ?? (await served(id)));
    })
    .post('/claims/:id/verification', writer, async (c) => {
      const body = await parseBody(c, StateChangeRequestSchema);
      if (!body.ok) return body.response;
      const id = c.req.param('id');
      const answer = await changeState(c, id, {
        date: body.data.date ?? today(),
        to: body.data.to,
        rationale: body.data.rationale,
        by: c.get('user')?.name ?? null,
      });
      return answer ? jsonAnswer(c, answer) : apiError(c, 404, 'not_found', `No claim has the id "${id}".`);
    })
    .post('/claims/:id/grade', writer, async (c) => {
      const body = await parseBody(c, GradeChangeRequestSchema);
      if (!body.ok) return body.response;
      const id = c.req.param('id');
      const { reliability, credibility, rationale, at } = body.data;
      const by = c.get('user')?.name ?? null;
      // A grade is read by no origin derivation either: answered like a state change (ADR 016).
      const answer = await appended(c, id, () =>
        store.claims.appendGradeChange(id, { at: at ?? today(), reliability, credibility, rationale, by }),
      );
      return answer ? jsonAnswer(c, answer) : apiError(c, 404, 'not_found', `No claim has the id "${id}".`);
    })
    .delete('/claims/:id', writer, async (c) => {
      const query = z.safeParse(RetractionQuerySchema, { rationale: c.req.query('rationale')?.trim() });
      if (!query.success)
        return apiError(
          c,
          400,
          'invalid_body',
          'A retraction needs a rationale of 3 to 2000 characters: ?rationale=…',
          issuesFromZod(query.error, { rationale: c.req.query('rationale') }),
          'rationale',
        );
      const { rationale } = query.data;
      const id = c.req.param('id');
      const answer = await changeState(c, id, {
        date: today(),
        to: 'retracted',
        rationale,
        by: c.get('user')?.name ?? null,
      });
      return answer ? jsonAnswer(c, answer) : apiError(c, 404, 'not_found', `No claim has the id "${id}".`);
    });
}
