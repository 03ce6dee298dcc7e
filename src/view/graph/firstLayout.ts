// The first picture's layouts (wide and tall), worked out at build time by layout.ts itself
// (virtual:first-picture, scripts/firstPicture.ts) so that layout.ts stays out of the first load. The
// module holds only what the plan does not: where each node sits, each edge's curve and the zones' boxes.
import FIRST from 'virtual:first-picture';
import type { GraphNode, NodeId, Plan } from '../../model';
import type { CompactLayout } from './compactLayout';
import type { LaidEdge, LaidZone, Layout, Orientation, Point } from './geometry';

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

const made = new WeakMap<object, Partial<Record<Orientation, Layout>>>();

/** The first picture's layout: the same object each time for the same picture, so nothing is redrawn for nothing. */
export function firstLayout(picture: Picture, orientation: Orientation): Layout {
  const mine = made.get(picture) ?? {};
  made.set(picture, mine);
  return (mine[orientation] ??= expand(FIRST.layouts[orientation], picture, orientation));
}
