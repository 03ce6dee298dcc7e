// Remembers the reader's choices (the Beginner/Expert depth) between visits, where storage allows.
import type { Depth, JourneyStore } from '../store/journeyStore';

const DEPTH_KEY = 'email-journey:depth';

/** The saved depth, or null; private windows and sandboxed frames may refuse storage. */
export function savedDepth(): Depth | null {
  try {
    const value = globalThis.localStorage?.getItem(DEPTH_KEY);
    return value === 'beginner' || value === 'expert' ? value : null;
  } catch {
    return null;
  }
}

/** Saves the depth whenever it changes; returns the unsubscribe function. */
export function rememberDepth(store: JourneyStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.depth === previous.depth) return;
    try {
      globalThis.localStorage?.setItem(DEPTH_KEY, state.depth);
    } catch {
      // Storage refused (private mode, sandbox): the choice lasts for this visit only.
    }
  });
}
