// What each server did, in plain words: the role of a hop and the remarks its Received line supports.
import type { Text } from '../types';
import { isIp, isLocal } from './hosts';
import type { Hop, HopRole, ReceivedFields } from './types';

/** Seven days: a queue gives up long before that (RFC 5321 §4.5.4.1 suggests 4–5 days). */
export const IMPLAUSIBLE_SECONDS = 7 * 86_400;

/** Five minutes: longer than any normal hand-over; greylisting and queue retries look like this. */
export const SLOW_SECONDS = 300;

export function roleOf(f: ReceivedFields, fromGroup: string | null, byGroup: string | null): HopRole {
  if (f.handOver === 'http') return 'webmail';
  if (f.handOver === 'local' || (!f.helo && !f.ip && !f.rdns && f.handOver === 'none')) return 'local';
  if (f.authenticated) return 'submission';
  if (f.handOver === 'lmtp') return 'delivery';
  if ((f.ip && isLocal(f.ip)) || (f.by && isLocal(f.by)) || (f.helo && isLocal(f.helo))) return 'filter';
  if (fromGroup && byGroup && fromGroup !== byGroup) return 'border';
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
  if (hop.skew === 'negative') notes.push({ key: 'trace.note.skew' });
  if (hop.skew === 'implausible') notes.push({ key: 'trace.note.implausible' });
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
