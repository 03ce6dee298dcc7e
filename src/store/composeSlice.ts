// The compose slice: the message, the world edits, and the plan that follows from them. Any change
// here re-plans and starts playback over; a world edit made while a journey is under way waits.
import {
  buildScenario,
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  MAX_EDITS,
  messageForMode,
  messageForPreset,
  modeOf,
  validateMessage,
  withEdit,
  worldFor,
  type ComposedMessage,
  type Plan,
  type PresetName,
  type Retrieval,
  type Scenario,
  type SendSetup,
  type WorldEdit,
} from '../model';
import type { planWithDetail } from '../model/detail';
import { clampSpeed } from './defaults';
import { afterPlanner, firstPicture, planNow, plannerLoaded } from './planner';
import { START_OVER } from './playbackSlice';
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
): { state: ComposeSlice; actions: ComposeActions; applyPending: () => void } {
  /** The detail planner once loaded; `wanted` once a view asked for the detailed plan. */
  let detail: typeof planWithDetail | null = null;
  let wanted = false;
  let loading: Promise<void> | null = null;
  const detailed = (scenario: Scenario | null): Plan | null => (detail && scenario ? detail(scenario) : null);

  /** Everything that follows from the message and the world; playback starts over. */
  function derive(
    message: ComposedMessage,
    retrieval: Retrieval,
    preset: PresetName | null,
    edits: readonly WorldEdit[],
    setup: SendSetup,
  ): Omit<ComposeSlice, 'preset'> & PlaybackSliceReset {
    const scenario = buildScenario(message, retrieval, preset, edits, setup);
    const inputs = { message, retrieval, preset, edits, setup };
    return {
      message,
      retrieval,
      setup,
      edits,
      world: scenario?.world ?? worldFor(preset, edits),
      editsPending: false,
      errors: validateMessage(message),
      scenario,
      plan: scenario ? planNow(scenario) : null,
      picture: scenario ? firstPicture(inputs) : null,
      detailedPlan: detailed(scenario),
      ...START_OVER,
    };
  }

  /** A new list of edits: re-planned at once, or kept for the next Send while a journey runs. */
  function changeEdits(edits: readonly WorldEdit[]) {
    const { message, retrieval, preset, setup } = get();
    if (underWay(get)) set({ edits, world: worldFor(preset, edits), editsPending: true });
    else set(derive(message, retrieval, preset, edits, setup));
  }

  /** Before a new journey starts (Send, restart, reset): plan with the edits made meanwhile. */
  function applyPending() {
    const { message, retrieval, preset, edits, editsPending, setup, scenario, plan } = get();
    if (editsPending) set(derive(message, retrieval, preset, edits, setup));
    // The planner came in after a failed first fetch (planner.ts): plan now.
    else if (scenario && !plan && plannerLoaded()) set({ plan: planNow(scenario), picture: null });
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
      if (modeOf(message) !== mode) replan({ message: messageForMode(message, mode) });
    },
    setRetrieval: (retrieval) => replan({ retrieval }),
    setSetup: (change) => replan({ setup: { ...get().setup, ...change } }),
    setPreset: (preset) => replan({ preset, message: messageForPresetChange(get().message, get().preset, preset) }),
    editWorld: (edit) => {
      // No more edits than a link can carry (the compact form's bound): a further one is ignored.
      const edits = withEdit(get().edits, edit);
      if (edits.length <= MAX_EDITS) changeEdits(edits);
    },
    undoEdit: (index) => {
      const { edits } = get();
      if (Number.isInteger(index) && index >= 0 && index < edits.length)
        changeEdits(edits.filter((_, i) => i !== index));
    },
    resetWorld: () => changeEdits([]),
    loadDetail: () => {
      wanted = true;
      loading ??= import('../model/detail').then((m) => {
        detail = m.planWithDetail;
        if (wanted) set({ detailedPlan: detailed(get().scenario) });
      });
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
      if (same) set(display);
      else
        set({
          ...display,
          preset: config.preset,
          ...derive(config.message, config.retrieval, config.preset, edits, setup),
        });
    },
  };

  const { message, retrieval, preset } = init;
  const initial = derive(message, retrieval, preset, init.edits ?? [], init.setup ?? DEFAULT_SETUP);
  // The plan follows the planner in (planner.ts); until then only the default journey has a picture.
  if (!plannerLoaded())
    afterPlanner(() => {
      const { scenario, plan } = get();
      if (scenario && !plan) set({ plan: planNow(scenario), picture: null });
    });
  return { state: { ...initial, preset }, actions, applyPending };
}

type PlaybackSliceReset = Pick<PlaybackSlice, 'status' | 'cursor' | 'progress' | 'pending' | 'answers'>;
