// Pure geometry of the picture's grammar: every attempt so far, reply codes, queues, folders,
// verdict badges and DNS bubbles, placed beside the nodes where they never cover a label.
import type { AttemptResult, DnsBubble, NodeId, Step, Text, Verdict } from '../../model';
import { BREAK_AT } from './motion';
import { pointOnEdge, type LaidNode, type Layout, type Point } from './geometry';
import { routeRank } from './layout';
import { resolversAt, type ResolverMark } from './ownResolver';

export interface AttemptMark {
  /** Stable key for the data join: the step's index. */
  key: string;
  edge: string;
  result: AttemptResult;
  /** What travelled: a bounce is drawn unlike the message it returns. */
  token: Step['token'];
  d: string;
  /** An SMTP attempt between servers: encrypted or readable on the wire (`data-tls`); null otherwise. */
  tls: 'tls' | 'plain' | null;
  /** Where an attempt that got no answer breaks off, with its waiting time; null otherwise. */
  broken: (Point & { wait: Text | null; label: Point & { anchor: 'middle' | 'start' | 'end' } }) | null;
}

export interface CodeMark extends Point {
  key: string;
  node: NodeId;
  code: number;
  kind: 'refused' | 'deferred';
  /** A refused login is drawn as a closed lock. */
  lock: boolean;
}

export interface QueueMark extends Point {
  key: string;
  node: NodeId;
  wait: Text;
  anchor: 'middle' | 'start';
}

export interface FolderMark extends Point {
  key: string;
  node: NodeId;
  folder: 'inbox' | 'junk' | 'sent';
}

/** What DNS said about the destination's mail servers, kept beside the resolver once the look-ups are over. */
export interface RecordMark extends Point {
  key: string;
  text: Text;
  anchor: 'start' | 'end';
}

export interface VerdictMark extends Point {
  key: string;
  node: NodeId;
  verdicts: readonly Verdict[];
  /** The MX's Authentication-Results in short, `spf=…;dkim=…;dmarc=…` (`data-auth`), once DMARC is checked. */
  auth: string | null;
  anchor: 'middle' | 'start';
}

/** A man in the middle's readable copy (`copy`, at its node), or a line crossed in plaintext (`plain`). */
export interface TapMark extends Point {
  key: string;
  kind: 'copy' | 'plain';
  node: NodeId;
}

export interface BubbleMark extends Point {
  /** `policy-…`: the MTA-STS policy's question and answer, drawn below the MX look-up's. */
  key: 'question' | 'answer' | 'policy-question' | 'policy-answer';
  text: Text;
  anchor: 'start' | 'middle' | 'end';
  /** The widest the bubble may be before its text is squeezed. */
  max: number;
}

export interface Marks {
  attempts: AttemptMark[];
  codes: CodeMark[];
  queues: QueueMark[];
  folders: FolderMark[];
  verdicts: VerdictMark[];
  taps: TapMark[];
  bubbles: BubbleMark[];
  records: RecordMark[];
  /** The receiving MXs' own resolvers, from their first check on. */
  resolvers: ResolverMark[];
}

const NODE_RADIUS = 28;
/** Attempts between the same two nodes run side by side, this far apart. */
const LANE = 8;

/** The step's attempt, when it has one and both ends are drawn. */
const attempted = (s: Step): s is Step & { result: AttemptResult } => s.result !== null && s.from !== s.to;

/** The server that gave a reply: the later of the two on the route (the refusing MX, not the relay it refuses). */
export const answeringNode = (s: Pick<Step, 'from' | 'to'>): NodeId =>
  routeRank(s.to) >= routeRank(s.from) ? s.to : s.from;

function shift(p: Point, normal: Point, by: number): Point {
  return { x: p.x + normal.x * by, y: p.y + normal.y * by };
}

function toward(a: Point, b: Point, gap: number): Point {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: a.x + ((b.x - a.x) / len) * gap, y: a.y + ((b.y - a.y) / len) * gap };
}

const fmt = (p: Point) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;

/** One attempt's line: along its edge (or the reverse edge's curve), moved into its lane, cut short when it broke off. */
function attemptPath(layout: Layout, s: Step & { result: AttemptResult }, lane: number): AttemptMark | null {
  const at = new Map(layout.nodes.map((n) => [n.node.id, n as Point]));
  const a = at.get(s.from);
  const b = at.get(s.to);
  if (!a || !b) return null;
  const laid = layout.edges.find((e) => (e.from === s.from && e.to === s.to) || (e.from === s.to && e.to === s.from));
  const control = laid?.control ?? null;
  // The normal of the pair's canonical direction, so lanes do not swap sides with the direction.
  const [p, q] = s.from < s.to ? [a, b] : [b, a];
  const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const normal = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
  const start = shift(toward(a, control ?? b, NODE_RADIUS + 5), normal, lane);
  const fullEnd = shift(toward(b, control ?? a, NODE_RADIUS + 8), normal, lane);
  const bend = control ? shift(control, normal, lane) : null;
  const broken = s.result === 'no-answer';
  const end = broken ? pointOnEdge(start, fullEnd, bend, BREAK_AT) : fullEnd;
  // A broken-off curve keeps its shape: the control point moves in with the end (de Casteljau).
  const curve = bend ? (broken ? pointOnEdge(start, bend, null, BREAK_AT) : bend) : null;
  const d = curve ? `M${fmt(start)}Q${fmt(curve)} ${fmt(end)}` : `M${fmt(start)}L${fmt(end)}`;
  return {
    key: String(s.index),
    edge: `${s.from}->${s.to}`,
    result: s.result,
    token: s.token,
    tls: s.tls,
    d,
    broken: broken ? { ...end, wait: s.wait, label: { x: 0, y: 18, anchor: 'middle' } } : null,
  };
}

/** Lanes: the attempts between one pair of nodes, spread evenly around the edge. */
function lanes(steps: readonly Step[]): Map<number, number> {
  const groups = new Map<string, number[]>();
  for (const s of steps) {
    const pair = [s.from, s.to].sort().join('|');
    groups.set(pair, [...(groups.get(pair) ?? []), s.index]);
  }
  const lane = new Map<number, number>();
  for (const indices of groups.values())
    indices.forEach((index, i) => lane.set(index, (i - (indices.length - 1) / 2) * LANE));
  return lane;
}

/** Places beside a node, for each orientation: left of it (wide) or above it (tall), stacked. */
function codeSpot(layout: Layout, node: Point, stack: number): Point {
  return layout.orientation === 'wide'
    ? { x: node.x - 72, y: node.y - 12 + stack * 26 }
    : { x: node.x - 8, y: node.y - 56 - stack * 26 };
}

type Spot = Point & { anchor: 'start' | 'middle' | 'end' };

/** The nodes a relay line into the recipient's MX can come from, the likelier first. */
const RELAYS: readonly NodeId[] = ['forwarder-1', 'spoofer', 'sender-mta'];
/** Clearance between the relay line and the near end of a bubble. */
const LINE_GAP = 24;

/**
 * The MX's own look-ups (PTR, SPF, DKIM, DMARC go to its own resolver, not along the relay): above
 * the MX, on the far side of the line that brought the message in, so they never sit on that line.
 */
function besideRelayLine(layout: Layout, asker: LaidNode): Record<'question' | 'answer', Spot> {
  const { x, y } = asker;
  const from = RELAYS.map((id) => layout.nodes.find((n) => n.node.id === id)).find((n) => n && n.y < y);
  const rows = [y - 118, y - 92] as const;
  // Where the straight relay line crosses each bubble's row (the MX itself when nothing relays from above).
  const crossing = (row: number) => (from ? x + ((from.x - x) * (y - row)) / (y - from.y) : x);
  const right = !from || from.x >= x;
  const edge = right ? Math.max(...rows.map(crossing)) + LINE_GAP : Math.min(...rows.map(crossing)) - LINE_GAP;
  const anchor = right ? 'start' : 'end';
  return { question: { x: edge, y: rows[0], anchor }, answer: { x: edge, y: rows[1], anchor } };
}

/**
 * Where a look-up's two bubbles go, never on a label: beside the resolver when it is on the
 * Internet, below it when it is the provider's own (in the row of its relay), and above (wide) or
 * beside (tall) a server that asks on its own behalf, like the MX checking SPF, DKIM and DMARC.
 */
function bubbleSpots(layout: Layout, asker: LaidNode, viaResolver: boolean): Record<'question' | 'answer', Spot> {
  const { x, y } = asker;
  const pair = (q: Spot, a: Spot) => ({ question: q, answer: a });
  const wide = layout.orientation === 'wide';
  // A server in the Internet's row asking on its own behalf (a forwarder): beside it, in the band.
  if (!viaResolver && wide && asker.node.zone === 'internet')
    return pair({ x: x + 48, y: y - 14, anchor: 'start' }, { x: x + 48, y: y + 14, anchor: 'start' });
  if (!viaResolver)
    return wide
      ? besideRelayLine(layout, asker)
      : pair({ x: x + 42, y: y + 58, anchor: 'start' }, { x: x + 42, y: y + 80, anchor: 'start' });
  if (!wide) return pair({ x: x + 42, y: y + 40, anchor: 'start' }, { x: x + 42, y: y + 64, anchor: 'start' });
  return asker.node.zone === 'internet'
    ? pair({ x: x - 48, y: y - 14, anchor: 'end' }, { x: x + 48, y: y - 14, anchor: 'start' })
    : // Below the provider's own resolver, ending at its right: clear of the Internet's title at the band's right end.
      pair({ x: x + 40, y: y + 126, anchor: 'end' }, { x: x + 40, y: y + 156, anchor: 'end' });
}

/**
 * The marks after the steps up to `cursor`; the current step's own marks only once it has
 * `arrived` (its reply came back), so a refusal is not shown before the envelope reaches the door.
 */
export function marksAt(layout: Layout, steps: readonly Step[], cursor: number, arrived: boolean): Marks {
  const at = new Map(layout.nodes.map((n) => [n.node.id, n as Point]));
  const done = steps.slice(0, Math.max(0, arrived ? cursor + 1 : cursor));
  const tried = done.filter(attempted);
  const lane = lanes(tried);
  const attempts = tried.flatMap((s) => attemptPath(layout, s, lane.get(s.index) ?? 0) ?? []);
  // Several tries that broke off (often side by side, towards mx1 and mx2): their labels take turns
  // below and above the break instead of overlapping.
  let n = 0;
  for (const a of attempts) {
    if (!a.broken) continue;
    n += 1;
    // Below the break (a second one above it); in the tall picture from the left edge, clear of the DNS labels.
    // Wide: beside the break, left then right (below it, it would meet the next MX's check bubbles).
    a.broken.label =
      layout.orientation === 'wide'
        ? n % 2 === 1
          ? { x: -12, y: 0, anchor: 'end' }
          : { x: 12, y: 0, anchor: 'start' }
        : { x: 16 - a.broken.x, y: 18 - (n - 1) * 24, anchor: 'start' };
  }
  const codes: CodeMark[] = [];
  const stacks = new Map<NodeId, number>();
  // The step's own refusal or deferral, and each RCPT TO refused while the session went on for others.
  const told = done.flatMap((s) => [
    ...((s.result === 'refused' || s.result === 'deferred') && s.code !== null
      ? [{ s, code: s.code, kind: s.result }]
      : []),
    ...Object.values(s.rcptCodes ?? {}).map(
      (code) => ({ s, code, kind: code < 500 ? 'deferred' : 'refused' }) as const,
    ),
  ]);
  for (const { s, code, kind } of told) {
    const node = answeringNode(s);
    const place = at.get(node);
    const key = `${node}:${code}`;
    if (!place || codes.some((c) => c.key === key)) continue;
    const stack = stacks.get(node) ?? 0;
    stacks.set(node, stack + 1);
    codes.push({ key, node, code, kind, lock: code === 535, ...codeSpot(layout, place, stack) });
  }
  const wide = layout.orientation === 'wide';
  const queues: QueueMark[] = [];
  for (const s of done) {
    const place = at.get(s.from);
    if (!s.wait || s.result === 'no-answer' || !place) continue;
    // One clock per waiting node: the latest wait replaces the one before.
    const mark: QueueMark = wide
      ? { key: s.from, node: s.from, wait: s.wait, x: place.x, y: place.y + 142, anchor: 'middle' }
      : { key: s.from, node: s.from, wait: s.wait, x: place.x + 42, y: place.y + 40, anchor: 'start' };
    const i = queues.findIndex((q) => q.key === mark.key);
    if (i >= 0) queues[i] = mark;
    else queues.push(mark);
  }
  // One tag per folder and store; a second folder at the same store (Alice's Sent, then a bounce in
  // her Inbox) goes to its right: its left (wide) and the row above it (tall) are where her app's tokens park.
  const folders: FolderMark[] = [];
  for (const s of done) {
    const place = at.get(s.to);
    const key = `${s.to}:${s.folder}`;
    if (!s.folder || !place || folders.some((f) => f.key === key)) continue;
    const stack = folders.filter((f) => f.node === s.to).length;
    const spot = wide
      ? { x: place.x + (stack === 0 ? -72 : 72), y: place.y + 10 + Math.max(0, stack - 1) * 26 }
      : { x: place.x - 8 + stack * 124, y: place.y - 56 };
    folders.push({ key, node: s.to, folder: s.folder, ...spot });
  }
  const verdictsByNode = new Map<NodeId, Verdict[]>();
  for (const s of done) {
    if (s.verdicts.length === 0) continue;
    const node = s.to === 'dns' ? s.from : s.to;
    const list = (verdictsByNode.get(node) ?? []).filter((v) => !s.verdicts.some((w) => w.check === v.check));
    verdictsByNode.set(node, [...list, ...s.verdicts]);
  }
  const auths = new Map(done.flatMap((s) => (s.auth ? [[s.to === 'dns' ? s.from : s.to, s.auth] as const] : [])));
  const verdicts: VerdictMark[] = [...verdictsByNode].flatMap(([node, list]) => {
    const place = at.get(node);
    if (!place) return [];
    const spot = wide
      ? { x: place.x, y: place.y - 56, anchor: 'middle' as const }
      : { x: place.x + 42, y: place.y + 36, anchor: 'start' as const };
    return [{ key: node, node, verdicts: list, auth: auths.get(node) ?? null, ...spot }];
  });
  return {
    attempts,
    codes,
    queues,
    folders,
    verdicts,
    taps: tapsOf(layout, done),
    bubbles: [],
    records: recordsAt(layout, done, steps[cursor]),
    resolvers: resolversAt(layout, steps, cursor, arrived),
  };
}

/** The MX answer as a lasting record: the servers by preference, or none (the domain itself takes the mail). */
function mxRecord(step: Step): Text | null {
  const answer = step.dns?.answer;
  const domain = step.dns?.question.params?.domain;
  if (answer?.key === 'dns.a.list' && domain !== undefined)
    return { key: 'dns.record.mx', params: { domain, list: answer.params?.list ?? '' } };
  if (answer?.key === 'dns.a.empty' && domain !== undefined) return { key: 'dns.record.no-mx', params: { domain } };
  return null;
}

/**
 * The last MX answer the resolver gave, beside it once its look-ups are over (while it answers
 * again, the bubbles take that place): what DNS said is part of the story's end, e.g. that a domain
 * with no MX record takes its mail on its own address. A domain that takes none has its verdict box.
 */
function recordsAt(layout: Layout, done: readonly Step[], current: Step | undefined): RecordMark[] {
  const asked = done.filter((s) => s.id === 'dns-mx' && s.to === 'dns').at(-1);
  const resolver = layout.nodes.find((n) => n.node.id === 'dns');
  const band = layout.zones.find((z) => z.key === 'internet');
  const text = asked ? mxRecord(asked) : null;
  if (!text || !resolver || current?.to === 'dns') return [];
  // Wide: the Internet band's top left corner, facing its title (beside the resolver sit the relay's
  // queue and an outsider's checks); tall: in the bubbles' place beside the resolver.
  const spot =
    layout.orientation === 'wide' && band
      ? { x: band.x + 14, y: band.y + 22, anchor: 'start' as const }
      : { x: resolver.x + 42, y: resolver.y + 64, anchor: 'start' as const };
  return [{ key: 'mx', text, ...spot }];
}

/**
 * What a man in the middle got: a `copy` tag at its node once a step it tapped has passed, and a
 * `plain` tag at the middle of each line a message crossed unencrypted (one per line).
 */
function tapsOf(layout: Layout, done: readonly Step[]): TapMark[] {
  const at = new Map(layout.nodes.map((n) => [n.node.id, n as Point]));
  const taps: TapMark[] = [];
  const mitm = at.get('mitm');
  if (mitm && done.some((s) => s.intercepted))
    taps.push({
      key: 'copy',
      kind: 'copy',
      node: 'mitm',
      x: mitm.x,
      y: mitm.y + (layout.orientation === 'wide' ? -56 : 40),
    });
  for (const s of done) {
    const a = at.get(s.from);
    const b = at.get(s.to);
    const key = `plain:${[s.from, s.to].sort().join('|')}`;
    if (s.tls !== 'plain' || !s.intercepted || !a || !b || taps.some((t) => t.key === key)) continue;
    taps.push({ key, kind: 'plain', node: s.to, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 16 });
  }
  return taps;
}

/** The DNS bubbles of the current look-up: the question at once, the answer once it has come back. */
export function bubblesAt(layout: Layout, step: Step | null, answered: boolean): BubbleMark[] {
  const bubble: DnsBubble | null = step?.dns ?? null;
  if (!step || !bubble) return [];
  const viaResolver = step.to === 'dns';
  const asker = layout.nodes.find((n) => n.node.id === (viaResolver ? 'dns' : step.from));
  if (!asker) return [];
  const spots = bubbleSpots(layout, asker, viaResolver);
  const max = layout.orientation === 'wide' ? 420 : layout.width - asker.x - 54;
  const marks: BubbleMark[] = [{ key: 'question', text: bubble.question, max, ...spots.question }];
  if (answered) marks.push({ key: 'answer', text: bubble.answer, max, ...spots.answer });
  // The MTA-STS policy is asked for once the MX records are in: a second pair below the first.
  const policy = answered ? step.policy : undefined;
  if (policy) {
    const gap = spots.answer.y - spots.question.y;
    // Tall: below the MX pair is the Internet band's title, so the pair sits above the resolver, in
    // the free space under the relay's label. Wide, stacked: two rows further down; side by side
    // (the Internet's resolver): one row down.
    const tall = layout.orientation !== 'wide' && viaResolver;
    const move = (spot: Spot, row: number) =>
      tall ? { ...spot, y: asker.y - 72 + row * gap } : { ...spot, y: spot.y + (gap > 0 ? 2 * gap : 28) };
    marks.push({ key: 'policy-question', text: policy.question, max, ...move(spots.question, 0) });
    marks.push({ key: 'policy-answer', text: policy.answer, max, ...move(spots.answer, 1) });
  }
  return marks;
}
