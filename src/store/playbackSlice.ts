// The playback slice: a cursor over the plan, moved by the clock (tick) and the transport buttons.
import type { Step } from '../model';
import { clampSpeed, JOURNEY_DEFAULTS, READING_MS_PER_WORD } from './defaults';
import type { engineQueue } from './whenEngine';
import type { CheckpointAnswer, Get, JourneyInit, PlaybackActions, PlaybackSlice, Set, Status } from './state';

/** How long a step lasts on screen at speed 1 (lesson time, not Internet time). */
export const LESSON_MS: Record<Step['kind'], number> = { local: 2400, lookup: 2800, hop: 3200 };

/** Issue 16: how long a caption of this many words takes to read at 1× (about 200 words a minute). */
export const readingMs = (words: number) => Math.max(0, words) * READING_MS_PER_WORD;

/**
 * Issue 16: the one rule for a step's lesson time at 1× (ms): its fixed time, or longer when its
 * caption needs longer to read. Playback (tick) and the lesson clock both use it.
 */
export const stepLessonMs = (step: Step, captionReadingMs: number) => Math.max(LESSON_MS[step.kind], captionReadingMs);

/**
 * The last step, whatever the plan: jumpTo clamps to the plan's steps when it runs, so End pressed
 * before the engine is in (jumpTo waits for it) still lands on the plan's last step.
 */
export const LAST_STEP = Number.MAX_SAFE_INTEGER;

export const START_OVER = {
  status: 'idle' as Status,
  cursor: -1,
  progress: 0,
  pending: null,
  answers: {},
} satisfies Omit<PlaybackSlice, 'speed' | 'pace' | 'reading'>;

/**
 * The answers of an earlier session (the `answers` key) as a journey starts with them: marked
 * `earlier`, so they are not reported again (events.ts) and the recap counts them.
 */
export function earlierAnswers(given: JourneyInit['answers']): Readonly<Record<number, CheckpointAnswer>> {
  const answers: Record<number, CheckpointAnswer> = {};
  for (const [index, { choice, correct }] of Object.entries(given ?? JOURNEY_DEFAULTS.answers))
    answers[Number(index)] = { choice, correct, earlier: true };
  return answers;
}

/** An earlier answer stays only where the plan asks that question and has that choice. */
function keepAskable(get: Get, set: Set): void {
  const { plan, answers } = get();
  if (!plan) return;
  const kept = Object.entries(answers).filter(([index, answer]) => {
    const checkpoint = plan.steps[Number(index)]?.checkpoint;
    return !answer.earlier || (checkpoint !== null && checkpoint !== undefined && answer.choice in checkpoint.choices);
  });
  if (kept.length !== Object.keys(answers).length) set({ answers: Object.fromEntries(kept) });
}

export function playbackSlice(
  set: Set,
  get: Get,
  init: JourneyInit,
  /** Applies world edits made during the last journey before a new one starts. */
  applyPending: () => void,
  /** The store's one queue of actions waiting for the engine (whenEngine.ts). */
  queue: ReturnType<typeof engineQueue>,
): { state: PlaybackSlice; actions: PlaybackActions } {
  const lastIndex = () => (get().plan?.steps.length ?? 0) - 1;
  const pausedAt = (index: number) =>
    set({ cursor: Math.max(0, Math.min(index, lastIndex())), progress: 0, status: 'paused', pending: null });
  const start = () => {
    applyPending();
    if (get().plan) set({ cursor: 0, progress: 0, status: 'playing', pending: null, answers: {} });
  };
  /** Checkpoints stop the clock before a step that has an unanswered question. */
  const asksBefore = (index: number) => {
    const { checkpoints, plan, answers } = get();
    return checkpoints && Boolean(plan?.steps[index]?.checkpoint) && answers[index] === undefined;
  };
  const enter = (index: number, status: Status) => set({ cursor: index, progress: 0, status, pending: null });
  /** Issue 16: a step lasts its lesson time, or longer when its caption needs longer to read. */
  const stepMs = (step: Step, index: number) => {
    const { reading } = get();
    return stepLessonMs(step, reading?.index === index ? reading.ms : 0);
  };
  /** Issue 16: with pace=step the journey waits after each step; Next (Space, →) plays the next one. */
  const waitingForNext = () => {
    const { pace, status, progress, pending } = get();
    return pace === 'step' && status === 'paused' && progress >= 1 && pending === null;
  };

  /**
   * Playing and stepping need the plan, which comes with the engine; pause and reset do not, but
   * wait their turn behind them (whenEngine.ts), so everything happens in the order pressed.
   */
  const inTurn = queue.run;
  const withPlan = <A extends unknown[]>(action: (...args: A) => void) =>
    inTurn((...args: A) => {
      keepAskable(get, set);
      action(...args);
    }, true);

  const actions: PlaybackActions = {
    send: withPlan(() => {
      const { status } = get();
      if (status === 'idle' || status === 'finished') start();
    }),
    restart: withPlan(start),
    play: withPlan(() => {
      const { status, pending } = get();
      if (pending !== null) enter(pending, 'playing');
      else if (status === 'paused') set({ status: 'playing' });
      else if (status === 'idle' || status === 'finished') start();
    }),
    pause: inTurn(() => {
      if (get().status === 'playing') set({ status: 'paused' });
    }, false),
    reset: inTurn(() => {
      set(START_OVER);
      applyPending();
    }, false),
    stepForward: withPlan(() => {
      const { status, cursor, plan, pending } = get();
      if (!plan || status === 'finished') return;
      if (pending !== null) return enter(pending, 'paused');
      if (status === 'idle') return pausedAt(0);
      if (waitingForNext() && cursor < lastIndex())
        return asksBefore(cursor + 1) ? set({ pending: cursor + 1 }) : enter(cursor + 1, 'playing');
      if (cursor >= lastIndex()) set({ status: 'finished', progress: 1 });
      else pausedAt(cursor + 1);
    }),
    stepBack: withPlan(() => {
      const { status, cursor, plan, pending } = get();
      if (!plan || status === 'idle') return;
      if (status === 'finished' || pending !== null) return pausedAt(cursor);
      pausedAt(cursor - 1);
    }),
    jumpTo: withPlan((index: number) => {
      if (get().plan && Number.isInteger(index)) pausedAt(index);
    }),
    setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
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
    setPace: (pace) => set({ pace }),
    setReading: (index, words) => {
      const ms = readingMs(words);
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
  };
  const lesson = { pace: init.pace ?? 'auto', reading: null } as const; // issue 16
  const state = { ...START_OVER, answers: earlierAnswers(init.answers), speed: clampSpeed(init.speed), ...lesson };
  return { state, actions };
}
