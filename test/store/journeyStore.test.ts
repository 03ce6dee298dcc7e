// The store with fake time: send → playing → finished, pause, reset, and mode changes.
import { describe, expect, it } from 'vitest';
import { startClock, type FrameSource } from '../../src/store/clock';
import { selectMode, selectOutcome } from '../../src/store/journeyStore';
import { journeyStore } from '../helpers/journey';

const fresh = (speed = 1) => journeyStore({ speed });

/** Plays fake time in 16 ms frames until the journey stops playing (or a safety bound). */
function playOut(store: ReturnType<typeof fresh>, maxFrames = 10_000) {
  const cursors: number[] = [];
  for (let i = 0; i < maxFrames && store.getState().status === 'playing'; i++) {
    store.getState().actions.tick(16);
    const { cursor } = store.getState();
    if (cursors.at(-1) !== cursor) cursors.push(cursor);
  }
  return cursors;
}

describe('journey store', () => {
  it('starts idle with a plan and no cursor', () => {
    const s = fresh().getState();
    expect(s.status).toBe('idle');
    expect(s.cursor).toBe(-1);
    // compose, submit, handoff, MX, A, AAAA, relay, 4 checks at the MX, filter, store, login, IDLE notice, fetch, read
    expect(s.plan?.steps.length).toBe(18);
  });

  it('send → playing → finished, visiting every step once, in order', () => {
    const store = fresh(4);
    store.getState().actions.send();
    expect(store.getState().status).toBe('playing');
    const cursors = playOut(store);
    expect(cursors).toEqual(Array.from({ length: 18 }, (_, i) => i));
    expect(store.getState().status).toBe('finished');
    expect(selectOutcome(store.getState())).toBe('delivered');
  });

  it('even at top speed with long frames, no step is skipped', () => {
    const store = fresh(20);
    store.getState().actions.send();
    const cursors: number[] = [];
    while (store.getState().status === 'playing') {
      store.getState().actions.tick(100);
      cursors.push(store.getState().cursor);
    }
    expect([...new Set(cursors)]).toEqual(Array.from({ length: 18 }, (_, i) => i));
  });

  it('pause freezes the cursor and progress; play resumes', () => {
    const store = fresh();
    const { actions } = store.getState();
    actions.send();
    actions.tick(1000);
    actions.pause();
    const frozen = { cursor: store.getState().cursor, progress: store.getState().progress };
    for (let i = 0; i < 100; i++) actions.tick(16);
    expect(store.getState()).toMatchObject({ status: 'paused', ...frozen });
    actions.play();
    actions.tick(16);
    expect(store.getState().progress).toBeGreaterThan(frozen.progress);
  });

  it('reset returns to idle from anywhere', () => {
    const store = fresh();
    store.getState().actions.send();
    store.getState().actions.tick(5000);
    store.getState().actions.reset();
    expect(store.getState()).toMatchObject({ status: 'idle', cursor: -1, progress: 0 });
  });

  it('toggling the mode while idle rewrites the recipient and rebuilds the plan', () => {
    const store = fresh();
    store.getState().actions.setMode('same-domain');
    const s = store.getState();
    expect(s.message.to).toBe('carol@example.com');
    expect(selectMode(s)).toBe('same-domain');
    expect(s.plan?.steps.map((x) => x.to)).not.toContain('dns');
  });

  it('changing the message mid-journey resets cleanly to a consistent idle state', () => {
    const store = fresh();
    store.getState().actions.send();
    store.getState().actions.tick(4000);
    store.getState().actions.setMode('same-domain');
    const s = store.getState();
    expect(s).toMatchObject({ status: 'idle', cursor: -1 });
    expect(s.plan?.nodes.map((n) => n.id)).not.toContain('dns');
  });

  it('an invalid address leaves no plan, and Send does nothing', () => {
    const store = fresh();
    store.getState().actions.setField('to', 'not an address');
    store.getState().actions.send();
    expect(store.getState()).toMatchObject({ plan: null, status: 'idle' });
    expect(store.getState().errors.to?.key).toBe('error.address.spaces');
  });

  it('the clock drives ticks from animation frames only while playing', () => {
    const store = fresh(20);
    const queue: ((now: number) => void)[] = [];
    const frames: FrameSource = { request: (cb) => queue.push(cb), cancel: () => {} };
    const stop = startClock(store, frames);
    expect(queue).toHaveLength(0);
    store.getState().actions.send();
    let now = 0;
    while (queue.length > 0 && now < 60_000) {
      const next = queue.shift();
      now += 16;
      next?.(now);
    }
    expect(store.getState().status).toBe('finished');
    expect(queue).toHaveLength(0);
    stop();
  });
});
