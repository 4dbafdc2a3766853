// @vitest-environment node
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { cachedAnswer, SerialisedAnswer } from './cached-answer';

/** JSON with text of one, two, three and four UTF-8 bytes a character. */
const JSON_TEXT = JSON.stringify({ claims: [{ quote: 'Troops — 병력 🚢 "Ü"\\n', id: 'X-1' }], total: 1 });
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('a cached answer', () => {
  it('is measured in UTF-8 bytes and gzips to exactly its JSON, in the turn it was made or later', async () => {
    const now = cachedAnswer(JSON_TEXT);
    const later = cachedAnswer(JSON_TEXT);
    expect(now.jsonBytes).toBe(Buffer.byteLength(JSON_TEXT));
    expect(now.jsonBytes).toBeGreaterThan(JSON_TEXT.length);
    const first = now.gzip();
    await nextTurn();
    // The later one's bytes are let go: it gzips the string.
    for (const answer of [await first, await later.gzip()]) expect(gunzipSync(answer).toString('utf8')).toBe(JSON_TEXT);
  });

  it('gzips once, and says how many bytes the gzip took', async () => {
    const gzipped = vi.fn();
    const answer = cachedAnswer(JSON_TEXT, gzipped);
    const [one, two] = await Promise.all([answer.gzip(), answer.gzip()]);
    expect(two).toBe(one);
    expect(gzipped).toHaveBeenCalledExactlyOnceWith(one.length);
  });

  it('of bytes a route serialised, holds them as the same JSON text', async () => {
    const serialised = new SerialisedAnswer(Buffer.from(JSON_TEXT, 'utf8'));
    expect(serialised.json).toBe(JSON_TEXT);
    const answer = cachedAnswer(serialised.json, undefined, serialised.utf8);
    expect(answer.jsonBytes).toBe(Buffer.byteLength(JSON_TEXT));
    expect(gunzipSync(await answer.gzip()).toString('utf8')).toBe(JSON_TEXT);
  });
});
