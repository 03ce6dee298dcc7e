// Gives components their instance's store; each <email-journey> or page has its own.
import type { JourneyStoreState } from '../store/journeyStore';
import { makeStoreContext } from './makeStoreContext';

const journey = makeStoreContext<JourneyStoreState>('useJourneyStore');

export const StoreProvider = journey.Provider;
export const useJourneyStore = journey.useStoreApi;
export const useJourney = journey.useSlice;
