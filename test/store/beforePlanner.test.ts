// The store in the moment before the planner is in (src/store/planner.ts): the message's own checks
// answer at once, the world, scenario and plan follow the planner in, and what the learner or a host
// does meanwhile happens in the order done. The planner's module is held back here until released.
import { afterEach, expect, it, vi } from 'vitest';

const PLANNER = '../../src/model/engine';

async function storeWithPlannerHeld() {
  vi.resetModules();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  vi.doMock(PLANNER, async () => {
    await gate;
    return vi.importActual(PLANNER);
  });
  const { createJourneyStore } = await import('../../src/store/journeyStore');
  const { loadPlanner, plannerLoaded } = await import('../../src/store/planner');
  const { DEFAULT_MESSAGE } = await import('../../src/model');
  const store = createJourneyStore({
    message: DEFAULT_MESSAGE,
    retrieval: 'imap',
    preset: null,
    pace: 'auto',
    speed: 1,
  });
  const release = async () => {
    open();
    await loadPlanner();
    // The store's own catch-up and anything queued run in the same turn as the planner's arrival.
    await Promise.resolve();
  };
  return { store, release, plannerLoaded };
}

afterEach(() => {
  vi.doUnmock(PLANNER);
  vi.resetModules();
});

it('draws the default journey, checks the message at once, and derives the rest once the planner is in', async () => {
  const { store, release, plannerLoaded } = await storeWithPlannerHeld();
  expect(plannerLoaded()).toBe(false);
  expect(store.getState()).toMatchObject({ world: null, scenario: null, plan: null, errors: {} });
  expect(store.getState().picture?.nodes.map((n) => n.id)).toContain('recipient-mx');
  store.getState().actions.setField('to', 'bob');
  expect(store.getState().errors.to).toBeDefined();
  expect(store.getState().picture).toBeNull();
  store.getState().actions.setField('to', 'carol@example.com');
  expect(store.getState().errors).toEqual({});
  await release();
  expect(store.getState().scenario?.mode).toBe('same-domain');
  expect(store.getState().world).not.toBeNull();
  expect(store.getState().plan?.steps.length).toBeGreaterThan(0);
});

it.each([
  ['pause', 'paused'],
  ['reset', 'idle'],
] as const)('Send then %s before the planner is in ends %s, as with the plan there', async (action, status) => {
  const { store, release } = await storeWithPlannerHeld();
  store.getState().actions.send();
  store.getState().actions[action]();
  expect(store.getState().status).toBe('idle');
  await release();
  expect(store.getState().status).toBe(status);
});

it('End before the planner is in lands on the last step once it is', async () => {
  const { store, release } = await storeWithPlannerHeld();
  const { LAST_STEP } = await import('../../src/store/playbackSlice');
  store.getState().actions.jumpTo(LAST_STEP);
  await release();
  const { plan, cursor, status } = store.getState();
  expect(status).toBe('paused');
  expect(cursor).toBe((plan?.steps.length ?? 0) - 1);
});
