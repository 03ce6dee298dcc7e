// Several recipients in the picture: each destination domain's recipient side is its own lane, and
// each reader's device its own box; which box a node belongs to and what that box is called.
import type { GraphNode, NodeId, Plan, Text, Zone } from '../../model';

/** The plain id of a node: a further destination's `recipient-mx@example.net` is a `recipient-mx`. */
export const baseId = (id: NodeId): NodeId => {
  const at = id.indexOf('@');
  return at < 0 ? id : (id.slice(0, at) as NodeId);
};

/** On the recipient's side of the Internet: a destination domain's servers and a reader's device. */
export const isRecipientZone = (zone: Zone) => zone === 'recipient-provider' || zone === 'recipient-device';

/** Which lane (row of the wide picture) a recipient-side node is drawn in: its destination's place in `branches`. */
export function laneOf(node: GraphNode, branches: readonly string[]): number {
  if (!node.branch) return 0;
  return Math.max(0, branches.indexOf(node.branch));
}

/** A reader delivered locally, inside the sender's provider (no branch of its own). */
export const isLocalReader = (node: GraphNode) => node.branch === null;

/**
 * The box a node is drawn in: its zone, and on the recipient's side its destination domain; every
 * reader's device is a box of its own.
 */
export function boxKey(node: GraphNode): string {
  if (node.zone === 'recipient-device') return `${node.zone}|${node.id}`;
  if (node.zone === 'recipient-provider') return `${node.zone}|${node.branch ?? ''}`;
  return node.zone;
}

/**
 * A box's title: the plan's own for the sender's side and the first destination; for a further
 * destination its domain, and for a further reader's device the reader's name (from the node's title).
 */
export function boxLabel(
  members: readonly GraphNode[],
  plan: Pick<Plan, 'zoneLabels'> & Partial<Pick<Plan, 'branches'>>,
): Text | null {
  const first = members[0];
  if (!first) return null;
  const label = plan.zoneLabels[first.zone] ?? null;
  if (first.zone === 'recipient-device') {
    const name = first.title.params?.recipient;
    return first.id === 'recipient-client' || name === undefined ? label : { key: 'zone.device', params: { name } };
  }
  if (first.zone === 'recipient-provider') {
    const lead = plan.branches?.[0];
    if (!first.branch || lead === undefined || first.branch === lead) return label;
    return { key: 'zone.recipientProvider', params: { domain: first.branch } };
  }
  return label;
}

/** Groups nodes by their box, in the order the boxes first appear. */
export function boxesOf(nodes: readonly GraphNode[]): GraphNode[][] {
  const groups = new Map<string, GraphNode[]>();
  for (const n of nodes) groups.set(boxKey(n), [...(groups.get(boxKey(n)) ?? []), n]);
  return [...groups.values()];
}

/** A server of another organisation on the way (a forwarder, a list), a stranger forging the sender,
 *  or a man in the middle on the path. */
export const isOutsider = (node: GraphNode) =>
  node.zone === 'internet' && (node.id === 'spoofer' || node.id === 'mitm' || node.id.startsWith('forwarder-'));

/** An outsider's own box title: its organisation's domain (its host without the first label). */
export function outsiderLabel(node: GraphNode): Text {
  const domain = node.host.includes('.') ? node.host.slice(node.host.indexOf('.') + 1) : node.host;
  const key = node.id === 'spoofer' ? 'zone.spoofer' : node.id === 'mitm' ? 'zone.mitm' : 'zone.forwarder';
  return { key, params: { domain } };
}
