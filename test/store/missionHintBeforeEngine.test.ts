// A hint asked for before the engine is in (a mission opened by its link, the panel shown at once)
// waits in the store's queue and counts once the engine arrives, instead of being lost.
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => void vi.resetModules());

it('a hint taken before the engine is in counts once it arrives', async () => {
  vi.resetModules();
  const { createJourneyStore } = await import('../../src/store/journeyStore');
  const face = await import('../../src/model/engine');
  const { planWithDetail } = await import('../../src/model/detail');
  const { DEFAULT_MESSAGE } = await import('../../src/model');
  const store = createJourneyStore(
    { message: DEFAULT_MESSAGE, retrieval: 'imap', preset: null, pace: 'auto', speed: 1, mission: 'eavesdrop' },
    () => new Promise(() => undefined),
  );
  expect(store.getState().mission).toBe('eavesdrop');
  store.getState().actions.takeHint();
  store.getState().actions.engineArrived({ ...face, loadDetail: () => Promise.resolve(planWithDetail) });
  expect(store.getState().missionProgress.eavesdrop?.hints).toBe(1);
});
