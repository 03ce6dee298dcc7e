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
};

export const clampSpeed = (n: number) =>
  Number.isFinite(n) ? Math.min(SPEED_MAX, Math.max(SPEED_MIN, n)) : JOURNEY_DEFAULTS.speed;
