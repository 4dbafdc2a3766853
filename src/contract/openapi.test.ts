// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildOpenApiDocument } from './openapi';

describe('OpenAPI document', () => {
  it('is committed as generated from the schemas (run `npm run openapi` after changing the contract)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('describes every endpoint and the claim fields users rely on', () => {
    const doc = buildOpenApiDocument();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/claims', '/api/claims/{id}', '/api/metrics', '/api/events', '/api/sources']),
    );
    const claim = doc.components.schemas.Claim as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(claim.properties)).toEqual(
      expect.arrayContaining([
        'figure',
        'speaker',
        'source',
        'provenance',
        'verification',
        'grade',
        'contradictingClaimIds',
      ]),
    );
    expect(claim.required).toContain('verification');
  });
});
