// The compose slice: the message, the world edits, and the plan that follows from them. Any change
// here re-plans and starts playback over; a world edit made while a journey is under way waits.
import { greetings } from '../i18n';
import {
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  MAX_EDITS,
  messageForMode,
  messageForPreset,
  modeOf,
  validateMessage,
  type ComposedMessage,
  type Plan,
  type PresetName,
  type Retrieval,
  type Scenario,
  type SendSetup,
  type WorldEdit,
} from '../model';
import { clampSpeed } from './defaults';
import { engineNow, firstPicture, type Engine } from './whenEngine';
import { earlierAnswers, START_OVER } from './playbackSlice';
import type { PlanInputs } from './planInputs';
import type { ComposeActions, ComposeSlice, Get, JourneyInit, PlaybackSlice, Set } from './state';

/** A preset may need its own recipient; leaving one puts back the usual recipient. */
function messageForPresetChange(
  message: ComposedMessage,
  from: PresetName | null,
  to: PresetName | null,
): ComposedMessage {
  if (to) return messageForPreset(to, message);
  const presetRecipient = from && messageForPreset(from, DEFAULT_MESSAGE).to;
  return presetRecipient && message.to === presetRecipient ? { ...message, to: DEFAULT_MESSAGE.to } : message;
}

const underWay = (get: Get) => get().status === 'playing' || get().status === 'paused';

export function composeSlice(
  set: Set,
  get: Get,
  init: JourneyInit,
): { state: ComposeSlice; actions: ComposeActions; applyPending: () => void; catchUp: () => void } {
  /** The detail planner once loaded; `wanted` once a view asked for the detailed plan. */
  let detail: Awaited<ReturnType<Engine['loadDetail']>> | null = null;
  let wanted = false;
  let loading: Promise<void> | null = null;
  const detailed = (scenario: Scenario | null): Plan | null => (detail && scenario ? detail(scenario) : null);

  /**
   * What follows from the message and the world: the field errors at once; the world, the scenario
   * and the plan once the engine (which brings the world) is in. Until then only the default
   * journey has a picture (whenEngine.ts), and Send waits in the store's queue.
   */
  function derived(
    inputs: PlanInputs,
  ): Pick<ComposeSlice, 'world' | 'errors' | 'scenario' | 'plan' | 'picture' | 'detailedPlan'> {
    const { message, retrieval, preset, edits, setup } = inputs;
    const errors = validateMessage(message);
    const engine = engineNow();
    if (!engine) {
      const picture = Object.keys(errors).length === 0 ? firstPicture(inputs) : null;
      return { world: null, errors, scenario: null, plan: null, picture, detailedPlan: null };
    }
    const scenario = engine.buildScenario(message, retrieval, preset, edits, setup);
    return {
      world: scenario?.world ?? engine.worldFor(preset, edits),
      errors,
      scenario,
      plan: scenario ? engine.planJourney(scenario) : null,
      picture: null,
      detailedPlan: detailed(scenario),
    };
  }

  /** Everything that follows from the message and the world; playback starts over. */
  function derive(
    message: ComposedMessage,
    retrieval: Retrieval,
    preset: PresetName | null,
    edits: readonly WorldEdit[],
    setup: SendSetup,
  ): Omit<ComposeSlice, 'preset'> & PlaybackSliceReset {
    return {
      message,
      retrieval,
      setup,
      edits,
      editsPending: false,
      editsFull: false,
      ...derived({ message, retrieval, preset, edits, setup }),
      ...START_OVER,
    };
  }

  /** Once the engine is in: the world, scenario and plan of what was derived before it (playback and fields untouched). */
  function catchUp() {
    const now = get();
    if (now.world === null && engineNow())
      set(
        derived({
          message: now.message,
          retrieval: now.retrieval,
          preset: now.preset,
          edits: now.edits,
          setup: now.setup,
        }),
      );
  }

  /** A new list of edits: re-planned at once, or kept for the next Send while a journey runs. */
  function changeEdits(edits: readonly WorldEdit[]) {
    const { message, retrieval, preset, setup } = get();
    // A journey under way means the engine is in (Send waits for it).
    const engine = engineNow();
    if (underWay(get) && engine)
      set({ edits, world: engine.worldFor(preset, edits), editsPending: true, editsFull: false });
    else set(derive(message, retrieval, preset, edits, setup));
  }

  /** Before a new journey starts (Send, restart, reset): plan with the edits made meanwhile. */
  function applyPending() {
    const { message, retrieval, preset, edits, editsPending, setup } = get();
    if (editsPending) set(derive(message, retrieval, preset, edits, setup));
  }

  const replan = (
    change: Partial<{ message: ComposedMessage; retrieval: Retrieval; preset: PresetName | null; setup: SendSetup }>,
  ) => {
    const now = get();
    const next = { message: now.message, retrieval: now.retrieval, preset: now.preset, setup: now.setup, ...change };
    set({ preset: next.preset, ...derive(next.message, next.retrieval, next.preset, now.edits, next.setup) });
  };

  const actions: ComposeActions = {
    setField: (field, value) => replan({ message: { ...get().message, [field]: value } }),
    setMode: (mode) => {
      const { message } = get();
      if (modeOf(message) !== mode) replan({ message: messageForMode(message, mode, greetings()) });
    },
    setRetrieval: (retrieval) => replan({ retrieval }),
    setSetup: (change) => replan({ setup: { ...get().setup, ...change } }),
    setPreset: (preset) => replan({ preset, message: messageForPresetChange(get().message, get().preset, preset) }),
    editWorld: (edit) => {
      // Cards that make edits come with the engine (a card pressed early opens once it is in).
      const engine = engineNow();
      if (!engine) return;
      // No more edits than a link can carry (the compact form's bound): a further one is refused, and said.
      const edits = engine.withEdit(get().edits, edit);
      if (edits.length <= MAX_EDITS) changeEdits(edits);
      else set({ editsFull: true });
    },
    undoEdit: (edit) => {
      // By the edit itself, not its row: several undos in one task each take back their own.
      const { edits } = get();
      if (edits.includes(edit)) changeEdits(edits.filter((e) => e !== edit));
    },
    resetWorld: () => changeEdits([]),
    loadDetail: () => {
      wanted = true;
      const engine = engineNow();
      // Expert detail is asked for by its panel, which comes with the engine's tier.
      if (!engine) return Promise.resolve();
      loading ??= engine.loadDetail().then(
        (planWithDetail) => {
          detail = planWithDetail;
          if (wanted) set({ detailedPlan: detailed(get().scenario) });
        },
        (error: unknown) => {
          loading = null; // tried again at the next need
          throw error;
        },
      );
      return loading;
    },
    configure: (config) => {
      const now = get();
      // Keep the same array when nothing changed, so `edits` keeps its identity (no worldchange event).
      const edits =
        config.edits && JSON.stringify(config.edits) !== JSON.stringify(now.edits) ? config.edits : now.edits;
      const display = {
        speed: clampSpeed(config.speed),
        ...(config.depth ? { depth: config.depth } : {}),
        ...(config.theme ? { theme: config.theme } : {}),
        ...(config.motion ? { motion: config.motion } : {}),
        ...(config.controls ? { controls: config.controls } : {}),
        ...(config.lang ? { lang: config.lang } : {}),
        ...(config.checkpoints !== undefined ? { checkpoints: config.checkpoints } : {}),
        ...(config.tool ? { tool: config.tool } : {}),
        ...(config.sample !== undefined ? { sample: config.sample } : {}),
        ...(config.pace ? { pace: config.pace } : {}),
        ...(config.layout ? { layout: config.layout } : {}),
      };
      const setup = config.setup ?? DEFAULT_SETUP;
      const same =
        JSON.stringify(now.message) === JSON.stringify(config.message) &&
        JSON.stringify(now.setup) === JSON.stringify(setup) &&
        now.retrieval === config.retrieval &&
        now.preset === config.preset &&
        edits === now.edits;
      // A journey not under way starts with the earlier session's answers (the `answers` key).
      const answers = earlierAnswers(config.answers);
      const newAnswers = now.status === 'idle' && JSON.stringify(answers) !== JSON.stringify(now.answers);
      if (same) set(newAnswers ? { ...display, answers } : display);
      else
        set({
          ...display,
          preset: config.preset,
          ...derive(config.message, config.retrieval, config.preset, edits, setup),
          answers,
        });
    },
  };

  const { message, retrieval, preset } = init;
  const initial = derive(message, retrieval, preset, init.edits ?? [], init.setup ?? DEFAULT_SETUP);
  return { state: { ...initial, preset }, actions, applyPending, catchUp };
}

type PlaybackSliceReset = Pick<PlaybackSlice, 'status' | 'cursor' | 'progress' | 'pending' | 'answers'>;
