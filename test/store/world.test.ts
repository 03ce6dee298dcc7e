// The store's world: edits re-plan at once, wait for the next Send while a journey plays, undo and
// reset; the detailed plan loads lazily; initial state is picked field by field.
import { describe, expect, it } from 'vitest';
import { encodeEdits, MAX_EDITS, type WorldEdit } from '../../src/model';
import { decodeEdits } from '../../src/model/engine';
import { watchJourney } from '../../src/embed/events';
import { configFromUrl, DEFAULT_CONFIG, toQueryString } from '../../src/embed/config';
import { createJourneyStore, JOURNEY_DEFAULTS } from '../../src/store/journeyStore';
import { journeyStore, playToEnd } from '../helpers/journey';

const mx1Down: WorldEdit = { kind: 'reach', host: 'mx1.example.org', value: 'timeout' };
const greylist: WorldEdit = { kind: 'greylisting', host: 'mx2.example.org', value: true };
const relayTargets = (store: ReturnType<typeof journeyStore>) =>
  store
    .getState()
    .plan?.steps.filter((s) => s.id === 'relay')
    .map((s) => `${s.to}:${s.result}`);

describe('world edits in the store', () => {
  it('an edit re-plans at once when no journey is under way', () => {
    const store = journeyStore();
    store.getState().actions.editWorld(mx1Down);
    expect(store.getState().edits).toEqual([mx1Down]);
    expect(store.getState().editsPending).toBe(false);
    expect(relayTargets(store)).toEqual(['recipient-mx:no-answer', 'recipient-mx2:accepted']);
  });

  it('a later edit of the same thing replaces the earlier one', () => {
    const store = journeyStore();
    store.getState().actions.editWorld(mx1Down);
    store.getState().actions.editWorld({ ...mx1Down, value: 'refused' });
    expect(store.getState().edits).toEqual([{ ...mx1Down, value: 'refused' }]);
  });

  it('while a journey plays, the edit waits for the next Send and the store says so', () => {
    const store = journeyStore();
    const { actions } = store.getState();
    actions.send();
    const planned = store.getState().plan;
    actions.editWorld(mx1Down);
    expect(store.getState()).toMatchObject({ status: 'playing', editsPending: true, plan: planned });
    expect(store.getState().world?.servers['mx1.example.org']?.reach).toBe('timeout');
    playToEnd(store);
    expect(store.getState().plan).toBe(planned);
    actions.send();
    expect(store.getState()).toMatchObject({ status: 'playing', cursor: 0, editsPending: false });
    expect(relayTargets(store)).toEqual(['recipient-mx:no-answer', 'recipient-mx2:accepted']);
  });

  it('keeps no more edits than a link can carry, and says so when one is refused', () => {
    const store = journeyStore();
    for (let mb = 1; mb <= MAX_EDITS + 5; mb++)
      store.getState().actions.editWorld({ kind: 'size-limit', host: `mx${mb}.example.org`, value: 10 });
    expect(store.getState().edits).toHaveLength(MAX_EDITS);
    expect(store.getState().editsFull).toBe(true);
    expect(decodeEdits(encodeEdits(store.getState().edits))).toEqual(store.getState().edits);
    store.getState().actions.undoEdit(store.getState().edits[0]!);
    expect(store.getState().editsFull).toBe(false);
  });

  it('undo takes back its own edit, once; reset the whole world', () => {
    const store = journeyStore();
    const { actions } = store.getState();
    actions.editWorld(mx1Down);
    actions.editWorld(greylist);
    const [first, second] = store.getState().edits;
    // Undo on every row in one task takes back every edit; a second undo of one finds nothing to take.
    actions.undoEdit(first!);
    actions.undoEdit(first!);
    expect(store.getState().edits).toEqual([greylist]);
    actions.undoEdit(second!);
    expect(store.getState().edits).toEqual([]);
    actions.editWorld(greylist);
    actions.resetWorld();
    expect(store.getState().edits).toEqual([]);
    expect(relayTargets(store)).toEqual(['recipient-mx:accepted']);
  });

  it("the preset stays a separate layer under the learner's edits", () => {
    const store = journeyStore({ preset: 'primary-mx-down' });
    store.getState().actions.editWorld({ kind: 'reach', host: 'mx1.example.org', value: 'up' });
    expect(relayTargets(store)).toEqual(['recipient-mx:accepted']);
    store.getState().actions.resetWorld();
    expect(relayTargets(store)).toEqual(['recipient-mx:no-answer', 'recipient-mx2:accepted']);
  });
});

describe('the detailed plan', () => {
  it('is loaded by the store itself on request, and follows every later re-plan', async () => {
    const store = journeyStore();
    expect(store.getState().detailedPlan).toBeNull();
    await store.getState().actions.loadDetail();
    const detailed = store.getState().detailedPlan;
    expect(detailed?.detailed).toBe(true);
    expect(detailed?.steps.map((s) => s.id)).toEqual(store.getState().plan?.steps.map((s) => s.id));
    store.getState().actions.editWorld(mx1Down);
    expect(store.getState().detailedPlan?.steps.map((s) => s.id)).toEqual(
      store.getState().plan?.steps.map((s) => s.id),
    );
    expect(store.getState().detailedPlan?.steps.some((s) => s.transcript.length > 0)).toBe(true);
  });
});

describe('initial state and defaults', () => {
  it('picks the initial state field by field: no mode, autoplay or step leaks in', () => {
    const { config } = configFromUrl('?autoplay=1&step=3&mode=same-domain');
    // As mount.tsx does: the whole parsed configuration, language and depth resolved.
    const state = createJourneyStore({ ...config, depth: 'beginner', lang: 'en' }).getState() as unknown as Record<
      string,
      unknown
    >;
    for (const key of ['mode', 'autoplay', 'step']) expect(state).not.toHaveProperty(key);
    expect(state.cursor).toBe(-1);
  });

  it('the config parser and the store share one table of defaults', () => {
    const state = createJourneyStore({ ...DEFAULT_CONFIG, depth: 'beginner', lang: 'en' }).getState();
    for (const key of ['retrieval', 'preset', 'speed', 'theme', 'motion', 'controls', 'tool', 'sample'] as const)
      expect(state[key]).toEqual(JOURNEY_DEFAULTS[key]);
    expect(DEFAULT_CONFIG.message).toBe(JOURNEY_DEFAULTS.message);
    expect(state.edits).toEqual(JOURNEY_DEFAULTS.edits);
  });
});

describe('the world key, the link and the worldchange event', () => {
  it('reads the world key into edits, and a bad one falls back with a polite notice', () => {
    expect(configFromUrl('?world=r_mx1.example.org_t').config.edits).toEqual([mx1Down]);
    const hostile = configFromUrl(`?world=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(hostile.config.edits).toEqual([]);
    expect(hostile.notices).toEqual([
      expect.objectContaining({ key: 'world', fallback: 'none', hint: 'notice.hint.world' }),
    ]);
  });

  it('"Copy link" carries the edits, and the link gives them back', () => {
    const store = journeyStore();
    store.getState().actions.editWorld(mx1Down);
    store.getState().actions.editWorld(greylist);
    const query = toQueryString(store.getState());
    expect(new URLSearchParams(query).get('world')).toBe('r_mx1.example.org_t*g_mx2.example.org_1');
    expect(configFromUrl(`?${query}`).config.edits).toEqual([mx1Down, greylist]);
  });

  it('fires worldchange with the compact form on every change of the edits, and only then', () => {
    const store = journeyStore();
    const seen: unknown[] = [];
    const stop = watchJourney(store, (type, detail) => {
      if (type === 'worldchange') seen.push(detail.world);
    });
    store.getState().actions.editWorld(mx1Down);
    store.getState().actions.setSpeed(2);
    store.getState().actions.resetWorld();
    stop();
    expect(seen).toEqual(['r_mx1.example.org_t', '']);
    expect(decodeEdits(encodeEdits([mx1Down]))).toEqual([mx1Down]);
  });
});
