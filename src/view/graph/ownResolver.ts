// The receiving MX's own resolver (email-facts §8): the MX asks its provider's recursive resolver for
// PTR, SPF, DKIM and DMARC, not the sender's. Drawn inside its provider's box, beside the first server
// of its row (wide) or below the MX (tall), from the MX's first check on; not a node of the contract,
// so it has no `data-node` id. Pure: where it sits, how lines pass it, and its marks at a step.
import type { GraphEdge, GraphNode, NodeId, Step } from '../../model';
import type { LaidNode, LaidResolver, Layout, Orientation, Point } from './geometry';

/** Room left of a row's first server (wide) for its resolver and its two lines of words. */
export const RESOLVER_ROOM = 150;
/** Extra room below an asking MX in the tall column, above the next server. */
export const TALL_RESOLVER_ROOM = 80;
const TALL_COLUMN_GAP = 40;
/** Wide: a little below the row, so its lines to the MX pass under a reply code at the MX's left. */
const WIDE_DROP = 14;
const TALL_DROP = 124;
export const RESOLVER_RADIUS = 16;
const MX_RADIUS = 28;

/** A look-up the node makes on its own behalf (the MX's checks): asked from the node, of its resolver. */
export const ownLookup = (s: Pick<Step, 'kind' | 'from' | 'to'>) => s.kind === 'lookup' && s.from === s.to;

/**
 * The MXs that ask their own resolver in this plan: those with a check of their own. The first picture
 * has no steps yet; its journey (the default) checks at its MX, so every MX with a resolver counts.
 */
export function askingOwn(nodes: readonly GraphNode[], steps: readonly Step[]): Set<NodeId> {
  const own = nodes.filter((n) => n.resolver).map((n) => n.id);
  if (steps.length === 0) return new Set(own);
  return new Set(steps.filter((s) => ownLookup(s) && own.includes(s.from)).map((s) => s.from));
}

/** One resolver per provider's box: left of its row's first server (wide), below its first asking MX (tall). */
export function resolverSpots(
  nodes: readonly LaidNode[],
  own: ReadonlySet<NodeId>,
  orientation: Orientation,
): LaidResolver[] {
  const boxes = new Map<string, LaidResolver>();
  for (const mx of nodes.filter((n) => own.has(n.node.id) && n.node.resolver)) {
    const box = `${mx.node.zone}|${mx.node.branch ?? ''}`;
    const known = boxes.get(box);
    if (known) {
      known.askers.push(mx.node.id);
      continue;
    }
    const row = nodes.filter((n) => n.y === mx.y && `${n.node.zone}|${n.node.branch ?? ''}` === box);
    const spot =
      orientation === 'wide'
        ? { x: Math.min(...row.map((n) => n.x)) - RESOLVER_ROOM, y: mx.y + WIDE_DROP }
        : { x: mx.x + TALL_COLUMN_GAP, y: mx.y + TALL_DROP };
    boxes.set(box, { ...spot, askers: [mx.node.id], ...mx.node.resolver! });
  }
  return [...boxes.values()];
}

/** Where a resolver's drawing and words are, with a margin: lines of other servers keep out. */
function footprint(r: Point) {
  return { left: r.x - 80, right: r.x + 80, top: r.y - 30, bottom: r.y + 62 };
}

const curveAt = (a: Point, c: Point, b: Point, t: number): Point => {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
};

function crosses(a: Point, c: Point, b: Point, r: Point): boolean {
  const f = footprint(r);
  for (let i = 0; i <= 40; i++) {
    const p = curveAt(a, c, b, i / 40);
    if (p.x > f.left && p.x < f.right && p.y > f.top && p.y < f.bottom) return true;
  }
  return false;
}

/**
 * A line to a further destination's row that would cross another row's resolver bends round it on
 * the left (the side away from that row's servers); null when no resolver is in the way.
 */
export function aroundResolvers(
  edge: GraphEdge,
  source: Point,
  target: Point,
  resolvers: readonly LaidResolver[],
): Point | null {
  const mid = { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
  const others = resolvers.filter((r) => !r.askers.includes(edge.from) && !r.askers.includes(edge.to));
  const hit = others.filter((r) => crosses(source, mid, target, r));
  if (hit.length === 0) return null;
  const r = hit[0]!;
  for (let x = footprint(r).left; x > -800; x -= 20) {
    const control = { x, y: r.y };
    if (!others.some((o) => crosses(source, control, target, o))) return control;
  }
  return null;
}

/** The resolver of the MX that asks in this step, or null (every other step, and a look-up via the sender's resolver). */
export function ownResolverOf(layout: Layout, step: Pick<Step, 'kind' | 'from' | 'to'> | null): LaidResolver | null {
  if (!step || !ownLookup(step)) return null;
  return layout.resolvers?.find((r) => r.askers.includes(step.from)) ?? null;
}

/** A resolver as the picture shows it at a step: where, whose, and the pull between it and its MX. */
export interface ResolverMark extends Point {
  key: string;
  /** The MX it belongs to (`data-resolver-of`): the one that asked last. */
  node: NodeId;
  host: string;
  domain: string;
  /** Its words beside it (tall) or below it (wide). */
  beside: boolean;
  /** Being asked in the current step. */
  asking: boolean;
  /** The question out and the answer back, drawn as the sender's DNS pulls are. */
  pulls: { key: 'request' | 'response'; d: string }[];
}

const fmt = (p: Point) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;

/**
 * A pull from `a` to `b`, moved `lane` units to its side, ending short of both circles; over
 * `control` when a server stands between them (the first MX, when the second one asks).
 */
function pull(a: Point, b: Point, control: Point | null, gaps: [number, number], lane: number): string {
  const toward = (p: Point, q: Point, gap: number) => {
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    return { x: p.x + ((q.x - p.x) / len) * gap, y: p.y + ((q.y - p.y) / len) * gap };
  };
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const shift = (p: Point) => ({ x: p.x - ((b.y - a.y) / len) * lane, y: p.y + ((b.x - a.x) / len) * lane });
  const start = shift(toward(a, control ?? b, gaps[0]));
  const end = shift(toward(b, control ?? a, gaps[1]));
  return control ? `M${fmt(start)}Q${fmt(shift(control))} ${fmt(end)}` : `M${fmt(start)}L${fmt(end)}`;
}

/** Over a server that stands on the straight way between the asking MX and its resolver; else null. */
function over(layout: Layout, mx: Point, r: Point): Point | null {
  const between = layout.nodes.some(
    (n) =>
      (n.x - mx.x) * (n.x - r.x) < 0 && Math.abs(n.y - (mx.y + ((r.y - mx.y) * (n.x - mx.x)) / (r.x - mx.x || 1))) < 40,
  );
  return between ? { x: (mx.x + r.x) / 2, y: Math.min(mx.y, r.y) - 90 } : null;
}

/**
 * The resolvers after the steps up to `cursor`: each from its MX's first check on (before that the
 * picture does not need it); the answer's line once the first answer has come back (`arrived`).
 */
export function resolversAt(layout: Layout, steps: readonly Step[], cursor: number, arrived: boolean): ResolverMark[] {
  const at = new Map(layout.nodes.map((n) => [n.node.id, n as Point]));
  return (layout.resolvers ?? []).flatMap((r) => {
    const asked = steps.slice(0, cursor + 1).filter((s) => ownLookup(s) && r.askers.includes(s.from));
    const last = asked.at(-1);
    const mx = last ? at.get(last.from) : undefined;
    if (!last || !mx) return [];
    const asking = steps[cursor] === last;
    const answered = asked.length > 1 || !asking || arrived;
    const bend = over(layout, mx, r);
    const pulls: ResolverMark['pulls'] = [
      { key: 'request', d: pull(mx, r, bend, [MX_RADIUS + 5, RESOLVER_RADIUS + 8], -4) },
    ];
    if (answered) pulls.push({ key: 'response', d: pull(r, mx, bend, [RESOLVER_RADIUS + 5, MX_RADIUS + 8], -4) });
    return [
      {
        key: r.host,
        node: last.from,
        host: r.host,
        domain: r.domain,
        x: r.x,
        y: r.y,
        beside: layout.orientation === 'tall',
        asking,
        pulls,
      },
    ];
  });
}
