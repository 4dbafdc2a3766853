import { describe, expect, it } from 'vitest';
import { makeClaim } from '@/testing/make-claim';
import { replayChanges } from './replay-changes';

describe('replayChanges', () => {
  it('finds the claims made since the last frame and the states that changed, nothing else', () => {
    const kept = makeClaim({ id: 'KEPT' });
    const before = makeClaim({ id: 'UP' });
    const after = { ...before, verification: { ...before.verification, state: 'corroborated' as const } };
    const fresh = makeClaim({ id: 'NEW' });
    const changes = replayChanges([kept, before], [kept, after, fresh]);
    expect(changes.added.map((c) => c.id)).toEqual(['NEW']);
    expect(changes.changed).toEqual([{ claim: after, from: 'single_source' }]);
    expect(replayChanges([kept], [kept])).toEqual({ added: [], changed: [] });
  });
});
