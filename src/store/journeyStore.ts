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
  type SampleName,
  type Scenario,
  type Step,
} from '../model';

export type Status = 'idle' | 'playing' | 'paused' | 'finished';

export const SPEED_MIN = 0.25;
export const SPEED_MAX = 20;

/** How long a step lasts on screen at speed 1 (lesson time, not Internet time). */
const LESSON_MS: Record<Step['kind'], number> = { local: 2400, lookup: 2800, hop: 3200 };

export type Depth = 'beginner' | 'expert';
export type Theme = 'light' | 'dark' | 'contrast';
export type Controls = 'full' | 'minimal' | 'none';
export type Motion = 'auto' | 'reduce';
/** Issue 16: pause after each step (`step`) or play on, each step lasting its reading time (`auto`). */
export type Pace = 'auto' | 'step';
/** Issue 16: the full app, or picture and caption together for a projector (`present`). */
export type Layout = 'full' | 'present';
/** Reading speed at 1×: about 200 words a minute. */
export const READING_MS_PER_WORD = 300;
/** Which tool the app shows: the simulated journey, or the tracer for a real email's header. */
export type Tool = 'journey' | 'trace';

export interface JourneyInit {
  message: ComposedMessage;
  retrieval: Retrieval;
  preset: PresetName | null;
  speed: number;
  /** Beginner: captions and the graph. Expert: also transcripts, headers and ports. */
  depth?: Depth;
  /** Pause before key steps to ask the learner to predict what happens next. */
  checkpoints?: boolean;
  theme?: Theme;
  motion?: Motion;
  controls?: Controls;
  /** A supported language code (en, de); the entry point resolves it. */
  lang?: string;
  tool?: Tool;
  /** A bundled sample the tracer opens with. */
  sample?: SampleName | null;
  pace?: Pace;
  layout?: Layout;
}

export interface CheckpointAnswer {
  choice: number;
  correct: boolean;
}

export interface JourneyActions {
  send(): void;
  /** Start the same journey again from its first step. */
  restart(): void;
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
  /** Take a whole configuration (from attributes or a host's `set`); the journey restarts only if it changed. */
  configure(config: JourneyInit): void;
  /** Change display settings that do not touch the journey (language, theme, motion, controls). */
  setDisplay(
    display: Partial<
      Pick<JourneyStoreState, 'lang' | 'theme' | 'motion' | 'controls' | 'checkpoints' | 'tool' | 'pace' | 'layout'>
    >,
  ): void;
  /** Advance lesson time by dt milliseconds; moves across at most one step boundary. */
  tick(dtMs: number): void;
  /** Issue 16: how many words the caption on screen for step `index` has; that step lasts at least their reading time. */
  setReading(index: number, words: number): void;
  /** Answer the pending checkpoint question with the index of a choice. */
  answer(choice: number): void;
  /** Leave the checkpoint and play the step it asked about. */
  proceed(): void;
}

export interface JourneyStoreState extends JourneyInit {
  depth: Depth;
  checkpoints: boolean;
  theme: Theme;
  motion: Motion;
  controls: Controls;
  lang: string;
  tool: Tool;
  sample: SampleName | null;
  pace: Pace;
  layout: Layout;
  /** The reading time of the caption shown for a step (lesson ms at 1×), reported by the caption's view. */
  reading: { index: number; ms: number } | null;
  /** The step whose checkpoint question is showing (the journey waits before it), or null. */
  pending: number | null;
  /** Answers given in this run, by step index. */
  answers: Readonly<Record<number, CheckpointAnswer>>;
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
    ...START_OVER,
  };
}

const START_OVER = { status: 'idle' as Status, cursor: -1, progress: 0, pending: null, answers: {} };

export function createJourneyStore(init: JourneyInit): JourneyStore {
  return createStore<JourneyStoreState>()((set, get) => {
    const lastIndex = () => (get().plan?.steps.length ?? 0) - 1;
    const pausedAt = (index: number) =>
      set({ cursor: Math.max(0, Math.min(index, lastIndex())), progress: 0, status: 'paused', pending: null });
    const start = () => {
      if (get().plan) set({ cursor: 0, progress: 0, status: 'playing', pending: null, answers: {} });
    };
    /** Checkpoints stop the clock before a step that has an unanswered question. */
    const asksBefore = (index: number) => {
      const { checkpoints, plan, answers } = get();
      return checkpoints && Boolean(plan?.steps[index]?.checkpoint) && answers[index] === undefined;
    };
    const enter = (index: number, status: Status) => set({ cursor: index, progress: 0, status, pending: null });
    /** A step lasts its lesson time, or longer when its caption needs longer to read (issue 16). */
    const stepMs = (step: Step, index: number) => {
      const { reading } = get();
      return Math.max(LESSON_MS[step.kind], reading?.index === index ? reading.ms : 0);
    };
    /** With pace=step the journey waits after each step; Next (Space, →) plays the next one. */
    const waitingForNext = () => {
      const { pace, status, progress, pending } = get();
      return pace === 'step' && status === 'paused' && progress >= 1 && pending === null;
    };

    return {
      ...init,
      depth: init.depth ?? 'beginner',
      checkpoints: init.checkpoints ?? false,
      theme: init.theme ?? 'light',
      motion: init.motion ?? 'auto',
      controls: init.controls ?? 'full',
      lang: init.lang ?? 'en',
      tool: init.tool ?? 'journey',
      sample: init.sample ?? null,
      pace: init.pace ?? 'auto',
      layout: init.layout ?? 'full',
      reading: null,
      speed: clampSpeed(init.speed),
      ...derive(init.message, init.retrieval, init.preset),
      actions: {
        send: () => {
          const { status } = get();
          if (status === 'idle' || status === 'finished') start();
        },
        restart: start,
        play: () => {
          const { status, pending } = get();
          if (pending !== null) enter(pending, 'playing');
          else if (status === 'paused') set({ status: 'playing' });
          else if (status === 'idle' || status === 'finished') start();
        },
        pause: () => {
          if (get().status === 'playing') set({ status: 'paused' });
        },
        reset: () => set(START_OVER),
        stepForward: () => {
          const { status, cursor, plan, pending } = get();
          if (!plan || status === 'finished') return;
          if (pending !== null) return enter(pending, 'paused');
          if (status === 'idle') return pausedAt(0);
          if (waitingForNext() && cursor < lastIndex()) {
            if (asksBefore(cursor + 1)) return set({ pending: cursor + 1 });
            return enter(cursor + 1, 'playing');
          }
          if (cursor >= lastIndex()) set({ status: 'finished', progress: 1 });
          else pausedAt(cursor + 1);
        },
        stepBack: () => {
          const { status, cursor, plan, pending } = get();
          if (!plan || status === 'idle') return;
          if (status === 'finished' || pending !== null) return pausedAt(cursor);
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
        setDisplay: (display) => set(display),
        configure: (config) => {
          const now = get();
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
          const same =
            JSON.stringify(now.message) === JSON.stringify(config.message) &&
            now.retrieval === config.retrieval &&
            now.preset === config.preset;
          if (same) set(display);
          else
            set({
              ...display,
              retrieval: config.retrieval,
              preset: config.preset,
              ...derive(config.message, config.retrieval, config.preset),
            });
        },
        tick: (dtMs) => {
          const { status, plan, cursor, progress, speed } = get();
          const step = plan?.steps[cursor];
          if (status !== 'playing' || !step || !(dtMs > 0)) return;
          const next = progress + (dtMs * speed) / stepMs(step, cursor);
          if (next < 1) set({ progress: next });
          else if (cursor >= lastIndex()) set({ progress: 1, status: 'finished' });
          else if (asksBefore(cursor + 1)) set({ progress: 1, status: 'paused', pending: cursor + 1 });
          else if (get().pace === 'step' && progress < 1) set({ progress: 1, status: 'paused' });
          else set({ cursor: cursor + 1, progress: 0 });
        },
        setReading: (index, words) => {
          const ms = Math.max(0, words) * READING_MS_PER_WORD;
          const { reading } = get();
          if (reading?.index !== index || reading.ms !== ms) set({ reading: { index, ms } });
        },
        answer: (choice) => {
          const { pending, plan, answers } = get();
          const checkpoint = pending === null ? null : plan?.steps[pending]?.checkpoint;
          if (pending === null || !checkpoint || answers[pending] || !(choice in checkpoint.choices)) return;
          set({ answers: { ...answers, [pending]: { choice, correct: choice === checkpoint.correct } } });
        },
        proceed: () => {
          const { pending } = get();
          if (pending !== null) enter(pending, 'playing');
        },
      },
    };
  });
}

/** The mode shown by the toggle: the scenario's, or what the typed addresses imply. */
export const selectMode = (s: JourneyStoreState): Mode => s.scenario?.mode ?? modeOf(s.message) ?? 'cross-domain';

export const selectStep = (s: JourneyStoreState): Step | null => s.plan?.steps[s.cursor] ?? null;

export const selectOutcome = (s: JourneyStoreState) => (s.status === 'finished' ? (s.plan?.outcome ?? null) : null);

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
