import { describe, expect, it } from 'vitest';
import { createValueSharer } from './value-sharer';

const parsed = () =>
  JSON.parse(
    JSON.stringify({
      id: 'c1',
      speaker: { organisation: 'NIS, per Yonhap', country: 'KR' },
      provenance: ['NIS', 'Yonhap'],
      relatedClaimIds: [],
      verification: { history: [{ to: 'unverified', by: null }], contestedBy: [] },
      figure: { value: 1500, low: null },
      quote: { text: '북한군 1,500명', language: 'ko' },
    }),
  ) as Record<string, unknown>;

describe('createValueSharer', () => {
  it('answers every value as it was: the same objects, the same JSON', () => {
    const share = createValueSharer();
    const claim = parsed();
    const speaker = claim.speaker;
    const shared = share(claim);
    expect(shared).toBe(claim);
    expect(shared.speaker).toBe(speaker);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(parsed()));
  });

  it('makes every empty list, across values, one frozen list', () => {
    const share = createValueSharer();
    const a = share(parsed()) as { relatedClaimIds: unknown[]; verification: { contestedBy: unknown[] } };
    const b = share(parsed()) as typeof a;
    expect(a.relatedClaimIds).toBe(b.verification.contestedBy);
    expect(Object.isFrozen(a.relatedClaimIds)).toBe(true);
    expect(() => (a.relatedClaimIds as unknown[]).push('c2')).toThrow(TypeError);
  });

  it('keeps lists with items as they are, in place', () => {
    const share = createValueSharer();
    const claim = parsed();
    const provenance = claim.provenance;
    share(claim);
    expect(claim.provenance).toBe(provenance);
    expect(claim.provenance).toEqual(['NIS', 'Yonhap']);
  });

  it('leaves a frozen value untouched', () => {
    const share = createValueSharer();
    const frozen = Object.freeze({ list: [] as string[], name: 'x' });
    expect(share(frozen)).toBe(frozen);
    expect(frozen.list).not.toBe(share([]));
  });

  it('answers numbers, null and strings as given', () => {
    const share = createValueSharer();
    expect(share(3)).toBe(3);
    expect(share(null)).toBe(null);
    expect(share('unverified')).toBe('unverified');
    expect(share(['unverified', 'unverified'])).toEqual(['unverified', 'unverified']);
  });
});
