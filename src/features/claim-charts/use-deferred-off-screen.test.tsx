import { useRef } from 'react';
import { act, render } from '@testing-library/react';
import { useDeferredOffScreen } from './use-deferred-off-screen';

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

function Probe({ value, seen }: { value: string; seen: string[] }) {
  const slot = useRef<HTMLDivElement>(null);
  const shown = useDeferredOffScreen(slot, value);
  seen.push(shown);
  return (
    <div ref={slot}>
      <span>{shown}</span>
    </div>
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

  it('counts every chart as on screen where the browser cannot tell', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const seen: string[] = [];
    const { rerender } = render(<Probe value="a" seen={seen} />);
    seen.length = 0;
    rerender(<Probe value="b" seen={seen} />);
    expect(seen[0]).toBe('b');
  });
});
