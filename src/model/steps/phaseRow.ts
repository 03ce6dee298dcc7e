// The shape of a step record (one row per phase, see phases.ts) and what rows share.
import type { Checkpoint } from './checkpoints';
import type { Hop } from './hops';
import type { JourneyEvent, JourneyState, Phase } from '../journey/machine';
import type { Scenario } from '../world/scenario';
import type { StepPicture, Text } from '../words/types';

/** What a row returns for one step; the planner adds the params every caption may use. */
export interface StepShape {
  id: string;
  hop: Hop;
  caption: string;
  params?: Record<string, string | number>;
  picture?: Partial<StepPicture>;
}

/**
 * Where a phase's steps stand in a plan of several destinations (one SMTP session per domain):
 * `trunk` once before the sessions (compose to hand-off), `bounce` once after every destination was
 * tried, and each destination's own `branch` (the default).
 */
export type StepPart = 'trunk' | 'bounce' | 'branch';

export interface PhaseRow<P extends Phase> {
  /** The ids of the steps this phase draws (the `StepId`s, phases.ts); empty when it draws none. */
  ids: readonly string[];
  part?: StepPart;
  /** The RCPT TO addresses its step speaks; none when not given. */
  rcpt?(state: Extract<JourneyState, { phase: P }>, event: JourneyEvent, s: Scenario): readonly string[];
  /** The step this phase is, until `event` ends it; null when the phase draws no step. */
  step(state: Extract<JourneyState, { phase: P }>, event: JourneyEvent, s: Scenario): StepShape | null;
  /** The number of the mix-up this step puts right, if any: 1 to 7 from email-facts.md §6; 8 to 10
   *  from §9 (STARTTLS always encrypts; SPF protects From:; DMARC stops lookalike domains). */
  myth?(state: Extract<JourneyState, { phase: P }>, event: JourneyEvent, s: Scenario): number | null;
  /** The prediction question to ask before this step (checkpoints=1), if any. */
  checkpoint?(state: Extract<JourneyState, { phase: P }>, event: JourneyEvent, s: Scenario): Checkpoint | null;
}

export const reply = (r: { code: number; enhanced: string; text: string } | null, status: string) =>
  r ? `${r.code} ${r.enhanced} ${r.text}` : status;

export const wait = (key: string, params: Record<string, number>): Text => ({ key, params });

/** Postfix's first retry comes after about 5 min; it gives up after 5 days (email-facts.md §8). */
export const RETRY_MINUTES = 5;
export const GIVE_UP_DAYS = 5;
export const TIMEOUT_SECONDS = 30;
