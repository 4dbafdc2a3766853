import { checkMergeDraft, type MergeDraft } from './merge-draft';

const draft = (d: Partial<MergeDraft> = {}): MergeDraft => ({
  from: 'kr-nis-2',
  into: 'kr-nis',
  rationale: 'Same agency, two spellings',
  ...d,
});

describe('checkMergeDraft', () => {
  it('gives the request for a complete draft, the rationale trimmed', () => {
    expect(checkMergeDraft(draft({ rationale: '  Same agency  ' }))).toEqual({
      request: { from: 'kr-nis-2', into: 'kr-nis', rationale: 'Same agency' },
      errors: null,
    });
  });

  it.each<[Partial<MergeDraft>, keyof MergeDraft, RegExp]>([
    [{ from: '' }, 'from', /Choose the source to merge/],
    [{ into: '' }, 'into', /Choose the source to merge it into/],
    [{ into: 'kr-nis-2' }, 'into', /cannot be merged into itself/],
    [{ rationale: '' }, 'rationale', /at least 3 characters/],
    [{ rationale: ' ab ' }, 'rationale', /at least 3 characters/],
  ])('%j -> %s: %s', (d, field, message) => {
    const { request, errors } = checkMergeDraft(draft(d));
    expect(request).toBeNull();
    expect(errors?.[field]).toMatch(message);
  });

  it('says everything that is missing at once', () => {
    expect(Object.keys(checkMergeDraft({ from: '', into: '', rationale: '' }).errors ?? {}).sort()).toEqual([
      'from',
      'into',
      'rationale',
    ]);
  });
});
