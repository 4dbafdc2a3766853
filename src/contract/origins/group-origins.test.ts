import { groupOrigins } from './group-origins';
import { chainClaim } from '@/testing/make-claim';
import type { OriginDecision } from './origin-schema';
import { DEFAULT_CLAIMS, DEFAULT_REGISTRY as REGISTRY, defaultClaim as byId } from '@/testing/default-dataset';

const grouping = groupOrigins(DEFAULT_CLAIMS, REGISTRY);
const originOf = (id: string) => grouping.originOf.get(id);
const originById = (id: string | null | undefined) => grouping.origins.find((o) => o.id === id);

describe('origins of the default data', () => {
  it('groups the claims that repeat one NIS briefing (C060 and C089, 19 December 2024) into one origin', () => {
    const origin = originById(originOf('C060'));
    expect(origin?.claimIds).toEqual(['C060', 'C089']);
    expect(origin).toMatchObject({ ownerId: 'kr-nis', type: 'intelligence_briefing', date: '2024-12-19' });
    expect(origin?.outlets).toEqual(['Ukrainska Pravda', 'Christian Daily (Korean)']);
  });

  it("gives Zelensky's figure citing HUR's report HUR as its owner, not the office that relayed it", () => {
    expect(byId('C054').speaker.sourceId).toBe('ua-president-office');
    expect(originById(originOf('C054'))).toMatchObject({ ownerId: 'ua-hur', type: 'document' });
  });

  it("keeps one organisation's separate events apart: a press statement and an unnamed source on one day", () => {
    expect(originOf('C040')).not.toBe(originOf('C041'));
  });

  it('keeps the same report apart when the days are a week apart (MSMT, 22 and 29 May 2025): the rule never guesses', () => {
    expect(originOf('C033')).not.toBe(originOf('C034'));
  });

  it('gives every claim of the default data an origin, and each claim exactly one', () => {
    const members = grouping.origins.flatMap((o) => o.claimIds);
    expect(new Set(members).size).toBe(members.length);
    expect(members.sort()).toEqual(DEFAULT_CLAIMS.map((c) => c.id).sort());
  });

  it('never groups undated claims, even with the same head and owner (C085 and C022, "Budanov interview")', () => {
    expect(byId('C022').claimedOn).toBeNull();
    expect(originOf('C022')).not.toBe(originOf('C085'));
  });
});

describe('the grouping rule', () => {
  it("groups HUR's own figure and Zelensky's figure that cite HUR's report on the same day (synthetic)", () => {
    const hur = chainClaim('H1', ['HUR report', 'Reuters'], '2024-11-04', 'ua-hur', 11000);
    const zelensky = chainClaim(
      'Z1',
      ['HUR report', 'Zelensky video address', 'Ukrainska Pravda'],
      '2024-11-05',
      'ua-president-office',
      11000,
    );
    const { origins } = groupOrigins([hur, zelensky], REGISTRY);
    expect(origins.map((o) => o.claimIds)).toEqual([['H1', 'Z1']]);
    expect(origins[0]?.ownerId).toBe('ua-hur');
  });

  it('takes days that are the same or adjacent to the first, not a chain of adjacent days', () => {
    const claims = ['2024-10-01', '2024-10-02', '2024-10-03'].map((day, i) =>
      chainClaim(`D${i}`, ['NIS briefing to lawmakers'], day, 'kr-nis'),
    );
    expect(groupOrigins(claims, REGISTRY).origins.map((o) => o.claimIds)).toEqual([['D0', 'D1'], ['D2']]);
  });

  it('says a claim with no chain, or a chain naming no known organisation and no resolved speaker, has no origin', () => {
    const none = chainClaim('N1', [], '2024-10-01', 'kr-nis');
    const nobody = chainClaim('N2', ['a post on a forum'], '2024-10-01', null);
    const { originOf: of, origins } = groupOrigins([none, nobody], REGISTRY);
    expect(of.get('N1')).toBeNull();
    expect(of.get('N2')).toBeNull();
    expect(origins).toEqual([]);
  });

  it('joins unnamed sources only when the same outlet first reported them', () => {
    const a = chainClaim('A1', ['anonymous Western officials', 'BBC'], '2024-12-01', 'western-governments-unnamed');
    const b = chainClaim(
      'A2',
      ['anonymous Western officials', 'BBC', 'Yahoo'],
      '2024-12-01',
      'western-governments-unnamed',
    );
    const c = chainClaim('A3', ['anonymous Western officials', 'CNN'], '2024-12-01', 'western-governments-unnamed');
    const d = chainClaim('A4', ['anonymous Western officials'], '2024-12-01', 'western-governments-unnamed');
    const groups = groupOrigins([a, b, c, d], REGISTRY).origins.map((o) => o.claimIds);
    expect(groups).toContainEqual(['A1', 'A2']);
    expect(groups).toContainEqual(['A3']);
    expect(groups).toContainEqual(['A4']);
  });

  it('reads heads in Korean: 국정원 비공개 브리핑 is an NIS intelligence briefing', () => {
    const claim = chainClaim('K1', ['국정원 비공개 브리핑', '연합뉴스'], '2024-10-18', null);
    expect(groupOrigins([claim], REGISTRY).origins[0]).toMatchObject({
      ownerId: 'kr-nis',
      type: 'intelligence_briefing',
    });
  });
});

describe("analysts' decisions", () => {
  const one = chainClaim('M1', ['MSMT first report'], '2025-05-22', 'msmt');
  const two = chainClaim('M2', ['MSMT first report'], '2025-05-29', 'msmt');
  const three = chainClaim('M3', ['MSMT first report'], '2025-05-29', 'msmt');
  const decision = (action: OriginDecision['action'], claimIds: string[]): OriginDecision => ({
    action,
    claimIds,
    rationale: 'Checked against the report itself',
    by: 'analyst',
    at: '2026-12-01T12:00:00Z',
  });

  it('merges origins, splits claims out, and records each decision on the origins it shaped', () => {
    const merged = groupOrigins([one, two, three], REGISTRY, [decision('merge', ['M1', 'M2', 'M3'])]);
    expect(merged.origins.map((o) => o.claimIds)).toEqual([['M1', 'M2', 'M3']]);
    expect(merged.origins[0]?.decisions.map((d) => d.action)).toEqual(['merge']);
    const split = groupOrigins([one, two, three], REGISTRY, [
      decision('merge', ['M1', 'M2', 'M3']),
      decision('split', ['M3']),
    ]);
    expect(split.origins.map((o) => o.claimIds)).toEqual([['M1', 'M2'], ['M3']]);
    expect(new Set(split.origins.map((o) => o.id)).size).toBe(2);
  });

  it('keeps the origin id with the reports that stay when the earliest is split out', () => {
    const day = ['X1', 'X2', 'X3'].map((id) => chainClaim(id, ['NIS closed-door briefing'], '2024-12-19', 'kr-nis'));
    const before = groupOrigins(day, REGISTRY).origins;
    const after = groupOrigins(day, REGISTRY, [decision('split', ['X1'])]).origins;
    expect(before.map((o) => o.id)).toEqual(['kr-nis.2024-12-19.intelligence_briefing']);
    expect(after.map((o) => [o.id, o.claimIds])).toEqual([
      ['kr-nis.2024-12-19.intelligence_briefing~X1', ['X1']],
      ['kr-nis.2024-12-19.intelligence_briefing', ['X2', 'X3']],
    ]);
    expect(
      after.map((o) => o.decisions.map((d) => d.action)),
      'both sides of a split show it',
    ).toEqual([['split'], ['split']]);
  });

  it('marks an origin confirmed only while its members are exactly the confirmed ones', () => {
    const confirmed = groupOrigins([two, three], REGISTRY, [decision('confirm', ['M2', 'M3'])]);
    expect(confirmed.origins[0]?.confirmed).toBe(true);
    const grown = groupOrigins([two, three, chainClaim('M4', ['MSMT first report'], '2025-05-30', 'msmt')], REGISTRY, [
      decision('confirm', ['M2', 'M3']),
    ]);
    expect(grown.origins[0]?.claimIds).toEqual(['M2', 'M3', 'M4']);
    expect(grown.origins[0]?.confirmed).toBe(false);
  });
});
