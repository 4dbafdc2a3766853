import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/contract/openapi';

/** Writes docs/openapi.json from the zod contract (a unit test fails when it is stale). */
const target = new URL('../docs/openapi.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
