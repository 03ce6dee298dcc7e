// What each server did, in plain words: the role of a hop and the remarks its Received line supports.
import type { Text } from '../words/types';
import { isIp, isLocal } from './hosts';
import type { Hop, HopRole, ReceivedFields } from './types';

/** Seven days: a queue gives up long before that (RFC 5321 §4.5.4.1 suggests 4–5 days). */
export const IMPLAUSIBLE_SECONDS = 7 * 86_400;

/** Five minutes: longer than any normal hand-over; greylisting and queue retries look like this. */
export const SLOW_SECONDS = 300;

/** Where a hop sits in the chain: the role of a line depends on its neighbours, not on one word. */
export interface Place {
  /** The oldest hop: nothing was handed over before it. */
  first: boolean;
  /** The newest hop: the last server that wrote a line, the one nearest the mailbox. */
  last: boolean;
  /** The sending server has no public name and the receiving one belongs to an organisation. */
  foreign?: boolean;
}

/**
 * What the server of one hop did. The protocol says how the message came in; the place in the
 * chain and the organisations on both sides say what that means. `with HTTP(S)` is the webmail
 * front end only at the start of the chain (a browser has no mail server before it); later it is
 * an internal hand-over between a provider's servers, and as the newest line the delivery into the
 * mailbox (Microsoft 365 writes `from <front end> by <mailbox server> with HTTPS` there).
 */
export function roleOf(f: ReceivedFields, fromGroup: string | null, byGroup: string | null, place: Place): HopRole {
  const sameOrg = fromGroup !== null && fromGroup === byGroup;
  if (f.handOver === 'http') {
    // The oldest line: the message entered the mail system over the web (Gmail `by … with HTTP`,
    // Yahoo's web gate). Unless it is also the only one, written between a provider's own servers.
    if (place.first && !(place.last && sameOrg)) return 'webmail';
    return place.last ? 'delivery' : 'internal';
  }
  if (f.handOver === 'lmtp') return 'delivery';
  if (f.handOver === 'local' || (!f.helo && !f.ip && !f.rdns && f.handOver === 'none')) return 'local';
  if (f.authenticated) return 'submission';
  if ((f.ip && isLocal(f.ip)) || (f.by && isLocal(f.by)) || (f.helo && isLocal(f.helo) && !f.ip)) return 'filter';
  if ((fromGroup && byGroup && fromGroup !== byGroup) || place.foreign) return 'border';
  return 'internal';
}

export function caption(hop: Pick<Hop, 'role' | 'fromHost' | 'byHost' | 'fromOrg' | 'byOrg' | 'fields'>): Text {
  const params = {
    by: hop.byHost || '?',
    from: hop.fromHost || '?',
    byOrg: hop.byOrg ?? hop.byHost,
    fromOrg: hop.fromOrg ?? hop.fromHost,
    with: hop.fields.with ?? '',
  };
  return { key: `trace.role.${hop.role}`, params };
}

/** Remarks that hold for one hop, most telling first. */
export function notesFor(hop: Omit<Hop, 'notes' | 'caption'>, inferredBy: boolean): Text[] {
  const f = hop.fields;
  const notes: Text[] = [];
  if (hop.forged) notes.push({ key: 'trace.note.controls' });
  if (hop.lookalike) notes.push({ key: 'trace.note.lookalike', params: { host: hop.lookalike } });
  if (hop.skew === 'negative') notes.push({ key: 'trace.note.skew' });
  if (hop.skew === 'implausible') notes.push({ key: 'trace.note.implausible' });
  if (hop.skew === 'slight') notes.push({ key: 'trace.note.slightSkew' });
  if (hop.skew === 'date') notes.push({ key: 'trace.note.dateAhead' });
  notes.push({ key: `trace.note.tls.${f.tls}`, params: { with: f.with ?? '' } });
  if (f.authenticated) notes.push({ key: 'trace.note.auth', params: { with: f.with ?? 'ESMTPA' } });
  if (f.helo && f.rdns && f.helo.toLowerCase() !== f.rdns.toLowerCase() && !isIp(f.helo) && !isLocal(f.rdns))
    notes.push({ key: 'trace.note.helo', params: { helo: f.helo, rdns: f.rdns } });
  if ((hop.delaySeconds ?? 0) >= SLOW_SECONDS && !hop.skew) notes.push({ key: 'trace.note.slow' });
  if (!f.date) notes.push({ key: 'trace.note.noDate' });
  else if (!f.date.zoneKnown) notes.push({ key: 'trace.note.zone' });
  if (inferredBy) notes.push({ key: 'trace.note.inferredBy', params: { by: hop.byHost } });
  if (hop.upstream) notes.push({ key: 'trace.note.upstream' });
  if (f.unparsed) notes.push({ key: 'trace.note.unparsed', params: { text: f.unparsed.slice(0, 120) } });
  return notes;
}
