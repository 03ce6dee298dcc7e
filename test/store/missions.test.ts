// The missions slice: opening a mission sets its world, each Send counts, hints count up to the
// mission's number, and the model's judgement of the finished journey marks it done.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE } from '../../src/model';
import { createJourneyStore, type JourneyInit } from '../../src/store/journeyStore';

const INIT: JourneyInit = { message: DEFAULT_MESSAGE, retrieval: 'imap', preset: null, speed: 1, pace: 'auto' };

function playToEnd(store: ReturnType<typeof createJourneyStore>) {
  store.getState().actions.send();
  for (let i = 0; i < 200 && store.getState().status !== 'finished'; i++) store.getState().actions.tick(60_000);
  expect(store.getState().status).toBe('finished');
}

describe('missions in the store', () => {
  it('opens forge in its world, counts Sends and hints, and is done once the forgery reaches the inbox', () => {
    const store = createJourneyStore(INIT);
    const { actions } = store.getState();
    actions.openMission('forge');
    expect(store.getState()).toMatchObject({ mission: 'forge', missionsShown: true, preset: 'dmarc-reject' });
    playToEnd(store);
    expect(store.getState().plan?.outcome).toBe('rejected');
    expect(store.getState().missionProgress.forge).toEqual({ attempts: 1, hints: 0, done: false, answer: null });
    for (let i = 0; i < 5; i++) actions.takeHint();
    expect(store.getState().missionProgress.forge?.hints).toBe(3);
    actions.editWorld({ kind: 'dmarc', domain: 'example.com', value: 'none' });
    playToEnd(store);
    expect(store.getState().missionProgress.forge).toEqual({ attempts: 2, hints: 3, done: true, answer: null });
  });

  it('a share link made mid-way keeps its world; a mission the teacher does not offer does not open', () => {
    const edits = [{ kind: 'spoof', value: true } as const];
    const store = createJourneyStore({ ...INIT, edits, mission: 'stop-the-spoof', missionKeepsWorld: true });
    expect(store.getState()).toMatchObject({ mission: 'stop-the-spoof', edits });
    const offered = createJourneyStore({ ...INIT, missions: ['forge'], mission: 'lookalike' });
    expect(offered.getState()).toMatchObject({ mission: null, missionsOffered: ['forge'] });
    offered.getState().actions.openMission('stop-the-spoof');
    expect(offered.getState().mission).toBeNull();
  });

  it('a journey played without an open mission counts for none', () => {
    const store = createJourneyStore({ ...INIT, preset: 'dmarc-reject' });
    playToEnd(store);
    expect(store.getState().missionProgress).toEqual({});
  });
});
