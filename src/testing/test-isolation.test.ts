// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_MODULES } from './test-files-with-own-modules';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MOCKS_A_MODULE = /\bvi\.(?:mock|doMock)\(/;

const testFiles = ['src', 'mocks', 'scripts', 'server'].flatMap((folder) =>
  readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/'))),
);

describe('test isolation', () => {
  it('runs every test file that mocks a module with modules of its own, and no other', () => {
    expect(testFiles.length, 'the test files are found').toBeGreaterThan(100);
    // The setup file mocks zustand for every file; it is not a test file.
    const mocking = testFiles.filter((file) => MOCKS_A_MODULE.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect([...OWN_MODULES].sort()).toEqual(mocking.sort());
  });
});
