import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

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

describe('replayEarlyInput with React', () => {
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

    let batches = [{ input: [{ kind: 'value' as const, target: field, value: 'Zelensky' }], pointer: null }];
    window.claimwatchEarlyInput = {
      take: () => batches.shift() ?? { input: [], pointer: null },
      stop: vi.fn(),
    };
    const { replayEarlyInput } = await import('./replay-early-input');
    await act(async () => {
      await replayEarlyInput();
    });
    expect(onValue).toHaveBeenCalledExactlyOnceWith('Zelensky');
    expect(field.value).toBe('Zelensky');
    batches = [];
  });
});
