import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { z } from '../src/contract/zod-mini';
import {
  OriginConfirmRequestSchema,
  OriginMergeRequestSchema,
  OriginSplitRequestSchema,
  type Origin,
  type OriginDecision,
} from '../src/contract/origins/origin-schema';
import { originAnswer, originAnswerForClaim, originList } from '../src/contract/origins/origin-answers';
import {
  invalidOriginRequest,
  planConfirm,
  planMerge,
  planSplit,
  type OriginPlan,
  type OriginRefusal,
} from '../src/contract/origins/plan-origin-decision';
import { issuesFromZod } from '../src/contract/issues-from-zod';
import { mockView, recordMockOriginDecision } from './mock-db';
import { errorResponse } from './api-error-response';

const api = (path: string) => `*/api${path}`;

const refused = ({ status, code, message, issues, field }: OriginRefusal) =>
  errorResponse(status, code, message, issues, undefined, field);

/**
 * An origin decision kept in memory, validated and answered as the server does (plan-origin-decision.ts):
 * the body read with the contract's schema, refused in the same words, else recorded (by nobody:
 * the mock has no sign-in) and answered with the origin as it now stands.
 */
function decide<T>(
  action: OriginDecision['action'],
  schema: z.core.$ZodType<T>,
  plan: (origins: readonly Origin[], body: T, id: string) => OriginPlan,
): HttpResponseResolver {
  return async ({ request, params }) => {
    const raw: unknown = await request.json().catch(() => undefined);
    if (raw === undefined) return errorResponse(400, 'invalid_json', 'The request body must be JSON.');
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) return refused(invalidOriginRequest(action, issuesFromZod(parsed.error, raw)));
    const planned = plan(mockView().origins, parsed.data, String(params.id ?? ''));
    if (!planned.ok) return refused(planned.refusal);
    recordMockOriginDecision({ ...planned.decision, by: null, at: new Date().toISOString() });
    return HttpResponse.json(originAnswerForClaim(mockView(), planned.answerFor));
  };
}

/** Origins, derived from the mock's claims as the server derives them, and the analysts' decisions (in memory). */
export const originHandlers = [
  http.get(api('/origins'), () => HttpResponse.json(originList(mockView()))),
  http.get(api('/origins/:id'), ({ params }) => {
    const answer = originAnswer(mockView(), String(params.id));
    return answer
      ? HttpResponse.json(answer)
      : errorResponse(404, 'not_found', `No origin has the id "${String(params.id)}" (GET /api/origins lists them).`);
  }),
  http.post(api('/origins/merge'), decide('merge', OriginMergeRequestSchema, planMerge)),
  http.post(
    api('/origins/:id/split'),
    decide('split', OriginSplitRequestSchema, (origins, body, id) => planSplit(origins, id, body)),
  ),
  http.post(
    api('/origins/:id/confirm'),
    decide('confirm', OriginConfirmRequestSchema, (origins, body, id) => planConfirm(origins, id, body)),
  ),
];
