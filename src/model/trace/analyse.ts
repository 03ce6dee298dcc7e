// From a header's fields to the journey it records: hops oldest first, delays in UTC, skew, trust.
import { pickAuthResults } from './auth';
import { hasControls } from './controls';
import { parseMailDate } from './date';
import { isIp, isInternalName, isLocal, organisation } from './hosts';
import { parseReceived } from './received';
import { caption, IMPLAUSIBLE_SECONDS, notesFor, roleOf } from './roles';
import type { Hop, MailDate, ReceivedFields, Skew, StrayLine, Trace } from './types';
import type { Text } from '../words/types';
import { verdictsOf } from './verdicts';
import { addWork } from './work';

export interface HeaderField {
  key: string;
  value: string;
  /** For Authentication-Results: how many Received fields lie above it in the header. */
  receivedAbove?: number;
}

/** A step back in time of up to this much is two clocks a little apart, not a fault worth a red flag. */
export const SLIGHT_SKEW_SECONDS = 10;

/** Loop detection starts at 100 Received lines or more (RFC 5321 §6.3). */
const LOOP_THRESHOLD = 100;

const fromName = (f: ReceivedFields) => f.rdns ?? f.helo ?? f.ip ?? '';

interface Draft {
  fields: ReceivedFields;
  line: number;
  raw: string;
  fromHost: string;
  byHost: string;
  inferredBy: boolean;
}

/** Oldest first. A line without `by` (qmail's "invoked by uid") names its host through its neighbours. */
function drafts(received: readonly string[], parsed?: readonly ReceivedFields[]): Draft[] {
  const fields = parsed ?? received.map(parseReceived);
  const out: Draft[] = [];
  for (let i = received.length - 1; i >= 0; i -= 1) {
    const f = fields[i]!;
    const newer = i > 0 ? fields[i - 1] : undefined;
    const inferred = f.by ? null : newer && fromName(newer) ? fromName(newer) : (out.at(-1)?.byHost ?? '');
    out.push({
      fields: f,
      line: i + 1,
      raw: received[i]!,
      fromHost: fromName(f),
      byHost: f.by ?? inferred ?? '',
      inferredBy: !f.by && !!inferred,
    });
  }
  return out;
}

/**
 * Organisation of each hop's receiving server. A server named only by an address (Gmail's internal
 * hops) or localhost borrows one: localhost its previous hop's, an address the next named one.
 */
function byGroups(list: readonly Draft[]): (string | null)[] {
  const own = list.map(
    (d, i) => organisation(d.byHost) ?? (list[i + 1] ? organisation(fromName(list[i + 1]!.fields)) : null),
  );
  const groups = [...own];
  for (let i = 0; i < list.length; i += 1)
    if (groups[i] === null && isLocal(list[i]!.byHost) && i > 0) groups[i] = groups[i - 1]!;
  // A server named without a public domain (a bare host, .local, a droplet) does not borrow the next
  // organisation: nothing says the receiver runs it, and the sender's own box is often named so.
  for (let i = list.length - 2; i >= 0; i -= 1)
    if (!privateName(list[i]!.byHost) && !privateName(list[i + 1]!.fromHost)) groups[i] ??= groups[i + 1]!;
  for (let i = 1; i < list.length; i += 1) groups[i] ??= groups[i - 1]!;
  return groups;
}

/** A host name (not an address, not localhost) that no public domain holds. */
export const privateName = (host: string) => !!host && !isIp(host) && !isLocal(host) && isInternalName(host);

/**
 * Delay of each hop: t(hop) − t(previous dated hop), or − Date: for the first one, in UTC. Each
 * hop is judged against its predecessor only, so one early clock flags one hop, not every later
 * one. A step back of a few seconds is two clocks slightly apart; a longer one is a wrong clock
 * (flagged, shown as 0). A Date: after the first hop is the sender's device clock running ahead.
 */
function delays(list: readonly Draft[], sent: MailDate | null, starts: ReadonlySet<number>) {
  let previous: number | null = null;
  // The Date: field belongs to the newest journey (a forwarded copy keeps the older one's lines).
  const lastStart = Math.max(0, ...starts);
  return list.map((d, i) => {
    if (starts.has(i)) previous = null;
    const t = d.fields.date?.epochSeconds;
    if (t === undefined) return { delaySeconds: null, delayFrom: null, skew: null };
    const useSent = sent !== null && previous === null && i >= lastStart;
    const delayFrom = previous !== null ? ('hop' as const) : useSent ? ('date' as const) : null;
    const before = previous ?? (useSent ? sent.epochSeconds : null);
    previous = t;
    if (before === null) return { delaySeconds: null, delayFrom: null, skew: null };
    const delay = t - before;
    if (delay < 0) return { delaySeconds: 0, delayFrom, skew: skewOf(delay, delayFrom) };
    return { delaySeconds: delay, delayFrom, skew: delay > IMPLAUSIBLE_SECONDS ? ('implausible' as const) : null };
  });
}

/** An hour: a message that waits longer and then enters the mail system again by a login is a new journey. */
const RESENT_GAP_SECONDS = 3600;

/**
 * Where a new journey starts in one header: a resent or forwarded copy keeps the older message's
 * Received lines below its own. A hop where the message enters the mail system again (a login or
 * webmail) after a long gap, or any hop more than a week after the one before, starts one.
 */
function journeyStarts(list: readonly Draft[]): Set<number> {
  const starts = new Set<number>([0]);
  let previous: number | null = null;
  list.forEach((d, i) => {
    const t = d.fields.date?.epochSeconds;
    if (t === undefined) return;
    if (previous !== null && i > 0) {
      const gap = t - previous;
      const entering = d.fields.authenticated || (d.fields.handOver === 'http' && !d.fields.ip);
      if (gap > IMPLAUSIBLE_SECONDS || (entering && Math.abs(gap) > RESENT_GAP_SECONDS)) starts.add(i);
    }
    previous = t;
  });
  return starts;
}

/** The same tolerance for Date: as between hops: a few seconds back is two clocks slightly apart. */
function skewOf(delay: number, from: 'date' | 'hop' | null): Skew {
  if (-delay <= SLIGHT_SKEW_SECONDS) return 'slight';
  return from === 'date' ? 'date' : 'negative';
}

/** Transit time from Date: to the last hop; from the first hop when Date: lies after it (a fast clock). */
function transit(hops: readonly Hop[], sent: MailDate | null): { total: number | null; dateSkew: boolean } {
  const dated = hops.flatMap((h) => (h.fields.date ? [h.fields.date.epochSeconds] : []));
  if (dated.length === 0) return { total: null, dateSkew: false };
  const latest = dated.reduce((a, b) => Math.max(a, b), -Infinity);
  const dateSkew = sent !== null && sent.epochSeconds - dated[0]! > SLIGHT_SKEW_SECONDS;
  const start = sent && !dateSkew ? sent.epochSeconds : dated[0]!;
  return { total: latest - start, dateSkew };
}

/** Where the message entered the receiving organisation: the start of its last run of hops. */
function borderOf(groups: readonly (string | null)[], receivingOrg: string | null): number {
  let b = groups.findLastIndex((g) => g === receivingOrg && g !== null);
  while (b > 0 && groups[b - 1] === receivingOrg) b -= 1;
  return b;
}

function remarks(received: number, trace: Omit<Trace, 'remarks'>): Text[] {
  const out: Text[] = [];
  if (!trace.sent) out.push({ key: 'trace.remark.noDate' });
  if (received >= LOOP_THRESHOLD) out.push({ key: 'trace.remark.loop', params: { count: received } });
  if (trace.auth && !trace.auth.fromReceiver) out.push({ key: 'trace.remark.authForeign' });
  const forged = trace.hops.filter((h) => h.forged).length;
  if (forged) out.push({ key: 'trace.remark.controls', params: { count: forged } });
  if (trace.stray.length) out.push({ key: 'trace.remark.stray', params: { count: trace.stray.length } });
  return out;
}

/**
 * The journey a header records. `parsed`: the Received values already taken apart, in header order
 * (readMessage parses a long header in slices between which the page can draw); parsed here if absent.
 */
export function analyseTrace(
  headers: readonly HeaderField[],
  stray: readonly StrayLine[] = [],
  parsed?: readonly ReceivedFields[],
): Trace {
  const value = (key: string) => headers.find((h) => h.key === key)?.value ?? null;
  const received = headers.filter((h) => h.key === 'received').map((h) => h.value);
  const sent = parseMailDate(value('date') ?? '');
  const list = drafts(received, parsed?.length === received.length ? parsed : undefined);
  addWork(list.length);
  const groups = byGroups(list);
  const starts = journeyStarts(list);
  const timing = delays(list, sent, starts);
  const receivingOrg = groups.findLast((g) => g !== null) ?? null;
  const border = borderOf(groups, receivingOrg);
  const hops: Hop[] = list.map((d, i) => {
    const fromOrg = organisation(d.fromHost) ?? (i > 0 ? groups[i - 1]! : null);
    const byOrg = groups[i]!;
    // One object built once (no spreads): a header can hold thousands of hops.
    const hop: Hop = {
      number: i + 1,
      line: d.line,
      totalLines: received.length,
      fields: d.fields,
      fromHost: d.fromHost,
      byHost: d.byHost,
      fromOrg,
      byOrg,
      role: roleOf(d.fields, fromOrg, byOrg, {
        first: i === 0,
        last: i === list.length - 1,
        // A sender named without a public domain, handing over to a named organisation, crosses a border.
        foreign: fromOrg === null && byOrg !== null && privateName(d.fromHost),
      }),
      delaySeconds: timing[i]!.delaySeconds,
      delayFrom: timing[i]!.delayFrom,
      skew: timing[i]!.skew,
      upstream: border >= 0 && i < border,
      journeyStart: i > 0 && starts.has(i),
      forged: hasControls(d.raw),
      caption: { key: '' },
      notes: [],
      raw: d.raw,
    };
    hop.caption = caption(hop);
    hop.notes = notesFor(hop, d.inferredBy);
    return hop;
  });
  const { total, dateSkew } = transit(hops, sent);
  // The receiving organisation's first hop is Received line `ownLines` from the top (1-based):
  // a field above it was added after the message arrived there.
  const ownLines = border >= 0 && receivingOrg !== null ? received.length - border : 0;
  const auth = pickAuthResults(
    headers.filter((h) => h.key === 'authentication-results'),
    receivingOrg,
    ownLines,
  );
  const verdicts = verdictsOf(
    headers.filter((h) => h.key !== 'received'),
    { hops, receivingOrg, fromHeader: value('from') },
  );
  const trace = {
    hops,
    sent,
    subject: value('subject'),
    from: value('from'),
    to: value('to'),
    totalSeconds: total,
    receivingOrg,
    auth,
    verdicts,
    journeys: starts.size,
    report: null,
    stray: [...stray],
  };
  const greylist = value('x-greylist');
  const extra: Text[] = [
    ...(dateSkew ? [{ key: 'trace.remark.dateSkew' }] : []),
    ...(greylist ? [{ key: 'trace.remark.greylist', params: { text: greylist.slice(0, 160) } }] : []),
  ];
  return { ...trace, remarks: [...remarks(received.length, trace), ...extra] };
}
