// The playback clock: drives the store's tick from requestAnimationFrame while a journey plays.
import type { JourneyStore } from './journeyStore';

export interface FrameSource {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

/** A long gap (hidden tab, breakpoint, slow machine) plays as one short frame, not a leap. */
export const MAX_FRAME_MS = 100;

const browserFrames: FrameSource = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

/** Starts the clock for a store; returns the function that stops it. */
export function startClock(store: JourneyStore, frames: FrameSource = browserFrames): () => void {
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
