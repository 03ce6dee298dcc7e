// Which nodes of the picture the learner's world edits changed, and how: drawn as `data-changed`.
// Each edit kind's record (the model's editKinds.ts) says which node it marks and how.
import { changeOf, type Change, type GraphNode, type NodeId, type WorldEdit } from '../../model';

export type { Change } from '../../model';

/** The node an edit is about: a server by its host name, a mailbox by its store, a DNS record by the
 *  resolver, a transport policy by the MX, an attacker by its own node. */
function nodeOf(edit: WorldEdit, drawn: ReturnType<typeof changeOf>['node'], nodes: readonly GraphNode[]) {
  const has = (id: NodeId) => (nodes.some((n) => n.id === id) ? id : null);
  switch (drawn) {
    case 'server':
      return nodes.find((n) => 'host' in edit && n.host === edit.host && n.kind !== 'client')?.id ?? null;
    case 'store':
      return has('recipient-store');
    case 'client':
      return 'sender-client';
    case 'dns':
      return has('dns');
    case 'mx':
      return has('recipient-mx');
    case 'spoofer':
    case 'mitm':
      return has(drawn);
  }
}

/** The changed nodes; a node changed twice shows its most telling change (offline over the rest). */
export function changedNodes(edits: readonly WorldEdit[], nodes: readonly GraphNode[]): ReadonlyMap<NodeId, Change> {
  const rank: Record<Change, number> = { attacker: 4, offline: 3, full: 2, greylisting: 1, edited: 0 };
  const changed = new Map<NodeId, Change>();
  for (const edit of edits) {
    const { node: drawn, change } = changeOf(edit);
    const node = nodeOf(edit, drawn, nodes);
    if (!node) continue;
    const before = changed.get(node);
    if (!before || rank[change] > rank[before]) changed.set(node, change);
  }
  return changed;
}
