import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, pluralCategory } from './message-format';

const plain = (n: number) => String(n);

describe('formatMessage', () => {
  it('fills placeholders, numbers through the formatter', () => {
    expect(formatMessage('en', '{who} said {count}', { who: 'NIS', count: 12000 }, (n) => `#${n}`)).toBe(
      'NIS said #12000',
    );
  });

  it('leaves a placeholder with no value as written', () => {
    expect(formatMessage('en', 'As of {date}', {}, plain)).toBe('As of {date}');
  });

  it('does not read replacement patterns or markup in values', () => {
    expect(formatMessage('en', '{q}', { q: '$& <b>{count}</b>' }, plain)).toBe('$& <b>{count}</b>');
  });

  it.each([
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['uk', 1, 'one'],
    ['uk', 3, 'few'],
    ['uk', 5, 'many'],
    ['uk', 21, 'one'],
    ['ko', 1, 'other'],
  ] as const)('picks the %s plural form of %i: %s', (locale, count, form) => {
    expect(pluralCategory(locale, count)).toBe(form);
    const message = { one: 'one {count}', few: 'few {count}', many: 'many {count}', other: 'other {count}' };
    expect(formatMessage(locale, message, { count }, plain)).toBe(`${form} ${count}`);
  });

  it('lists the placeholders of every form', () => {
    expect([...placeholdersOf({ one: '{count} claim', other: '{count} claims by {who}' })].sort()).toEqual([
      'count',
      'who',
    ]);
  });
});
