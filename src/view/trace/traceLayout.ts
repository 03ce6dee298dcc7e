// Pure layout of a traced route: hosts in a snaking grid (left to right, then right to left), so
// every arrow joins neighbours, and organisation zones behind runs of hosts. Long runs inside one
// organisation fold into one "…" box, so thousands of hops draw a bounded picture. Testable without a DOM.
import type { HopRole, Tls, Trace } from '../../model/trace';

export interface Point {
  x: number;
  y: number;
}

export interface TraceNode extends Point {
  /** 0 is where the message started; node i is the server that wrote hop i (the first of a fold). */
  index: number;
  host: string;
  group: string | null;
  role: HopRole | 'origin' | 'fold';
  /** For a fold: how many hops it stands for (hop `index` to `index + folded - 1`); 0 otherwise. */
  folded: number;
  /** Written before the receiving organisation's border: drawn apart, as a claim that could be forged. */
  upstream: boolean;
  /** This server wrote verdicts: believed ones, or ones from outside the receiver. */
  verdicts: 'trusted' | 'untrusted' | null;
  /** This server refused the message (a returned original's route): its reply code, or its status when no code is quoted. */
  refused?: string | null;
}

export interface TraceEdge {
  /** The first hop this arrow stands for (index into trace.hops). */
  hop: number;
  /** The last hop it stands for: the same as `hop` unless it leads into a fold. */
  last: number;
  from: Point;
  to: Point;
  tls: Tls;
  /** The hand-over was recorded before the receiver's border. */
  upstream: boolean;
  /** The hand-over the receiving server refused (the end of a returned original's route). */
  refused?: boolean;
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
  /** Hops drawn inside "…" boxes rather than one by one (the table lists them all). */
  folded: number;
}

export const NODE = { width: 156, height: 50 };
const CELL = { width: 180, height: 132 };
const PAD = 12;
const MAX_COLUMNS = 6;
/** A run of more hops than this inside one organisation keeps its first and last two and folds the rest. */
export const FOLD_RUN = 5;
/** At most this many boxes: real messages have 3–8 hops; a longer chain folds its middle. */
export const MAX_GRAPH_NODES = 36;

type Draft = Omit<TraceNode, 'x' | 'y' | 'upstream' | 'verdicts'>;

/** A box for hops `from` to `to` (indexes into trace.hops). */
const fold = (from: number, to: number, group: string | null): Draft => ({
  index: from + 1,
  host: '',
  group,
  role: 'fold',
  folded: to - from + 1,
});

/** Origin, then one node per hop; long same-organisation runs fold, then the middle if still too many. */
function nodesOf(trace: Trace): Draft[] {
  const hops = trace.hops;
  const first = hops[0];
  const out: Draft[] = [
    { index: 0, host: first?.fromHost ?? '', group: first?.fromOrg ?? null, role: 'origin', folded: 0 },
  ];
  let start = 0;
  for (let i = 1; i <= hops.length; i += 1) {
    if (i < hops.length && hops[i]!.byOrg === hops[start]!.byOrg) continue;
    const run = i - start;
    const one = (k: number): Draft => {
      const h = hops[k]!;
      return { index: k + 1, host: h.byHost, group: h.byOrg, role: h.role, folded: 0 };
    };
    if (run <= FOLD_RUN) for (let k = start; k < i; k += 1) out.push(one(k));
    else out.push(one(start), one(start + 1), fold(start + 2, i - 3, hops[start]!.byOrg), one(i - 2), one(i - 1));
    start = i;
  }
  if (out.length <= MAX_GRAPH_NODES) return out;
  // Still too many (organisations alternating): keep both ends, fold everything between.
  const head = out.slice(0, MAX_GRAPH_NODES / 2);
  const tail = out.slice(out.length - MAX_GRAPH_NODES / 2 + 1);
  const last = head.at(-1)!;
  const from = last.index - 1 + Math.max(1, last.folded); // the hop after the head's last one
  const to = tail[0]!.index - 2; // the hop before the tail's first one
  return [...head, fold(from, to, null), ...tail];
}

export function layoutTrace(trace: Trace, width: number): TraceLayout {
  const drafts = nodesOf(trace);
  const columns = Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width - 2 * PAD) / CELL.width)));
  const used = Math.min(columns, drafts.length);
  const left = Math.max(PAD, (width - used * CELL.width) / 2);
  const cellOf = (i: number) => {
    const row = Math.floor(i / columns);
    const along = i % columns;
    return { row, column: row % 2 === 0 ? along : columns - 1 - along };
  };
  const nodes: TraceNode[] = drafts.map((n, i) => {
    const { row, column } = cellOf(i);
    const hop = n.index > 0 ? trace.hops[n.index - 1] : undefined;
    // The sender's first server and every one before the border: what the receiver cannot vouch for.
    const upstream = hop ? hop.upstream : (trace.hops[0]?.upstream ?? false);
    const groups = hop && !n.folded ? trace.verdicts.filter((g) => g.hop === hop.number) : [];
    const verdicts = groups.length ? (groups.every((g) => g.trusted) ? 'trusted' : 'untrusted') : null;
    const refusal = trace.refusal && !n.folded && n.index - 1 === trace.refusal.hop ? trace.refusal : null;
    return {
      ...n,
      upstream,
      verdicts,
      refused: refusal ? String(refusal.code ?? refusal.status ?? '✗') : null,
      x: left + column * CELL.width + CELL.width / 2,
      y: PAD + row * CELL.height + CELL.height / 2,
    };
  });
  const edges: TraceEdge[] = nodes.slice(1).map((to, i) => {
    const hop = to.index - 1;
    const last = to.folded ? hop + to.folded - 1 : hop;
    const h = trace.hops[hop]!;
    return {
      hop,
      last,
      from: nodes[i]!,
      to,
      tls: h.fields.tls,
      upstream: h.upstream,
      refused: trace.refusal?.hop === hop,
    };
  });
  const rows = Math.ceil(nodes.length / columns);
  return {
    nodes,
    edges,
    zones: zonesOf(nodes, columns, cellOf, left),
    width,
    height: rows * CELL.height + 2 * PAD,
    folded: nodes.reduce((sum, n) => sum + n.folded, 0),
  };
}

/** The arrow a hop travels along: its own, or the one into the fold that holds it. */
export function edgeOfHop(edges: readonly TraceEdge[], hop: number): TraceEdge | undefined {
  return edges.find((e) => e.hop <= hop && hop <= e.last);
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
