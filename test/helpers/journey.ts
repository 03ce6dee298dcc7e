// Test helpers: a store with the default message, and playing it to the end with fake time.
import { DEFAULT_MESSAGE } from '../../src/model';
import { createJourneyStore, type JourneyInit, type JourneyStore } from '../../src/store/journeyStore';

export function journeyStore(init: Partial<JourneyInit> = {}): JourneyStore {
  return createJourneyStore({ message: DEFAULT_MESSAGE, retrieval: 'imap', preset: null, speed: 1, ...init });
}

/** Ticks fake time until the journey stops playing (finished, or paused at a checkpoint). */
export function playToEnd(store: JourneyStore, frameMs = 100): void {
  for (let i = 0; i < 10_000 && store.getState().status === 'playing'; i++) store.getState().actions.tick(frameMs);
}
