import { z } from './zod-mini';
import { SourceMergeRequestSchema, SourceMergeSchema } from './source-schema';

/*
 * The source registry's paths of the OpenAPI document (spread into `paths` by openapi.ts). The
 * merge shapes are inlined; SourceSummary and Error are the document's shared components.
 */
const schemaOf = (schema: z.core.$ZodType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });
const notOnTheMock = errorResponse('The mock API does not record merges (code not_supported); the real server does.');

export const sourcePaths = {
  '/api/sources': {
    get: {
      summary:
        'Source entities (the organisations claims resolve to, whatever the spelling) with their names, aliases and claim counts, most claims first',
      responses: {
        200: {
          description: 'Every source that has claims.',
          ...json({
            type: 'object',
            required: ['sources'],
            properties: { sources: { type: 'array', items: ref('SourceSummary') } },
          }),
        },
      },
    },
  },
  '/api/sources/merges': {
    get: {
      summary: 'The merges made so far, oldest first: which source was folded into which, why, by whom and when',
      responses: {
        200: {
          description: 'The recorded merges.',
          ...json({
            type: 'object',
            required: ['merges'],
            properties: { merges: { type: 'array', items: schemaOf(SourceMergeSchema) } },
          }),
        },
        501: notOnTheMock,
      },
    },
  },
  '/api/sources/merge': {
    post: {
      summary:
        'Merge one source into another (bearer token: analyst or admin): its claims move, its names become aliases, and the merge is recorded',
      security: [{ bearer: [] }],
      requestBody: { required: true, ...json(schemaOf(SourceMergeRequestSchema, 'input')) },
      responses: {
        200: { description: 'The recorded merge.', ...json(schemaOf(SourceMergeSchema)) },
        400: errorResponse(
          'The body does not match the contract, or a source was to be merged into itself (code same_source).',
        ),
        401: errorResponse('No bearer token, or an unknown one.'),
        403: errorResponse('The token’s role may not merge sources.'),
        404: errorResponse('No source has the id given as from or into (code unknown_source; the field names which).'),
        413: errorResponse('The body is over the size limit.'),
        501: notOnTheMock,
      },
    },
  },
};
