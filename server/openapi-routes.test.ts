// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument } from '../src/contract/openapi';
import { createApp } from './app';
import { ImportQuerySchema } from './routes/import-routes';
import { sharedTestServer } from './testing/test-server';

/** The document against the server's own routes: the same operations, the same auth, the same import options. */

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const document = buildOpenApiDocument();
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  METHODS.flatMap((method) => {
    const operation = item[method];
    return operation ? [{ method: method.toUpperCase(), path, operation }] : [];
  }),
);

describe('the OpenAPI document and the server', () => {
  const shared = sharedTestServer();

  it('documents every route the server has, and no other', () => {
    const app = createApp(shared().store, { CLAIMWATCH_READS: 'open', CLAIMWATCH_BODY_LIMIT: 1024 });
    const routes = new Set(
      // Middleware (auth, rate limits) is registered on `*` paths: not routes.
      app.routes
        .filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'))
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual([...routes].sort());
  });

  it.each(operations)('$method $path needs a bearer token exactly when the document says so', async (o) => {
    const bearerOnly = JSON.stringify(o.operation.security) === JSON.stringify([{ bearer: [] }]);
    const path = o.path.replace('{id}', o.path.startsWith('/api/claims') ? 'C040' : 'weekly');
    const response = await shared().request(path, { method: o.method });
    expect(response.status === 401).toBe(bearerOnly);
  });

  it('gives the import options as the server reads them', () => {
    const parameters = document.paths?.['/api/imports']?.post?.parameters ?? [];
    const documented = Object.fromEntries(parameters.map((p) => ('name' in p ? [p.name, p.schema] : [p.$ref, p])));
    expect(documented).toEqual(z.toJSONSchema(ImportQuerySchema, { io: 'input' }).properties);
  });
});
