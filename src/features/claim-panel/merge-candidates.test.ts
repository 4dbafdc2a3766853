import type { Origin } from '@/contract/origins/origin-schema';
import { mergeCandidates } from './merge-candidates';

const origin = (id: string, ownerId: string, date: string | null): Origin => ({
  id,
  label: id,
  type: 'official_statement',
  ownerId,
  ownerName: ownerId,
  date,
  claimIds: ['C001'],
  outlets: [],
  confirmed: false,
  decisions: [],
});

describe('mergeCandidates', () => {
  const mine = origin('own.2024-10-23', 'own', '2024-10-23');
  it.each<[string, Origin[], string[]]>([
    ['nothing else', [mine], []],
    ['another owner only', [mine, origin('other.2024-10-23', 'other', '2024-10-23')], []],
    [
      'same owner, nearest date first, undated last',
      [
        origin('own.2024-12-01', 'own', '2024-12-01'),
        origin('own.undated', 'own', null),
        mine,
        origin('own.2024-10-20', 'own', '2024-10-20'),
        origin('own.2024-10', 'own', '2024-10'),
      ],
      ['own.2024-10-20', 'own.2024-10', 'own.2024-12-01', 'own.undated'],
    ],
    [
      'equal distance: by id',
      [origin('own.b', 'own', '2024-10-22'), origin('own.a', 'own', '2024-10-24'), mine],
      ['own.a', 'own.b'],
    ],
  ])('%s', (_, all, expected) => {
    expect(mergeCandidates(mine, all).map((o) => o.id)).toEqual(expected);
  });

  it('has no candidates by date when this origin is undated, and keeps them all by id', () => {
    const undated = origin('own.x', 'own', null);
    expect(mergeCandidates(undated, [origin('own.b', 'own', '2024-01-01'), origin('own.a', 'own', null)])).toEqual([
      expect.objectContaining({ id: 'own.a' }),
      expect.objectContaining({ id: 'own.b' }),
    ]);
  });
});
