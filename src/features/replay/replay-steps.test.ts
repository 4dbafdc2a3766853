import { describe, expect, it } from 'vitest';
import { makeClaim } from '@/testing/make-claim';
import { parseReplayRange, replayRangeOf, replaySteps, stepAt } from './replay-steps';

describe('replayRangeOf', () => {
  it('runs from the first day a claim was made to the last day one may have been made', () => {
    const claims = [
      makeClaim({ claimedOn: '2024-10-18' }),
      makeClaim({ claimedOn: '2025-06' }),
      makeClaim({ claimedOn: null }),
      makeClaim({ claimedOn: '2024-10-03' }),
    ];
    expect(replayRangeOf(claims)).toEqual({ from: '2024-10-03', to: '2025-06-30' });
    expect(replayRangeOf([makeClaim({ claimedOn: null })])).toBeNull();
  });
});

describe('replaySteps', () => {
  it('steps a week at a time and ends on the last day', () => {
    expect(replaySteps({ from: '2024-10-01', to: '2024-10-20' })).toEqual([
      '2024-10-01',
      '2024-10-08',
      '2024-10-15',
      '2024-10-20',
    ]);
    expect(replaySteps({ from: '2024-10-01', to: '2024-10-15' })).toEqual(['2024-10-01', '2024-10-08', '2024-10-15']);
    expect(replaySteps({ from: '2024-10-01', to: '2024-10-01' })).toEqual(['2024-10-01']);
  });
});

describe('stepAt', () => {
  const steps = ['2024-10-01', '2024-10-08', '2024-10-15'];
  it.each([
    ['2024-10-08', 1],
    ['2024-10-10', 1],
    ['2024-09-01', 0],
    ['2025-01-01', 2],
    [undefined, 2],
  ])('%s is shown by frame %i', (day, index) => expect(stepAt(steps, day)).toBe(index));
});

describe('parseReplayRange', () => {
  it.each([
    ['2024-10-01..2025-06-30', { from: '2024-10-01', to: '2025-06-30' }],
    ['2025-06-30..2024-10-01', null],
    ['2024-13-01..2025-01-01', null],
    ['2024-10-01', null],
    ['<script>..x', null],
    [null, null],
  ])('%j → %j', (value, range) => expect(parseReplayRange(value)).toEqual(range));
});
