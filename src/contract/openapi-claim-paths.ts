import { LOCALES } from './locale';
import type { ZodOpenApiOverride, ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from './zod-mini';
import { ClaimFiltersSchema, GradeTokenSchema, type ClaimFilters } from './claim-filters';
import { ClaimIdSchema, ClaimSchema } from './claim-schema';
import { ClaimListResponseSchema } from './responses';
import { MAX_IDS } from './claim-list-params';
import { EXPORT_FORMATS } from './claim-export';
import { CompareWindowSchema, ComparisonResponseSchema, MAX_COMPARED_CLAIMS } from './claim-comparison';
import { DEFAULT_LIMIT, MAX_LIMIT } from './claim-pages';
import {
  ClaimSummaryResponseSchema,
  DEFAULT_SAMPLES,
  MAX_GROUPS,
  MAX_SAMPLES,
  SummaryPeriodSchema,
} from './claim-summary';
import { GRADE_TOKENS } from './grade-counts';
import { claimNotFound, errorResponse, json, notModified, unauthorized, withMeta } from './openapi-parts';

/*
 * The claim reads. GET /api/claims takes its query parameters from ClaimFiltersSchema, the one
 * filter schema that also parses the page URL and validates requests in the mock and the server:
 * each field is a parameter with its own schema; only the words for people are written here.
 */

const FILTER_DESCRIPTIONS: Record<keyof ClaimFilters, string> = {
  metric: 'Metric id (GET /api/metrics).',
  source:
    'Source entity id from GET /api/sources (e.g. kr-nis); a name or alias as written in claims resolves to its entity.',
  type: 'Speaker type.',
  country: 'Speaker country, ISO 3166-1 alpha-2, or "none" for claims with no country.',
  state: 'Verification state.',
  kind: 'Claim kind.',
  grade:
    'Admiralty grade: reliability letters A-F narrow reliability, digits 1-6 narrow credibility, "ungraded" keeps claims with no grade.',
  warning:
    'Claims the import warned about: "any", or a warning code (unrecognised_qualifier, new_metric, cumulative_below_earlier, corroborated_one_origin, …).',
  origin:
    'Origin id from GET /api/origins: claims descending from that event (a briefing, statement, report or video). Claims of unknown origin match no origin.',
  independent:
    '"true": only claims independently corroborated, i.e. supported (same metric, figure within 15%, within 31 days) by a claim from another origin of another organisation.',
  archive:
    '"none": only claims whose source address has no archived copy recorded (claims with no address are not kept): the addresses an analyst should archive.',
  from: 'Keep claims made on or after this day (a claim dated to a month or year overlapping it counts). Undated claims are left out when a date range is set.',
  to: 'Keep claims made on or before this day.',
  asof: 'Answer as known on this day: only claims certainly made by then (undated claims are left out), each with the verification state its history gives for that day, without later developments. Other filters apply to that state.',
  q: 'Words that must all appear (case and accents ignored) in the id, speaker, outlet, quote, notes or chain of citation.',
};

const isList = (schema: z.core.$ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }).type === 'array';

/** The query parameters of GET /api/claims: every field of ClaimFiltersSchema with its schema. */
export const ClaimFilterParamsSchema = z.object(
  Object.fromEntries(
    Object.entries(ClaimFiltersSchema.shape).map(([name, schema]) => {
      const description = FILTER_DESCRIPTIONS[name as keyof ClaimFilters];
      const param = isList(schema)
        ? {
            description: `${description} Repeat the parameter (or separate values with commas) to match any of several.`,
            style: 'form' as const,
            explode: true,
          }
        : { description };
      return [name, withMeta(schema, { param })];
    }),
  ),
);

/** The query parameters of GET /api/claims: the filters, the ids to keep, and the page. */
const ClaimListParamsSchema = z.extend(ClaimFilterParamsSchema, {
  id: withMeta(z.optional(z.array(ClaimIdSchema)), {
    param: {
      description: `Keep only the claims with these ids (at most ${MAX_IDS}; repeat the parameter or separate ids with commas). With other filters, a claim must match them too. For the API alone: the dashboard's links do not take it.`,
      style: 'form',
      explode: true,
    },
  }),
  limit: withMeta(z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_LIMIT))), {
    param: { description: `Claims per page, 1 to ${MAX_LIMIT}; ${DEFAULT_LIMIT} by default.` },
  }),
  cursor: withMeta(z.optional(z.string()), {
    param: {
      description:
        "The `nextCursor` of the page before (opaque). Pages follow the list's order (oldest first, undated last, ties by id) and name the last claim seen, not a position: a claim added or removed meanwhile shifts no other.",
    },
  }),
});

/** The query parameters of GET /api/claims/summary: the filters, the period and the number of sample ids. */
const ClaimSummaryParamsSchema = z.extend(ClaimFilterParamsSchema, {
  period: withMeta(z.optional(SummaryPeriodSchema), {
    param: {
      description: `The period claims are grouped by (UTC; weeks start on Monday). "auto" (the default) chooses per chart the finest that keeps it within ${MAX_GROUPS} groups.`,
    },
  }),
  samples: withMeta(z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(MAX_SAMPLES))), {
    param: { description: `Claim ids to give per group, 0 to ${MAX_SAMPLES}; ${DEFAULT_SAMPLES} by default.` },
  }),
});

/** The query parameters of GET /api/claims/export: the filters, the file format and the metadata's language. */
const ClaimExportParamsSchema = z.extend(ClaimFilterParamsSchema, {
  format: withMeta(z.optional(z.enum(EXPORT_FORMATS)), {
    param: { description: 'The file: csv (the default) or json.' },
  }),
  lang: withMeta(z.optional(z.enum(LOCALES)), {
    param: {
      description:
        "The language of the metadata's title, caveat and methodology link: en (the default), ko or uk. Columns, keys and values are the same in every language.",
    },
  }),
});

/** The query parameters of GET /api/claims/compare: the filters (`metric` picks the metric) and the window. */
const ClaimCompareParamsSchema = z.extend(ClaimFilterParamsSchema, {
  window: withMeta(z.optional(CompareWindowSchema), {
    param: { description: 'The periods figures are grouped by: week, month (the default) or quarter (UTC).' },
  }),
});

export { GRADE_TOKENS };

const IsoDaySchema = ClaimFiltersSchema.shape.from.def.innerType;

/** What a pattern or a refinement says in zod, said in the document's words: grade tokens enumerated, days as dates. */
export const filterSchemaOverride: ZodOpenApiOverride = ({ zodSchema, jsonSchema }) => {
  if (zodSchema === GradeTokenSchema) jsonSchema.enum = GRADE_TOKENS;
  if (zodSchema === IsoDaySchema) jsonSchema.format = 'date';
};

export const ClaimIdParamsSchema = z.object({
  id: withMeta(ClaimIdSchema, { param: { description: 'The claim id.' } }),
});

export const claimReadPaths: ZodOpenApiPathsObject = {
  '/api/claims': {
    get: {
      operationId: 'listClaims',
      tags: ['claims'],
      summary: 'List claims, filtered',
      description:
        'Each filter narrows the list; an empty filter means any. An unknown parameter or an invalid value is refused, each named in the issues.',
      requestParams: { query: ClaimListParamsSchema },
      responses: {
        200: {
          description:
            'A page of the matching claims, oldest first; how many match in all, and how many the store holds; the cursor of the next page.',
          ...json(ClaimListResponseSchema),
        },
        304: notModified,
        400: errorResponse(
          `A filter parameter or an id is unknown or invalid, or there are more than ${MAX_IDS} ids (code invalid_filters); the issues name each one.`,
        ),
        401: unauthorized,
      },
    },
  },
  '/api/claims/summary': {
    get: {
      operationId: 'summarizeClaims',
      tags: ['claims'],
      summary: 'Claims counted per chart, period, verification state and kind',
      description:
        "The claims the filters keep (the same filters and semantics as GET /api/claims), grouped per chart group (a metric's chartGroup), per period × verification state × kind: the count, median, minimum and maximum figure, and up to `samples` claim ids in time order. This is what a chart drawn as groups shows. Per chart, claims without a figure and undated claims are counted apart; the groups and those two add up to its claims.",
      requestParams: { query: ClaimSummaryParamsSchema },
      responses: {
        200: {
          description: "One summary per chart group that has claims, in the metrics' order.",
          ...json(ClaimSummaryResponseSchema),
        },
        304: notModified,
        400: errorResponse(
          'A filter, `period` or `samples` is unknown or invalid (code invalid_filters); the issues name each one.',
        ),
        401: unauthorized,
      },
    },
  },
  '/api/claims/compare': {
    get: {
      operationId: 'compareClaims',
      tags: ['claims'],
      summary: "One metric's competing figures, period by period",
      description: `The compare view: the claims the filters keep for one metric (\`metric\`, else the metric with the most claims under the other filters), grouped by the period their figure refers to (its as-of date where given, else the day it was claimed). Per period: the claims (the ${MAX_COMPARED_CLAIMS} earliest) and their count, the spread of figures over claims and over independent origins (one origin's repeats count once), the sources, and the contradictions recorded between its claims. Also the claims per metric under the other filters.`,
      requestParams: { query: ClaimCompareParamsSchema },
      responses: {
        200: {
          description: 'The metric compared and its periods, oldest first (undated last).',
          ...json(ComparisonResponseSchema),
        },
        304: notModified,
        400: errorResponse(
          'A filter or `window` is unknown or invalid (code invalid_filters); the issues name each one.',
        ),
        401: unauthorized,
      },
    },
  },
  '/api/claims/export': {
    get: {
      operationId: 'exportClaims',
      tags: ['claims'],
      summary: 'Every claim the filters keep, as a CSV or JSON file',
      description:
        "The dashboard's export file, for any number of claims: streamed as it is written, never built whole. CSV: the header row, one row per claim (sources, chain of citation, kind, state, grade, origin), then one empty line and the metadata as `# key: value` comment lines. JSON: `{ meta, claims, origins }`, the claims in the API's shape. The import (POST /api/imports) reads either back unchanged.",
      requestParams: { query: ClaimExportParamsSchema },
      responses: {
        200: {
          description: 'The file, as a download (Content-Disposition: attachment) named for its day and as-of day.',
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/json': { schema: { type: 'object' } },
          },
        },
        400: errorResponse(
          'A filter or `format` is unknown or invalid (code invalid_filters); the issues name each one.',
        ),
        401: unauthorized,
      },
    },
  },
  '/api/claims/{id}': {
    get: {
      operationId: 'getClaim',
      tags: ['claims'],
      summary: 'One claim',
      requestParams: { path: ClaimIdParamsSchema },
      responses: {
        200: { description: 'The claim with its verification history.', ...json(ClaimSchema) },
        401: unauthorized,
        404: claimNotFound,
      },
    },
  },
};
