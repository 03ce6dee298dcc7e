// Where the caption's side lies over the picture (projector widths): at the picture's end (right) or
// start (left), whichever hides less of the journey just told; at the end of a journey, when either
// would hide some of it, under the picture instead. Pure, so the rule is tested in Node.

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A node's boxes a learner must see (circle, title, host name), and whether it is the active one. */
export interface NodeParts {
  active: boolean;
  parts: readonly Box[];
}

export const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What a place would hide: the active node first, then how many told nodes. */
function cost(place: Box, nodes: readonly NodeParts[]): [number, number] {
  const hidden = nodes.filter((node) => node.parts.some((part) => meet(part, place)));
  return [hidden.some((node) => node.active) ? 1 : 0, hidden.length];
}

/**
 * Whether the side goes to the picture's start: only when that hides less than the end does (the
 * active node above all, then the nodes of the journey told so far); the end on a tie, where the
 * picture is emptiest in most journeys.
 */
export function atStart(end: Box, start: Box, told: readonly NodeParts[]): boolean {
  const [endActive, endCount] = cost(end, told);
  const [startActive, startCount] = cost(start, told);
  return startActive !== endActive ? startActive < endActive : startCount < endCount;
}

/**
 * At a journey's end the whole journey has been told and nothing moves on: when the side would hide
 * any of its nodes wherever it lies over the picture, it goes under the picture instead.
 */
export function underAtEnd(end: Box, start: Box, told: readonly NodeParts[]): boolean {
  return cost(end, told)[1] > 0 && cost(start, told)[1] > 0;
}
