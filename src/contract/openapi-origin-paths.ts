import type { ZodOpenApiPathsObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { z } from './zod-mini';
import {
  OriginConfirmRequestSchema,
  OriginIdSchema,
  OriginMergeRequestSchema,
  OriginSplitRequestSchema,
} from './origins/origin-schema';
import { OriginListResponseSchema, OriginResponseSchema } from './responses';
import { WRITER, errorResponse, forbidden, json, tooLarge, unauthorized, withMeta } from './openapi-parts';

/*
 * Origins: the event each claim's chain of citation begins with (a briefing, a statement, a report,
 * a video), derived from the claims by the grouping rule (ADR 011) and shaped by analysts' decisions.
 */

const OriginIdParamsSchema = z.object({
  id: withMeta(OriginIdSchema, {
    param: { description: 'The origin id, from GET /api/origins: kr-nis.2024-12-19.intelligence_briefing.' },
  }),
});

const originNotFound: ZodOpenApiResponseObject = {
  id: 'OriginNotFound',
  ...errorResponse('No origin has this id (code not_found). Ids are derived: a decision may change them.'),
};
const decisionErrors = { 401: unauthorized, 403: forbidden, 413: tooLarge };
const answered = (what: string) => ({
  description: `${what} The decision is recorded, with its rationale, who made it and when, in the origin's decisions.`,
  ...json(OriginResponseSchema),
});
const invalidDecision = (more: string) =>
  errorResponse(
    `The body is not JSON (code invalid_json) or does not match the contract (code invalid_body; the message and the issues name each field)${more}.`,
  );

export const originPaths: ZodOpenApiPathsObject = {
  '/api/origins': {
    get: {
      operationId: 'listOrigins',
      tags: ['origins'],
      summary: 'Every origin, oldest first',
      description:
        'Claims whose chains begin with the same event (the same organisation, kind of event and day, or adjacent days) share an origin; analysts may merge, split or confirm them.',
      responses: {
        200: {
          description: 'The origins, and how many claims have none (their chain names no known first source).',
          ...json(OriginListResponseSchema),
        },
        401: unauthorized,
      },
    },
  },
  '/api/origins/{id}': {
    get: {
      operationId: 'getOrigin',
      tags: ['origins'],
      summary: 'One origin with its claims',
      requestParams: { path: OriginIdParamsSchema },
      responses: {
        200: { description: 'The origin and its claims, in its order.', ...json(OriginResponseSchema) },
        401: unauthorized,
        404: originNotFound,
      },
    },
  },
  '/api/origins/merge': {
    post: {
      operationId: 'mergeOrigins',
      tags: ['origins'],
      summary: 'Merge origins that are one event',
      description: 'Every claim of the named origins becomes one origin.',
      security: WRITER,
      requestBody: { required: true, ...json(OriginMergeRequestSchema) },
      responses: {
        200: answered('The merged origin with its claims.'),
        400: invalidDecision(', or fewer than two different origins are named (code too_few_origins)'),
        404: errorResponse('An origin id names no origin (code unknown_origin, field originIds).'),
        ...decisionErrors,
      },
    },
  },
  '/api/origins/{id}/split': {
    post: {
      operationId: 'splitOrigin',
      tags: ['origins'],
      summary: 'Take claims out of an origin',
      description: 'The named claims come from another event than the rest: they become an origin of their own.',
      security: WRITER,
      requestParams: { path: OriginIdParamsSchema },
      requestBody: { required: true, ...json(OriginSplitRequestSchema) },
      responses: {
        200: answered('The new origin of the claims taken out, with its claims.'),
        400: invalidDecision(
          ', or a claim is not in this origin (code not_in_origin) or every claim is named (code split_all)',
        ),
        404: originNotFound,
        ...decisionErrors,
      },
    },
  },
  '/api/origins/{id}/confirm': {
    post: {
      operationId: 'confirmOrigin',
      tags: ['origins'],
      summary: 'Confirm an origin as it stands',
      description: 'Its claims are one event: the origin is marked confirmed until its members change.',
      security: WRITER,
      requestParams: { path: OriginIdParamsSchema },
      requestBody: { required: true, ...json(OriginConfirmRequestSchema) },
      responses: {
        200: answered('The confirmed origin with its claims.'),
        400: invalidDecision(''),
        404: originNotFound,
        ...decisionErrors,
      },
    },
  },
};
