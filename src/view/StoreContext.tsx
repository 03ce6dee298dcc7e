// Gives components their instance's store; each <email-journey> or page has its own.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { JourneyStore, JourneyStoreState } from '../store/journeyStore';

const StoreContext = createContext<JourneyStore | null>(null);

export function StoreProvider({ store, children }: { store: JourneyStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useJourneyStore(): JourneyStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useJourneyStore needs a <StoreProvider>');
  return store;
}

/** Reads one slice of the store; the component re-renders only when that slice changes. */
export function useJourney<T>(selector: (state: JourneyStoreState) => T): T {
  return useStore(useJourneyStore(), selector);
}
