import { isRecord } from './is-record';

describe('isRecord', () => {
  it.each([[{}], [{ id: 'C1' }], [Object.create(null)]])('%j is a record', (value) => {
    expect(isRecord(value)).toBe(true);
  });

  it.each([[null], [undefined], [[]], [['a']], ['text'], [12], [true]])('%j is not a record', (value) => {
    expect(isRecord(value)).toBe(false);
  });
});
