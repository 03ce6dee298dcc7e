// The playback clock's per-frame cap: a long gap between frames (hidden tab, breakpoint, a busy
// machine) plays as one short frame, and one tick never carries the journey past its next step.
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { MAX_FRAME_MS, startClock, type FrameSource, type Playable } from '../../src/store/clock';
import { lessonMs, SPEED_MAX } from '../../src/store/journeyStore';
import { journeyStore } from '../helpers/journey';

/** The cap, written out: raising it in src/store/clock.ts must make these tests fail. */
const CAP_MS = 100;

/** Animation frames played by hand: `at(ms)` runs the pending frame at that moment. */
function handFrames() {
  let pending: ((now: number) => void) | null = null;
  const frames: FrameSource = {
    request: (callback) => {
      pending = callback;
      return 1;
    },
    cancel: () => {
      pending = null;
    },
  };
  const at = (now: number) => {
    const run = pending;
    pending = null;
    run?.(now);
  };
  return { frames, at, pending: () => pending !== null };
}

/** A store that only records the dt of every tick it is given. */
function recorder(): { store: Playable; ticks: number[] } {
  const ticks: number[] = [];
  const store = createStore(() => ({ status: 'playing', actions: { tick: (dt: number) => void ticks.push(dt) } }));
  return { store, ticks };
}

describe('the playback clock', () => {
  it('passes real frame gaps through, and caps a long gap at 100 ms', () => {
    const { store, ticks } = recorder();
    const { frames, at } = handFrames();
    const stop = startClock(store, frames);
    for (const now of [1000, 1016, 1033, 61_033, 61_049, 61_149, 61_250]) at(now);
    stop();
    expect(ticks).toEqual([0, 16, 17, CAP_MS, 16, CAP_MS, CAP_MS]);
  });

  it('never hands the store more than the cap, whatever the gap (every gap from 0 to 10 s)', () => {
    const { store, ticks } = recorder();
    const { frames, at } = handFrames();
    const stop = startClock(store, frames);
    let now = 0;
    at(now);
    for (let gap = 0; gap <= 10_000; gap += 7) at((now += gap));
    stop();
    expect(Math.max(...ticks)).toBe(CAP_MS);
    expect(ticks.filter((dt) => dt === CAP_MS).length).toBeGreaterThan(1000);
  });

  it('after a hidden minute the journey moves on by one capped frame, not by a minute', () => {
    const store = journeyStore({ speed: 1 });
    const { frames, at } = handFrames();
    const stop = startClock(store, frames);
    store.getState().actions.send();
    at(0);
    at(16);
    const before = store.getState();
    at(60_016);
    const after = store.getState();
    stop();
    const step = before.plan!.steps[before.cursor]!;
    expect(after.cursor).toBe(before.cursor);
    expect(after.progress - before.progress).toBeCloseTo(CAP_MS / lessonMs(step), 10);
  });

  it('at top speed one capped frame is still less than the shortest step of the lesson', () => {
    const store = journeyStore({ speed: SPEED_MAX });
    const shortest = Math.min(...store.getState().plan!.steps.map((step) => lessonMs(step)));
    expect(MAX_FRAME_MS).toBe(CAP_MS);
    expect(MAX_FRAME_MS * SPEED_MAX).toBeLessThan(shortest);
  });
});

describe("the store's tick", () => {
  it('advances progress by dt × speed over the step’s lesson time', () => {
    const store = journeyStore({ speed: 3 });
    store.getState().actions.send();
    const step = store.getState().plan!.steps[0]!;
    store.getState().actions.tick(40);
    expect(store.getState().progress).toBeCloseTo((40 * 3) / lessonMs(step), 10);
  });

  it('never passes more than one step in one tick, however long the tick', () => {
    const store = journeyStore({ speed: 20 });
    store.getState().actions.send();
    const seen: number[] = [];
    while (store.getState().status === 'playing') {
      store.getState().actions.tick(1e9);
      seen.push(store.getState().cursor);
    }
    // One step per tick: 1, 2, … up to the last step, which is then seen twice (it finishes).
    const last = (store.getState().plan?.steps.length ?? 0) - 1;
    expect(seen).toEqual([...Array.from({ length: last }, (_, i) => i + 1), last]);
  });

  it('ignores ticks while not playing, and empty or broken ones while playing', () => {
    const store = journeyStore();
    store.getState().actions.tick(1000);
    expect(store.getState()).toMatchObject({ status: 'idle', cursor: -1, progress: 0 });
    store.getState().actions.send();
    for (const dt of [0, -50, Number.NaN]) store.getState().actions.tick(dt);
    expect(store.getState()).toMatchObject({ status: 'playing', cursor: 0, progress: 0 });
  });
});
