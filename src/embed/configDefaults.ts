// The configuration every page starts from when its link or attributes say nothing: light, so a
// page without a query string draws its first screen without the parser (config.ts loads later).
import type { MissionId, Mode, SampleName, WorldEdit } from '../model';
import {
  JOURNEY_DEFAULTS,
  type Controls,
  type Depth,
  type Layout,
  type Motion,
  type Pace,
  type Theme,
  type Tool,
} from '../store/defaults';
import type { JourneyInit } from '../store/journeyStore';

export interface JourneyConfig extends Omit<
  JourneyInit,
  'depth' | 'checkpoints' | 'theme' | 'motion' | 'controls' | 'lang' | 'pace' | 'layout'
> {
  /** Issue 16: null when the link does not say (Beginner then pauses after each step, unless autoplay). */
  pace: Pace | null;
  layout: Layout;
  mode: Mode;
  autoplay: boolean;
  /** 1-based step to open at, or null. */
  step: number | null;
  lang: string | null;
  theme: Theme;
  controls: Controls;
  /** Null when the link does not say; the page then uses the reader's saved choice. */
  depth: Depth | null;
  checkpoints: boolean;
  /** `reduce` turns animation off even where the system does not ask for it. */
  motion: Motion;
  /** `trace=1` opens the tracer; `trace=<sample>` opens it with a bundled sample. */
  tool: Tool;
  sample: SampleName | null;
  /** The learner's world edits (`world` key, the compact form of README "World edits"). */
  edits: readonly WorldEdit[];
  /** Issue 24: the mission to open (`mission`), kept with the link's own world when it names one. */
  mission: MissionId | null;
  missionKeepsWorld: boolean;
  /** Issue 24: the missions offered (`missions`); empty offers all. */
  missions: readonly MissionId[];
}

/** A value we could not use, and what we used instead; shown to the user as a polite notice. */
export interface ConfigNotice {
  key: string;
  value: string;
  fallback: string;
  hint: string;
}

/** The store's defaults (src/store/defaults.ts), plus the keys only a link or attribute has. */
export const DEFAULT_CONFIG: JourneyConfig = {
  mode: 'cross-domain',
  message: JOURNEY_DEFAULTS.message,
  retrieval: JOURNEY_DEFAULTS.retrieval,
  setup: JOURNEY_DEFAULTS.setup,
  preset: JOURNEY_DEFAULTS.preset,
  speed: JOURNEY_DEFAULTS.speed,
  autoplay: false,
  step: null,
  lang: null,
  theme: JOURNEY_DEFAULTS.theme,
  controls: JOURNEY_DEFAULTS.controls,
  depth: null,
  checkpoints: JOURNEY_DEFAULTS.checkpoints,
  motion: JOURNEY_DEFAULTS.motion,
  tool: JOURNEY_DEFAULTS.tool,
  sample: JOURNEY_DEFAULTS.sample,
  edits: JOURNEY_DEFAULTS.edits,
  pace: null,
  layout: 'full',
  mission: null,
  missionKeepsWorld: false,
  missions: [],
};
