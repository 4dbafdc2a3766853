import type { ZodOpenApiMetadata, ZodOpenApiOverride, ZodOpenApiResponseObject } from 'zod-openapi';
import { z } from './zod-mini';
import { ApiErrorBodySchema } from './responses';

/*
 * The pieces every area of the OpenAPI document shares (openapi.ts assembles it with zod-openapi's
 * createDocument): JSON bodies, the error answers, the bearer-token requirement, metadata on copies.
 */

/** A request or response body in JSON, described by a contract schema. */
export const json = (schema: z.core.$ZodType) => ({ content: { 'application/json': { schema } } });

/** Classic zod's `schema.meta(...)` for zod/mini: a copy carrying OpenAPI metadata; the contract's schema is left alone. */
export function withMeta<T extends z.ZodMiniType>(schema: T, meta: ZodOpenApiMetadata): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, meta);
  return copy;
}

/** Every error has the contract's one body (ApiErrorBody): the field, a code, a message, and field issues where they apply. */
export const errorResponse = (description: string): ZodOpenApiResponseObject => ({
  description,
  ...json(ApiErrorBodySchema),
});

type SecurityRequirement = Record<string, string[]>;

/** Writes need a bearer token of the analyst or admin role. */
export const WRITER: SecurityRequirement[] = [{ bearer: [] }];

/** Reads are open unless the server runs with CLAIMWATCH_READS=token; a token that is sent must be valid. */
export const ANYONE_OR_TOKEN: SecurityRequirement[] = [{}, { bearer: [] }];

export const BEARER_SCHEME = {
  type: 'http',
  scheme: 'bearer',
  description:
    'An API token (`npm run token`, or CLAIMWATCH_TOKENS) as `Authorization: Bearer <token>`. Writes need the analyst or admin role; reads need a token (any role) only when the server runs with CLAIMWATCH_READS=token.',
} as const;

/** Shared answers, each a component of the document (`id`), referred to from every operation that gives it. */
export const unauthorized: ZodOpenApiResponseObject = {
  id: 'Unauthorized',
  ...errorResponse(
    'No bearer token where one is needed (every write; reads when the server runs with CLAIMWATCH_READS=token), or a token that is not valid (code unauthorized).',
  ),
};
export const forbidden: ZodOpenApiResponseObject = {
  id: 'Forbidden',
  ...errorResponse('The token’s role may not write: writes need analyst or admin (code forbidden).'),
};
export const tooLarge: ZodOpenApiResponseObject = {
  id: 'TooLarge',
  ...errorResponse('The body is over the server’s size limit, CLAIMWATCH_BODY_LIMIT (code too_large).'),
};
export const invalidBody: ZodOpenApiResponseObject = {
  id: 'InvalidBody',
  ...errorResponse(
    'The body is not JSON (code invalid_json) or does not match the contract (code invalid_body); the issues name each field.',
  ),
};
/** A read answered with an entity tag: the same request and store version, the same tag. */
export const notModified: ZodOpenApiResponseObject = {
  description:
    'The client already holds this answer: it sent the ETag of the last one in If-None-Match, and nothing stored has changed since. No body. (The server only; the mock API sends no tags.)',
};
export const tooManyRequests: ZodOpenApiResponseObject = {
  id: 'TooManyRequests',
  description:
    'Too many requests from this client (code rate_limited): anonymous reads over CLAIMWATCH_READS_PER_MINUTE, or writes over CLAIMWATCH_WRITES_PER_MINUTE, per address. Retry-After says in how many seconds to try again. The server only; the mock API has no limits.',
  headers: {
    'Retry-After': { description: 'Seconds to wait before the next request.', schema: { type: 'integer' } },
  },
  ...json(ApiErrorBodySchema),
};
export const claimNotFound: ZodOpenApiResponseObject = {
  id: 'ClaimNotFound',
  ...errorResponse('No claim has this id (code not_found).'),
};

/**
 * zod documents a pipe by one side only: the input side in a request. A piped string such as a
 * rationale (`text(2000)`, then at least 3 characters) must pass both, so the request schema
 * keeps the tighter length limits of the two.
 */
export const keepPipedStringLimits: ZodOpenApiOverride = ({ zodSchema, jsonSchema, io }) => {
  const def = zodSchema._zod.def;
  if (io !== 'input' || def.type !== 'pipe' || def.out._zod.def.type !== 'string') return;
  const { minLength, maxLength } = z.toJSONSchema(def.out, { io: 'input', unrepresentable: 'any' });
  if (minLength !== undefined && minLength > (jsonSchema.minLength ?? 0)) jsonSchema.minLength = minLength;
  if (maxLength !== undefined && maxLength < (jsonSchema.maxLength ?? Infinity)) jsonSchema.maxLength = maxLength;
};
