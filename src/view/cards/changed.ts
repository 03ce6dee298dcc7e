// Which nodes of the picture the learner's world edits changed, and how: drawn as `data-changed`.
import type { GraphNode, NodeId, WorldEdit } from '../../model';

/** How a changed node looks: switched off, greylisting, a full (or missing) mailbox, or otherwise edited. */
export type Change = 'offline' | 'greylisting' | 'full' | 'edited';

function changeOf(edit: WorldEdit): Change {
  if (edit.kind === 'reach') return edit.value === 'up' ? 'edited' : 'offline';
  if (edit.kind === 'greylisting') return edit.value ? 'greylisting' : 'edited';
  if (edit.kind === 'mailbox') return edit.value === 'ok' ? 'edited' : 'full';
  return 'edited';
}

/** The node an edit is about: a server by its host name, a mailbox by its store, a DNS record by the resolver. */
function nodeOf(edit: WorldEdit, nodes: readonly GraphNode[]): NodeId | null {
  switch (edit.kind) {
    case 'reach':
    case 'greylisting':
    case 'size-limit':
    case 'spam':
      return nodes.find((n) => n.host === edit.host && n.kind !== 'client')?.id ?? null;
    case 'mailbox':
    case 'alias':
      return nodes.some((n) => n.id === 'recipient-store') ? 'recipient-store' : null;
    case 'password':
    case 'attachment':
      return 'sender-client';
    default:
      return nodes.some((n) => n.id === 'dns') ? 'dns' : null;
  }
}

/** The changed nodes; a node changed twice shows its most telling change (offline over the rest). */
export function changedNodes(edits: readonly WorldEdit[], nodes: readonly GraphNode[]): ReadonlyMap<NodeId, Change> {
  const rank: Record<Change, number> = { offline: 3, full: 2, greylisting: 1, edited: 0 };
  const changed = new Map<NodeId, Change>();
  for (const edit of edits) {
    const node = nodeOf(edit, nodes);
    if (!node) continue;
    const change = changeOf(edit);
    const before = changed.get(node);
    if (!before || rank[change] > rank[before]) changed.set(node, change);
  }
  return changed;
}
