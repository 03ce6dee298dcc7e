// The playback clock: drives a store's tick from requestAnimationFrame while it plays (the journey
// store and the trace store both use it).
import type { StoreApi } from 'zustand/vanilla';

export interface FrameSource {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

/** What the clock needs of a store: whether it plays, and how to advance it. */
export type Playable = StoreApi<{ status: string; actions: { tick(dtMs: number): void } }>;

/** A long gap (hidden tab, breakpoint, slow machine) plays as one short frame, not a leap. */
export const MAX_FRAME_MS = 100;

const browserFrames: FrameSource = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

/** Starts the clock for a store; returns the function that stops it. */
export function startClock(store: Playable, frames: FrameSource = browserFrames): () => void {
  let handle: number | null = null;
  let last: number | null = null;

  const frame = (now: number) => {
    handle = null;
    const dt = last === null ? 0 : Math.min(now - last, MAX_FRAME_MS);
    last = now;
    store.getState().actions.tick(dt);
    sync();
  };
  const sync = () => {
    const playing = store.getState().status === 'playing';
    if (playing && handle === null) handle = frames.request(frame);
    if (!playing) {
      if (handle !== null) frames.cancel(handle);
      handle = null;
      last = null;
    }
  };

  const unsubscribe = store.subscribe(sync);
  sync();
  return () => {
    unsubscribe();
    if (handle !== null) frames.cancel(handle);
    handle = null;
  };
}
