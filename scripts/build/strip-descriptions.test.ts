import { describe, expect, it } from 'vitest';
import { stripDescriptions } from './strip-descriptions';

describe('stripDescriptions', () => {
  it('empties the description of each described() call, nested calls and all', () => {
    const code = `const a = described(z.nullable(z.string().check(z.maxLength(2, 'no (way)'))), 'What it is, (really)');
const b = described(z._default(CorroborationSchema, () => ({ ...NONE })), "Derived " + 'by the API');`;
    expect(stripDescriptions(code))
      .toBe(`const a = described(z.nullable(z.string().check(z.maxLength(2, 'no (way)'))), '');
const b = described(z._default(CorroborationSchema, () => ({ ...NONE })), '');`);
  });

  it('keeps the schema argument exactly, quotes and parentheses inside it included', () => {
    const code = "described(z.string().check(z.regex(/a/, 'It\\'s \"(\" here')), `plain`)";
    expect(stripDescriptions(code)).toBe("described(z.string().check(z.regex(/a/, 'It\\'s \"(\" here')), '')");
  });

  it('leaves alone a description that is not plain strings, and names that only end in "described"', () => {
    const code = "described(s, TEXT); undescribed(s, 'x'); obj.described(s, 'y'); described(s, `a ${b}`)";
    expect(stripDescriptions(code)).toBe(code);
  });

  it('keeps a trailing comma after the description valid', () => {
    expect(stripDescriptions("described(\n  s,\n  'text',\n)")).toBe("described(\n  s, '',\n)");
  });
});
