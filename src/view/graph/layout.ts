// Pure layout of the journey graph: where each node, zone and edge sits, for a wide or tall container.
import type { GraphEdge, GraphNode, Mode, NodeId, Plan, Text, Zone } from '../../model';

export type Orientation = 'wide' | 'tall';

export interface Point {
  x: number;
  y: number;
}

export interface LaidNode extends Point {
  node: GraphNode;
}

export interface LaidZone {
  zone: Zone;
  label: Text;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidEdge extends GraphEdge {
  source: Point;
  target: Point;
  /** Control point of a curve for an edge that would otherwise run through another node. */
  control: Point | null;
}

export interface Layout {
  orientation: Orientation;
  width: number;
  height: number;
  nodes: LaidNode[];
  zones: LaidZone[];
  edges: LaidEdge[];
}

/** Containers narrower than this get the top-to-bottom layout, so text stays legible on phones. */
export const TALL_BELOW_PX = 640;

export const orientationFor = (containerWidth: number): Orientation =>
  containerWidth < TALL_BELOW_PX ? 'tall' : 'wide';

type Slots = Partial<Record<NodeId, Point>>;

const at = (x: number, y: number): Point => ({ x, y });

// Cross-domain, wide: the sender's side on top, the Internet in the middle, the recipient's side below.
const WIDE_CROSS: Slots = {
  'sender-client': at(90, 110),
  'sender-msa': at(250, 110),
  'sender-mta': at(410, 110),
  dns: at(730, 292),
  'recipient-mx': at(410, 472),
  'relay-1': at(570, 472),
  'recipient-store': at(730, 472),
  'recipient-imap': at(890, 472),
  'recipient-pop3': at(890, 472),
  'recipient-client': at(1050, 472),
};
// Same-domain, wide: one short row that never leaves the provider.
const WIDE_SAME: Slots = {
  'sender-client': at(150, 110),
  'sender-msa': at(390, 110),
  'recipient-store': at(630, 110),
  'recipient-imap': at(870, 110),
  'recipient-pop3': at(870, 110),
  'recipient-client': at(1050, 110),
};
const TALL_CROSS: Slots = {
  'sender-client': at(70, 60),
  'sender-msa': at(70, 180),
  'sender-mta': at(70, 290),
  dns: at(300, 400),
  'recipient-mx': at(70, 540),
  'relay-1': at(70, 650),
  'recipient-store': at(70, 760),
  'recipient-imap': at(70, 870),
  'recipient-pop3': at(70, 870),
  'recipient-client': at(70, 990),
};
const TALL_SAME: Slots = {
  'sender-client': at(70, 60),
  'sender-msa': at(70, 190),
  'recipient-store': at(70, 320),
  'recipient-imap': at(70, 450),
  'recipient-pop3': at(70, 450),
  'recipient-client': at(70, 580),
};

const SIZE = {
  wide: { width: 1140, height: { 'cross-domain': 592, 'same-domain': 225 } },
  tall: { width: 400, height: { 'cross-domain': 1060, 'same-domain': 650 } },
} as const;

function slotsFor(orientation: Orientation, mode: Mode): Slots {
  if (orientation === 'wide') return mode === 'cross-domain' ? WIDE_CROSS : WIDE_SAME;
  return mode === 'cross-domain' ? TALL_CROSS : TALL_SAME;
}

/** Where a zone's box goes around its nodes, leaving room for their labels. */
function zoneBox(points: Point[], orientation: Orientation, width: number): Omit<LaidZone, 'zone' | 'label'> {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  if (orientation === 'tall') return { x: 12, y: top - 52, width: width - 24, height: bottom - top + 98 };
  const left = Math.min(...xs) - 76;
  return { x: left, y: top - 70, width: Math.max(...xs) + 76 - left, height: bottom - top + 168 };
}

function internetBand(dns: Point, orientation: Orientation, width: number): Omit<LaidZone, 'zone' | 'label'> {
  return orientation === 'wide'
    ? { x: 12, y: dns.y - 66, width: width - 24, height: 146 }
    : { x: 12, y: dns.y - 56, width: width - 24, height: 132 };
}

export function layoutGraph(
  plan: Pick<Plan, 'nodes' | 'edges' | 'zoneLabels'>,
  mode: Mode,
  orientation: Orientation,
): Layout {
  const slots = slotsFor(orientation, mode);
  const width = SIZE[orientation].width;
  const height = SIZE[orientation].height[mode];
  const nodes: LaidNode[] = plan.nodes.flatMap((node) => {
    const slot = slots[node.id];
    return slot ? [{ node, ...slot }] : [];
  });
  const position = new Map<NodeId, Point>(nodes.map((n) => [n.node.id, { x: n.x, y: n.y }]));
  const zones: LaidZone[] = [];
  for (const [zone, label] of Object.entries(plan.zoneLabels) as [Zone, Text][]) {
    const members = nodes.filter((n) => n.node.zone === zone);
    if (members.length === 0) continue;
    const box =
      zone === 'internet'
        ? internetBand(members[0] as Point, orientation, width)
        : zoneBox(members, orientation, width);
    zones.push({ zone, label, ...box });
  }
  const others = (edge: GraphEdge) => nodes.filter((n) => n.node.id !== edge.from && n.node.id !== edge.to);
  const edges: LaidEdge[] = plan.edges.flatMap((edge) => {
    const source = position.get(edge.from);
    const target = position.get(edge.to);
    if (!source || !target) return [];
    const blocked = others(edge).some((n) => distanceToSegment(n, source, target) < NODE_CLEARANCE);
    return [{ ...edge, source, target, control: blocked ? bend(source, target, orientation) : null }];
  });
  return { orientation, width, height, nodes, zones, edges };
}

/** How close an edge may pass to a node it does not connect before it is bent around it. */
const NODE_CLEARANCE = 40;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** A control point beside the straight line: above it in the wide layout, to its right in the tall one. */
function bend(a: Point, b: Point, orientation: Orientation): Point {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  return orientation === 'wide' ? { x: mid.x, y: mid.y - 110 } : { x: mid.x + 150, y: mid.y };
}

/** The point a fraction t along an edge, following its curve when it has one. */
export function pointOnEdge(a: Point, b: Point, control: Point | null, t: number): Point {
  if (!control) return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * control.x + t * t * b.x, y: u * u * a.y + 2 * u * t * control.y + t * t * b.y };
}

/** Splits a label into lines of at most `max` characters at spaces (the wide layout's narrow columns). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
