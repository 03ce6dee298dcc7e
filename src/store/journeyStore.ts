// One zustand store per Email Journey instance, made of three slices: compose (message, world,
// plan), playback (cursor and clock) and display (how it is shown). See state.ts for the shapes.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { modeOf, type Mode, type NodeId, type Plan, type Step } from '../model';
import { composeSlice } from './composeSlice';
import { displaySlice } from './displaySlice';
import { playbackSlice, readingMs, stepLessonMs } from './playbackSlice';
import { engineIsIn, engineNow, engineQueue, firstPictureCard } from './whenEngine';
import { missionSlice, offeredBy, withMissions } from './missionSlice';
import type { JourneyInit, JourneyStoreState } from './state';

export type {
  CheckpointAnswer,
  JourneyActions,
  JourneyInit,
  JourneyStoreState,
  Status,
  DisplaySettings,
  MissionProgress,
} from './state';
export { NO_PROGRESS } from './missionSlice';
export type { Controls, Depth, Motion, Theme, Tool } from './defaults';
export { JOURNEY_DEFAULTS, SPEED_MAX, SPEED_MIN } from './defaults';
export type { Layout, Pace } from './defaults'; // issue 16

export type { Engine } from './whenEngine';

export type JourneyStore = StoreApi<JourneyStoreState>;

/** Until the mount hands a way to fetch the engine, an action that needs it has nothing to wait for. */
const NO_TIER = () => Promise.reject(new Error('No later tier to fetch the engine from'));

/**
 * A store for one journey. `askEngine` fetches the later tier (the mount's); the engine itself is
 * handed in by the engineArrived action, and a store made once it is in starts with it.
 */
export function createJourneyStore(init: JourneyInit, askEngine: () => Promise<unknown> = NO_TIER): JourneyStore {
  const store = createStore<JourneyStoreState>()((set, get) => {
    const compose = composeSlice(set, get, init);
    const queue = engineQueue(askEngine);
    const playback = playbackSlice(withMissions(set, get), get, init, compose.applyPending, queue);
    const display = displaySlice(set, init);
    const engineArrived: JourneyStoreState['actions']['engineArrived'] = (engine) => {
      engineIsIn(engine);
      compose.catchUp();
      queue.arrived();
    };
    const missions = missionSlice(set, get, init, queue, () => get().actions);
    // Issue 24: a configuration that names another mission opens it (an attribute or a host's set).
    // A configuration that names the open mission without a world of its own (applied again when its
    // language arrives) leaves the mission's world, and the recipient its preset chose, as they are.
    const configure: JourneyStoreState['actions']['configure'] = (config) => {
      const now = get();
      const keepsMissionWorld = config.mission && config.mission === now.mission && !config.missionKeepsWorld;
      compose.actions.configure(
        keepsMissionWorld
          ? { ...config, preset: now.preset, edits: now.edits, message: { ...config.message, to: now.message.to } }
          : config,
      );
      const offered = offeredBy(config.missions);
      if (config.missions && offered.join() !== get().missionsOffered.join()) set({ missionsOffered: offered });
      if (config.mission && config.mission !== get().mission)
        missions.actions.openMission(config.mission, config.missionKeepsWorld);
    };
    return {
      ...compose.state,
      ...playback.state,
      ...display.state,
      ...missions.state,
      actions: {
        ...compose.actions,
        ...playback.actions,
        ...display.actions,
        ...missions.actions,
        configure,
        engineArrived,
      },
    };
  });
  if (init.mission) store.getState().actions.openMission(init.mission, init.missionKeepsWorld);
  return store;
}

/** The mode shown by the toggle: the scenario's, or what the typed addresses imply. */
export const selectMode = (s: JourneyStoreState): Mode => s.scenario?.mode ?? modeOf(s.message) ?? 'cross-domain';

export const selectStep = (s: JourneyStoreState): Step | null => s.plan?.steps[s.cursor] ?? null;

export const selectOutcome = (s: JourneyStoreState) => (s.status === 'finished' ? (s.plan?.outcome ?? null) : null);

/**
 * Whether a node opens a card in the world as edited (pending edits included); before the engine is
 * in, the first picture's nodes that will (worked out at build time), so they are buttons at once.
 */
export function opensCard(s: Pick<JourneyStoreState, 'scenario' | 'world' | 'picture'>, node: NodeId): boolean {
  const engine = engineNow();
  if (engine && s.scenario) return engine.hasCard(node, s.scenario, s.world ?? s.scenario.world);
  return s.picture !== null && firstPictureCard(node);
}

/** Whether the message can be sent as far as the store knows: no field errors, and a scenario once the engine is in. */
export const selectCanSend = (s: JourneyStoreState): boolean =>
  s.scenario !== null || (s.world === null && Object.keys(s.errors).length === 0);

/** How many words the caption of a step has, in the current language and depth (the views count them). */
export type CaptionWords = (step: Step) => number;

/**
 * Lesson time of a step at speed 1, in milliseconds: what playback really gives it (stepLessonMs),
 * its caption's reading time included when its words are given.
 */
export const lessonMs = (step: Step, words?: CaptionWords) => stepLessonMs(step, readingMs(words?.(step) ?? 0));

/** How long the whole lesson plays at a speed (milliseconds), reading time included. */
export function lessonTotalMs(plan: Plan | null, speed: number, words?: CaptionWords): number {
  return (plan?.steps ?? []).reduce((sum, step) => sum + lessonMs(step, words), 0) / speed;
}

/** How far the lesson has played at the current speed (milliseconds), reading time included. */
export function selectLessonElapsedMs(s: JourneyStoreState, words?: CaptionWords): number {
  if (s.cursor < 0 || !s.plan) return 0;
  let before = 0;
  for (let i = 0; i < s.cursor; i++) before += lessonMs(s.plan.steps[i] as Step, words);
  const current = s.plan.steps[s.cursor];
  return (before + (current ? lessonMs(current, words) * s.progress : 0)) / s.speed;
}
