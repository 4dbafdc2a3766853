import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { InputHandOver, RecordedInput } from './replay-early-input';
import {
  at,
  installRecorder,
  markHydrated,
  press,
  replayEarlyInput,
  useAppRoot,
} from './replay-early-input.test-helpers';

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
  const root = useAppRoot();

  it('replays nothing on a page with no loader', async () => {
    await expect(replayEarlyInput()).resolves.toBe(0);
  });

  it('replays a press where it happened, in order and at the same point, then stops the recording', async () => {
    const mark = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    root().append(mark);
    markHydrated(mark);
    const seen: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      mark.addEventListener(type, (event) => seen.push(`${type}@${(event as MouseEvent).clientX}`));
    const { stop } = installRecorder([{ input: press(mark, 123), pointer: null }]);

    await expect(replayEarlyInput()).resolves.toBe(5);
    expect(seen).toEqual(['pointerdown@123', 'mousedown@123', 'pointerup@123', 'mouseup@123', 'click@123']);
    expect(stop).toHaveBeenCalledOnce();
  });

  it('waits until the part of the page it targets has hydrated', async () => {
    const button = document.createElement('button');
    root().append(button);
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

  it('waits seconds for a slow hydration (a slow phone), and says so if the part never hydrates', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance', 'setTimeout'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const slow = document.createElement('button');
      const never = document.createElement('button');
      root().append(slow, never);
      const clicked: string[] = [];
      slow.addEventListener('click', () => clicked.push('slow'));
      never.addEventListener('click', () => clicked.push('never'));
      installRecorder([{ input: [...press(slow).slice(4), ...press(never).slice(4)], pointer: null }]);

      const replayed = replayEarlyInput();
      await vi.advanceTimersByTimeAsync(12_000);
      expect(clicked, 'nothing replayed to a part still hydrating').toEqual([]);
      markHydrated(slow);
      await vi.advanceTimersByTimeAsync(100);
      expect(clicked).toEqual(['slow']);
      expect(warn).not.toHaveBeenCalled();

      await vi.advanceTimersByTimeAsync(19_000);
      expect(clicked, 'the second input waits its own while').toEqual(['slow']);
      await vi.advanceTimersByTimeAsync(2_000);
      await expect(replayed).resolves.toBe(2);
      expect(clicked).toEqual(['slow', 'never']);
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/had not hydrated after 20 s/);
    } finally {
      warn.mockRestore();
      vi.useRealTimers();
    }
  });

  it('sets a typed value past React’s record of it and tells the app, and a chosen option likewise', async () => {
    const input = document.createElement('input');
    const select = document.createElement('select');
    select.append(new Option('All', ''), new Option('Shells', 'shells'));
    root().append(input, select);
    markHydrated(input);
    markHydrated(select);
    const typed = vi.fn((event: Event) => (event.target as HTMLInputElement).value);
    const chosen = vi.fn((event: Event) => (event.target as HTMLSelectElement).value);
    root().addEventListener('input', typed);
    root().addEventListener('change', chosen);
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
    root().append(chart);
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
    root().append(mark);
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
    root().append(button);
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
    root().innerHTML = renderToString(<Field onValue={onValue} />);
    const field = root().querySelector('input') as HTMLInputElement;
    // Typed into the server's field (the loader held the event back): the field shows it, React has not seen it.
    field.value = 'Zelensky';
    await act(async () => {
      hydrateRoot(root(), <Field onValue={onValue} />);
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
