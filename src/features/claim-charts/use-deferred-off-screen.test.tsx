import { startTransition, useRef, useSyncExternalStore } from 'react';
import { act, render } from '@testing-library/react';
import { useDeferredOffScreen } from './use-deferred-off-screen';
import { ChartsCatchingUpContext, createChartsCatchingUp, type ChartsCatchingUp } from './charts-catching-up';

/** An IntersectionObserver the test drives: `report(visible)` tells every observer whether its element is visible. */
function fakeIntersectionObserver() {
  const callbacks: IntersectionObserverCallback[] = [];
  class FakeObserver {
    constructor(callback: IntersectionObserverCallback) {
      callbacks.push(callback);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    report: (visible: boolean) =>
      act(() => {
        for (const callback of callbacks)
          callback([{ isIntersecting: visible } as IntersectionObserverEntry], {} as IntersectionObserver);
      }),
  };
}

function Probe({ value, seen, defer = true }: { value: string; seen: string[]; defer?: boolean }) {
  const slot = useRef<HTMLDivElement>(null);
  const shown = useDeferredOffScreen(slot, value, defer);
  seen.push(shown);
  return (
    <div ref={slot}>
      <span>{shown}</span>
    </div>
  );
}

/** The probe in a section that notes, at each of its renders, how many charts were behind. */
function Section({
  value,
  seen,
  behind,
  store,
}: {
  value: string;
  seen: string[];
  behind: number[];
  store: ChartsCatchingUp;
}) {
  behind.push(useSyncExternalStore(store.subscribe, store.count));
  return (
    <ChartsCatchingUpContext.Provider value={store}>
      <Probe value={value} seen={seen} />
    </ChartsCatchingUpContext.Provider>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('useDeferredOffScreen', () => {
  it('draws a new value at once while on screen', async () => {
    const { report } = fakeIntersectionObserver();
    const seen: string[] = [];
    const { rerender, container } = render(<Probe value="a" seen={seen} />);
    await report(true);
    seen.length = 0;
    rerender(<Probe value="b" seen={seen} />);
    expect(seen[0]).toBe('b');
    expect(container.textContent).toBe('b');
  });

  it('off screen, keeps the last value in the urgent render and draws the new one in the deferred render', async () => {
    const { report } = fakeIntersectionObserver();
    const seen: string[] = [];
    const { rerender, container } = render(<Probe value="a" seen={seen} />);
    await report(false);
    seen.length = 0;
    rerender(<Probe value="b" seen={seen} />);
    expect(seen).toEqual(['a', 'b']);
    expect(container.textContent).toBe('b');
  });

  it('off screen, catches up after the commit even when the change itself came in a transition', async () => {
    const { report } = fakeIntersectionObserver();
    const seen: string[] = [];
    const { rerender, container } = render(<Probe value="a" seen={seen} />);
    await report(false);
    seen.length = 0;
    act(() => startTransition(() => rerender(<Probe value="b" seen={seen} />)));
    expect(seen).toEqual(['a', 'b']);
    expect(container.textContent).toBe('b');
  });

  it('counts a chart behind in its section until it has caught up', async () => {
    const { report } = fakeIntersectionObserver();
    const store = createChartsCatchingUp();
    const [seen, behind]: [string[], number[]] = [[], []];
    const { rerender } = render(<Section value="a" seen={seen} behind={behind} store={store} />);
    await report(false);
    behind.length = 0;
    rerender(<Section value="b" seen={seen} behind={behind} store={store} />);
    expect(behind).toContain(1);
    expect(behind.at(-1)).toBe(0);
    expect(store.count()).toBe(0);
  });

  it('draws a new value at once off screen when told not to defer (a chart still waiting to hydrate)', async () => {
    const { report } = fakeIntersectionObserver();
    const seen: string[] = [];
    const { rerender } = render(<Probe value="a" seen={seen} defer={false} />);
    await report(false);
    seen.length = 0;
    act(() => startTransition(() => rerender(<Probe value="b" seen={seen} defer={false} />)));
    expect(seen[0]).toBe('b');
  });

  it('counts every chart as on screen where the browser cannot tell', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const seen: string[] = [];
    const { rerender } = render(<Probe value="a" seen={seen} />);
    seen.length = 0;
    rerender(<Probe value="b" seen={seen} />);
    expect(seen[0]).toBe('b');
  });
});
