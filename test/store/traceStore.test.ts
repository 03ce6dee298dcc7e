// The tracer's store with fake time: reading, replay to scale or in equal steps, and overlapping reads.
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../src/model/trace';
import { createTraceStore, hopDurations } from '../../src/store/traceStore';

async function loaded(name: keyof typeof SAMPLES = 'greylisted') {
  const store = createTraceStore();
  await store.getState().actions.loadSample(name);
  return store;
}

function playOut(store: ReturnType<typeof createTraceStore>) {
  const cursors: number[] = [];
  for (let i = 0; i < 100_000 && store.getState().status === 'playing'; i += 1) {
    store.getState().actions.tick(16);
    const { cursor } = store.getState();
    if (cursors.at(-1) !== cursor) cursors.push(cursor);
  }
  return cursors;
}

describe('trace store', () => {
  it('reads a sample and keeps its text in the paste area', async () => {
    const store = await loaded();
    expect(store.getState()).toMatchObject({
      phase: 'ready',
      source: { kind: 'sample', name: 'greylisted' },
      cursor: -1,
    });
    expect(store.getState().input).toBe(SAMPLES.greylisted);
    expect(store.getState().trace?.hops).toHaveLength(4);
  });

  it('replays every hop in order and finishes', async () => {
    const store = await loaded();
    store.getState().actions.play();
    expect(playOut(store)).toEqual([0, 1, 2, 3]);
    expect(store.getState().status).toBe('finished');
  });

  it('gives hops screen time in proportion to their real delays, or equal time', async () => {
    const store = await loaded();
    const [local, filter, greylisted, delivery] = store.getState().durations;
    expect(greylisted).toBeGreaterThan(20 * delivery!);
    expect(filter).toBe(700); // a 0-second hop still shows for a moment
    expect(local).toBe(delivery);
    store.getState().actions.setTiming('equal');
    expect(new Set(store.getState().durations).size).toBe(1);
    expect(hopDurations(null, 'scale')).toEqual([]);
  });

  it('steps, jumps and selects like the journey', async () => {
    const store = await loaded();
    const { stepForward, stepBack, jumpTo, select } = store.getState().actions;
    stepForward();
    expect(store.getState()).toMatchObject({ cursor: 0, status: 'paused' });
    jumpTo(99);
    expect(store.getState().cursor).toBe(3);
    stepBack();
    expect(store.getState().cursor).toBe(2);
    select(2);
    expect(store.getState().selected).toBe(2);
  });

  it('explains a failed read and forgets the old trace', async () => {
    const store = await loaded();
    await store.getState().actions.read('{"not": "mail"}');
    expect(store.getState()).toMatchObject({ phase: 'failed', trace: null, problem: { key: 'trace.problem.json' } });
  });

  it('lets the newest of two overlapping reads win', async () => {
    const store = createTraceStore();
    const first = store.getState().actions.read(SAMPLES.webmail);
    const second = store.getState().actions.read(SAMPLES.forwarded);
    await Promise.all([first, second]);
    expect(store.getState().trace?.hops).toHaveLength(5);
    expect(store.getState().input).toBe(SAMPLES.forwarded);
  });

  it('ignores a read that finishes after Clear', async () => {
    const store = createTraceStore();
    const reading = store.getState().actions.read(SAMPLES.webmail);
    store.getState().actions.clear();
    await reading;
    expect(store.getState()).toMatchObject({ phase: 'empty', trace: null, input: '' });
  });

  it('keeps the result when "Trace this email" is pressed after a large paste left the text area empty', async () => {
    const store = createTraceStore();
    const lines = `${SAMPLES.webmail.split('\n\n')[0]}\n`.repeat(300);
    await store.getState().actions.read(lines, { kind: 'large', name: '0.6 MB' });
    const trace = store.getState().trace;
    expect(store.getState()).toMatchObject({ phase: 'ready', input: '' });
    expect(trace?.hops).toHaveLength(1800);
    await store.getState().actions.read(store.getState().input, { kind: 'paste', name: '' });
    expect(store.getState()).toMatchObject({ phase: 'ready', source: { kind: 'large' } });
    expect(store.getState().trace).toBe(trace);
  });
});
