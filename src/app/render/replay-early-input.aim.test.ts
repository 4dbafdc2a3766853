import { describe, expect, it } from 'vitest';
import type { EarlyInput } from './replay-early-input';
import {
  at,
  installRecorder,
  markHydrated,
  press,
  replayEarlyInput,
  useAppRoot,
} from './replay-early-input.test-helpers';

describe('replayEarlyInput: a press aimed at a chart mark', () => {
  const root = useAppRoot();

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
    root().append(figure);
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
