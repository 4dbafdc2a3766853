import { compareByTime, type TimedMark } from './compare-by-time';

const claim = (id: string, mid: number): TimedMark => ({ mid, claim: { id } });
const group = (id: string, mid: number): TimedMark => ({ mid, id });
const order = (marks: TimedMark[]) => [...marks].sort(compareByTime).map((m) => ('claim' in m ? m.claim.id : m.id));

describe('compareByTime', () => {
  it('puts earlier marks first, whatever their ids', () => {
    expect(order([claim('A', 30), claim('B', 10), claim('C', 20)])).toEqual(['B', 'C', 'A']);
  });

  it('orders marks at the same time by id, so any input order gives one order', () => {
    expect(order([claim('C2', 5), claim('C10', 5), claim('B', 5)])).toEqual(['B', 'C10', 'C2']);
    expect(order([claim('B', 5), claim('C2', 5), claim('C10', 5)])).toEqual(['B', 'C10', 'C2']);
  });

  it('orders groups by their own id and mixes them with claims by time', () => {
    expect(order([group('group:2', 7), claim('A', 8), group('group:1', 7)])).toEqual(['group:1', 'group:2', 'A']);
  });
});
