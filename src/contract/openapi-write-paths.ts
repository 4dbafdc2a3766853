import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from './zod-mini';
import { ClaimSchema } from './claim-schema';
import {
  ClaimEditSchema,
  ClaimInputSchema,
  ImportReportSchema,
  RetractionQuerySchema,
  StateChangeRequestSchema,
} from './write-schemas';
import { ClaimIdParamsSchema } from './openapi-claim-paths';
import {
  WRITER,
  claimNotFound,
  errorResponse,
  forbidden,
  invalidBody,
  json,
  tooLarge,
  unauthorized,
  withMeta,
} from './openapi-parts';

/*
 * The writes (bearer token of an analyst or admin): request bodies are the write schemas read as
 * input (what a client may send, defaults optional), answers the claim as stored.
 */

const writeErrors = { 401: unauthorized, 403: forbidden, 413: tooLarge };

const RetractionParamsSchema = z.object({
  rationale: withMeta(RetractionQuerySchema.shape.rationale, {
    param: { description: 'Why the claim is retracted; recorded in its history.' },
  }),
});

const flag = (description: string) =>
  withMeta(z._default(z.enum(['true', 'false']), 'false'), { param: { description } });

/** The import options (server/routes/import-routes.ts reads them with its ImportQuerySchema; a server test keeps them alike). */
export const ImportOptionsSchema = z.object({
  mode: withMeta(z._default(z.enum(['all-or-nothing', 'per-row']), 'all-or-nothing'), {
    param: { description: 'all-or-nothing writes nothing when any row is refused; per-row writes the accepted rows.' },
  }),
  dryRun: flag('Report what would happen (would_create, would_update, unchanged, refused) and write nothing.'),
  overwrite: flag(
    'Apply rows whose id exists with different content as edits (one history entry only if the state changes). Without it such rows are refused with a field-by-field diff.',
  ),
  acceptAboveCeiling: flag(
    'Accept figures above a metric’s plausibility ceiling (Metric.plausibleMax) with a warning instead of refusing them.',
  ),
});

/** Rows are read as they come and checked one by one: a bad row is refused in the report, not the whole request. */
const UploadRowSchema = withMeta(z.record(z.string(), z.unknown()), {
  description: 'A claim as the JSON export has it, or a research note; checked on its own and reported.',
});
const rowsOf = (what: string) => withMeta(z.array(UploadRowSchema), { description: what });
const metrics = z.optional(
  withMeta(z.array(z.record(z.string(), z.unknown())), {
    description: 'Metric definitions (GET /api/metrics has their shape) for metric ids the store lacks.',
  }),
);
const ImportJsonSchema = z.union([
  rowsOf('Claims or research notes.'),
  z.object({ claims: rowsOf('Claims.'), metrics }),
  z.object({ notes: rowsOf('Research notes.'), metrics }),
]);
const ImportCsvSchema = withMeta(z.string(), {
  description:
    'Header row first (the export columns, at least "id"); a UTF-8 BOM is accepted; lines starting "#" after the data are a comment block.',
});

export const writePaths: ZodOpenApiPathsObject = {
  '/api/claims': {
    post: {
      operationId: 'createClaim',
      tags: ['claims'],
      summary: 'Create a claim',
      description: 'The first verification state is given with its rationale; the server starts the history with it.',
      security: WRITER,
      requestBody: { required: true, ...json(ClaimInputSchema) },
      responses: {
        201: { description: 'The new claim.', ...json(ClaimSchema) },
        400: invalidBody,
        409: errorResponse('A claim with this id exists (code conflict): edit it instead.'),
        ...writeErrors,
      },
    },
  },
  '/api/claims/{id}': {
    put: {
      operationId: 'editClaim',
      tags: ['claims'],
      summary: 'Edit what a claim says',
      description:
        'Its verification state changes only through a state change, and its grade only through a grade change (the edit must give the grade the claim has); the import’s warnings stay.',
      security: WRITER,
      requestParams: { path: ClaimIdParamsSchema },
      requestBody: { required: true, ...json(ClaimEditSchema) },
      responses: {
        200: { description: 'The edited claim.', ...json(ClaimSchema) },
        400: invalidBody,
        404: claimNotFound,
        409: errorResponse(
          'The edit gives another grade than the claim has (code grade_through_history, field grade): a grade changes through POST /api/claims/{id}/grade, with a rationale.',
        ),
        ...writeErrors,
      },
    },
    delete: {
      operationId: 'retractClaim',
      tags: ['claims'],
      summary: 'Retract a claim',
      description: 'A state change to retracted, appended to the history: the record stays.',
      security: WRITER,
      requestParams: { path: ClaimIdParamsSchema, query: RetractionParamsSchema },
      responses: {
        200: { description: 'The retracted claim.', ...json(ClaimSchema) },
        400: errorResponse('No rationale, or one under 3 characters (code invalid_body, field rationale).'),
        404: claimNotFound,
        401: unauthorized,
        403: forbidden,
      },
    },
  },
  '/api/claims/{id}/verification': {
    post: {
      operationId: 'changeClaimVerification',
      tags: ['claims'],
      summary: 'Change the verification state',
      description: 'The change is appended to the claim’s history with its rationale, date and who made it.',
      security: WRITER,
      requestParams: { path: ClaimIdParamsSchema },
      requestBody: { required: true, ...json(StateChangeRequestSchema) },
      responses: {
        200: { description: 'The claim with its new state and history.', ...json(ClaimSchema) },
        400: invalidBody,
        404: claimNotFound,
        ...writeErrors,
      },
    },
  },
  '/api/imports': {
    post: {
      operationId: 'importClaims',
      tags: ['imports'],
      summary: 'Import claims or research notes',
      description:
        'A JSON array of claims or research notes, an object {claims|notes, metrics} such as the JSON export, or CSV with the export columns. Answers a per-row report with issues (refusals) and warnings, each { field, code, message }.',
      security: WRITER,
      requestParams: { query: ImportOptionsSchema },
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ImportJsonSchema }, 'text/csv': { schema: ImportCsvSchema } },
      },
      responses: {
        200: { description: 'The report; committed tells whether anything was written.', ...json(ImportReportSchema) },
        400: errorResponse(
          'Invalid options (code invalid_query), an empty body, or a file that cannot be read at all (not JSON, an unterminated CSV quote, no header): the error names the line or position.',
        ),
        422: {
          description: 'All-or-nothing import refused: the report names each refused row; nothing was written.',
          ...json(ImportReportSchema),
        },
        ...writeErrors,
      },
    },
  },
};
