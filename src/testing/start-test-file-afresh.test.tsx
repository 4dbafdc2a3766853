import { act, renderHook } from '@testing-library/react';
import { headers, setBearerToken } from '@/api/api-connection';
import { useThemeActions, useThemeChoice } from '@/stores/theme-store';
import { defaultMockDataset, mockDataset, recordMockGradeChange } from '../../mocks/mock-db';
import { startTestFileAfresh } from './start-test-file-afresh';

describe('startTestFileAfresh (run before each test file: the unit tests share a worker without isolation)', () => {
  it('leaves the next file a fresh page, empty storage, the stores as first made, no token, the default mock data', () => {
    const theme = renderHook(() => ({ choice: useThemeChoice(), actions: useThemeActions() }));
    act(() => theme.result.current.actions.themeChosen('dark'));
    expect(theme.result.current.choice).toBe('dark');
    theme.unmount();
    document.documentElement.setAttribute('lang', 'ko');
    document.head.append(document.createElement('style'));
    document.body.append(document.createElement('dialog'));
    document.title = 'Left over';
    history.replaceState(null, '', '/table?state=disputed');
    sessionStorage.setItem('claimwatch.left-over', '1');
    setBearerToken('left-over-token');
    expect(
      recordMockGradeChange('C040', {
        reliability: 'B',
        credibility: 2,
        rationale: 'Synthetic',
        at: '2026-01-01',
        by: null,
      }),
    ).toBe(true);

    startTestFileAfresh();

    expect([...document.documentElement.attributes].map((a) => a.name)).toEqual([]);
    expect(document.head.outerHTML + document.body.outerHTML).toBe('<head></head><body></body>');
    expect(document.title).toBe('');
    expect(location.pathname + location.search).toBe('/');
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(headers()).not.toHaveProperty('authorization');
    expect(mockDataset()).toBe(defaultMockDataset());
    expect(renderHook(() => useThemeChoice()).result.current, 'the theme store as first made').toBe('system');
  });
});
