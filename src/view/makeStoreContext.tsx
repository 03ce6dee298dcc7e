// One way to hand a zustand store to components: a provider, the store itself, and slices of it.
// The journey and the tracer each make theirs with it.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';

export function makeStoreContext<S>(name: string) {
  const Context = createContext<StoreApi<S> | null>(null);
  function Provider({ store, children }: { store: StoreApi<S>; children: ReactNode }) {
    return <Context.Provider value={store}>{children}</Context.Provider>;
  }
  function useStoreApi(): StoreApi<S> {
    const store = useContext(Context);
    if (!store) throw new Error(`${name} needs its <Provider>`);
    return store;
  }
  /** Reads one slice; the component re-renders only when that slice changes. */
  function useSlice<T>(selector: (state: S) => T): T {
    return useStore(useStoreApi(), selector);
  }
  return { Provider, useStoreApi, useSlice };
}
