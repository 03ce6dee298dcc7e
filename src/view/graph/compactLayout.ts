// A layout without what its plan already holds: where each node sits, each edge's curve and the
// zones' boxes. The first picture's layouts are shipped in this form (virtual:first-picture) and
// expanded again by firstLayout.ts.
import type { NodeId, Plan, Zone } from '../../model';
import type { Layout, Orientation } from './geometry';

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
