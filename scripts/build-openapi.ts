import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/contract/openapi';
import { generateOpenApiTypes, OPENAPI_DOCUMENT_FILE, OPENAPI_TYPES_FILE } from '../server/testing/openapi-types';

/**
 * Writes docs/openapi.json from the zod contract, then the client types openapi-typescript makes of
 * it (server/testing/openapi-types.gen.ts). Unit tests fail when either is stale.
 */
writeFileSync(OPENAPI_DOCUMENT_FILE, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${OPENAPI_DOCUMENT_FILE.pathname}`);
writeFileSync(OPENAPI_TYPES_FILE, await generateOpenApiTypes());
console.log(`wrote ${OPENAPI_TYPES_FILE.pathname}`);
