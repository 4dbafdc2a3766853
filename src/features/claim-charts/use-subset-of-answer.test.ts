import { renderHook } from '@testing-library/react';
import { useSubsetOfAnswer } from './use-subset-of-answer';

describe('useSubsetOfAnswer', () => {
  it('keeps the words of the answer drawn until the new filters have their answer, and takes new words for the same filters', () => {
    const first = { charts: 'all' };
    const { result, rerender } = renderHook(
      ({ answer, key, subset }: { answer: unknown; key: string; subset: string | null }) =>
        useSubsetOfAnswer(answer, key, subset),
      { initialProps: { answer: first as unknown, key: '', subset: null as string | null } },
    );
    expect(result.current).toBeNull();
    // A filter changed; its answer has not come: the charts still draw the last one, and so do their exports.
    rerender({ answer: first, key: 'state=corroborated', subset: 'Filtered: State: corroborated' });
    expect(result.current).toBeNull();
    const second = { charts: 'corroborated' };
    rerender({ answer: second, key: 'state=corroborated', subset: 'Filtered: State: corroborated' });
    expect(result.current).toBe('Filtered: State: corroborated');
    // The same filters, their words completed (a label loaded): taken at once.
    rerender({ answer: second, key: 'state=corroborated', subset: 'Filtered: State: Corroborated' });
    expect(result.current).toBe('Filtered: State: Corroborated');
  });
});
