// @vitest-environment node
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildOpenApiDocument } from './openapi';
import { ClaimFiltersSchema, GradeTokenSchema } from './claim-filters';
import { GRADE_TOKENS } from './openapi-claim-paths';

const document = buildOpenApiDocument();
type Schema = { properties: Record<string, Record<string, unknown>>; required: string[] };
const schemaNamed = (name: string) => document.components?.schemas?.[name] as Schema;
const operations = Object.values(document.paths ?? {}).flatMap((item) =>
  (['get', 'put', 'post', 'delete'] as const).flatMap((method) => item[method] ?? []),
);
const withoutSchemaKeyword = (schema: Record<string, unknown>) => {
  const copy = { ...schema };
  delete copy.$schema;
  return copy;
};

describe('OpenAPI document', () => {
  it('is committed as generated from the schemas (run `npm run openapi` after changing the contract)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it.each([
    ['/api/claims', ['id', 'limit', 'cursor']],
    ['/api/claims/summary', ['period', 'samples']],
  ] as const)(
    'takes the query parameters of GET %s from ClaimFiltersSchema, each with its schema, then %j',
    (path, own) => {
      const parameters = document.paths?.[path]?.get?.parameters ?? [];
      const byName = new Map<string, unknown>(parameters.map((p) => ['name' in p ? p.name : p.$ref, p]));
      expect([...byName.keys()]).toEqual([...Object.keys(ClaimFiltersSchema.shape), ...own]);
      for (const [name, field] of Object.entries(ClaimFiltersSchema.shape)) {
        const expected = withoutSchemaKeyword(z.toJSONSchema(field, { io: 'input' }));
        expect(byName.get(name)).toMatchObject({ in: 'query', schema: expected });
      }
    },
  );

  it('enumerates exactly the grade tokens the filter accepts', () => {
    const grade = document.paths?.['/api/claims']?.get?.parameters?.find((p) => 'name' in p && p.name === 'grade');
    expect(grade).toMatchObject({ schema: { items: { enum: GRADE_TOKENS } }, style: 'form', explode: true });
    for (const token of GRADE_TOKENS) expect(GradeTokenSchema.safeParse(token).success).toBe(true);
    for (const token of ['G', '0', '7', 'a', 'AB', 'Ungraded', ''])
      expect(GradeTokenSchema.safeParse(token).success).toBe(false);
    expect(GRADE_TOKENS).toHaveLength(13);
  });

  it('documents request bodies with the write schemas as input: limits kept, defaults optional, no history', () => {
    const input = schemaNamed('ClaimInput');
    expect(input.properties.rationale).toMatchObject({ minLength: 3, maxLength: 2000 });
    expect(schemaNamed('StateChangeRequest').properties.rationale).toMatchObject({ minLength: 3, maxLength: 2000 });
    expect(input.required).not.toContain('warnings');
    expect(Object.keys(input.properties.verification?.properties ?? {})).not.toContain('history');
    expect(schemaNamed('Claim').required).toContain('warnings');
  });

  it('gives every operation an id, a 4xx answer, and writes the bearer token', () => {
    for (const operation of operations) {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Object.keys(operation.responses ?? {}).some((status) => status.startsWith('4'))).toBe(true);
    }
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    const writes = operations.filter((o) => o.requestBody || o.operationId === 'retractClaim');
    expect(writes.length).toBe(11);
    for (const write of writes) expect(write.security).toEqual([{ bearer: [] }]);
  });

  it('describes the claim fields users rely on', () => {
    const claim = schemaNamed('Claim');
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
