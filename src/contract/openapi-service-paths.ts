import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from './zod-mini';
import { EventListResponseSchema, MetricListResponseSchema, SessionSchema } from './responses';
import { errorResponse, json, unauthorized, withMeta } from './openapi-parts';
import { OembedResponseSchema } from './oembed-schema';

const OembedParamsSchema = z.object({
  url: withMeta(z.string(), {
    description: 'The address of a charts view (`/?…`) or of an embed (`/embed?…`) of this Claimwatch.',
  }),
  format: z.optional(withMeta(z.literal('json'), { description: 'Only `json` is offered (501 otherwise).' })),
  maxwidth: z.optional(withMeta(z.string(), { description: 'The largest width the consumer can show, in px.' })),
  maxheight: z.optional(withMeta(z.string(), { description: 'The largest height the consumer can show, in px.' })),
});

/* What the dashboard reads besides claims: metrics and events, the session, and this document. */

const OpenApiDocumentSchema = withMeta(
  z.looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  }),
  { description: 'An OpenAPI 3.1 document.' },
);

export const servicePaths: ZodOpenApiPathsObject = {
  '/api/metrics': {
    get: {
      operationId: 'listMetrics',
      tags: ['reference'],
      summary: 'Metrics: what claims count',
      description: 'Metrics in the same chart group share one chart.',
      responses: {
        200: { description: 'All metrics.', ...json(MetricListResponseSchema) },
        401: unauthorized,
      },
    },
  },
  '/api/events': {
    get: {
      operationId: 'listEvents',
      tags: ['reference'],
      summary: 'Dated context events',
      responses: {
        200: { description: 'All events.', ...json(EventListResponseSchema) },
        401: unauthorized,
      },
    },
  },
  '/api/oembed': {
    get: {
      operationId: 'getOembed',
      tags: ['service'],
      summary: 'oEmbed: the embed code of a charts view',
      description:
        'An oEmbed 1.0 "rich" answer whose html is the <iframe> of the view\'s embed (/embed, the one page other ' +
        'sites may frame, per CLAIMWATCH_EMBED_ORIGINS) and the small script that sizes it from its height messages.',
      requestParams: { query: OembedParamsSchema },
      responses: {
        200: { description: 'The embed.', ...json(OembedResponseSchema) },
        400: errorResponse('No url, or not an absolute address.'),
        401: unauthorized,
        404: errorResponse('The address is not a charts view or an embed of this Claimwatch.'),
        501: errorResponse('A format other than json was asked for.'),
      },
    },
  },
  '/api/session': {
    get: {
      operationId: 'getSession',
      tags: ['service'],
      summary: 'Whether the API takes writes, and whose token is sent',
      description: 'The mock API answers writes: false; the server answers true, with the user the token belongs to.',
      responses: {
        200: { description: 'The session.', ...json(SessionSchema) },
        401: unauthorized,
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['service'],
      summary: 'This document',
      responses: {
        200: { description: 'The OpenAPI 3.1 document of this API.', ...json(OpenApiDocumentSchema) },
        401: unauthorized,
      },
    },
  },
};
