import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useElementWidth } from './use-element-width';

let renders: { width: number | null; measured: boolean }[] = [];

/** Reports what the hook gives at each render; jsdom lays nothing out, so a measurement gives the fallback (640). */
function Probe({ assumed }: { assumed: number | null }) {
  const [ref, width, measured] = useElementWidth<HTMLDivElement>(640, assumed);
  renders.push({ width, measured });
  return <div ref={ref} data-width={measured ? 'measured' : 'assumed'} />;
}

beforeEach(() => {
  renders = [];
});

describe('useElementWidth', () => {
  it('measures before the first paint where nothing was drawn before', async () => {
    const container = document.createElement('div');
    await act(async () => createRoot(container).render(<Probe assumed={null} />));
    expect(renders[0]).toEqual({ width: null, measured: false });
    expect(renders.at(-1)).toEqual({ width: 640, measured: true });
    expect(container.firstElementChild?.getAttribute('data-width')).toBe('measured');
  });

  it('hydrates at the width the server assumed, then says when it has measured, even at the same width', async () => {
    for (const assumed of [980, 640]) {
      renders = [];
      const container = document.createElement('div');
      container.innerHTML = renderToString(<Probe assumed={assumed} />);
      expect(container.firstElementChild?.getAttribute('data-width')).toBe('assumed');
      renders = [];
      await act(async () => {
        hydrateRoot(container, <Probe assumed={assumed} />);
      });
      expect(renders[0]).toEqual({ width: assumed, measured: false });
      expect(renders.at(-1)).toEqual({ width: 640, measured: true });
      expect(container.firstElementChild?.getAttribute('data-width')).toBe('measured');
    }
  });
});
