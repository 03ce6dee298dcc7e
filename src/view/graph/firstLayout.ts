// The first picture's layouts (wide and tall), worked out ahead so that layout.ts stays out of the
// first load. firstLayout.json holds only what the plan does not: where each node sits, each edge's
// curve and the zones' boxes; test/view/graph/firstLayout.test.ts keeps it equal to layoutGraph's.
import type { GraphNode, NodeId, Plan, Zone } from '../../model';
import type { LaidEdge, LaidZone, Layout, Orientation, Point } from './geometry';
import FIRST from './firstLayout.json';

/** A zone's box: its key, zone, place and size, and where its title may start (tall). Its title is the plan's. */
type CompactZone =
  [string, Zone, number, number, number, number] | [string, Zone, number, number, number, number, number];

/** One orientation's layout without the plan's own data: nodes as [id, x, y], edges as [id, control?]. */
export interface CompactLayout {
  width: number;
  height: number;
  nodes: [NodeId, number, number][];
  edges: ([string] | [string, number, number])[];
  zones: CompactZone[];
}

export type FirstLayouts = Record<Orientation, CompactLayout>;

/**
 * What of a layout is not in its plan. Only for a picture whose zones are titled as the plan titles
 * them, with no verdict or outsider's box (the first picture): anything else cannot be written.
 */
export function compact(layout: Layout, plan: Pick<Plan, 'zoneLabels'>): CompactLayout {
  const zones = layout.zones.map((z): CompactZone => {
    if (z.verdict || z.labelAt || JSON.stringify(z.label) !== JSON.stringify(plan.zoneLabels[z.zone] ?? null))
      throw new Error(`The zone ${z.key} is not one the first layout can hold`);
    const box = [z.key, z.zone, z.x, z.y, z.width, z.height] as const;
    return z.labelLeft === undefined ? [...box] : [...box, z.labelLeft];
  });
  return {
    width: layout.width,
    height: layout.height,
    nodes: layout.nodes.map((n) => [n.node.id, n.x, n.y]),
    edges: layout.edges.map((e) => (e.control ? [e.id, e.control.x, e.control.y] : [e.id])),
    zones,
  };
}

/** The layout again, from its compact form and the plan it was made for. */
export function expand(laid: CompactLayout, plan: Picture, orientation: Orientation): Layout {
  const nodeOf = new Map<NodeId, GraphNode>(plan.nodes.map((n) => [n.id, n]));
  const nodes = laid.nodes.map(([id, x, y]) => ({ node: nodeOf.get(id)!, x, y }));
  const at = new Map<NodeId, Point>(nodes.map((n) => [n.node.id, { x: n.x, y: n.y }]));
  const edges = laid.edges.map(([id, x, y]): LaidEdge => {
    const edge = plan.edges.find((e) => e.id === id)!;
    const control = x === undefined ? null : { x, y: y! };
    return { ...edge, source: at.get(edge.from)!, target: at.get(edge.to)!, control };
  });
  const zones = laid.zones.map(([key, zone, x, y, width, height, labelLeft]): LaidZone => {
    const box = { key, zone, label: plan.zoneLabels[zone] ?? null, x, y, width, height, verdict: null };
    return labelLeft === undefined ? box : { ...box, labelLeft };
  });
  return { orientation, width: laid.width, height: laid.height, nodes, zones, edges };
}

type Picture = Pick<Plan, 'nodes' | 'edges' | 'zoneLabels'>;

const FIRST_LAYOUTS = FIRST as unknown as FirstLayouts;
const made = new WeakMap<object, Partial<Record<Orientation, Layout>>>();

/** The first picture's layout: the same object each time for the same picture, so nothing is redrawn for nothing. */
export function firstLayout(picture: Picture, orientation: Orientation): Layout {
  const mine = made.get(picture) ?? {};
  made.set(picture, mine);
  return (mine[orientation] ??= expand(FIRST_LAYOUTS[orientation], picture, orientation));
}
