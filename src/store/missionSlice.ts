// The missions slice (issue 24): which mission is open, which the teacher offers, and each one's
// progress (Sends, hints, done). The goal is the model's to judge (model/missions), asked here once a
// journey ends or the mission's question is answered; the views only show what this slice holds.
import { MISSION_IDS, type MissionId } from '../model';
import { engineNow, type engineQueue } from './whenEngine';
import type {
  Get,
  JourneyActions,
  JourneyInit,
  JourneyStoreState,
  MissionActions,
  MissionProgress,
  MissionSlice,
  Set,
} from './state';

export const NO_PROGRESS: MissionProgress = { attempts: 0, hints: 0, done: false, answer: null };

/** The missions offered: the teacher's list, or all of them when the list is empty or left out. */
export const offeredBy = (missions: readonly MissionId[] | undefined): readonly MissionId[] =>
  missions && missions.length > 0 ? missions : MISSION_IDS;

const progressOf = (s: MissionSlice, id: MissionId): MissionProgress => s.missionProgress[id] ?? NO_PROGRESS;

function withProgress(
  get: Get,
  id: MissionId,
  change: Partial<MissionProgress>,
): Pick<MissionSlice, 'missionProgress'> {
  const now = get();
  return { missionProgress: { ...now.missionProgress, [id]: { ...progressOf(now, id), ...change } } };
}

/** Asks the model whether the finished journey (and the answer given) reaches the mission's goal. */
function reached(s: JourneyStoreState, mission: MissionId): boolean {
  const engine = engineNow();
  if (!engine || s.status !== 'finished' || !s.plan || !s.scenario) return false;
  return engine.missionGoalMet(mission, { plan: s.plan, scenario: s.scenario, answer: progressOf(s, mission).answer });
}

export function missionSlice(
  set: Set,
  get: Get,
  init: JourneyInit,
  /** The store's one queue: opening a mission's world needs the engine (whenEngine.ts). */
  queue: ReturnType<typeof engineQueue>,
  /** The compose and playback actions that set a mission's world. */
  journey: () => JourneyActions,
): { state: MissionSlice; actions: MissionActions } {
  const startWorld = queue.run((id: MissionId) => {
    const mission = engineNow()?.missionFor(id);
    if (!mission) return;
    const actions = journey();
    actions.reset();
    actions.setPreset(mission.start.preset);
    actions.resetWorld();
    for (const edit of mission.start.edits) actions.editWorld(edit);
  }, true);
  const actions: MissionActions = {
    showMissions: (shown) => set({ missionsShown: shown }),
    openMission: (id, keepWorld = false) => {
      if (!get().missionsOffered.includes(id)) return;
      set({ mission: id, missionsShown: true, ...withProgress(get, id, {}) });
      if (!keepWorld) startWorld(id);
    },
    closeMission: () => set({ mission: null }),
    offerMissions: (ids) => {
      const offered = MISSION_IDS.filter((id) => ids.includes(id));
      const { mission } = get();
      set({ missionsOffered: offeredBy(offered), ...(mission && !offered.includes(mission) ? { mission: null } : {}) });
    },
    // The mission's hint count is the engine's: a hint asked for before it is in waits for it
    // (the panel can show before the store is handed the engine), rather than being lost.
    takeHint: queue.run(() => {
      const { mission } = get();
      const total = mission ? (engineNow()?.missionFor(mission)?.hints ?? 0) : 0;
      if (mission && progressOf(get(), mission).hints < total)
        set(withProgress(get, mission, { hints: progressOf(get(), mission).hints + 1 }));
    }, true),
    answerMission: (choice) => {
      const { mission } = get();
      const question = mission ? engineNow()?.missionFor(mission)?.question : undefined;
      if (!mission || !question || !Number.isInteger(choice) || choice < 0 || choice >= question.choices) return;
      if (progressOf(get(), mission).done) return;
      set(withProgress(get, mission, { answer: choice }));
      if (reached(get(), mission)) set(withProgress(get, mission, { done: true }));
    },
  };
  const state: MissionSlice = {
    mission: null,
    missionsShown: false,
    missionsOffered: offeredBy(init.missions),
    missionProgress: {},
  };
  return { state, actions };
}

/**
 * The playback slice's `set`, with the open mission's bookkeeping in the same update: a Send (the
 * journey starting from its first step) counts an attempt, and a journey that ends is judged. One
 * update, so the host's events (events.ts) see the end and the mission done together, once.
 */
export function withMissions(set: Set, get: Get): Set {
  return (partial) => {
    const before = get();
    const { mission } = before;
    if (!mission) return set(partial);
    const now = { ...before, ...partial };
    const started =
      now.status === 'playing' &&
      now.cursor === 0 &&
      (before.status === 'idle' || before.status === 'finished' || before.cursor !== 0);
    const progress = progressOf(before, mission);
    const change: Partial<MissionProgress> = started ? { attempts: progress.attempts + 1 } : {};
    if (now.status === 'finished' && before.status !== 'finished' && !progress.done && reached(now, mission))
      change.done = true;
    if (Object.keys(change).length === 0) return set(partial);
    set({ ...partial, missionProgress: { ...before.missionProgress, [mission]: { ...progress, ...change } } });
  };
}
