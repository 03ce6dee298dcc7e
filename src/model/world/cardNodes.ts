// Which nodes of the picture open a card. Part of the first load: the first picture marks those
// nodes (a button with a name) before the cards themselves (cards.ts, loaded lazily) are fetched.
import { byPreference, queryMx } from './dns';
import type { Scenario } from './scenario';
import type { NodeId } from '../words/vocabulary';
import type { World } from './world';

/** The exchanges of the recipient domain in preference order (the nodes recipient-mx, recipient-mx2). */
export function exchange(s: Scenario, world: World, rank: number): string | null {
  const answer = queryMx(s.recipient.domain, world.zone);
  if (answer.status !== 'NOERROR') return null;
  const names = byPreference(answer.records).map((r) => r.exchange);
  if (names.length === 0 && rank === 0) return s.recipient.domain;
  const name = names[rank];
  return name && name !== '.' ? name : null;
}

/** Whether a node has a card in this scenario and world: exactly when cardFor gives one. */
export function hasCard(node: NodeId, s: Scenario, world: World = s.world): boolean {
  const cross = s.mode === 'cross-domain';
  switch (node) {
    case 'sender-client':
    case 'sender-msa':
    case 'recipient-store':
      return true;
    case 'dns':
    case 'spoofer':
    case 'mitm':
      return cross;
    case 'recipient-mx':
    case 'recipient-mx2':
      return cross && exchange(s, world, node === 'recipient-mx' ? 0 : 1) !== null;
    case 'relay-1':
      return cross && Boolean(s.recipient.provider?.filter.name);
    case 'sender-mta':
      return cross;
    case 'recipient-imap':
    case 'recipient-pop3':
    case 'recipient-client':
      return Boolean(s.recipient.provider);
    default:
      return false;
  }
}
