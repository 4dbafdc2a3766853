import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from './zod-mini';
import { EventListResponseSchema, MetricListResponseSchema, SessionSchema } from './responses';
import { json, unauthorized, withMeta } from './openapi-parts';

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
