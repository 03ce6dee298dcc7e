// Pure geometry of each recipient's result at the end of its branch: delivered ✓, bounced ✗ with
// the reply code, or a clock while it waits; shown once the steps that decided it have been played.
import type { NodeId, RecipientResult, Step } from '../../model';
import type { LaidNode, Layout, Point } from './geometry';

export interface ResultMark extends Point {
  /** The recipient's address: the data join's key and the `data-recipient` marker. */
  key: string;
  field: RecipientResult['field'];
  outcome: RecipientResult['outcome'];
  /** The reply code that refused or deferred this recipient, when one did. */
  code: number | null;
  anchor: 'middle' | 'start';
  /**
   * Who the mark is about, when it is not drawn under that recipient's own device (a recipient
   * refused at the door has none): the address's local part, so a shared door says whom it refused.
   */
  who: string | null;
  /** Delivered and downloaded by a POP3 reader: the copy is now on the device, not read from the server. */
  downloaded: boolean;
}

/** Where a recipient reads: the address it was typed as, or the one a forwarder sent it on to. */
const readerOf = (r: RecipientResult) => r.forwardedTo ?? r.address;

/**
 * The recipient's own device; for an address that forwards (or a list), the one device at its
 * branch's end. A refused recipient is never told under another recipient's device: it has no
 * mailbox and no device, so it is told at the door that refused it.
 */
function deviceOf(layout: Layout, r: RecipientResult, all: readonly RecipientResult[]): LaidNode | null {
  const own = layout.nodes.find((n) => n.node.kind === 'client' && n.node.host === readerOf(r));
  if (own) return own;
  const refused = r.outcome === 'bounced' || r.outcome === 'rejected';
  const others = new Set(refused ? all.filter((o) => o !== r).map(readerOf) : []);
  const ends = layout.nodes.filter(
    (n) => n.node.zone === 'recipient-device' && r.branch && n.node.branch === r.branch && !others.has(n.node.host),
  );
  return ends.length === 1 ? ends[0]! : null;
}

/** The node a recipient's result is drawn at: its own device, else the door of its destination. */
function endNode(layout: Layout, r: RecipientResult, all: readonly RecipientResult[]): LaidNode | null {
  const device = deviceOf(layout, r, all);
  if (device) return device;
  const suffix = r.branch && layout.nodes.some((n) => n.node.id === `recipient-mx@${r.branch}`) ? `@${r.branch}` : '';
  // A recipient refused at a forwarder (a hop of a third organisation, not a lane) is told there.
  const forwarder = layout.nodes.find(
    (n) => n.node.id === 'forwarder-1' && r.branch && n.node.host.endsWith(`.${r.branch}`),
  );
  if (forwarder && !suffix && !r.forwardedTo) return forwarder;
  const door = layout.nodes.find((n) => n.node.id === (`recipient-mx${suffix}` as NodeId));
  return door ?? null;
}

/** The steps that concern one recipient: its RCPT TO, its device, and its branch when it did not arrive. */
function concerns(s: Step, r: RecipientResult, device: NodeId | null): boolean {
  if (s.rcpt.includes(r.address) || (device !== null && (s.from === device || s.to === device))) return true;
  return r.outcome !== 'delivered' && r.branch !== null && s.branch === r.branch;
}

/** The code that refused or deferred a recipient: the last one its branch (or its own RCPT) got. */
function codeOf(steps: readonly Step[], r: RecipientResult): number | null {
  if (r.outcome === 'delivered') return null;
  const told = steps.filter(
    (s) =>
      s.rcptCodes?.[r.address] !== undefined ||
      (s.code !== null && (s.rcpt.includes(r.address) || (r.branch && s.branch === r.branch))),
  );
  const last = told[told.length - 1];
  return last?.rcptCodes?.[r.address] ?? last?.code ?? null;
}

/**
 * The results decided by the steps up to `cursor` (the current one's once it has `arrived`), each
 * below its reader's device (wide) or beside it (tall), where no label runs.
 */
export function resultsAt(
  layout: Layout,
  steps: readonly Step[],
  recipients: readonly RecipientResult[],
  cursor: number,
  arrived: boolean,
): ResultMark[] {
  const done = Math.max(0, arrived ? cursor + 1 : cursor);
  const stacks = new Map<Point, number>();
  return recipients.flatMap((r) => {
    const place = endNode(layout, r, recipients);
    const device = deviceOf(layout, r, recipients)?.node.id ?? null;
    let last = -1;
    steps.forEach((s, i) => {
      if (concerns(s, r, device)) last = i;
    });
    // Refused at RCPT while the session went on for others: decided there and then, at the door.
    const refused = steps.findIndex((s) => s.rcptCodes?.[r.address] !== undefined);
    if (refused >= 0 && !device) last = refused;
    if (!place || last < 0 || last >= done) return [];
    const stack = stacks.get(place) ?? 0;
    stacks.set(place, stack + 1);
    // At a forwarder the space below is its long title and its box's name, and beside it (tall) its
    // checks: the result goes to its right (wide), or one line further down (tall).
    const atForwarder = place.node.id === 'forwarder-1';
    const spot =
      layout.orientation === 'wide'
        ? atForwarder
          ? { x: place.x + 42, y: place.y + stack * 26, anchor: 'start' as const }
          : { x: place.x, y: place.y + 100 + stack * 26, anchor: 'middle' as const }
        : { x: place.x + 42, y: place.y + 44 + (stack + (atForwarder ? 1 : 0)) * 26, anchor: 'start' as const };
    // At a door, or under another recipient's device: named, so a shared place says whom it is about.
    const shared =
      place.node.kind !== 'client' ||
      recipients.some((o) => o !== r && readerOf(o) === place.node.host && readerOf(r) !== place.node.host);
    const who = shared ? (r.address.split('@')[0] ?? r.address) : null;
    const downloaded = steps
      .slice(0, done)
      .some((s) => s.to === device && s.token === 'message' && s.protocol.startsWith('POP3'));
    return [{ key: r.address, field: r.field, outcome: r.outcome, code: codeOf(steps, r), who, downloaded, ...spot }];
  });
}
