// One zustand store per Email Journey instance, made of three slices: compose (message, world,
// plan), playback (cursor and clock) and display (how it is shown). See state.ts for the shapes.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { hasCard, modeOf, type Mode, type NodeId, type Plan, type Step } from '../model';
import { composeSlice } from './composeSlice';
import { displaySlice } from './displaySlice';
import { LESSON_MS, playbackSlice } from './playbackSlice';
import type { JourneyInit, JourneyStoreState } from './state';

export type {
  CheckpointAnswer,
  JourneyActions,
  JourneyInit,
  JourneyStoreState,
  Status,
  DisplaySettings,
} from './state';
export type { Controls, Depth, Motion, Theme, Tool } from './defaults';
export { JOURNEY_DEFAULTS, SPEED_MAX, SPEED_MIN } from './defaults';
export type { Layout, Pace } from './defaults'; // issue 16

export type JourneyStore = StoreApi<JourneyStoreState>;

export function createJourneyStore(init: JourneyInit): JourneyStore {
  return createStore<JourneyStoreState>()((set, get) => {
    const compose = composeSlice(set, get, init);
    const playback = playbackSlice(set, get, init, compose.applyPending);
    const display = displaySlice(set, init);
    return {
      ...compose.state,
      ...playback.state,
      ...display.state,
      actions: { ...compose.actions, ...playback.actions, ...display.actions },
    };
  });
}

/** The mode shown by the toggle: the scenario's, or what the typed addresses imply. */
export const selectMode = (s: JourneyStoreState): Mode => s.scenario?.mode ?? modeOf(s.message) ?? 'cross-domain';

export const selectStep = (s: JourneyStoreState): Step | null => s.plan?.steps[s.cursor] ?? null;

export const selectOutcome = (s: JourneyStoreState) => (s.status === 'finished' ? (s.plan?.outcome ?? null) : null);

/** Whether a node opens a card in the world as edited (pending edits included). */
export const opensCard = (s: Pick<JourneyStoreState, 'scenario' | 'world'>, node: NodeId): boolean =>
  s.scenario ? hasCard(node, s.scenario, s.world) : false;

/** Lesson time of a step at speed 1, in milliseconds. */
export const lessonMs = (step: Step) => LESSON_MS[step.kind];

/** How long the whole lesson lasts at a speed (milliseconds). */
export function lessonTotalMs(plan: Plan | null, speed: number): number {
  return (plan?.steps ?? []).reduce((sum, step) => sum + lessonMs(step), 0) / speed;
}

/** How far the lesson has played at the current speed (milliseconds). */
export function selectLessonElapsedMs(s: JourneyStoreState): number {
  if (s.cursor < 0 || !s.plan) return 0;
  let before = 0;
  for (let i = 0; i < s.cursor; i++) before += lessonMs(s.plan.steps[i] as Step);
  const current = s.plan.steps[s.cursor];
  return (before + (current ? lessonMs(current) * s.progress : 0)) / s.speed;
}
