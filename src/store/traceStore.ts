// One zustand store for the "Trace a real email" mode: the pasted text, what reading it gave, and
// a playback cursor over the hops (the same play/pause/step model as the journey).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Text } from '../model';
import { readMessage, SAMPLES, type SampleName, type Trace } from '../model/trace';
import type { Status } from './journeyStore';

/** To scale: each hop's screen time follows its real delay. Equal: every hop gets the same time. */
export type Timing = 'scale' | 'equal';

export type Phase = 'empty' | 'reading' | 'ready' | 'failed';

/** Which route the picture shows for a bounce: the bounce's own, or the returned original's up to the refusal. */
export type Route = 'message' | 'returned';

export interface TraceSource {
  /** `large`: pasted text too long to show, read straight from the clipboard. */
  kind: 'paste' | 'large' | 'file' | 'sample';
  name: string;
}

/** A replay lasts about this long at speed 1 when played to scale. */
const SCALE_TOTAL_MS = 24_000;
/** Even a zero-second hop stays long enough to see and to read its caption's first words. */
const MIN_HOP_MS = 700;
const EQUAL_HOP_MS = 2400;
/** Longer text is read but not put into the paste area: a textarea holding megabytes freezes a tab. */
export const MAX_SHOWN_CHARS = 200_000;

export interface TraceActions {
  setInput(text: string): void;
  /** Read text or file bytes; the newest read wins if several overlap. */
  read(input?: string | Uint8Array, source?: TraceSource): Promise<void>;
  loadSample(name: SampleName): Promise<void>;
  clear(): void;
  play(): void;
  pause(): void;
  restart(): void;
  stepForward(): void;
  stepBack(): void;
  jumpTo(index: number): void;
  select(index: number | null): void;
  setTiming(timing: Timing): void;
  /** Shows the bounce's own route or the returned original's; stops the replay. */
  showRoute(route: Route): void;
  setSpeed(speed: number): void;
  tick(dtMs: number): void;
}

export interface TraceStoreState {
  input: string;
  source: TraceSource | null;
  phase: Phase;
  /** The route shown: the message read, or the returned original's route of a bounce. */
  trace: Trace | null;
  /** What was read (a bounce with its report), whichever route is shown. */
  message: Trace | null;
  route: Route;
  problem: Text | null;
  status: Status;
  /** Index of the hop playing or shown; -1 before the replay starts. */
  cursor: number;
  progress: number;
  /** The hop picked in the table, highlighted on the graph. */
  selected: number | null;
  timing: Timing;
  speed: number;
  /** Screen time of each hop at speed 1, for the current timing. */
  durations: number[];
  actions: TraceActions;
}

export type TraceStore = StoreApi<TraceStoreState>;

/** Screen time per hop: proportional to the real delays, or equal when asked or when all are 0. */
export function hopDurations(trace: Trace | null, timing: Timing): number[] {
  const hops = trace?.hops ?? [];
  const delays = hops.map((h) => h.delaySeconds ?? 0);
  const sum = delays.reduce((a, b) => a + b, 0);
  if (timing === 'equal' || sum === 0) return hops.map(() => EQUAL_HOP_MS);
  return delays.map((d) => Math.max(MIN_HOP_MS, (SCALE_TOTAL_MS * d) / sum));
}

/** Resolves in a new task of the event loop, after the browser has had a chance to paint and handle input. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const STOPPED = { status: 'idle' as Status, cursor: -1, progress: 0, selected: null };
/** Nothing read yet, as at the start and after Clear. */
const EMPTY = {
  input: '',
  source: null,
  phase: 'empty' as const,
  trace: null,
  message: null,
  route: 'message' as Route,
  problem: null,
  durations: [],
  ...STOPPED,
};

export function createTraceStore(): TraceStore {
  let reads = 0;
  return createStore<TraceStoreState>()((set, get) => {
    const last = () => (get().trace?.hops.length ?? 0) - 1;
    const pausedAt = (i: number) => set({ cursor: Math.max(0, Math.min(i, last())), progress: 0, status: 'paused' });
    const start = () => {
      if (last() >= 0) set({ cursor: 0, progress: 0, status: 'playing' });
    };
    return {
      ...EMPTY,
      timing: 'scale',
      speed: 1,
      actions: {
        setInput: (input) => set({ input, source: { kind: 'paste', name: '' } }),
        read: async (given, source) => {
          const input = given ?? get().input;
          // An empty paste area after a large paste or a file (read without filling it) is not a new
          // message: pressing "Trace this email" again keeps the result the learner has.
          if (typeof input === 'string' && !/\S/.test(input) && get().trace) return;
          const id = ++reads;
          const shown = typeof input !== 'string' ? {} : { input: input.length <= MAX_SHOWN_CHARS ? input : '' };
          set({ ...shown, ...(source ? { source } : {}), phase: 'reading', problem: null, ...STOPPED });
          await nextTask(); // the "Reading…" state is drawn before the work starts
          if (id !== reads) return;
          const result = await readMessage(input, nextTask);
          // Reading and drawing in separate tasks: a long header's parse and its first render
          // together would hold the main thread twice as long (3,000 lines stay under 200 ms each).
          await nextTask();
          if (id !== reads) return; // a newer paste or drop arrived meanwhile
          if (!result.ok)
            return set({ phase: 'failed', trace: null, message: null, problem: result.problem, durations: [] });
          // A bounce that carries its original opens on the original's route: where it went, and who refused it.
          const returned = result.trace.returned ?? null;
          const trace = returned ?? result.trace;
          const route: Route = returned ? 'returned' : 'message';
          set({ phase: 'ready', trace, message: result.trace, route, durations: hopDurations(trace, get().timing) });
        },
        loadSample: (name) => get().actions.read(SAMPLES[name], { kind: 'sample', name }),
        clear: () => {
          reads += 1;
          set(EMPTY);
        },
        play: () => {
          const { status } = get();
          if (status === 'paused') set({ status: 'playing' });
          else if (status === 'idle' || status === 'finished') start();
        },
        pause: () => {
          if (get().status === 'playing') set({ status: 'paused' });
        },
        restart: start,
        stepForward: () => {
          const { status, cursor } = get();
          if (last() < 0 || status === 'finished') return;
          if (status === 'idle') return pausedAt(0);
          if (cursor >= last()) set({ status: 'finished', progress: 1 });
          else pausedAt(cursor + 1);
        },
        stepBack: () => {
          const { status, cursor } = get();
          if (last() < 0 || status === 'idle') return;
          pausedAt(status === 'finished' ? cursor : cursor - 1);
        },
        jumpTo: (i) => {
          if (last() >= 0 && Number.isInteger(i)) pausedAt(i);
        },
        select: (selected) => set({ selected }),
        setTiming: (timing) => set({ timing, durations: hopDurations(get().trace, timing) }),
        showRoute: (route) => {
          const message = get().message;
          const trace = route === 'returned' ? message?.returned : message;
          if (!trace) return;
          set({ route, trace, ...STOPPED, durations: hopDurations(trace, get().timing) });
        },
        setSpeed: (speed) => set({ speed: Number.isFinite(speed) && speed > 0 ? Math.min(speed, 20) : 1 }),
        tick: (dtMs) => {
          const { status, cursor, progress, speed, durations } = get();
          const length = durations[cursor];
          if (status !== 'playing' || length === undefined || !(dtMs > 0)) return;
          const next = progress + (dtMs * speed) / length;
          if (next < 1) set({ progress: next });
          else if (cursor >= last()) set({ progress: 1, status: 'finished' });
          else set({ cursor: cursor + 1, progress: 0 });
        },
      },
    };
  });
}
