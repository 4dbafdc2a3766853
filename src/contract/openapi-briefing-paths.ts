import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from './zod-mini';
import { BriefingIdSchema, BriefingListResponseSchema, BriefingSchema } from './briefing-schema';
import { WRITER, errorResponse, forbidden, json, tooLarge, unauthorized, withMeta } from './openapi-parts';

/* Briefings: read like claims, written by analysts and admins. */

const BriefingIdParamsSchema = z.object({
  id: withMeta(BriefingIdSchema, {
    param: { description: 'The briefing id, e.g. from its title: weekly-brief-22-nov.' },
  }),
});

export const briefingPaths: ZodOpenApiPathsObject = {
  '/api/briefings': {
    get: {
      operationId: 'listBriefings',
      tags: ['briefings'],
      summary: 'Stored briefings',
      responses: {
        200: { description: 'Briefing summaries, newest first.', ...json(BriefingListResponseSchema) },
        401: unauthorized,
      },
    },
  },
  '/api/briefings/{id}': {
    get: {
      operationId: 'getBriefing',
      tags: ['briefings'],
      summary: 'One briefing',
      requestParams: { path: BriefingIdParamsSchema },
      responses: {
        200: { description: 'The briefing.', ...json(BriefingSchema) },
        401: unauthorized,
        404: errorResponse('No briefing has this id (code not_found).'),
      },
    },
    put: {
      operationId: 'saveBriefing',
      tags: ['briefings'],
      summary: 'Create or replace a briefing',
      security: WRITER,
      requestParams: { path: BriefingIdParamsSchema },
      requestBody: { required: true, ...json(BriefingSchema) },
      responses: {
        200: { description: 'The stored briefing.', ...json(BriefingSchema) },
        400: errorResponse(
          'The id is not a briefing id (code invalid_id), or the body does not match the contract (code invalid_body); the issues name each field.',
        ),
        401: unauthorized,
        403: forbidden,
        413: tooLarge,
      },
    },
  },
};
