// Property tests: any sequence of user actions keeps the store legal (issue 4, "robust under hammering").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model';
import { type JourneyStoreState } from '../../src/store/journeyStore';
import { journeyStore } from '../helpers/journey';

const ACTIONS = [
  fc.constant(['send'] as const),
  fc.constant(['play'] as const),
  fc.constant(['pause'] as const),
  fc.constant(['reset'] as const),
  fc.constant(['restart'] as const),
  fc.constant(['stepForward'] as const),
  fc.constant(['stepBack'] as const),
  fc.constant(['proceed'] as const),
  fc.tuple(fc.constant('jumpTo' as const), fc.integer({ min: -5, max: 40 })),
  fc.tuple(fc.constant('answer' as const), fc.integer({ min: -1, max: 5 })),
  fc.tuple(fc.constant('tick' as const), fc.integer({ min: 0, max: 5000 })),
  fc.tuple(fc.constant('setSpeed' as const), fc.double({ min: -10, max: 100, noNaN: false })),
  fc.tuple(fc.constant('setMode' as const), fc.constantFrom('same-domain' as const, 'cross-domain' as const)),
  fc.tuple(fc.constant('setRetrieval' as const), fc.constantFrom('imap' as const, 'pop3' as const)),
  fc.tuple(fc.constant('setPreset' as const), fc.constantFrom(null, ...PRESETS)),
  fc.tuple(
    fc.constant('editWorld' as const),
    fc.constantFrom(
      { kind: 'reach', host: 'mx1.example.org', value: 'timeout' } as const,
      { kind: 'greylisting', host: 'mx1.example.org', value: true } as const,
      { kind: 'domain', domain: 'example.org', value: 'nxdomain' } as const,
      { kind: 'mailbox', address: 'bob@example.org', value: 'temporary' } as const,
    ),
  ),
  fc.tuple(fc.constant('undoEdit' as const), fc.integer({ min: -1, max: 4 })),
  fc.constant(['resetWorld'] as const),
  fc.tuple(
    fc.constant('setField' as const),
    fc.constantFrom('to' as const, 'from' as const),
    fc.constantFrom('bob@example.org', 'x', '', 'carol@example.com', 'a@b@c'),
  ),
];

type Action = [string, ...unknown[]];

function apply(state: JourneyStoreState, [name, ...args]: Action) {
  // Undo is pressed on a row: the edit shown there, or (off the end) one that was already taken back.
  const given = name === 'undoEdit' ? [state.edits[args[0] as number] ?? { kind: 'password', value: false }] : args;
  (state.actions as unknown as Record<string, (...a: unknown[]) => void>)[name]?.(...given);
}

function assertLegal(s: JourneyStoreState) {
  const last = (s.plan?.steps.length ?? 0) - 1;
  expect(s.cursor).toBeGreaterThanOrEqual(-1);
  expect(s.cursor).toBeLessThanOrEqual(last);
  expect(s.progress).toBeGreaterThanOrEqual(0);
  expect(s.progress).toBeLessThanOrEqual(1);
  expect(s.speed).toBeGreaterThanOrEqual(0.25);
  expect(s.speed).toBeLessThanOrEqual(20);
  expect(s.status === 'idle').toBe(s.cursor === -1);
  if (s.status === 'finished') expect(s.cursor).toBe(last);
  if (s.status !== 'idle') expect(s.plan).not.toBeNull();
  if (s.pending !== null) {
    expect(s.status).toBe('paused');
    expect(s.pending).toBe(s.cursor + 1);
    expect(s.plan?.steps[s.pending]?.checkpoint).toBeTruthy();
  }
}

describe('the journey store under any sequence of actions', () => {
  it('always stays in a legal state (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.oneof(...ACTIONS), { maxLength: 80 }), (checkpoints, actions) => {
        const store = journeyStore({ checkpoints });
        for (const action of actions) {
          apply(store.getState(), action as Action);
          assertLegal(store.getState());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('step back then step forward returns to the same state (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.constantFrom(...PRESETS, null), (index, preset) => {
        const store = journeyStore({ preset });
        const { actions } = store.getState();
        actions.jumpTo(index);
        const before = {
          cursor: store.getState().cursor,
          progress: store.getState().progress,
          status: store.getState().status,
        };
        if (before.cursor === 0) return;
        actions.stepBack();
        actions.stepForward();
        const after = store.getState();
        expect({ cursor: after.cursor, progress: after.progress, status: after.status }).toEqual(before);
      }),
    );
  });

  it('checkpoints pause before the asked step, and answers are recorded once', () => {
    const store = journeyStore({ speed: 20, checkpoints: true });
    const { actions } = store.getState();
    actions.send();
    while (store.getState().status === 'playing') actions.tick(100);
    const s = store.getState();
    expect(s.pending).toBe(s.plan?.steps.findIndex((x) => x.id === 'dns-mx'));
    actions.answer(0);
    actions.answer(1);
    expect(store.getState().answers[s.pending ?? -1]).toEqual({ choice: 0, correct: false });
    actions.proceed();
    expect(store.getState()).toMatchObject({ status: 'playing', pending: null, cursor: s.pending });
  });
});
