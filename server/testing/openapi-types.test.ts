// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApiTypes, OPENAPI_TYPES_FILE } from './openapi-types';

describe('the client types of docs/openapi.json', () => {
  it('are committed as openapi-typescript makes them (run `npm run openapi` after changing the contract)', async () => {
    expect(readFileSync(OPENAPI_TYPES_FILE, 'utf8')).toBe(await generateOpenApiTypes());
  });
});
