// The store in the moment before the engine is in (src/store/whenEngine.ts): the message's own checks
// answer at once, the first picture is drawn, and what the learner or a host does meanwhile waits in
// the store's one queue and happens in the order done once the mount hands the engine over.
import { afterEach, expect, it, vi } from 'vitest';

/**
 * A store from freshly loaded modules, so no engine is on the page yet; `ask` is how it fetches the
 * tier, `mission` a mission its link opened.
 */
async function storeBeforeEngine(
  ask: () => Promise<unknown> = () => new Promise(() => undefined),
  mission?: 'eavesdrop',
) {
  vi.resetModules();
  const { createJourneyStore } = await import('../../src/store/journeyStore');
  const face = await import('../../src/model/engine');
  const { planWithDetail } = await import('../../src/model/detail');
  const { DEFAULT_MESSAGE } = await import('../../src/model');
  const store = createJourneyStore(
    {
      message: DEFAULT_MESSAGE,
      retrieval: 'imap',
      preset: null,
      pace: 'auto',
      speed: 1,
      ...(mission ? { mission } : {}),
    },
    ask,
  );
  const arrive = () =>
    store.getState().actions.engineArrived({ ...face, loadDetail: () => Promise.resolve(planWithDetail) });
  return { store, arrive };
}

afterEach(() => void vi.resetModules());

it('draws the default journey and checks the message at once; the engine derives the rest and keeps what was typed', async () => {
  const { store, arrive } = await storeBeforeEngine();
  expect(store.getState()).toMatchObject({ world: null, scenario: null, plan: null, errors: {} });
  expect(store.getState().picture?.nodes.map((n) => n.id)).toContain('recipient-mx');
  store.getState().actions.setField('to', 'bob');
  expect(store.getState().errors.to).toBeDefined();
  expect(store.getState().picture).toBeNull();
  store.getState().actions.setField('to', 'carol@example.com');
  store.getState().actions.setField('body', 'Typed before the engine came');
  arrive();
  expect(store.getState().message).toMatchObject({ to: 'carol@example.com', body: 'Typed before the engine came' });
  expect(store.getState().scenario?.mode).toBe('same-domain');
  expect(store.getState().plan?.steps.length).toBeGreaterThan(0);
});

it.each([
  ['pause', 'paused'],
  ['reset', 'idle'],
] as const)('Send then %s before the engine is in ends %s, as with the plan there', async (action, status) => {
  const { store, arrive } = await storeBeforeEngine();
  store.getState().actions.send();
  store.getState().actions[action]();
  expect(store.getState().status).toBe('idle');
  arrive();
  expect(store.getState().status).toBe(status);
});

it('a failed fetch drops what needs the engine, runs the rest in turn, and the next need asks again', async () => {
  const ask = vi.fn(() => Promise.reject(new Error('offline')));
  const { store, arrive } = await storeBeforeEngine(ask);
  store.getState().actions.send();
  store.getState().actions.setSpeed(2);
  await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
  await Promise.resolve();
  expect(store.getState()).toMatchObject({ status: 'idle', speed: 2 });
  store.getState().actions.send();
  expect(ask).toHaveBeenCalledTimes(2);
  arrive();
  expect(store.getState().status).toBe('playing');
});

// A mission opened by its link shows its panel at once: a hint asked for then counts once the engine arrives.
it('a hint taken before the engine is in counts once it arrives', async () => {
  const { store, arrive } = await storeBeforeEngine(undefined, 'eavesdrop');
  expect(store.getState().mission).toBe('eavesdrop');
  store.getState().actions.takeHint();
  arrive();
  expect(store.getState().missionProgress.eavesdrop?.hints).toBe(1);
});
