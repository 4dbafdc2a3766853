import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from './zod-mini';
import { SourceMergeRequestSchema, SourceMergeSchema } from './source-schema';
import { SourceListResponseSchema } from './responses';
import { WRITER, errorResponse, forbidden, json, tooLarge, unauthorized } from './openapi-parts';

/* The source registry: the entities claims resolve to, the merges made, and merging (analyst or admin). */

const notOnTheMock = errorResponse('The mock API does not record merges (code not_supported); the real server does.');
const SourceMergeListSchema = z.object({ merges: z.array(SourceMergeSchema) });

export const sourcePaths: ZodOpenApiPathsObject = {
  '/api/sources': {
    get: {
      operationId: 'listSources',
      tags: ['sources'],
      summary: 'Source entities, most claims first',
      description:
        'The organisations claims resolve to, whatever the spelling, with their names, aliases and claim counts.',
      responses: {
        200: { description: 'Every source that has claims.', ...json(SourceListResponseSchema) },
        401: unauthorized,
      },
    },
  },
  '/api/sources/merges': {
    get: {
      operationId: 'listSourceMerges',
      tags: ['sources'],
      summary: 'The merges made so far, oldest first',
      description: 'Which source was folded into which, why, by whom and when.',
      responses: {
        200: { description: 'The recorded merges.', ...json(SourceMergeListSchema) },
        401: unauthorized,
        501: notOnTheMock,
      },
    },
  },
  '/api/sources/merge': {
    post: {
      operationId: 'mergeSources',
      tags: ['sources'],
      summary: 'Merge one source into another',
      description: 'Its claims move, its names become aliases, and the merge is recorded.',
      security: WRITER,
      requestBody: { required: true, ...json(SourceMergeRequestSchema) },
      responses: {
        200: { description: 'The recorded merge.', ...json(SourceMergeSchema) },
        400: errorResponse(
          'The body is not JSON (code invalid_json) or does not match the contract (code invalid_body; the issues name each field), or a source was to be merged into itself (code same_source).',
        ),
        401: unauthorized,
        403: forbidden,
        404: errorResponse('No source has the id given as from or into (code unknown_source; the field names which).'),
        413: tooLarge,
        501: notOnTheMock,
      },
    },
  },
};
