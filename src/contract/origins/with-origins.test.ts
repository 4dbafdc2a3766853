import { ONE_ORIGIN_WARNING, withOrigins } from './with-origins';
import { chainClaim } from '@/testing/make-claim';
import { DEFAULT_CLAIMS, DEFAULT_REGISTRY as REGISTRY, defaultClaim as byId } from '@/testing/default-dataset';

const served = withOrigins(DEFAULT_CLAIMS, REGISTRY);
const claim = (id: string) => served.claims.find((c) => c.id === id);

describe('withOrigins on the default data', () => {
  it('counts another origin of another organisation as independent support (NIS C046 and the White House C047, 3,000 troops)', () => {
    expect(claim('C046')?.corroboration.independent).toEqual(['C047']);
    expect(claim('C047')?.corroboration.independent).toEqual(['C046']);
  });

  it("does not count an organisation's own later statement as independent (ROK MND, C012 and C014)", () => {
    expect(claim('C012')?.corroboration).toMatchObject({ independent: [], sameOwner: ['C014'] });
  });

  it('serves every claim with its origin id, and one origin per id', () => {
    const ids = new Set(served.origins.map((o) => o.id));
    expect(ids.size).toBe(served.origins.length);
    for (const c of served.claims) expect(c.originId !== null && ids.has(c.originId)).toBe(true);
  });
});

describe('the one-origin warning', () => {
  // Synthetic repeats of one briefing (not real reporting): the same figure from three outlets.
  const briefing = (id: string, day: string, state: 'corroborated' | 'single_source') =>
    chainClaim(id, ['NIS closed-door briefing', `Lawmaker ${id}`], day, 'kr-nis', 100, {
      verification: { ...byId('C060').verification, state },
    });

  it('warns on a claim marked corroborated whose only support repeats its own origin', () => {
    const { claims } = withOrigins(
      [briefing('R1', '2024-12-19', 'corroborated'), briefing('R2', '2024-12-19', 'single_source')],
      REGISTRY,
    );
    const warned = claims.find((c) => c.id === 'R1');
    expect(warned?.corroboration.sameOrigin).toEqual(['R2']);
    expect(warned?.warnings.map((w) => w.code)).toContain(ONE_ORIGIN_WARNING);
    expect(warned?.warnings.find((w) => w.code === ONE_ORIGIN_WARNING)?.message).toMatch(
      /R2.*NIS closed-door briefing/,
    );
    expect(claims.find((c) => c.id === 'R2')?.warnings.map((w) => w.code)).not.toContain(ONE_ORIGIN_WARNING);
  });

  it('gives no warning once another origin of another organisation supports the figure', () => {
    const other = chainClaim('W1', ['White House briefing'], '2024-12-20', 'us-nsc', 105);
    const { claims } = withOrigins(
      [briefing('R1', '2024-12-19', 'corroborated'), briefing('R2', '2024-12-19', 'single_source'), other],
      REGISTRY,
    );
    const r1 = claims.find((c) => c.id === 'R1');
    expect(r1?.corroboration.independent).toEqual(['W1']);
    expect(r1?.warnings.map((w) => w.code)).not.toContain(ONE_ORIGIN_WARNING);
  });

  it('replaces a stale stored warning instead of keeping it', () => {
    const stale = { field: 'verification.state', code: ONE_ORIGIN_WARNING, message: 'old' };
    const alone = { ...briefing('R1', '2024-12-19', 'corroborated'), warnings: [stale] };
    expect(withOrigins([alone], REGISTRY).claims[0]?.warnings).toEqual([]);
  });

  it('cannot tell independence when an origin is unknown, and says so', () => {
    const unknown = chainClaim('U1', [], '2024-12-19', 'us-nsc', 100);
    const { claims } = withOrigins([briefing('R1', '2024-12-19', 'corroborated'), unknown], REGISTRY);
    expect(claims.find((c) => c.id === 'R1')?.corroboration).toMatchObject({ independent: [], unknownOrigin: ['U1'] });
  });
});
