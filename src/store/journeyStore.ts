// One zustand store per Email Journey instance: the message, its plan, and the playback cursor.
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  buildScenario,
  DEFAULT_MESSAGE,
  messageForPreset,
  messageForMode,
  modeOf,
  planJourney,
  validateMessage,
  type ComposedMessage,
  type FieldErrors,
  type MessageField,
  type Mode,
  type Plan,
  type PresetName,
  type Retrieval,
  type Scenario,
  type Step,
} from '../model';

export type Status = 'idle' | 'playing' | 'paused' | 'finished';

export const SPEED_MIN = 0.25;
export const SPEED_MAX = 20;

/** How long a step lasts on screen at speed 1 (lesson time, not Internet time). */
const LESSON_MS: Record<Step['kind'], number> = { local: 2400, lookup: 2800, hop: 3200 };

export type Depth = 'beginner' | 'expert';

export interface JourneyInit {
  message: ComposedMessage;
  retrieval: Retrieval;
  preset: PresetName | null;
  speed: number;
  /** Beginner: captions and the graph. Expert: also transcripts, headers and ports. */
  depth?: Depth;
}

export interface JourneyActions {
  send(): void;
  play(): void;
  pause(): void;
  reset(): void;
  stepForward(): void;
  stepBack(): void;
  jumpTo(index: number): void;
  setField(field: MessageField, value: string): void;
  setMode(mode: Mode): void;
  setRetrieval(retrieval: Retrieval): void;
  /** Choose a failure scenario (or null for a normal journey); may rewrite the recipient. */
  setPreset(preset: PresetName | null): void;
  setSpeed(speed: number): void;
  setDepth(depth: Depth): void;
  /** Advance lesson time by dt milliseconds; moves across at most one step boundary. */
  tick(dtMs: number): void;
}

export interface JourneyStoreState extends JourneyInit {
  depth: Depth;
  errors: FieldErrors;
  scenario: Scenario | null;
  plan: Plan | null;
  status: Status;
  /** Index of the current step; -1 before Send. */
  cursor: number;
  /** How far the current step has played, 0 to 1; changes every frame. */
  progress: number;
  /** Every command, in one object whose identity never changes (safe to select whole). */
  actions: JourneyActions;
}

export type JourneyStore = StoreApi<JourneyStoreState>;

const clampSpeed = (n: number) => (Number.isFinite(n) ? Math.min(SPEED_MAX, Math.max(SPEED_MIN, n)) : 1);

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

/** Everything that follows from the message: errors, scenario, plan; playback starts over. */
function derive(message: ComposedMessage, retrieval: Retrieval, preset: PresetName | null) {
  const errors = validateMessage(message);
  const scenario = buildScenario(message, retrieval, preset);
  return {
    message,
    errors,
    scenario,
    plan: scenario ? planJourney(scenario) : null,
    status: 'idle' as Status,
    cursor: -1,
    progress: 0,
  };
}

export function createJourneyStore(init: JourneyInit): JourneyStore {
  return createStore<JourneyStoreState>()((set, get) => {
    const lastIndex = () => (get().plan?.steps.length ?? 0) - 1;
    const pausedAt = (index: number) =>
      set({ cursor: Math.max(0, Math.min(index, lastIndex())), progress: 0, status: 'paused' });
    const start = () => {
      if (get().plan) set({ cursor: 0, progress: 0, status: 'playing' });
    };

    return {
      ...init,
      depth: init.depth ?? 'beginner',
      speed: clampSpeed(init.speed),
      ...derive(init.message, init.retrieval, init.preset),
      actions: {
        send: () => {
          const { status } = get();
          if (status === 'idle' || status === 'finished') start();
        },
        play: () => {
          const { status } = get();
          if (status === 'paused') set({ status: 'playing' });
          else if (status === 'idle' || status === 'finished') start();
        },
        pause: () => {
          if (get().status === 'playing') set({ status: 'paused' });
        },
        reset: () => set({ status: 'idle', cursor: -1, progress: 0 }),
        stepForward: () => {
          const { status, cursor, plan } = get();
          if (!plan || status === 'finished') return;
          if (status === 'idle') return pausedAt(0);
          if (cursor >= lastIndex()) set({ status: 'finished', progress: 1 });
          else pausedAt(cursor + 1);
        },
        stepBack: () => {
          const { status, cursor, plan } = get();
          if (!plan || status === 'idle') return;
          if (status === 'finished') return pausedAt(cursor);
          pausedAt(cursor - 1);
        },
        jumpTo: (index) => {
          if (get().plan && Number.isInteger(index)) pausedAt(index);
        },
        setField: (field, value) => {
          const { retrieval, preset, message } = get();
          set(derive({ ...message, [field]: value }, retrieval, preset));
        },
        setMode: (mode) => {
          const { retrieval, preset, message } = get();
          if (modeOf(message) === mode) return;
          set(derive(messageForMode(message, mode), retrieval, preset));
        },
        setRetrieval: (retrieval) => {
          const { preset, message } = get();
          set({ retrieval, ...derive(message, retrieval, preset) });
        },
        setPreset: (preset) => {
          const { retrieval, message } = get();
          set({ preset, ...derive(messageForPresetChange(message, get().preset, preset), retrieval, preset) });
        },
        setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
        setDepth: (depth) => set({ depth }),
        tick: (dtMs) => {
          const { status, plan, cursor, progress, speed } = get();
          const step = plan?.steps[cursor];
          if (status !== 'playing' || !step || !(dtMs > 0)) return;
          const next = progress + (dtMs * speed) / LESSON_MS[step.kind];
          if (next < 1) set({ progress: next });
          else if (cursor >= lastIndex()) set({ progress: 1, status: 'finished' });
          else set({ cursor: cursor + 1, progress: 0 });
        },
      },
    };
  });
}

/** The mode shown by the toggle: the scenario's, or what the typed addresses imply. */
export const selectMode = (s: JourneyStoreState): Mode => s.scenario?.mode ?? modeOf(s.message) ?? 'cross-domain';

export const selectStep = (s: JourneyStoreState): Step | null => s.plan?.steps[s.cursor] ?? null;

export const selectOutcome = (s: JourneyStoreState) => (s.status === 'finished' ? (s.plan?.outcome ?? null) : null);
