// Where Expert depth's protocol tag ("SMTP 587") sits on the active line. At its middle, unless the
// step carries a reply code: then the code's badge (lock 535, ✗ 552) is drawn beside the answering
// node, often over that middle on a short line, and it is the mark that tells the endings apart; so
// the tag steps aside, below a line that runs across (wide) or right of one that runs down (tall).
import type { Step } from '../../model';
import { pointOnEdge, type Point } from './geometry';

/** How far the tag steps aside from a line whose step has a code. */
export const PILL_ASIDE = { across: 28, down: 96 } as const;

export function pillSpot(step: Pick<Step, 'code' | 'rcptCodes'>, a: Point, b: Point, control: Point | null): Point {
  const middle = pointOnEdge(a, b, control, 0.5);
  const coded = step.code !== null || Object.keys(step.rcptCodes ?? {}).length > 0;
  if (!coded) return middle;
  const across = Math.abs(b.x - a.x) >= Math.abs(b.y - a.y);
  return across ? { x: middle.x, y: middle.y + PILL_ASIDE.across } : { x: middle.x + PILL_ASIDE.down, y: middle.y };
}

/** The tag's words: the protocol's own name (never translated) and its port. */
export function pillLabel(step: Pick<Step, 'protocol' | 'port'>): string {
  const name = step.protocol.split(' ')[0] ?? step.protocol;
  return step.port === null ? name : `${name} ${step.port}`;
}

/** The tag's width as drawMarks sizes it. */
export const pillWidth = (label: string) => label.length * 7.6 + 16;
