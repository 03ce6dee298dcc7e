// The one table of defaults: what a journey starts with when nothing says otherwise. The store
// (createJourneyStore) and the configuration parser (src/embed/config.ts) both read it.
import {
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  type ComposedMessage,
  type PresetName,
  type Retrieval,
  type SampleName,
  type SendSetup,
  type WorldEdit,
} from '../model';

export type Depth = 'beginner' | 'expert';
export type Theme = 'light' | 'dark' | 'contrast';
export type Controls = 'full' | 'minimal' | 'none';
export type Motion = 'auto' | 'reduce';
/** Issue 16: pause after each step (`step`) or play on, each step lasting its reading time (`auto`). */
export type Pace = 'auto' | 'step';
/** Issue 16: the full app, or picture and caption together for a projector (`present`). */
export type Layout = 'full' | 'present';
/** Issue 16: reading speed at 1×, about 200 words a minute. */
export const READING_MS_PER_WORD = 300;
/** Which tool the app shows: the simulated journey, or the tracer for a real email's header. */
export type Tool = 'journey' | 'trace';

export const SPEED_MIN = 0.25;
export const SPEED_MAX = 20;

export interface JourneyDefaults {
  message: ComposedMessage;
  retrieval: Retrieval;
  setup: SendSetup;
  preset: PresetName | null;
  edits: readonly WorldEdit[];
  speed: number;
  depth: Depth;
  checkpoints: boolean;
  theme: Theme;
  motion: Motion;
  controls: Controls;
  lang: string;
  tool: Tool;
  sample: SampleName | null;
  /** Answers from an earlier session (the `answers` key), by step index: none. */
  answers: Readonly<Record<number, { choice: number; correct: boolean }>>;
}

export const JOURNEY_DEFAULTS: JourneyDefaults = {
  message: DEFAULT_MESSAGE,
  retrieval: 'imap',
  setup: DEFAULT_SETUP,
  preset: null,
  edits: [],
  speed: 1,
  depth: 'beginner',
  checkpoints: false,
  theme: 'light',
  motion: 'auto',
  controls: 'full',
  lang: 'en',
  tool: 'journey',
  sample: null,
  answers: {},
};

/** The most answers the `answers` key may carry (a journey asks far fewer questions). */
export const MAX_GIVEN_ANSWERS = 20;

export const clampSpeed = (n: number) =>
  Number.isFinite(n) ? Math.min(SPEED_MAX, Math.max(SPEED_MIN, n)) : JOURNEY_DEFAULTS.speed;
