import { http, HttpResponse } from 'msw';
import { z } from '../src/contract/zod-mini';
import { GradeChangeRequestSchema } from '../src/contract/grade-change-schema';
import { claimsToCount, gradeCounts, parseGradeCountParams } from '../src/contract/grade-counts';
import { filterProblemIssues } from '../src/contract/claim-filter-params';
import { derivedClaim } from '../src/contract/origins/origin-answers';
import { issuesFromZod } from '../src/contract/issues-from-zod';
import { mockDataset, mockView, recordMockGradeChange } from './mock-db';
import { errorResponse } from './api-error-response';

const api = (path: string) => `*/api${path}`;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Grading (ADR 016) as the server answers it: the grade counts, and a grade change kept in memory (by nobody: the
 * mock has no sign-in), the body read with the contract's schema and refused in the server's words. Placed before
 * GET /claims/:id, which would take "grades" for an id.
 */
export const gradeHandlers = [
  http.get(api('/claims/grades'), ({ request }) => {
    const { asof, problems } = parseGradeCountParams(new URL(request.url).searchParams);
    if (problems.length > 0)
      return errorResponse(
        400,
        'invalid_filters',
        'Some filter parameters are invalid.',
        filterProblemIssues(problems),
      );
    return HttpResponse.json(gradeCounts(claimsToCount(mockDataset().claims, mockView().claims, asof)));
  }),
  http.post(api('/claims/:id/grade'), async ({ request, params }) => {
    const raw: unknown = await request.json().catch(() => undefined);
    if (raw === undefined) return errorResponse(400, 'invalid_json', 'The request body must be JSON.');
    const parsed = z.safeParse(GradeChangeRequestSchema, raw);
    if (!parsed.success)
      return errorResponse(
        400,
        'invalid_body',
        'The request body does not match the contract.',
        issuesFromZod(parsed.error, raw),
      );
    const id = String(params.id);
    const { reliability, credibility, rationale, at } = parsed.data;
    if (!recordMockGradeChange(id, { at: at ?? today(), reliability, credibility, rationale, by: null }))
      return errorResponse(404, 'not_found', `No claim has the id "${id}".`);
    return HttpResponse.json(derivedClaim(mockView(), id));
  }),
];
