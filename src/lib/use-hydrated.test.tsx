import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useHydrated, useRendersFromServerHtml } from './use-hydrated';

let renders: { fromServerHtml: boolean; hydrated: boolean }[] = [];

function Probe() {
  const fromServerHtml = useRendersFromServerHtml();
  const hydrated = useHydrated();
  renders.push({ fromServerHtml, hydrated });
  return <p>{hydrated ? 'this browser' : 'the server'}</p>;
}

beforeEach(() => {
  renders = [];
});

describe('useHydrated', () => {
  it('is false on the server', () => {
    expect(renderToString(<Probe />)).toBe('<p>the server</p>');
    expect(renders).toEqual([{ fromServerHtml: true, hydrated: false }]);
  });

  it('hydrates the server HTML as it is, without a mismatch, then turns true', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Probe />);
    renders = [];
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Probe />, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(renders[0]).toEqual({ fromServerHtml: true, hydrated: false });
    expect(renders.at(-1)).toEqual({ fromServerHtml: false, hydrated: true });
    expect(container.textContent).toBe('this browser');
  });

  it('is true from the first render of a component mounted in the browser', async () => {
    const container = document.createElement('div');
    await act(async () => {
      createRoot(container).render(<Probe />);
    });
    expect(renders).toEqual([{ fromServerHtml: false, hydrated: true }]);
    expect(container.textContent).toBe('this browser');
  });
});
