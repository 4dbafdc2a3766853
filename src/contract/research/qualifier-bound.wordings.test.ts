import * as qualifiers from './qualifier-bound';
import { qualifierBound, qualifierWarning, readQualifier } from './qualifier-bound';

describe('readQualifier', () => {
  it.each([
    // floors
    ['in excess of 10,000', 'at_least'],
    ['upwards of', 'at_least'],
    ['no fewer than', 'at_least'],
    ['no less than', 'at_least'],
    ['not less than', 'at_least'],
    ['a minimum of', 'at_least'],
    ['well over', 'at_least'],
    ['just over', 'at_least'],
    ['north of', 'at_least'],
    ['exceeding', 'at_least'],
    ['surpassed', 'at_least'],
    ['beyond', 'at_least'],
    ['conservative estimate', 'at_least'],
    ['10,000+', 'at_least'],
    ['10,000 or more', 'at_least'],
    ['reportedly more than', 'at_least'],
    // ceilings
    ['at most', 'at_most'],
    ['no more than', 'at_most'],
    ['not more than', 'at_most'],
    ['fewer than', 'at_most'],
    ['less than', 'at_most'],
    ['under', 'at_most'],
    ['below', 'at_most'],
    ['just under', 'at_most'],
    ['a maximum of', 'at_most'],
    ['capacity of', 'at_most'],
    ['capacity for', 'at_most'],
    ['could reach', 'at_most'],
    ['might reach', 'at_most'],
    ['may reach', 'at_most'],
    ['potentially up to', 'at_most'],
    ['if confirmed, up to', 'at_most'],
    ['if all 152mm, up to', 'at_most'],
    ['by 2025, up to 100,000', 'at_most'],
    // approximations
    ['approx.', 'approximate'],
    ['roughly', 'approximate'],
    ['almost', 'approximate'],
    ['close to', 'approximate'],
    ['circa', 'approximate'],
    ['c. 1,000', 'approximate'],
    ['~1,000', 'approximate'],
    ['an estimated', 'approximate'],
    ['estimated', 'approximate'],
    ['reportedly', 'approximate'],
    ['believed', 'approximate'],
    ['thought to be', 'approximate'],
    ['suspected', 'approximate'],
    ['likely', 'approximate'],
    ['possibly', 'approximate'],
    ['more or less', 'approximate'],
    ['in the region of', 'approximate'],
    ['on the order of', 'approximate'],
    ['a hundred', 'approximate'],
    ['a million', 'approximate'],
    ['several', 'approximate'],
    ['dozens of', 'approximate'],
    ['hundreds of', 'approximate'],
    ['thousands of', 'approximate'],
    ['tens of thousands', 'approximate'],
    ['12,000, reportedly', 'approximate'],
    // ranges
    ['between 10,000 and 12,000', 'range'],
    ['from 10,000 to 12,000', 'range'],
    ['10,000–12,000', 'range'],
    ['10,000 - 12,000', 'range'],
    ['10,000 to 12,000', 'range'],
    ['a range of', 'range'],
    ['at least 10,000 and up to 12,000', 'range'],
    ['another 1,500 to 2,000', 'range'],
    // no direction
    ['total', 'exact'],
    ['already arrived', 'exact'],
    ['exactly', 'exact'],
    ['precisely', 'exact'],
    ['a further', 'exact'],
    ['another', 'exact'],
    ['additional', 'exact'],
    ['an additional', 'exact'],
    ['cumulative', 'exact'],
    ['in total', 'exact'],
    ['+3,000', 'exact'],
    ['up to now', 'exact'],
  ] as const)('%j -> %s', (wording, bound) => {
    expect(readQualifier(wording)).toEqual({ bound, recognised: true });
  });

  it.each([
    [null, 'exact'],
    ['', 'exact'],
    ['   ', 'exact'],
    ['  More \u00a0 Than ', 'at_least'],
    ['Up-To 3,000', 'at_most'],
    ['UP TO.', 'at_most'],
    ['(about)', 'approximate'],
    ['“around”', 'approximate'],
    ['Roughly!', 'approximate'],
    ['over 2,000', 'at_least'],
    ['some 1,500', 'approximate'],
  ] as const)('no qualifier, case, spacing and punctuation: %j -> %s', (wording, bound) => {
    expect(readQualifier(wording)).toEqual({ bound, recognised: true });
  });

  it('gets the direction of look-alike comparatives right', () => {
    expect(qualifierBound('fewer than')).toBe('at_most');
    expect(qualifierBound('no fewer than')).toBe('at_least');
    expect(qualifierBound('not less than')).toBe('at_least');
    expect(qualifierBound('just under')).toBe('at_most');
    expect(qualifierBound('just over')).toBe('at_least');
    expect(qualifierBound('more or less')).toBe('approximate');
  });

  it('matches phrases on whole words only', () => {
    expect(readQualifier('overall')).toEqual({ bound: 'approximate', recognised: false });
    expect(readQualifier('soonish')).toEqual({ bound: 'approximate', recognised: false });
    expect(readQualifier('undercount')).toEqual({ bound: 'approximate', recognised: false });
  });

  it('reads an unknown wording as approximate, unrecognised, and never throws', () => {
    for (const wording of [
      'per the ministry',
      'примерно',
      '약',
      'over the past month',
      'a week',
      '\u0000',
      '9'.repeat(5000),
    ]) {
      expect(readQualifier(wording)).toEqual({ bound: 'approximate', recognised: false });
    }
  });

  it('no longer exports the closed-list recogniseQualifier', () => {
    expect(Object.keys(qualifiers).sort()).toEqual(['qualifierBound', 'qualifierWarning', 'readQualifier']);
  });
});

describe('qualifierWarning', () => {
  it('warns about an unrecognised wording, quoting it', () => {
    expect(qualifierWarning('per  the ministry', 'figure.qualifier')).toEqual({
      field: 'figure.qualifier',
      code: 'unrecognised_qualifier',
      message:
        'Qualifier "per the ministry" is not one Claimwatch recognises; it was kept as written and read as approximate. ' +
        'Check whether the figure is a floor, a ceiling or a range.',
    });
  });

  it.each([null, '', 'about', 'fewer than', 'between 1 and 2'])('says nothing for %j', (wording) => {
    expect(qualifierWarning(wording, 'qualifier')).toBeNull();
  });
});
