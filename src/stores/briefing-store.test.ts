import { act, renderHook } from '@testing-library/react';
import { useBriefing, useBriefingActions } from './briefing-store';

describe('briefing store: slideEdited', () => {
  afterEach(() => localStorage.clear());

  it('changes one slide’s title or note and refuses a title the schema would not load again', () => {
    const { result } = renderHook(() => ({ briefing: useBriefing(), actions: useBriefingActions() }));
    act(() =>
      result.current.actions.briefingReplaced({
        title: 'Brief',
        slides: [
          { id: 'a', title: 'First', note: '', view: '/' },
          { id: 'b', title: 'Second', note: 'n', view: '/?metric=troops_in_russia' },
        ],
      }),
    );
    act(() => result.current.actions.slideEdited('b', { title: '  Second, edited ', note: 'new note' }));
    act(() => result.current.actions.slideEdited('a', { title: '   ' }));
    expect(result.current.briefing.slides.map((s) => [s.title, s.note])).toEqual([
      ['First', ''],
      ['Second, edited', 'new note'],
    ]);
    expect(JSON.parse(localStorage.getItem('claimwatch.briefing') ?? '{}')).toEqual(result.current.briefing);
  });
});
