// From a header's fields to the journey it records: hops oldest first, delays in UTC, skew, trust.
import { pickAuthResults } from './auth';
import { hasControls } from './controls';
import { parseMailDate } from './date';
import { isIp, isInternalName, isLocal, organisation } from './hosts';
import { isLookalike, showLookalike } from './lookalike';
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

/** The first name of a line disguised as another, with its odd letters shown as codes. */
function lookalikeOf(f: ReceivedFields): string | null {
  const name = [f.by, f.rdns, f.helo].find((n) => n !== null && isLookalike(n));
  return name ? showLookalike(name) : null;
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
  const own = dateJourney(list, sent, starts);
  return list.map((d, i) => {
    if (starts.has(i)) previous = null;
    const t = d.fields.date?.epochSeconds;
    if (t === undefined) return { delaySeconds: null, delayFrom: null, skew: null };
    const useSent = sent !== null && previous === null && i >= own.start && i < own.end && !own.old;
    const delayFrom = previous !== null ? ('hop' as const) : useSent ? ('date' as const) : null;
    const before = previous ?? (useSent ? sent.epochSeconds : null);
    previous = t;
    if (before === null) return { delaySeconds: null, delayFrom: null, skew: null };
    const delay = t - before;
    if (delay < 0) return { delaySeconds: 0, delayFrom, skew: skewOf(delay, delayFrom) };
    return { delaySeconds: delay, delayFrom, skew: delay > IMPLAUSIBLE_SECONDS ? ('implausible' as const) : null };
  });
}

/** The first dated moment of each journey, oldest journey first; one pass, however many journeys. */
function journeyFirsts(list: readonly Draft[], starts: ReadonlySet<number>) {
  const out: { start: number; end: number; first: number | null }[] = [];
  list.forEach((d, i) => {
    if (starts.has(i) || out.length === 0) out.push({ start: i, end: list.length, first: null });
    const current = out.at(-1)!;
    if (out.length > 1 && current.start === i) out.at(-2)!.end = i;
    current.first ??= d.fields.date?.epochSeconds ?? null;
  });
  return out.length ? out : [{ start: 0, end: 0, first: null }];
}

/**
 * The journey the Date: field belongs to: the one whose first server saw the message soonest after
 * Date: (a forwarded copy keeps the older journey's lines, and either may carry the Date:); the
 * newest when Date: is later than every start. `old`: Date: lies more than a week before that first
 * server, a wrong device clock or a message sent again much later, never a week-long hop.
 */
function dateJourney(list: readonly Draft[], sent: MailDate | null, starts: ReadonlySet<number>) {
  const journeys = journeyFirsts(list, starts);
  const newest = journeys.at(-1)!;
  if (sent === null) return { ...newest, old: false };
  const after = journeys.filter((j) => j.first !== null && j.first - sent.epochSeconds >= -SLIGHT_SKEW_SECONDS);
  const own = after.reduce<(typeof journeys)[number] | null>(
    (best, j) => (best === null || j.first! < best.first! ? j : best),
    null,
  );
  const chosen = own ?? newest;
  const old = chosen.first !== null && chosen.first - sent.epochSeconds > IMPLAUSIBLE_SECONDS;
  return { ...chosen, old };
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

/**
 * The same tolerance for Date: as between hops: a few seconds back is two clocks slightly apart. A
 * Date: a second or two after the first server's stamp is no skew at all: the sender's device stamps
 * the message when it is done, and the server's clock rounds down to its second.
 */
function skewOf(delay: number, from: 'date' | 'hop' | null): Skew {
  if (-delay <= SLIGHT_SKEW_SECONDS) return from === 'date' ? null : 'slight';
  return from === 'date' ? 'date' : 'negative';
}

/**
 * Transit time from Date: to the last hop; from the first hop when Date: lies after it (a fast
 * clock) or more than a week before it (`dateOld`: a wrong clock, or the message sent again later).
 */
function transit(hops: readonly Hop[], sent: MailDate | null) {
  const dated = hops.flatMap((h) => (h.fields.date ? [h.fields.date.epochSeconds] : []));
  if (dated.length === 0) return { total: null, dateSkew: false, dateOld: false };
  const latest = dated.reduce((a, b) => Math.max(a, b), -Infinity);
  const dateSkew = sent !== null && sent.epochSeconds - dated[0]! > SLIGHT_SKEW_SECONDS;
  const dateOld =
    sent !== null && !hops.some((h) => h.delayFrom === 'date') && dated[0]! - sent.epochSeconds > IMPLAUSIBLE_SECONDS;
  const start = sent && !dateSkew && !dateOld ? sent.epochSeconds : dated[0]!;
  return { total: latest - start, dateSkew, dateOld };
}

/**
 * Where the message entered the receiving organisation: the newest hop of its last run of hops that
 * a server of another (public) organisation handed over; the start of the run when none did. A line
 * below that hop which names a server of the receiver was written before the message got there, by
 * the sender's side: a forger writes `by mx.receiver.example` as easily as any other words.
 */
function borderOf(list: readonly Draft[], groups: readonly (string | null)[], receivingOrg: string | null): number {
  const last = groups.findLastIndex((g) => g === receivingOrg && g !== null);
  let b = last;
  while (b > 0 && groups[b - 1] === receivingOrg) b -= 1;
  for (let i = last; i > b; i -= 1) {
    const from = organisation(list[i]!.fromHost);
    if (from !== null && from !== receivingOrg) return i;
  }
  return b;
}

function remarks(received: number, trace: Omit<Trace, 'remarks'>): Text[] {
  const out: Text[] = [];
  if (!trace.sent) out.push({ key: 'trace.remark.noDate' });
  if (received >= LOOP_THRESHOLD) out.push({ key: 'trace.remark.loop', params: { count: received } });
  if (trace.auth && !trace.auth.fromReceiver) out.push({ key: 'trace.remark.authForeign' });
  const forged = trace.hops.filter((h) => h.forged).length;
  if (forged) out.push({ key: 'trace.remark.controls', params: { count: forged } });
  const disguised = trace.hops.filter((h) => h.lookalike).length;
  if (disguised) out.push({ key: 'trace.remark.lookalike', params: { count: disguised } });
  if (trace.strayCount > trace.stray.length)
    out.push({ key: 'trace.remark.strayMany', params: { count: trace.strayCount, shown: trace.stray.length } });
  else if (trace.strayCount) out.push({ key: 'trace.remark.stray', params: { count: trace.strayCount } });
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
  strayCount = stray.length,
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
  const border = borderOf(list, groups, receivingOrg);
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
      lookalike: lookalikeOf(d.fields),
      caption: { key: '' },
      notes: [],
      raw: d.raw,
    };
    hop.caption = caption(hop);
    hop.notes = notesFor(hop, d.inferredBy);
    return hop;
  });
  const { total, dateSkew, dateOld } = transit(hops, sent);
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
    strayCount,
  };
  const greylist = value('x-greylist');
  const extra: Text[] = [
    ...(dateSkew ? [{ key: 'trace.remark.dateSkew' }] : []),
    ...(dateOld ? [{ key: 'trace.remark.dateOld' }] : []),
    ...(greylist ? [{ key: 'trace.remark.greylist', params: { text: greylist.slice(0, 160) } }] : []),
  ];
  return { ...trace, remarks: [...remarks(received.length, trace), ...extra] };
}
