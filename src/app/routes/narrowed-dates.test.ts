import { narrowedDates } from './dashboard-route';

describe('opening a group or dragging across a chart', () => {
  it('narrows the dates already chosen, never widens them', () => {
    expect(narrowedDates({ from: '2024-03-01', to: '2024-03-22' }, '2024-03-01', '2024-03-31')).toEqual({
      from: '2024-03-01',
      to: '2024-03-22',
    });
    expect(narrowedDates({ from: '2024-03-10' }, '2024-03-01', '2024-03-31')).toEqual({
      from: '2024-03-10',
      to: '2024-03-31',
    });
    expect(narrowedDates({}, '2024-01-01', '2024-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('takes the dates given when they lie outside those chosen', () => {
    expect(narrowedDates({ from: '2024-03-01', to: '2024-03-22' }, '2024-04-01', '2024-04-30')).toEqual({
      from: '2024-04-01',
      to: '2024-04-30',
    });
  });
});
