// Test helpers: a store with the default message (or a journey of the catalogue, test/journeys.ts),
// and the one way tests play a journey to its end with fake time.
import { DEFAULT_MESSAGE } from '../../src/model';
import { createJourneyStore, type JourneyInit, type JourneyStore } from '../../src/store/journeyStore';

export function journeyStore(init: Partial<JourneyInit> = {}): JourneyStore {
  return createJourneyStore({ message: DEFAULT_MESSAGE, retrieval: 'imap', preset: null, speed: 1, ...init });
}

export interface Playing {
  /** Fake milliseconds per frame (100 unless told). */
  frameMs?: number;
  /** Runs before each frame, as a view would (the caption reporting its words, a test taking a reading). */
  beforeFrame?: (store: JourneyStore) => void;
}

/**
 * Ticks fake time until the journey stops playing (finished, or paused at a checkpoint or after a
 * step), and returns the milliseconds played. Gives up after 100,000 frames: a clock that never ends
 * a step fails the test's next expectation instead of hanging it.
 */
export function playToEnd(store: JourneyStore, playing: number | Playing = {}): number {
  const { frameMs = 100, beforeFrame } = typeof playing === 'number' ? { frameMs: playing } : playing;
  let played = 0;
  for (let i = 0; i < 100_000 && store.getState().status === 'playing'; i++) {
    beforeFrame?.(store);
    store.getState().actions.tick(frameMs);
    played += frameMs;
  }
  return played;
}
