// Pure layout of the journey graph: where each node, zone and edge sits, for a wide or tall container.
// Not in the first load: it comes with the later tier (src/embed/later.ts); the first picture's
// layouts are worked out with it at build time (virtual:first-picture).
import type { GraphEdge, GraphNode, Mode, NodeId, Plan, Zone } from '../../model';
import type { LaidEdge, LaidNode, LaidZone, Layout, Orientation, Point } from './geometry';
import {
  baseId,
  boxesOf,
  boxKey,
  boxLabel,
  isLocalReader,
  isOutsider,
  isRecipientZone,
  laneOf,
  outsiderLabel,
} from './lanes';
import { aroundResolvers, askingOwn, RESOLVER_ROOM, resolverSpots, TALL_RESOLVER_ROOM } from './ownResolver';

export * from './geometry';

const at = (x: number, y: number): Point => ({ x, y });

/** Columns of the wide layout are this far apart; rows of the tall one, within a zone. */
const COLUMN = 160;
const ROW = 110;
/** The wide layout's rows: the sender's side, the Internet, the recipient's side. */
const TOP = 110;
const MIDDLE = 292;
const BOTTOM = 472;
const WIDE_WIDTH = 1140;
const TALL_WIDTH = 400;
/** The tall layout's column of nodes: its labels to the right, its curves in the margin to the left. */
const TALL_COLUMN = 90;

const isRelay = (id: NodeId) => id.startsWith('relay-');
const isForwarder = (id: NodeId) => id.startsWith('forwarder-');
const numberOf = (id: NodeId) => Number(id.slice(id.lastIndexOf('-') + 1)) || 1;

/** The order nodes follow along the journey: the tall layout's column, and the wide layout's rows. */
export function routeRank(node: NodeId): number {
  const id = baseId(node);
  if (isRelay(id)) return 40 + numberOf(id);
  if (isForwarder(id)) return 20 + numberOf(id);
  const fixed: Partial<Record<NodeId, number>> = {
    'sender-client': 0,
    // Alice's own mailbox store sits next to her app, which fetches from it (a bounce, her Sent copy).
    'sender-store': 0.5,
    'sender-webmail': 1,
    'sender-msa': 2,
    'sender-mta': 3,
    // The resolver the relay asks: the sender's provider's own (beside its relay), or on the Internet.
    dns: 4,
    spoofer: 10,
    // The man in the middle sits on the path between the sending MTA and the MX.
    mitm: 25,
    'recipient-mx': 30,
    'recipient-mx2': 31,
    'recipient-store': 60,
    'recipient-imap': 61,
    'recipient-pop3': 61,
    'recipient-client': 70,
  };
  return fixed[id] ?? 50;
}

const byRoute = (a: GraphNode, b: GraphNode) => routeRank(a.id) - routeRank(b.id);

/** Rows of the recipient's side, one per destination domain (see lanes.ts), this far apart. */
const LANE_GAP = 200;
/** How much taller the Internet's row is when an outsider (forwarder, spoofer) has its own box in it. */
const OUTSIDER_ROOM = 100;

/**
 * Cross-domain, wide: the sender's side on top, the Internet in the middle, the recipient's side
 * below, one row per destination domain. The first row ends below its reader's device; a further
 * row starts at the left edge, so the relay's line to it passes clear of the rows above.
 */
function wideCross(
  nodes: readonly GraphNode[],
  band: boolean,
  branches: readonly string[],
  own: ReadonlySet<NodeId>,
): Map<NodeId | 'internet', Point> {
  // An outsider's own box in the Internet's row needs a taller row: the recipient's rows move down.
  const lower = nodes.some(isOutsider) ? OUTSIDER_ROOM : 0;
  const slots = new Map<NodeId | 'internet', Point>([
    ['sender-client', at(90, TOP)],
    // A resolver on the Internet sits in its band; the provider's own is placed in the row below.
    ['dns', at(730, MIDDLE)],
    // Left of the first MX's column, so its line drops past its box's name (see sideways).
    ['spoofer', at(170, MIDDLE)],
    // On the Internet beside the path from the sender's relay to the MX, which it taps; clear of the
    // line itself, so that line never crosses its name.
    ['mitm', at(850, MIDDLE)],
  ]);
  // The provider's servers in a row after Alice's app, in the order of routeRank; a reader delivered
  // locally has its device at the row's end (and the row closes up to leave it room).
  const local = nodes.filter((n) => n.zone === 'recipient-device' && isLocalReader(n));
  const sender = nodes.filter((n) => n.zone === 'sender-provider').sort(byRoute);
  const end = local.length > 0 ? 1050 - COLUMN * local.length : 1050;
  const column = Math.min(COLUMN, (end - 250) / Math.max(1, sender.length - 1));
  sender.forEach((n, i) => slots.set(n.id, at(250 + column * i, TOP)));
  local.forEach((n, i) => slots.set(n.id, at(1050 - COLUMN * (local.length - 1 - i), TOP)));
  // Forwarders in the Internet's row, clear of a resolver that sits there too.
  const onward = nodes.some((n) => n.id === 'dns' && n.zone === 'internet') ? 410 : 730;
  nodes.filter((n) => isForwarder(n.id)).forEach((n, i) => slots.set(n.id, at(onward - COLUMN * i, MIDDLE)));
  // Each destination's row: the first ends below its reader's device (a second MX takes the column
  // before the first); a further one starts at the left edge, its device at the right end.
  const recipient = nodes.filter((n) => n.zone === 'recipient-provider').sort(byRoute);
  const devices = nodes.filter((n) => n.zone === 'recipient-device' && !isLocalReader(n));
  for (let lane = 0; lane < Math.max(1, branches.length); lane++) {
    const y = BOTTOM + lower + LANE_GAP * lane;
    const row = recipient.filter((n) => laneOf(n, branches) === lane);
    // A lone server with no reader (an MX record's mistaken server) sits below the relay: its line
    // drops straight down, clear of its box's title, which starts right of it.
    const lone = row.length === 1 && !devices.some((n) => laneOf(n, branches) === lane);
    // A further row whose MX asks its own resolver leaves it room at the row's left end (ownResolver.ts).
    const room = row.some((n) => own.has(n.id)) ? RESOLVER_ROOM : 0;
    const start = lane === 0 ? (lone ? 570 : 890 - COLUMN * (row.length - 1)) : 170 + room;
    row.forEach((n, i) => slots.set(n.id, at(start + COLUMN * i, y)));
    devices.filter((n) => laneOf(n, branches) === lane).forEach((n) => slots.set(n.id, at(1050, y)));
  }
  if (band) slots.set('internet', at(WIDE_WIDTH / 2, MIDDLE));
  return slots;
}

/** Same-domain, wide: one short row that never leaves the provider; Alice's own mailbox below it. */
function wideSame(nodes: readonly GraphNode[]): Map<NodeId, Point> {
  const slots = new Map<NodeId, Point>([
    ['sender-client', at(150, TOP)],
    ['sender-webmail', at(150, TOP + 180)],
    ['sender-msa', at(390, TOP)],
    ['sender-store', at(390, TOP + 180)],
    ['recipient-store', at(630, TOP)],
    ['recipient-imap', at(870, TOP)],
    ['recipient-pop3', at(870, TOP)],
    ['recipient-client', at(1050, TOP)],
  ]);
  // Further readers of the same provider: one row each below, their access server and device.
  const readers = nodes.filter((n) => n.id !== baseId(n.id) && n.zone === 'recipient-device');
  readers.forEach((reader, i) => {
    const domain = reader.id.slice(reader.id.indexOf('@'));
    slots.set(reader.id, at(1050, TOP + 180 * (i + 1)));
    for (const n of nodes)
      if (n.id !== reader.id && n.id.endsWith(domain)) slots.set(n.id, at(870, TOP + 180 * (i + 1)));
  });
  for (const n of nodes) if (!slots.has(n.id)) slots.set(n.id, at(630, TOP + 180));
  return slots;
}

const SENDER_SIDE: readonly Zone[] = ['sender-device', 'sender-provider'];
/** On the sender's side of the Internet: its zones, and a reader delivered inside the sender's provider. */
const senderSide = (n: GraphNode) => SENDER_SIDE.includes(n.zone) || isLocalReader(n);

/**
 * Tall: one column in journey order, labels beside each node; each zone change leaves room for
 * the zones' boxes. Between the two providers, room for the Internet's band (`band`: its middle,
 * when the Internet has no node of its own).
 */
function tall(
  nodes: readonly GraphNode[],
  band: boolean,
  branches: readonly string[],
  own: ReadonlySet<NodeId>,
): Map<NodeId | 'internet', Point> {
  const slots = new Map<NodeId | 'internet', Point>();
  let y = 0;
  let last: GraphNode | null = null;
  // The sender's side first, then each destination's lane in turn, each in journey order.
  const group = (n: GraphNode) => (senderSide(n) || !isRecipientZone(n.zone) ? 0 : 1 + laneOf(n, branches));
  const ordered = [...nodes].sort((a, b) => group(a) - group(b) || byRoute(a, b));
  for (const n of ordered) {
    // Below an MX that asks its own resolver, room for it (ownResolver.ts).
    if (last && own.has(last.id)) y += TALL_RESOLVER_ROOM;
    if (last === null) y = 60;
    else if (band && senderSide(last) && !senderSide(n) && n.zone !== 'internet') {
      slots.set('internet', at(TALL_WIDTH / 2, y + 140));
      y += 280;
    } else if (boxKey(n) === boxKey(last)) y += ROW;
    else y += last.zone === 'internet' || n.zone === 'internet' ? ROW + 30 : ROW + 10;
    last = n;
    slots.set(n.id, at(TALL_COLUMN, y));
  }
  return slots;
}

function slotsFor(
  orientation: Orientation,
  mode: Mode,
  nodes: readonly GraphNode[],
  band: boolean,
  branches: readonly string[],
  own: ReadonlySet<NodeId>,
): Map<NodeId | 'internet', Point> {
  if (orientation === 'tall') return tall(nodes, band, branches, own);
  return mode === 'cross-domain' ? wideCross(nodes, band, branches, own) : wideSame(nodes);
}

type Box = Omit<LaidZone, 'key' | 'zone' | 'label' | 'verdict'>;

/** The width of a recipient side's box that holds one server only. */
const LONE_WIDTH = 560;

/** Where a zone's box goes around its nodes, leaving room for their labels. */
function zoneBox(points: Point[], orientation: Orientation, width: number, device = false): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  if (orientation === 'tall') return { x: 12, y: top - 52, width: width - 24, height: bottom - top + 98 };
  const left = Math.min(...xs) - 76;
  // A reader's device leaves room below its labels for the recipient's result (results.ts).
  const below = device ? 190 : 168;
  return { x: left, y: top - 70, width: Math.max(...xs) + 76 - left, height: bottom - top + below };
}

function internetBand(points: Point[], orientation: Orientation, width: number): Box {
  const top = Math.min(...points.map((p) => p.y));
  const bottom = Math.max(...points.map((p) => p.y));
  return orientation === 'wide'
    ? { x: 12, y: top - 66, width: width - 24, height: bottom - top + 146 }
    : { x: 12, y: top - 56, width: width - 24, height: bottom - top + 132 };
}

/** The recipient's side when DNS says it takes no mail: an empty box where its servers would be. */
function verdictBox(orientation: Orientation, below: number): Box {
  return orientation === 'wide'
    ? { x: 334, y: BOTTOM - 70, width: 632, height: 168 }
    : { x: 12, y: below + 12, width: TALL_WIDTH - 24, height: 120 };
}

/** The recipient's side of the picture: its provider's servers and its device. */
const isRecipientSide = (n: GraphNode) => isRecipientZone(n.zone);

export function layoutGraph(
  plan: Pick<Plan, 'nodes' | 'edges' | 'zoneLabels'> & Partial<Pick<Plan, 'recipientVerdict' | 'branches' | 'steps'>>,
  mode: Mode,
  orientation: Orientation,
): Layout {
  const verdict = plan.recipientVerdict ?? null;
  // The verdict is drawn in place of the recipient's servers: nothing that does not exist is drawn.
  const drawn = verdict ? plan.nodes.filter((n) => !isRecipientSide(n)) : plan.nodes;
  // The Internet is drawn between the providers even when no node of the journey lives in it.
  // Outsiders get boxes of their own in the wide picture, inside the Internet's band.
  const boxed = orientation === 'wide' && mode === 'cross-domain' ? drawn.filter(isOutsider) : [];
  const band =
    mode === 'cross-domain' &&
    Boolean(plan.zoneLabels.internet) &&
    !drawn.some((n) => n.zone === 'internet' && !boxed.includes(n));
  const own = mode === 'cross-domain' ? askingOwn(drawn, plan.steps ?? []) : new Set<NodeId>();
  const slots = closeUp(slotsFor(orientation, mode, drawn, band, plan.branches ?? [], own), orientation, drawn);
  const width = orientation === 'wide' ? WIDE_WIDTH : TALL_WIDTH;
  const nodes: LaidNode[] = drawn.flatMap((node) => {
    const slot = slots.get(node.id);
    return slot ? [{ node, ...slot }] : [];
  });
  const position = new Map<NodeId, Point>(nodes.map((n) => [n.node.id, { x: n.x, y: n.y }]));
  const resolvers = resolverSpots(nodes, own, orientation);
  const zones: LaidZone[] = [];
  const bandMiddle = slots.get('internet');
  // One box per zone, and on the recipient's side one per destination domain and per reader's device.
  for (const zone of Object.keys(plan.zoneLabels) as Zone[]) {
    const boxes = boxesOf(nodes.filter((n) => n.node.zone === zone && !boxed.includes(n.node)).map((n) => n.node));
    if (zone === 'internet' && bandMiddle && boxes.length === 0) boxes.push([]);
    for (const members of boxes) {
      const points: Point[] = members.map((m) => position.get(m.id)).filter((p) => p !== undefined);
      points.push(...resolvers.filter((r) => members.some((m) => r.askers.includes(m.id))));
      if (zone === 'internet' && bandMiddle) points.push(bandMiddle);
      if (zone === 'internet' && bandMiddle && boxed.length > 0)
        points.push(at(bandMiddle.x, bandMiddle.y + OUTSIDER_ROOM));
      const box =
        zone === 'internet'
          ? internetBand(points, orientation, width)
          : zoneBox(points, orientation, width, zone === 'recipient-device');
      const label = members.length > 0 ? boxLabel(members, plan) : (plan.zoneLabels[zone] ?? null);
      const room = orientation === 'tall' ? { labelLeft: TALL_COLUMN + 32 } : {};
      // A lone server on the far side (an MX record's mistaken server) gets room for its box's longer title.
      const lone = orientation === 'wide' && zone === 'recipient-provider' && members.length === 1;
      const wider = lone ? { width: LONE_WIDTH, labelFrom: box.x + 110 } : {};
      zones.push({
        key: members[0] ? boxKey(members[0]) : zone,
        zone,
        label,
        ...box,
        ...wider,
        verdict: null,
        ...room,
      });
    }
  }
  for (const node of boxed) {
    const p = position.get(node.id)!;
    // Wide enough for its organisation's name, never past the picture's edges.
    const x = Math.min(Math.max(p.x - 160, 14), WIDE_WIDTH - 14 - 320);
    const box = { x, y: p.y - 64, width: 320, height: 208 };
    zones.push({
      key: `outsider|${node.id}`,
      zone: 'internet',
      label: outsiderLabel(node),
      ...box,
      verdict: null,
      labelAt: 'bottom',
    });
  }
  if (verdict) {
    const below = Math.max(0, ...zones.map((z) => z.y + z.height));
    const label = plan.zoneLabels['recipient-provider'] ?? null;
    zones.push({
      key: 'recipient-provider',
      zone: 'recipient-provider',
      label,
      ...verdictBox(orientation, below),
      verdict,
    });
  }
  const others = (edge: GraphEdge) => nodes.filter((n) => n.node.id !== edge.from && n.node.id !== edge.to);
  const outsiders = new Set(drawn.filter(isOutsider).map((n) => n.id));
  const edges: LaidEdge[] = plan.edges.flatMap((edge) => {
    const source = position.get(edge.from);
    const target = position.get(edge.to);
    if (!source || !target) return [];
    const leaves = orientation === 'wide' ? sideways(edge, source, target, outsiders) : null;
    if (leaves) return [{ ...edge, source, target, control: leaves }];
    const around = orientation === 'wide' ? aroundResolvers(edge, source, target, resolvers) : null;
    if (around) return [{ ...edge, source, target, control: around }];
    const blocked = others(edge).some((n) => distanceToSegment(n, source, target) < NODE_CLEARANCE);
    return [{ ...edge, source, target, control: blocked ? bend(source, target, orientation) : null }];
  });
  const lowest = Math.max(...nodes.map((n) => n.y), ...zones.map((z) => z.y + z.height - 98));
  const height =
    orientation === 'wide'
      ? Math.max(mode === 'cross-domain' ? 592 : 225, lowest + 120)
      : // Room under the last box for a second recipient's result beside the same device (results.ts).
        Math.max(...zones.map((z) => z.y + z.height), 0) + 40;
  // The first picture (no steps yet) only keeps its room: nothing is asked before Send.
  return { orientation, width, height, nodes, zones, edges, ...(plan.steps?.length ? { resolvers } : {}) };
}

/** How close an edge may pass to a node it does not connect before it is bent around it. */
const NODE_CLEARANCE = 40;

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * A control point beside the straight line: above it in the wide layout; in the tall one to its
 * left, in the margin, because every node's labels sit to its right and a curve there would cross them.
 */
function bend(a: Point, b: Point, orientation: Orientation): Point {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  return orientation === 'wide' ? { x: mid.x, y: mid.y - 110 } : { x: mid.x - TALL_BEND, y: mid.y };
}

/** How far left of the column a tall curve's control point lies (the curve peaks halfway there). */
const TALL_BEND = 124;

/**
 * An outsider's (spoofer, forwarder) line to a lower row leaves it sideways and drops onto its
 * target from above: the outsider's labels, under it, stay clear of its own line. Null otherwise.
 */
function sideways(edge: GraphEdge, source: Point, target: Point, outsiders: ReadonlySet<NodeId>): Point | null {
  const [upper, lower] = source.y <= target.y ? [source, target] : [target, source];
  const from = source.y <= target.y ? edge.from : edge.to;
  if (!outsiders.has(from) || lower.y - upper.y < ROW || Math.abs(lower.x - upper.x) < COLUMN / 2) return null;
  return { x: lower.x, y: upper.y };
}

/**
 * The wide picture starts at its first row: with no sender's side (a spoof) the rows move up, so no
 * empty band is left on top. The tall one already starts at its first node.
 */
function closeUp<K>(slots: Map<K, Point>, orientation: Orientation, drawn: readonly GraphNode[]): Map<K, Point> {
  if (orientation === 'tall') return slots;
  const top = Math.min(...drawn.flatMap((n) => slots.get(n.id as K)?.y ?? []));
  const by = top - TOP;
  if (!(by > 0)) return slots;
  return new Map([...slots].map(([k, p]) => [k, at(p.x, p.y - by)]));
}
