import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The code that shapes an answer: the contract's pure functions and the server. */
const FOLDERS = ['src/contract', 'server'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(folder, f))
    .sort();
}

const fingerprints = new Map<string, string>();

/** A hash of the source files (not the tests) under `folders`, read once per process. */
export function sourcesFingerprint(folders: readonly string[]): string {
  const key = folders.join('\0');
  let fingerprint = fingerprints.get(key);
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    for (const folder of folders)
      for (const file of sourceFiles(folder))
        hash
          .update(file)
          .update('\0')
          .update(readFileSync(join(ROOT, file)));
    fingerprint = hash.digest('base64url').slice(0, 10);
    fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}

/**
 * A hash of the code that answers: the same on every server of one deployment (so their entity tags agree behind a
 * proxy), different after any change of that code (so a browser never revalidates an answer the old code gave).
 */
export const codeFingerprint = (): string => sourcesFingerprint(FOLDERS);
