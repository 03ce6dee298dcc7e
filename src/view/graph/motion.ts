// Where the envelope and the DNS question are at a moment of a step: position = f(step, progress).
import type { Step } from '../../model';
import { pointOnEdge, type Point } from './layout';

export interface Tokens {
  envelope: (Point & { visible: boolean }) | null;
  question: (Point & { answering: boolean }) | null;
}

/** The share of a step spent travelling; the rest is a pause on arrival to read the caption. */
export const TRAVEL_SHARE = 0.6;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
const clamp01 = (t: number) => Math.min(1, Math.max(0, t));
const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/**
 * With `jump` (reduced motion) nothing flies: the envelope is drawn where it arrives and the
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
  return { envelope: { ...pointOnEdge(from, to, control, travel), visible: true }, question: null };
}
