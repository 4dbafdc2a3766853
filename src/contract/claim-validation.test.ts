import { ClaimSchema, type Claim } from './claim-schema';
import { ClaimInputSchema } from './write-schemas';
import { makeClaim } from '@/testing/make-claim';

/** The messages zod gives for a candidate claim, as "path: message". */
function problems(candidate: unknown): string[] {
  const parsed = ClaimSchema.safeParse(candidate);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const claim = makeClaim();
const with_ = (patch: (c: Claim) => unknown) => patch(structuredClone(claim));

describe('claim validation: each kind of bad input gets a specific reason', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2025-06-01T12:00:00Z'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('accepts the valid test claim', () => {
    expect(problems(claim)).toEqual([]);
  });

  it.each<[string, (c: Claim) => unknown, RegExp]>([
    [
      'an inverted range',
      (c) => ({ ...c, figure: { ...c.figure, value: null, low: 12000, high: 10000 } }),
      /^figure\.low: The range is inverted: low 12000 is above high 10000$/,
    ],
    [
      'half a range',
      (c) => ({ ...c, figure: { ...c.figure, value: null, low: 1000, high: null } }),
      /^figure\.high: A range needs both low and high$/,
    ],
    [
      'a negative count',
      (c) => ({ ...c, figure: { ...c.figure, value: -1500 } }),
      /^figure\.value: A figure cannot be negative$/,
    ],
    ['an impossible date', (c) => ({ ...c, claimedOn: '2024-02-30' }), /^claimedOn: Not a real calendar day$/],
    [
      'a malformed date',
      (c) => ({ ...c, claimedOn: '18/10/2024' }),
      /^claimedOn: Expected YYYY, YYYY-MM or YYYY-MM-DD$/,
    ],
    ['a future report date', (c) => ({ ...c, claimedOn: '2025-06-02' }), /^claimedOn: 2025-06-02 is in the future$/],
    [
      'a future year',
      (c) => ({ ...c, source: { ...c.source, publishedOn: '2026' } }),
      /^source\.publishedOn: 2026 is in the future$/,
    ],
    [
      'a figure dated after its report',
      (c) => ({ ...c, figureAsOf: '2024-12-01', claimedOn: '2024-11-01' }),
      /^figureAsOf: The figure's date 2024-12-01 is after the report date 2024-11-01/,
    ],
    [
      'an unknown state',
      (c) => ({ ...c, verification: { ...c.verification, state: 'rumoured' } }),
      /^verification\.state: Invalid option: expected one of .*"corroborated"/,
    ],
    ['an unknown kind', (c) => ({ ...c, kind: 'guess' }), /^kind: Invalid option: expected one of .*"reported_count"/],
    [
      'a locale-formatted number',
      (c) => ({ ...c, figure: { ...c.figure, value: '1,500' } }),
      /^figure\.value: "1,500" is text, and as a locale-formatted number it is ambiguous/,
    ],
    [
      'a number given as words',
      (c) => ({ ...c, figure: { ...c.figure, value: 'many' } }),
      /^figure\.value: "many" is text, not a number$/,
    ],
    ['a missing source', (c) => ({ ...c, source: undefined }), /^source: Missing source: every claim needs the outlet/],
    [
      'a missing outlet',
      (c) => ({ ...c, source: { ...c.source, outlet: '  ' } }),
      /^source\.outlet: Must not be empty$/,
    ],
    [
      'an overlong quote',
      (c) => ({ ...c, quote: { text: 'x'.repeat(1001), language: 'en' } }),
      /^quote\.text: At most 1000 characters \(this has 1001\)$/,
    ],
    [
      'a control character',
      (c) => ({ ...c, speaker: { ...c.speaker, organisation: 'NIS\u0007' } }),
      /^speaker\.organisation: Contains a control character \(U\+0007\)/,
    ],
    [
      'a line break in a one-line field',
      (c) => ({ ...c, source: { ...c.source, outlet: 'Reuters\nEvil' } }),
      /^source\.outlet: Must be one line/,
    ],
    ['a bad id', (c) => ({ ...c, id: '../etc/passwd' }), /^id: Claim ids are letters, digits/],
  ])('rejects %s', (_, patch, expected) => {
    const found = problems(with_(patch));
    expect(
      found.some((p) => expected.test(p)),
      found.join('\n'),
    ).toBe(true);
  });

  it('lets a projection refer to a later date than its report', () => {
    expect(
      problems(with_((c) => ({ ...c, kind: 'projection_warning', figureAsOf: '2024-12', claimedOn: '2024-10-23' }))),
    ).toEqual([]);
  });

  it('keeps line breaks in multi-line texts such as quotes', () => {
    expect(problems(with_((c) => ({ ...c, quote: { text: 'First line.\nSecond line.', language: 'en' } })))).toEqual(
      [],
    );
  });

  it('applies the same rules to claims written through the API', () => {
    const { verification, ...rest } = claim;
    const input = {
      ...rest,
      verification: { state: verification.state, note: null, contestedBy: [], laterDevelopments: null },
      rationale: 'Reported by one outlet',
    };
    expect(ClaimInputSchema.safeParse(input).success).toBe(true);
    const future = ClaimInputSchema.safeParse({ ...input, claimedOn: '2030-01-01' });
    expect(future.success).toBe(false);
    expect(future.error?.issues.map((i) => i.message)).toContain('2030-01-01 is in the future');
  });
});
