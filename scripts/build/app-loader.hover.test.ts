import { describe, expect, it, vi } from 'vitest';
import { earlyInput, runLoader, useLoaderPage, serverPage } from './app-loader.test-helpers';

/** Where each mark's centre is on the screen (jsdom lays nothing out: each element says where it is). */
const CENTRES = { C1: [100, 100], C2: [140, 100], C3: [300, 100] } as const;

/**
 * A server-rendered chart of three marks whose places the test knows, counting how often the loader measures one.
 * The chart's SVG maps its units to pixels one to one, so the hit radius is the agreed number of pixels.
 */
function chartOfThreeMarks() {
  serverPage();
  const marks = Object.keys(CENTRES)
    .map((id) => `<g role="button" data-claim-id="${id}"><circle r="6"></circle></g>`)
    .join('');
  document
    .querySelector('main')
    ?.insertAdjacentHTML('beforeend', `<figure data-chart-id="troops"><svg>${marks}</svg></figure>`);
  const svg = document.querySelector('svg') as SVGSVGElement;
  const at = (e: number, f: number) => ({ a: 1, b: 0, c: 0, d: 1, e, f }) as DOMMatrix;
  Object.assign(svg, { getScreenCTM: () => at(0, 0) });
  const measured = { count: 0 };
  for (const [id, [x, y]] of Object.entries(CENTRES))
    Object.assign(svg.querySelector(`[data-claim-id="${id}"]`) as Element, {
      getScreenCTM: () => {
        measured.count += 1;
        return at(x, y);
      },
    });
  return {
    measured,
    mark: (id: keyof typeof CENTRES) => svg.querySelector(`[data-claim-id="${id}"] circle`) as Element,
  };
}

/** One move of a mouse over `target`: the browser fires a pointer event, then a mouse event with no pointer type. */
function moveTo(target: Element, clientX: number, clientY: number) {
  const init = { bubbles: true, cancelable: true, clientX, clientY };
  target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse', isPrimary: true }));
  target.dispatchEvent(new MouseEvent('mousemove', init));
}

describe('the app loader, where the pointer is before the app takes over', () => {
  useLoaderPage();

  it('aims the last hover at the nearest mark once a frame, not at every move', () => {
    const { measured, mark } = chartOfThreeMarks();
    runLoader();
    for (let x = 100; x <= 136; x += 4) moveTo(mark('C2'), x, 102);
    expect(measured.count, 'no mark measured while the pointer moves').toBe(0);

    vi.advanceTimersToNextFrame();
    expect(measured.count, "the chart's three marks measured once").toBe(Object.keys(CENTRES).length);
    expect(earlyInput()?.take().pointer).toMatchObject({
      target: mark('C2'),
      // The pointer event's, which says it was a mouse: the app shows a tooltip for a mouse's hover, not a finger's.
      init: { clientX: 136, clientY: 102, pointerType: 'mouse' },
      mark: { element: mark('C2').parentElement, chart: 'troops', claim: 'C2', group: null },
    });
  });

  it('aims a hover the app takes before the next frame when it takes it, and a point near no mark at none', () => {
    const { measured, mark } = chartOfThreeMarks();
    runLoader();
    moveTo(mark('C1'), 108, 96);
    expect(earlyInput()?.take().pointer?.mark?.claim).toBe('C1');
    expect(measured.count).toBe(Object.keys(CENTRES).length);

    // Taken: the frame measures nothing more.
    vi.advanceTimersToNextFrame();
    expect(measured.count).toBe(Object.keys(CENTRES).length);

    // Half-way between C2 and C3, beyond the hit radius of both.
    moveTo(mark('C3'), 220, 100);
    vi.advanceTimersToNextFrame();
    expect(earlyInput()?.take().pointer).toMatchObject({ init: { clientX: 220 }, mark: null });
  });
});
