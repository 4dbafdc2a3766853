import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EarlyInput, InputHandOver, RecordedInput } from './replay-early-input';

/** A node as React leaves it once hydrated: it holds React's props key. */
function markHydrated(node: Element): void {
  Object.assign(node, { __reactProps$test: {} });
}

/** The loader's recorder as the page would have it: batches handed over in turn, then nothing. */
function installRecorder(batches: RecordedInput[]) {
  const stop = vi.fn();
  const take = vi.fn(() => batches.shift() ?? { input: [], pointer: null });
  window.claimwatchEarlyInput = { take, stop };
  return { take, stop };
}

const at = (clientX: number, clientY: number) => ({
  clientX,
  clientY,
  screenX: clientX,
  screenY: clientY,
  button: 0,
  buttons: 0,
  detail: 1,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
});

const press = (target: EventTarget, clientX = 40, clientY = 60): EarlyInput[] =>
  (['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const).map((type) => ({
    kind: 'pointer',
    type,
    target,
    init: at(clientX, clientY),
  }));

// Each test loads the module afresh: it replays once per page.
async function replayEarlyInput() {
  const module = await import('./replay-early-input');
  return module.replayEarlyInput();
}

/** A controlled field as the filters have it: its state changes only through onChange. */
function Field({ onValue }: { onValue: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <input
      type="search"
      aria-label="Search"
      value={value}
      onChange={(event) => {
        setValue(event.target.value);
        onValue(event.target.value);
      }}
    />
  );
}

describe('replayEarlyInput', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.resetModules();
    root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
  });
  afterEach(() => {
    root.remove();
    delete window.claimwatchEarlyInput;
  });

  it('replays nothing on a page with no loader', async () => {
    await expect(replayEarlyInput()).resolves.toBe(0);
  });

  it('replays a press where it happened, in order and at the same point, then stops the recording', async () => {
    const mark = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    root.append(mark);
    markHydrated(mark);
    const seen: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      mark.addEventListener(type, (event) => seen.push(`${type}@${(event as MouseEvent).clientX}`));
    const { stop } = installRecorder([{ input: press(mark, 123), pointer: null }]);

    await expect(replayEarlyInput()).resolves.toBe(5);
    expect(seen).toEqual(['pointerdown@123', 'mousedown@123', 'pointerup@123', 'mouseup@123', 'click@123']);
    expect(stop).toHaveBeenCalledOnce();
  });

  describe('a press aimed at a chart mark', () => {
    const SVG = 'http://www.w3.org/2000/svg';
    /** A chart's mark whose centre is now at (x, y) on the screen (jsdom lays nothing out). */
    function markAt(chart: Element, claim: string, x: number, y: number): Element {
      const mark = document.createElementNS(SVG, 'g');
      mark.setAttribute('role', 'button');
      mark.setAttribute('data-claim-id', claim);
      Object.assign(mark, { getScreenCTM: () => ({ e: x, f: y }) });
      chart.append(mark);
      return mark;
    }
    /** A chart with its hit layer, which takes every press (as the app's charts have it). */
    function chartWithHitLayer(id: string) {
      const figure = document.createElement('figure');
      figure.setAttribute('data-chart-id', id);
      const hit = document.createElementNS(SVG, 'rect');
      figure.append(hit);
      root.append(figure);
      markHydrated(hit);
      const seen: string[] = [];
      for (const type of ['pointerdown', 'pointerup', 'click'])
        hit.addEventListener(type, (event) => {
          const { clientX, clientY, screenX, screenY } = event as MouseEvent;
          seen.push(`${type}@${clientX},${clientY} screen ${screenX},${screenY}`);
        });
      return { figure, hit, seen };
    }
    const aimed = (target: EventTarget, mark: Element, chart: string, claim: string): EarlyInput[] =>
      press(target, 40, 60)
        .filter((item) => item.kind === 'pointer' && !item.type.startsWith('mouse'))
        .map((item) => ({ ...item, mark: { element: mark, chart, claim, group: null } }));

    it('is replayed at that mark where it is now, though the page moved since', async () => {
      const { figure, hit, seen } = chartWithHitLayer('troops');
      const mark = markAt(figure, 'C043', 300, 90);
      installRecorder([{ input: aimed(hit, mark, 'troops', 'C043'), pointer: null }]);

      await expect(replayEarlyInput()).resolves.toBe(3);
      expect(seen).toEqual(['pointerdown', 'pointerup', 'click'].map((type) => `${type}@300,90 screen 300,90`));
    });

    it('finds the mark drawn afresh for the same claim in the same chart', async () => {
      const { figure, hit, seen } = chartWithHitLayer('troops');
      const other = chartWithHitLayer('shells');
      markAt(other.figure, 'C043', 500, 500);
      markAt(figure, 'C040', 250, 70);
      markAt(figure, 'C043', 210, 75);
      const drawnBefore = document.createElementNS(SVG, 'g'); // the server's mark, gone from the page
      installRecorder([{ input: aimed(hit, drawnBefore, 'troops', 'C043'), pointer: null }]);

      await replayEarlyInput();
      expect(seen[0]).toBe('pointerdown@210,75 screen 210,75');
      expect(other.seen).toEqual([]);
    });

    it('keeps its point when no mark is drawn for that claim any more', async () => {
      const { hit, seen } = chartWithHitLayer('troops');
      const gone = document.createElementNS(SVG, 'g');
      installRecorder([{ input: aimed(hit, gone, 'troops', 'C043'), pointer: null }]);

      await replayEarlyInput();
      expect(seen[0]).toBe('pointerdown@40,60 screen 40,60');
    });

    it('hovers that mark where it is now', async () => {
      const { figure, hit } = chartWithHitLayer('troops');
      const mark = markAt(figure, 'C043', 120, 33);
      const moves: number[][] = [];
      hit.addEventListener('pointermove', (event) => moves.push([event.clientX, event.clientY]));
      const pointer = {
        target: hit,
        init: at(40, 60),
        mark: { element: mark, chart: 'troops', claim: 'C043', group: null },
      };
      installRecorder([{ input: [], pointer }]);

      await replayEarlyInput();
      expect(moves).toEqual([[120, 33]]);
    });
  });

  it('waits until the part of the page it targets has hydrated', async () => {
    const button = document.createElement('button');
    root.append(button);
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    installRecorder([{ input: press(button).slice(4), pointer: null }]);

    const replayed = replayEarlyInput();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(clicked).not.toHaveBeenCalled();
    markHydrated(button);
    await expect(replayed).resolves.toBe(1);
    expect(clicked).toHaveBeenCalledOnce();
  });

  it('sets a typed value past React’s record of it and tells the app, and a chosen option likewise', async () => {
    const input = document.createElement('input');
    const select = document.createElement('select');
    select.append(new Option('All', ''), new Option('Shells', 'shells'));
    root.append(input, select);
    markHydrated(input);
    markHydrated(select);
    const typed = vi.fn((event: Event) => (event.target as HTMLInputElement).value);
    const chosen = vi.fn((event: Event) => (event.target as HTMLSelectElement).value);
    root.addEventListener('input', typed);
    root.addEventListener('change', chosen);
    installRecorder([
      {
        input: [
          { kind: 'value', target: input, value: 'KCNA' },
          { kind: 'value', target: select, value: 'shells' },
        ],
        pointer: null,
      },
    ]);

    await replayEarlyInput();
    expect(typed).toHaveReturnedWith('KCNA');
    expect(chosen).toHaveReturnedWith('shells');
  });

  it('replays a key on the element that had it, and input recorded meanwhile after it', async () => {
    const chart = document.createElement('div');
    chart.tabIndex = 0;
    root.append(chart);
    markHydrated(chart);
    const keys: string[] = [];
    chart.addEventListener('keydown', (event) => keys.push(event.key));
    installRecorder([
      { input: [{ kind: 'key', target: chart, init: { key: 'ArrowRight' } }], pointer: null },
      { input: [{ kind: 'key', target: chart, init: { key: 'Enter' } }], pointer: null },
    ]);

    await expect(replayEarlyInput()).resolves.toBe(2);
    expect(keys).toEqual(['ArrowRight', 'Enter']);
  });

  it('tells the part under the pointer where it is, so hover shows', async () => {
    const mark = document.createElement('span');
    root.append(mark);
    markHydrated(mark);
    const hovered: string[] = [];
    for (const type of ['pointerover', 'mouseover', 'pointermove', 'mousemove'])
      mark.addEventListener(type, () => hovered.push(type));
    installRecorder([{ input: [], pointer: { target: mark, init: at(10, 10) } }]);

    await replayEarlyInput();
    expect(hovered).toEqual(['pointerover', 'pointerover', 'mouseover', 'pointermove', 'mousemove']);
  });

  it('drops input whose target left the page (and that no point can place again)', async () => {
    const gone = document.createElement('button');
    const clicked = vi.fn();
    gone.addEventListener('click', clicked);
    installRecorder([{ input: [{ kind: 'value', target: gone, value: 'x' }], pointer: null }]);

    await expect(replayEarlyInput()).resolves.toBe(1);
    expect(clicked).not.toHaveBeenCalled();
  });

  it('then hands input over: what comes later to a part not hydrated yet is replayed once it has, in order', async () => {
    const button = document.createElement('button');
    root.append(button);
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    const batches: RecordedInput[] = [];
    const stop = vi.fn();
    const handOver = vi.fn<(app: InputHandOver) => void>();
    window.claimwatchEarlyInput = { take: () => batches.shift() ?? { input: [], pointer: null }, stop, handOver };

    await expect(replayEarlyInput()).resolves.toBe(0);
    expect(stop).not.toHaveBeenCalled();
    expect(handOver).toHaveBeenCalledOnce();
    const app = handOver.mock.calls[0]![0];
    expect(app.isHydrated(button)).toBe(false);
    expect(app.busy()).toBe(false);

    // The loader records a click on the button, not hydrated yet, and tells the app.
    batches.push({ input: press(button).slice(4), pointer: null });
    app.recorded();
    expect(app.busy()).toBe(true);
    app.recorded(); // told again meanwhile: the same drain takes it
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(clicked).not.toHaveBeenCalled();
    markHydrated(button);
    await vi.waitFor(() => expect(app.busy()).toBe(false));
    expect(clicked).toHaveBeenCalledOnce();
    expect(app.isHydrated(button)).toBe(true);
  });

  it('gives a controlled field the value typed before it hydrated, though React found that value already there', async () => {
    const onValue = vi.fn();
    root.innerHTML = renderToString(<Field onValue={onValue} />);
    const field = root.querySelector('input') as HTMLInputElement;
    // Typed into the server's field (the loader held the event back): the field shows it, React has not seen it.
    field.value = 'Zelensky';
    await act(async () => {
      hydrateRoot(root, <Field onValue={onValue} />);
    });
    expect(field.value).toBe('Zelensky');
    expect(onValue).not.toHaveBeenCalled();

    installRecorder([{ input: [{ kind: 'value', target: field, value: 'Zelensky' }], pointer: null }]);
    await act(async () => {
      await replayEarlyInput();
    });
    expect(onValue).toHaveBeenCalledExactlyOnceWith('Zelensky');
    expect(field.value).toBe('Zelensky');
  });
});
