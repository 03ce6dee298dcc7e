// The journey store's state and actions, in three slices: compose (the message, the world and the
// plan), playback (the cursor and the clock's progress) and display (how things are shown).
import type {
  ComposedMessage,
  FieldErrors,
  MessageField,
  Mode,
  Plan,
  PresetName,
  Retrieval,
  SampleName,
  Scenario,
  SendSetup,
  World,
  WorldEdit,
} from '../model';
import type { Controls, Depth, Layout, Motion, Pace, Theme, Tool } from './defaults';
import type { Engine } from './whenEngine';
import type { MissionId } from '../model';

/** Issue 24: one mission's progress: how many Sends and hints, whether done, the answer to its question. */
export interface MissionProgress {
  attempts: number;
  hints: number;
  done: boolean;
  answer: number | null;
}

export type Status = 'idle' | 'playing' | 'paused' | 'finished';

export interface CheckpointAnswer {
  choice: number;
  correct: boolean;
  /** Given in an earlier session (the `answers` key): shown in the recap, never reported again. */
  earlier?: boolean;
}

/** What a store starts from: the message and world are required, the rest has defaults. */
export interface JourneyInit {
  message: ComposedMessage;
  retrieval: Retrieval;
  preset: PresetName | null;
  speed: number;
  /** The learner's world edits (the `world` key), applied after the preset's. */
  edits?: readonly WorldEdit[];
  /** Where the sender writes (app or webmail), the submission port, POP3's "leave a copy"
   *  (keys client, submission, keep); the defaults when left out. */
  setup?: SendSetup;
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
  /** Issue 16: reading pace (playback) and layout (display). */
  pace?: Pace | null;
  layout?: Layout;
  /**
   * Answers given in an earlier session, by step index (the `answers` key): those questions are not
   * asked again and the recap counts them. A step without a question, or a choice it lacks, is ignored.
   */
  answers?: Readonly<Record<number, CheckpointAnswer>>;
  /** Issue 24: the mission to open (the `mission` key), and whether the link's world is kept (a share
   *  link made mid-way carries it) instead of the mission's own. */
  mission?: MissionId | null;
  missionKeepsWorld?: boolean;
  /** Issue 24: the missions the teacher offers (the `missions` key); all when empty or left out. */
  missions?: readonly MissionId[];
}

export interface ComposeSlice {
  message: ComposedMessage;
  retrieval: Retrieval;
  /** client (app · webmail), submission (587 · 465), keep (POP3 leaves a copy on the server). */
  setup: SendSetup;
  preset: PresetName | null;
  /** The learner's world edits, in the order made (a later edit of the same thing replaces it). */
  edits: readonly WorldEdit[];
  /** The world with every edit, pending ones included (what the cards show); the plan's own world
   *  is `scenario.world`. Null until the engine, which brings the world, is in (composeSlice.ts). */
  world: World | null;
  /** True while a journey is under way and the edits changed: they apply to the next Send. */
  editsPending: boolean;
  /** True when the last edit was refused because a link carries no more (MAX_EDITS); the cards say so. */
  editsFull: boolean;
  errors: FieldErrors;
  scenario: Scenario | null;
  /** Null while the message has errors, or for a moment until the engine is in (src/store/whenEngine.ts). */
  plan: Plan | null;
  /** Until the engine is in, the default journey's servers and lines (a plan without steps): the first picture. */
  picture: Plan | null;
  /** The same plan with every protocol line, header and mailbox state, once asked for (loadDetail). */
  detailedPlan: Plan | null;
}

export interface PlaybackSlice {
  status: Status;
  /** Index of the current step; -1 before Send. */
  cursor: number;
  /** How far the current step has played, 0 to 1; changes every frame. */
  progress: number;
  speed: number;
  /** The step whose checkpoint question is showing (the journey waits before it), or null. */
  pending: number | null;
  /** Answers given in this run, by step index, with those of an earlier session (`earlier`). */
  answers: Readonly<Record<number, CheckpointAnswer>>;
  /** Issue 16: wait after each step for Next (`step`), or play on (`auto`). */
  pace: Pace;
  /** Issue 16: the reading time of the caption shown for a step (lesson ms at 1×), reported by its view. */
  reading: { index: number; ms: number } | null;
}

export interface DisplaySlice {
  depth: Depth;
  checkpoints: boolean;
  theme: Theme;
  motion: Motion;
  controls: Controls;
  lang: string;
  tool: Tool;
  sample: SampleName | null;
  /** Issue 16: `present` shows picture and caption together, without the compose form. */
  layout: Layout;
}

export type DisplaySettings = Partial<
  Pick<DisplaySlice, 'lang' | 'theme' | 'motion' | 'controls' | 'checkpoints' | 'tool' | 'layout'>
>;

export interface ComposeActions {
  setField(field: MessageField, value: string): void;
  setMode(mode: Mode): void;
  setRetrieval(retrieval: Retrieval): void;
  /** Change where the sender writes, the submission port or POP3's "leave a copy"; re-plans. */
  setSetup(change: Partial<SendSetup>): void;
  /** Choose a failure scenario (or null for a normal journey); may rewrite the recipient. */
  setPreset(preset: PresetName | null): void;
  /** Change the world; while a journey is under way the change waits for the next Send. */
  editWorld(edit: WorldEdit): void;
  /** Take back this edit (one of `edits`); an edit already taken back is not there to take. */
  undoEdit(edit: WorldEdit): void;
  /** Back to the default world (and the preset's edits, if one is chosen). */
  resetWorld(): void;
  /** Load the protocol detail (lazily, once) and keep `detailedPlan` in step with `plan` from now on. */
  loadDetail(): Promise<void>;
  /** Take a whole configuration (from attributes or a host's `set`); the journey restarts only if it changed. */
  configure(config: JourneyInit): void;
}

export interface PlaybackActions {
  send(): void;
  /** Start the same journey again from its first step. */
  restart(): void;
  play(): void;
  pause(): void;
  reset(): void;
  stepForward(): void;
  stepBack(): void;
  jumpTo(index: number): void;
  setSpeed(speed: number): void;
  /** Advance lesson time by dt milliseconds; moves across at most one step boundary. */
  tick(dtMs: number): void;
  /** Issue 16: wait after each step (`step`) or play on (`auto`). */
  setPace(pace: Pace): void;
  /** Issue 16: how many words the caption shown for step `index` has; the step lasts at least their reading time. */
  setReading(index: number, words: number): void;
  /** Answer the pending checkpoint question with the index of a choice. */
  answer(choice: number): void;
  /** Leave the checkpoint and play the step it asked about. */
  proceed(): void;
}

export interface DisplayActions {
  setDepth(depth: Depth): void;
  /** Change display settings that do not touch the journey (language, theme, motion, controls). */
  setDisplay(display: DisplaySettings): void;
}

export interface EngineActions {
  /**
   * The journey engine is in (the mount hands it over from the later tier): what was derived before
   * it gets its world, scenario and plan, and the actions that waited for it run in order. Nothing
   * the learner typed or chose meanwhile changes.
   */
  engineArrived(engine: Engine): void;
}

/** Issue 24: the missions (missionSlice.ts): the open one, the panel, the teacher's pick, progress. */
export interface MissionSlice {
  /** The open mission, or null. */
  mission: MissionId | null;
  /** Whether the Missions panel is showing (the list, or the open mission). */
  missionsShown: boolean;
  /** The missions the teacher offers (the `missions` key), in their order. */
  missionsOffered: readonly MissionId[];
  /** Each mission's progress in this session. */
  missionProgress: Readonly<Partial<Record<MissionId, MissionProgress>>>;
}

export interface MissionActions {
  showMissions(shown: boolean): void;
  /** Open a mission: its world and message replace the current ones, unless `keepWorld` (a share link
   *  that carries the world as the learner left it). */
  openMission(id: MissionId, keepWorld?: boolean): void;
  closeMission(): void;
  /** Show the next hint of the open mission (counted). */
  takeHint(): void;
  /** Answer the open mission's question (a choice's index). */
  answerMission(choice: number): void;
  /** The teacher's choice of missions (lesson settings); none chosen offers them all. */
  offerMissions(ids: readonly MissionId[]): void;
}

export type JourneyActions = ComposeActions & PlaybackActions & DisplayActions & EngineActions & MissionActions;

export interface JourneyStoreState extends ComposeSlice, PlaybackSlice, DisplaySlice, MissionSlice {
  /** Every command, in one object whose identity never changes (safe to select whole). */
  actions: JourneyActions;
}

export type Set = (partial: Partial<JourneyStoreState>) => void;
export type Get = () => JourneyStoreState;
