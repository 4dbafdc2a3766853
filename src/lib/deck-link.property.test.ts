import fc from 'fast-check';
import { BriefingSchema } from '@/contract/briefing-schema';
import { decodeDeck, encodeDeck } from './deck-link';
import { hostileJson, hostileString, PROPERTY_RUNS } from '@/testing/arbitraries';

describe('briefing links under generated input (fast-check)', () => {
  it('decodes any text to a value or null, and the schema judges it without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, hostileJson.map(encodeDeck)), (text) => {
        const decoded = decodeDeck(text);
        const parsed = BriefingSchema.safeParse(decoded);
        if (parsed.success) for (const slide of parsed.data.slides) expect(slide.view).toMatch(/^\/(?![/\\])/);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('carries any JSON value through a link unchanged', () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        expect(decodeDeck(encodeDeck(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('slide views', () => {
  it.each(['//evil.example/path', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/ spaced'])(
    'refuses %j, which is not a path on this site',
    (view) => {
      expect(
        BriefingSchema.safeParse({ title: 'Deck', slides: [{ id: 's1', title: 'One', note: '', view }] }).success,
      ).toBe(false);
    },
  );

  it('accepts a path on this site', () => {
    expect(
      BriefingSchema.safeParse({
        title: 'Deck',
        slides: [{ id: 's1', title: 'One', note: '', view: '/table?state=corroborated' }],
      }).success,
    ).toBe(true);
  });
});
