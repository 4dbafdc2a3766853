import { z } from 'zod';
import { ClaimSchema } from './claim-schema';
import { MetricSchema } from './metric-schema';
import { EventSchema } from './event-schema';
import { IssueSchema } from './issue-schema';
import { ApiErrorBodySchema, SessionSchema, SourceSummarySchema } from './responses';
import { BriefingListResponseSchema, BriefingSchema } from './briefing-schema';
import { ClaimEditSchema, ClaimInputSchema, ImportReportSchema, StateChangeRequestSchema } from './write-schemas';
import { sourcePaths } from './openapi-sources';
import { CLAIM_KINDS, SPEAKER_TYPES, VERIFICATION_STATES } from './vocabulary';

const schemaOf = (schema: z.core.$ZodType) =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });
const repeatable = (name: string, description: string, values?: readonly string[]) => ({
  name,
  in: 'query',
  required: false,
  description: `${description} Repeat the parameter (or separate values with commas) to match any of several.`,
  schema: { type: 'array', items: values ? { type: 'string', enum: [...values] } : { type: 'string' } },
  style: 'form',
  explode: true,
});
const isoDay = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', format: 'date' },
});

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const bearer = [{ bearer: [] }];
const writeErrors = {
  400: errorResponse('The body or parameters do not match the contract; the issues name each field.'),
  401: errorResponse('No bearer token, or an unknown one.'),
  403: errorResponse('The token’s role may not write.'),
  404: errorResponse('No claim has this id.'),
  413: errorResponse('The body is over the size limit.'),
};

/** The OpenAPI 3.1 document of the claims API, generated from the zod contract. */
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Claimwatch claims API',
      version: '1.0.0',
      description:
        'Reported figures with who said them, when, what kind of figure they are and how well verified. Both the mock API and the server honour this document.',
    },
    paths: {
      '/api/claims/{id}/verification': {
        post: {
          summary: 'Change the verification state, appended to the history (bearer token: analyst or admin)',
          security: bearer,
          parameters: [idParam],
          requestBody: { required: true, ...json(ref('StateChangeRequest')) },
          responses: {
            200: { description: 'The claim with its new state and history.', ...json(ref('Claim')) },
            ...writeErrors,
          },
        },
      },
      '/api/imports': {
        post: {
          summary:
            'Import claims (a JSON array of claims or research notes, an object {claims|notes, metrics} such as the JSON export, or CSV with the export columns); answers a per-row report with issues (refusals) and warnings, each { field, code, message }',
          security: bearer,
          parameters: [
            {
              name: 'mode',
              in: 'query',
              required: false,
              description: 'all-or-nothing writes nothing when any row is refused; per-row writes the accepted rows.',
              schema: { type: 'string', enum: ['all-or-nothing', 'per-row'], default: 'all-or-nothing' },
            },
            {
              name: 'dryRun',
              in: 'query',
              required: false,
              description:
                'Report what would happen (would_create, would_update, unchanged, refused) and write nothing.',
              schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
            },
            {
              name: 'overwrite',
              in: 'query',
              required: false,
              description:
                'Apply rows whose id exists with different content as edits (one history entry only if the state changes). Without it such rows are refused with a field-by-field diff.',
              schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
            },
            {
              name: 'acceptAboveCeiling',
              in: 'query',
              required: false,
              description:
                'Accept figures above a metric’s plausibility ceiling (Metric.plausibleMax) with a warning instead of refusing them.',
              schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    { type: 'array', items: { type: 'object' } },
                    {
                      type: 'object',
                      properties: {
                        claims: { type: 'array', items: ref('Claim') },
                        notes: { type: 'array' },
                        metrics: { type: 'array', items: ref('Metric') },
                      },
                    },
                  ],
                },
              },
              'text/csv': {
                schema: {
                  type: 'string',
                  description:
                    'Header row first (the export columns, at least "id"); a UTF-8 BOM is accepted; lines starting "#" after the data are a comment block.',
                },
              },
            },
          },
          responses: {
            200: {
              description: 'The report; committed tells whether anything was written.',
              ...json(ref('ImportReport')),
            },
            400: errorResponse(
              'The file cannot be read at all (not JSON, an unterminated CSV quote, no header): the error names the line or position.',
            ),
            422: {
              description: 'All-or-nothing import refused: the report names each refused row; nothing was written.',
              ...json(ref('ImportReport')),
            },
            401: writeErrors[401],
            403: writeErrors[403],
            413: writeErrors[413],
          },
        },
      },
      '/api/claims': {
        post: {
          summary: 'Create a claim (bearer token: analyst or admin)',
          security: bearer,
          requestBody: { required: true, ...json(ref('ClaimInput')) },
          responses: {
            201: { description: 'The new claim.', ...json(ref('Claim')) },
            409: errorResponse('A claim with this id exists.'),
            ...writeErrors,
          },
        },
        get: {
          summary: 'List claims, filtered',
          parameters: [
            { name: 'metric', in: 'query', required: false, description: 'Metric id.', schema: { type: 'string' } },
            repeatable(
              'source',
              'Source entity id from GET /api/sources (e.g. kr-nis); a name or alias as written in claims resolves to its entity.',
            ),
            repeatable('type', 'Speaker type.', SPEAKER_TYPES),
            repeatable('state', 'Verification state.', VERIFICATION_STATES),
            repeatable('kind', 'Claim kind.', CLAIM_KINDS),
            repeatable('country', 'Speaker country, ISO 3166-1 alpha-2, or "none" for claims with no country.'),
            repeatable(
              'grade',
              'Admiralty grade: reliability letters A-F narrow reliability, digits 1-6 narrow credibility, "ungraded" keeps claims with no grade.',
            ),
            repeatable(
              'warning',
              'Claims the import warned about: "any", or a warning code (unrecognised_qualifier, new_metric, cumulative_below_earlier, …).',
            ),
            isoDay(
              'from',
              'Keep claims made on or after this day (a claim dated to a month or year overlapping it counts). Undated claims are left out when a date range is set.',
            ),
            isoDay('to', 'Keep claims made on or before this day.'),
            isoDay(
              'asof',
              'Answer as known on this day: only claims certainly made by then (undated claims are left out), each with the verification state its history gives for that day, without later developments. Other filters apply to that state.',
            ),
            {
              name: 'q',
              in: 'query',
              required: false,
              description:
                'Words that must all appear (case and accents ignored) in the id, speaker, outlet, quote, notes or chain of citation.',
              schema: { type: 'string', maxLength: 200 },
            },
          ],
          responses: {
            200: {
              description: 'The matching claims, oldest first, and the number in the store before filtering.',
              ...json({
                type: 'object',
                required: ['claims', 'total'],
                properties: { claims: { type: 'array', items: ref('Claim') }, total: { type: 'integer', minimum: 0 } },
              }),
            },
            400: errorResponse('A filter parameter is invalid; the issues name each one.'),
          },
        },
      },
      '/api/claims/{id}': {
        put: {
          summary: 'Edit what a claim says (bearer token: analyst or admin)',
          security: bearer,
          parameters: [idParam],
          requestBody: { required: true, ...json(ref('ClaimEdit')) },
          responses: { 200: { description: 'The edited claim.', ...json(ref('Claim')) }, ...writeErrors },
        },
        delete: {
          summary: 'Retract a claim (a state change to retracted; the record stays)',
          security: bearer,
          parameters: [
            idParam,
            { name: 'rationale', in: 'query', required: true, schema: { type: 'string', minLength: 3 } },
          ],
          responses: { 200: { description: 'The retracted claim.', ...json(ref('Claim')) }, ...writeErrors },
        },
        get: {
          summary: 'One claim',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'The claim.', ...json(ref('Claim')) },
            404: errorResponse('No claim has this id.'),
          },
        },
      },
      '/api/metrics': {
        get: {
          summary: 'Metrics (what claims count)',
          responses: {
            200: {
              description: 'All metrics.',
              ...json({
                type: 'object',
                required: ['metrics'],
                properties: { metrics: { type: 'array', items: ref('Metric') } },
              }),
            },
          },
        },
      },
      '/api/events': {
        get: {
          summary: 'Dated context events',
          responses: {
            200: {
              description: 'All events.',
              ...json({
                type: 'object',
                required: ['events'],
                properties: { events: { type: 'array', items: ref('Event') } },
              }),
            },
          },
        },
      },
      ...sourcePaths,
      '/api/briefings': {
        get: {
          summary: 'Stored briefings',
          responses: { 200: { description: 'Briefing summaries, newest first.', ...json(ref('BriefingList')) } },
        },
      },
      '/api/briefings/{id}': {
        get: {
          summary: 'One briefing',
          parameters: [idParam],
          responses: {
            200: { description: 'The briefing.', ...json(ref('Briefing')) },
            404: errorResponse('No briefing has this id.'),
          },
        },
        put: {
          summary: 'Create or replace a briefing (bearer token: analyst or admin)',
          security: bearer,
          parameters: [idParam],
          requestBody: { required: true, ...json(ref('Briefing')) },
          responses: { 200: { description: 'The stored briefing.', ...json(ref('Briefing')) }, ...writeErrors },
        },
      },
      '/api/session': {
        get: {
          summary: 'Whether the API takes writes, and who the bearer token (if any) belongs to',
          responses: {
            200: { description: 'The session.', ...json(ref('Session')) },
            401: errorResponse('The bearer token is not valid.'),
          },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document.' } } },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token (npm run token, or CLAIMWATCH_TOKENS)' },
      },
      schemas: {
        Claim: schemaOf(ClaimSchema),
        Metric: schemaOf(MetricSchema),
        Event: schemaOf(EventSchema),
        SourceSummary: schemaOf(SourceSummarySchema),
        Error: schemaOf(ApiErrorBodySchema),
        Issue: schemaOf(IssueSchema),
        Session: schemaOf(SessionSchema),
        ClaimInput: schemaOf(ClaimInputSchema),
        ClaimEdit: schemaOf(ClaimEditSchema),
        StateChangeRequest: schemaOf(StateChangeRequestSchema),
        ImportReport: schemaOf(ImportReportSchema),
        Briefing: schemaOf(BriefingSchema),
        BriefingList: schemaOf(BriefingListResponseSchema),
      },
    },
  };
}
