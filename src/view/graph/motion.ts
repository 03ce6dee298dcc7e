// Where the moving token is at a moment of a step: position = f(step, progress), never state of its own.
import type { Step } from '../../model';
import { pointOnEdge, type Point } from './geometry';

export interface Tokens {
  envelope: (Point & { visible: boolean }) | null;
  question: (Point & { answering: boolean }) | null;
}

/** The share of a step spent travelling; the rest is a pause on arrival to read the caption. */
export const TRAVEL_SHARE = 0.6;
/** How far a refused or deferred message gets before it is turned back (the reply comes at the door). */
export const TURN_AT = 0.82;
/** Where an attempt that gets no answer stops: the line breaks before the host. */
export const BREAK_AT = 0.7;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
const clamp01 = (t: number) => Math.min(1, Math.max(0, t));
const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/**
 * How far along its edge the token is when the travel is `travel` done (0 to 1): straight there, or,
 * for an attempt that fails on the way, out to the door (or the break) and back.
 */
export function distanceAlong(step: Pick<Step, 'result' | 'token'>, travel: number): number {
  // A reply travelling back (token `answer`) is a plain trip; so is every accepted hop.
  const turnsBack = step.token !== 'answer' && (step.result === 'refused' || step.result === 'deferred');
  if (turnsBack) return travel < 0.5 ? TURN_AT * (travel / 0.5) : TURN_AT * (1 - (travel - 0.5) / 0.5);
  if (step.result === 'no-answer')
    return travel < 0.5 ? BREAK_AT * (travel / 0.5) : BREAK_AT * (1 - (travel - 0.5) / 0.5);
  return travel;
}

/**
 * With `jump` (reduced motion) nothing flies: the token is drawn where the step leaves it and the
 * question sits at the DNS resolver until the step ends.
 */
export function tokensAt(
  step: Step | null,
  progress: number,
  from: Point | undefined,
  to: Point | undefined,
  jump: boolean,
  control: Point | null = null,
): Tokens {
  if (!step || !from || !to) return { envelope: null, question: null };
  const travel = jump ? 1 : ease(clamp01(progress / TRAVEL_SHARE));
  if (step.kind === 'lookup') {
    // The question goes out and the answer comes back while the message waits at the MTA.
    const there = clamp01(progress * 2);
    const back = jump ? 0 : clamp01(progress * 2 - 1);
    const place = back > 0 ? lerp(to, from, ease(back)) : lerp(from, to, jump ? 1 : ease(there));
    return { envelope: { ...from, visible: true }, question: { ...place, answering: back > 0 } };
  }
  return {
    envelope: { ...pointOnEdge(from, to, control, distanceAlong(step, travel)), visible: true },
    question: null,
  };
}

/**
 * Whether the step's outcome has happened by `progress`: a reply at the door comes halfway through
 * the trip, an accepted hop on arrival. Its marks (a code, a folder, the attempt line) show from then on.
 */
export function arrivedAt(step: Pick<Step, 'result' | 'token' | 'kind'>, progress: number): boolean {
  if (step.kind === 'lookup') return progress >= 0.5;
  const turnsBack = step.token !== 'answer' && (step.result === 'refused' || step.result === 'deferred');
  const half = turnsBack || step.result === 'no-answer';
  return progress >= (half ? TRAVEL_SHARE / 2 : TRAVEL_SHARE);
}
