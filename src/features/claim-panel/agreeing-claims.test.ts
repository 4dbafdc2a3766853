import { makeClaim } from '@/testing/make-claim';
import type { Claim } from '@/contract/claim-schema';
import { agreeingClaims } from './agreeing-claims';

const claim = (id: string, value: number, claimedOn: string, organisation: string, extra: Partial<Claim> = {}) =>
  makeClaim({
    id,
    claimedOn,
    figure: { value, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: null },
    speaker: { name: null, role: null, organisation, sourceId: null, country: null, type: 'government' },
    ...extra,
  });

describe('agreeingClaims', () => {
  const base = claim('A', 3000, '2024-10-23', 'NIS');
  const all = [
    base,
    claim('B', 3000, '2024-10-23', 'White House'),
    claim('C', 3300, '2024-11-10', 'Pentagon'),
    claim('D', 12000, '2024-10-23', 'HUR'),
    claim('E', 3000, '2025-02-01', 'UK MoD'),
    claim('F', 3000, '2024-10-24', 'NIS'),
    claim('G', 3000, '2024-10-23', 'Zelensky', { kind: 'projection_warning' }),
    claim('H', 3000, '2024-10-23', 'Other', { metricId: 'troop_deaths' }),
  ];
  it('keeps figures from other sources that are close in value and time, of the same kind family and metric', () => {
    expect(agreeingClaims(base, all).map((c) => c.id)).toEqual(['B', 'C']);
  });
  it('never counts a recorded contradiction as agreement', () => {
    expect(agreeingClaims({ ...base, contradictingClaimIds: ['B'] }, all).map((c) => c.id)).toEqual(['C']);
  });
});
