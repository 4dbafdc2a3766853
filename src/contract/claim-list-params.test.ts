import { keepIds, MAX_IDS, parseClaimListParams } from './claim-list-params';

describe('parseClaimListParams', () => {
  it('reads the filters, and ids repeated or comma-separated, sorted and once', () => {
    const { filters, ids, problems } = parseClaimListParams(
      new URLSearchParams('state=corroborated&id=C040,C002&id=C040'),
    );
    expect(problems).toEqual([]);
    expect(filters.state).toEqual(['corroborated']);
    expect(ids).toEqual(['C002', 'C040']);
  });

  it('gives no ids when none are asked for, so that every claim is kept', () => {
    const { ids } = parseClaimListParams(new URLSearchParams('state=corroborated'));
    expect(ids).toBeNull();
    expect(keepIds([{ id: 'A' }], ids)).toEqual([{ id: 'A' }]);
  });

  it('names each invalid id, and refuses more ids than one request may ask for', () => {
    expect(parseClaimListParams(new URLSearchParams('id=ok&id=<script>')).problems).toEqual([
      expect.objectContaining({ param: 'id', value: '<script>' }),
    ]);
    const many = new URLSearchParams(Array.from({ length: MAX_IDS + 1 }, (_, i) => ['id', `C${i}`]));
    expect(parseClaimListParams(many).problems.map((p) => p.param)).toEqual(['id']);
  });
});

describe('keepIds', () => {
  it('keeps the claims with the ids asked for, in their own order', () => {
    expect(keepIds([{ id: 'B' }, { id: 'A' }, { id: 'C' }], ['A', 'B', 'Z'])).toEqual([{ id: 'B' }, { id: 'A' }]);
    expect(keepIds([{ id: 'A' }], [])).toEqual([]);
  });
});
