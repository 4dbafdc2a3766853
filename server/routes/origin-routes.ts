import { Hono, type Context } from 'hono';
import {
  OriginConfirmRequestSchema,
  OriginMergeRequestSchema,
  OriginSplitRequestSchema,
} from '../../src/contract/origins/origin-schema';
import { originAnswer, originAnswerForClaim, originList } from '../../src/contract/origins/origin-answers';
import {
  invalidOriginRequest,
  planConfirm,
  planMerge,
  planSplit,
  type OriginPlan,
} from '../../src/contract/origins/plan-origin-decision';
import type { ClaimStore } from '../store/claim-store';
import { requireRole, type AuthVariables } from '../auth/require-role';
import { apiError } from './api-error';
import { jsonAnswer } from './json-answer';
import type { ClaimListCache } from './claim-list-cache';
import { parseBody } from './parse-body';
import { sendAnswer } from './cached-answer';
import { revalidated } from './read-etag';

type Ctx = Context<{ Variables: AuthVariables }>;

/**
 * Origins: the events claims descend from, derived by the grouping rule and shaped by analysts'
 * decisions (merge, split, confirm; analyst or admin), recorded with who and why, append-only.
 */
export function originRoutes(store: ClaimStore, cache: ClaimListCache) {
  const writer = requireRole('analyst', 'admin');

  /** Records a planned decision; answers with the origin it leaves its first claim in. */
  const decide = async (c: Ctx, plan: OriginPlan) => {
    if (!plan.ok) {
      const { status, code, message, issues, field } = plan.refusal;
      return apiError(c, status, code, message, issues, field);
    }
    await store.originDecisions.record({
      ...plan.decision,
      by: c.get('user')?.name ?? 'unknown',
      at: new Date().toISOString(),
    });
    const answer = originAnswerForClaim(await cache.view(), plan.answerFor);
    if (!answer) throw new Error(`Claim ${plan.answerFor} has no origin after the ${plan.decision.action}`);
    return jsonAnswer(c, answer);
  };

  return new Hono<{ Variables: AuthVariables }>()
    .get(
      '/origins',
      async (c) =>
        (await revalidated(c, store)) ?? sendAnswer(c, await cache.answer('origins', (view) => originList(view))),
    )
    .get('/origins/:id', async (c) => {
      const unchanged = await revalidated(c, store);
      if (unchanged) return unchanged;
      const answer = originAnswer(await cache.view(), c.req.param('id'));
      return answer
        ? jsonAnswer(c, answer)
        : apiError(c, 404, 'not_found', `No origin has the id "${c.req.param('id')}" (GET /api/origins lists them).`);
    })
    .post('/origins/merge', writer, async (c) => {
      const body = await parseBody(c, OriginMergeRequestSchema, (i) => invalidOriginRequest('merge', i).message);
      return body.ok ? decide(c, planMerge((await cache.view()).origins, body.data)) : body.response;
    })
    .post('/origins/:id/split', writer, async (c) => {
      const body = await parseBody(c, OriginSplitRequestSchema, (i) => invalidOriginRequest('split', i).message);
      return body.ok ? decide(c, planSplit((await cache.view()).origins, c.req.param('id'), body.data)) : body.response;
    })
    .post('/origins/:id/confirm', writer, async (c) => {
      const body = await parseBody(c, OriginConfirmRequestSchema, (i) => invalidOriginRequest('confirm', i).message);
      return body.ok
        ? decide(c, planConfirm((await cache.view()).origins, c.req.param('id'), body.data))
        : body.response;
    });
}
