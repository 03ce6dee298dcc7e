// Pure layout of a traced route: hosts in a snaking grid (left to right, then right to left), so
// every arrow joins neighbours, and organisation zones behind runs of hosts. Testable without a DOM.
import type { Hop, HopRole, Tls, Trace } from '../../model/trace';

export interface Point {
  x: number;
  y: number;
}

export interface TraceNode extends Point {
  /** 0 is where the message started; node i is the server that wrote hop i. */
  index: number;
  host: string;
  group: string | null;
  role: HopRole | 'origin';
}

export interface TraceEdge {
  /** The hop this arrow stands for (index into trace.hops). */
  hop: number;
  from: Point;
  to: Point;
  tls: Tls;
}

export interface TraceZone {
  key: string;
  group: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Only the first piece of a zone that wraps across rows carries its label. */
  labelled: boolean;
  /** Colour of the zone: organisations take turns in order of appearance; unnamed ones are grey. */
  tone: number;
}

export interface TraceLayout {
  nodes: TraceNode[];
  edges: TraceEdge[];
  zones: TraceZone[];
  width: number;
  height: number;
  /** Hops left out of the picture (the table still lists them). */
  hidden: number;
}

export const NODE = { width: 156, height: 50 };
const CELL = { width: 180, height: 132 };
const PAD = 12;
const MAX_COLUMNS = 6;
/** More hosts than this make a picture nobody can read; real messages have 3–8 hops. */
export const MAX_GRAPH_HOPS = 48;

function nodesOf(trace: Trace): Omit<TraceNode, 'x' | 'y'>[] {
  const hops = trace.hops.slice(0, MAX_GRAPH_HOPS);
  const first = hops[0];
  const origin = { index: 0, host: first?.fromHost ?? '', group: first?.fromOrg ?? null, role: 'origin' as const };
  return [origin, ...hops.map((h: Hop, i) => ({ index: i + 1, host: h.byHost, group: h.byOrg, role: h.role }))];
}

export function layoutTrace(trace: Trace, width: number): TraceLayout {
  const columns = Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width - 2 * PAD) / CELL.width)));
  const used = Math.min(columns, trace.hops.length + 1);
  const left = Math.max(PAD, (width - used * CELL.width) / 2);
  const cellOf = (i: number) => {
    const row = Math.floor(i / columns);
    const along = i % columns;
    return { row, column: row % 2 === 0 ? along : columns - 1 - along };
  };
  const nodes: TraceNode[] = nodesOf(trace).map((n, i) => {
    const { row, column } = cellOf(i);
    return { ...n, x: left + column * CELL.width + CELL.width / 2, y: PAD + row * CELL.height + CELL.height / 2 };
  });
  const edges: TraceEdge[] = nodes
    .slice(1)
    .map((to, i) => ({ hop: i, from: nodes[i]!, to, tls: trace.hops[i]!.fields.tls }));
  const rows = Math.ceil(nodes.length / columns);
  return {
    nodes,
    edges,
    zones: zonesOf(nodes, columns, cellOf, left),
    width,
    height: rows * CELL.height + 2 * PAD,
    hidden: Math.max(0, trace.hops.length - MAX_GRAPH_HOPS),
  };
}

/** One rectangle per row for each run of neighbouring hosts of the same organisation. */
function zonesOf(
  nodes: readonly TraceNode[],
  columns: number,
  cellOf: (i: number) => { row: number; column: number },
  left: number,
): TraceZone[] {
  const zones: TraceZone[] = [];
  const order: (string | null)[] = [];
  let start = 0;
  for (let i = 1; i <= nodes.length; i += 1) {
    const sameRun =
      i < nodes.length &&
      nodes[i]!.group === nodes[start]!.group &&
      Math.floor(i / columns) === Math.floor(start / columns);
    if (sameRun) continue;
    const a = cellOf(start);
    const b = cellOf(i - 1);
    const group = nodes[start]!.group;
    if (group !== null && !order.includes(group)) order.push(group);
    const minColumn = Math.min(a.column, b.column);
    zones.push({
      key: `${start}`,
      group,
      x: left + minColumn * CELL.width + 4,
      y: PAD + a.row * CELL.height + 4,
      width: (Math.abs(a.column - b.column) + 1) * CELL.width - 8,
      height: CELL.height - 8,
      labelled: start === 0 || nodes[start - 1]!.group !== group,
      tone: group === null ? 0 : (order.indexOf(group) % 3) + 1,
    });
    start = i;
  }
  return zones;
}

/** Where the envelope is on a hop's arrow, between the two boxes' edges. */
export function pointOnTraceEdge(edge: TraceEdge, progress: number): Point {
  const p = Math.max(0, Math.min(1, progress));
  return { x: edge.from.x + (edge.to.x - edge.from.x) * p, y: edge.from.y + (edge.to.y - edge.from.y) * p };
}

/** Shortens a text to fit: keep the end (where a domain's organisation is) or the start. */
export function shortHost(host: string, max = 20, keep: 'end' | 'start' = 'end'): string {
  if (host.length <= max) return host;
  return keep === 'end' ? `…${host.slice(host.length - max + 1)}` : `${host.slice(0, max - 1)}…`;
}

/** A host name on two lines: its own label, then its domain (`mx1` / `example.org`). */
export function hostLines(host: string): [string, string] {
  const dot = host.indexOf('.');
  if (dot <= 0 || /^[\d.]+$/.test(host) || host.includes(':')) return [shortHost(host, 21, 'start'), ''];
  return [shortHost(host.slice(0, dot), 21, 'start'), shortHost(host.slice(dot + 1), 25)];
}
