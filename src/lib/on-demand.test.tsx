import { act, Component, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { onDemand } from './on-demand';

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function Panel({ label }: { label: string }) {
  return <p>panel: {label}</p>;
}

class Catch extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? <p>failed: {(this.state.error as Error).message}</p> : this.props.children;
  }
}

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

describe('onDemand', () => {
  it('shows its fallback while the code loads, then the component with its props; a second showing needs no load', async () => {
    const code = deferred<ComponentType<{ label: string }>>();
    const load = vi.fn(() => code.promise);
    const Lazy = onDemand(load);
    const root = createRoot(container);
    await act(async () => root.render(<Lazy label="C041" fallback={<p>opening…</p>} />));
    expect(container.textContent).toBe('opening…');
    await act(async () => code.resolve(Panel));
    expect(container.textContent).toBe('panel: C041');
    await act(async () => root.render(null));
    await act(async () => root.render(<Lazy label="C045" fallback={<p>opening…</p>} />));
    expect(container.textContent, 'the loaded code renders at once').toBe('panel: C045');
    expect(load).toHaveBeenCalledTimes(1);
    act(() => root.unmount());
  });

  it('gives a failed load to the error boundary, and tries again when shown again', async () => {
    const first = deferred<ComponentType<{ label: string }>>();
    const load = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce(Panel);
    const Lazy = onDemand<{ label: string }>(load);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <Catch>
          <Lazy label="C041" />
        </Catch>,
      ),
    );
    await act(async () => first.reject(new Error('the chunk did not load')));
    expect(container.textContent).toBe('failed: the chunk did not load');
    await act(async () => root.render(<Lazy label="C041" />));
    expect(container.textContent).toBe('panel: C041');
    expect(load).toHaveBeenCalledTimes(2);
    act(() => root.unmount());
  });
});
