import type * as Zustand from 'zustand';

/** Puts each store made with `create` so far back to the state it was made with. */
const resets = new Set<() => void>();

/**
 * zustand as the app uses it, but each store made with `create` (the app-wide stores, made once when their module
 * loads) is remembered with its first state, so that `resetStores` can hand the next test file the stores as a fresh
 * load of the app would make them. Stores made with `createStore` belong to a component and go with it.
 */
export function zustandWithResets(zustand: typeof Zustand): typeof Zustand {
  const remember = <T>(store: Zustand.UseBoundStore<Zustand.StoreApi<T>>) => {
    const first = store.getInitialState();
    resets.add(() => store.setState(first, true));
    return store;
  };
  const create = (<T>(initializer?: Zustand.StateCreator<T, [], []>) =>
    initializer
      ? remember(zustand.create<T>()(initializer))
      : (later: Zustand.StateCreator<T, [], []>) => remember(zustand.create<T>()(later))) as typeof zustand.create;
  return { ...zustand, create };
}

export function resetStores(): void {
  for (const reset of resets) reset();
}
