// The returned original's route up to the server that refused it: a bounce that carries the
// original's header shows where the message really went, and the refusal at its end.
import { analyseTrace, type HeaderField } from './analyse';
import { organisation } from './hosts';
import { parseReceived } from './received';
import { headerSection } from './section';
import type { Bounce, BounceRecipient, Hop, ReceivedFields, Refusal, Trace } from './types';

/** The recipient the refusal is drawn for: the first that failed, else the first one named. */
const refusedRecipient = (bounce: Bounce): BounceRecipient | undefined =>
  bounce.recipients.find((r) => r.action === 'failed') ?? bounce.recipients[0];

/** The SMTP reply code the refusing server gave (RFC 5321 §4.2), when its words quote one. */
function replyCode(recipient: BounceRecipient): number | null {
  const match = /(?:^|[\s(:;])([45][0-5]\d)(?=[\s\-.,;:)]|$)/.exec(recipient.diagnostic ?? '');
  return match ? Number(match[1]) : null;
}

/** The original's header fields, in the form analyseTrace reads (names lower case, values unfolded). */
function originalFields(headers: string): { fields: HeaderField[]; received: string[] } {
  const section = headerSection(headers);
  const fields: HeaderField[] = [];
  for (const line of section.header.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.push({ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return {
    fields: [...fields, ...section.received.map((value) => ({ key: 'received', value }))],
    received: section.received,
  };
}

const EMPTY: ReceivedFields = {
  helo: null,
  rdns: null,
  ip: null,
  by: null,
  via: null,
  with: null,
  handOver: 'smtp',
  tls: 'unknown',
  authenticated: false,
  id: null,
  for: null,
  software: null,
  date: null,
  dateText: null,
  unparsed: null,
};

/**
 * The hop the report adds: the last server that took the message handed it to the refusing one,
 * which wrote no Received line (it refused before the data). Only when the report names that server.
 */
function refusedHop(last: Hop, remote: string, recipient: BounceRecipient): Hop {
  const byOrg = organisation(remote);
  return {
    ...last,
    number: last.number + 1,
    line: 0,
    fields: { ...EMPTY, helo: last.byHost || null, by: remote, for: recipient.address },
    fromHost: last.byHost,
    byHost: remote,
    fromOrg: last.byOrg,
    byOrg,
    role: 'refused',
    delaySeconds: null,
    delayFrom: null,
    skew: null,
    upstream: false,
    journeyStart: false,
    forged: false,
    lookalike: null,
    caption: { key: '' },
    notes: [],
    // No Received line: the server refused before it took the message. Its own words stand in.
    raw: recipient.diagnostic ?? '',
  };
}

/**
 * The original's route with the refusal at its end, or null when the report carries no original
 * header with Received lines. The refusal is drawn at a hop of its own when the report names a
 * remote server other than the last one that took the message; else at that last server.
 */
export function returnedRoute(bounce: Bounce): Trace | null {
  const recipient = refusedRecipient(bounce);
  if (!bounce.original || !recipient) return null;
  const { fields, received } = originalFields(bounce.original.headers);
  if (received.length === 0) return null;
  const trace = analyseTrace(fields, [], received.map(parseReceived));
  const last = trace.hops.at(-1)!;
  const remote = recipient.remoteMta ?? null;
  const apart = remote !== null && remote.toLowerCase() !== last.byHost.toLowerCase();
  if (apart) trace.hops.push(refusedHop(last, remote, recipient));
  const at = trace.hops.at(-1)!;
  const refusal: Refusal = {
    hop: trace.hops.length - 1,
    address: recipient.address,
    status: recipient.status,
    code: replyCode(recipient),
    reason: recipient.reason,
  };
  at.caption = {
    key: 'trace.role.refused',
    params: { by: at.byHost || '?', address: recipient.address, status: recipient.status ?? '–' },
  };
  at.notes = [{ key: 'trace.note.refused', params: { reason: recipient.reason } }, ...at.notes];
  return { ...trace, refusal, report: null };
}
