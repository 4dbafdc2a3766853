import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from './zod-mini';
import { ClaimSchema } from './claim-schema';
import { ClaimFiltersSchema } from './claim-filters';
import { GradeChangeRequestSchema } from './grade-change-schema';
import { GradeCountsResponseSchema } from './grade-counts';
import { ClaimIdParamsSchema } from './openapi-claim-paths';
import {
  WRITER,
  claimNotFound,
  errorResponse,
  forbidden,
  invalidBody,
  json,
  notModified,
  tooLarge,
  unauthorized,
  withMeta,
} from './openapi-parts';

/* Analyst grading (ADR 016): the grade counts the grade filter shows, and a grade change appended to its history. */

const GradeCountParamsSchema = z.object({
  asof: withMeta(ClaimFiltersSchema.shape.asof, {
    param: { description: 'Count the claims as known at the end of this day (UTC): their grades as they were then.' },
  }),
});

export const gradePaths: ZodOpenApiPathsObject = {
  '/api/claims/grades': {
    get: {
      operationId: 'countClaimGrades',
      tags: ['claims'],
      summary: 'How many claims have each grade',
      description:
        'Every claim (not only those a filter keeps, as with the source counts of GET /api/sources), counted for each grade filter token: its reliability letter and its credibility digit, or "ungraded".',
      requestParams: { query: GradeCountParamsSchema },
      responses: {
        200: { description: 'The counts, one per grade token.', ...json(GradeCountsResponseSchema) },
        304: notModified,
        400: errorResponse('`asof` is invalid, or another parameter is given (code invalid_filters).'),
        401: unauthorized,
      },
    },
  },
  '/api/claims/{id}/grade': {
    post: {
      operationId: 'changeClaimGrade',
      tags: ['claims'],
      summary: 'Set the Admiralty grade',
      description:
        'Source reliability (A–F) and information credibility (1–6), each of which may be unset (null), with a rationale. Appended to the claim’s grade history with the grade it replaces, the day and who set it; the claim’s grade becomes it.',
      security: WRITER,
      requestParams: { path: ClaimIdParamsSchema },
      requestBody: { required: true, ...json(GradeChangeRequestSchema) },
      responses: {
        200: { description: 'The claim with its new grade and grade history.', ...json(ClaimSchema) },
        400: invalidBody,
        404: claimNotFound,
        401: unauthorized,
        403: forbidden,
        413: tooLarge,
      },
    },
  },
};
