// What a learner can inspect at each step: the protocol dialogue, the message header as it
// stands afterwards, the envelope, and the mailbox of whoever the message (or bounce) is for.
import {
  arcSealer,
  authVerdicts,
  checkQuestion,
  dkimDomain,
  envelopeSender,
  forged,
  forgedIdentity,
  throughOpenRelay,
} from '../journey/auth';
import { forgesSenderAddress, OPEN_RELAY, SPOOFER } from '../world/world';
import { reportDetail, stripped, stsFetch } from './security';
import type { JourneyEvent, JourneyState } from '../journey/machine';
import { afterReading, storedIn } from './mailbox';
import { bodyText, composedHeaders, mailbox, messageLines, octets } from '../mail/rfc5322';
import {
  imapAppendSent,
  imapFetchRequest,
  imapLogin,
  imapNotice,
  imapRead,
  pop3Login,
  pop3Read,
  type AccessSession,
} from './access';
import { clockOf, IDLE_SINCE_SECONDS, zoneOffset } from '../message/internetTime';
import { digAddress, digMx, digMxFailure, digRecord } from './dig';
import { queryAddress, servesFailure } from '../world/dns';
import { dsnHeaders, dsnTranscript } from './dsn';
import { quit, replyLine } from './smtp';
import { client, message, note, output, server } from './types';
import { forwarded } from './forwarded';
import type { Scenario, Via } from '../world/scenario';
import * as session from './sessions';
import * as stamp from '../mail/stamps';
import { senderDate, type Trace } from './sessions';
import type { Envelope, Failure, Folder, HeaderField, MailboxState, TranscriptLine } from '../words/vocabulary';

export type { Trace } from './sessions';
export type { Envelope } from '../words/vocabulary';

export interface Annotation {
  transcript: readonly TranscriptLine[];
  headers: readonly HeaderField[];
  envelope: Envelope | null;
  mailbox: MailboxState;
}

/** The clock the journey is told in: the sender's zone, as the caption's clock shows it. */
const zone = (s: Scenario) => zoneOffset(s.sender.domain);

const replyText = (f: Failure) => (f.reply ? `${f.reply.code} ${f.reply.enhanced} ${f.reply.text}` : f.status);

function access(s: Scenario, t: Trace, folder: Folder): AccessSession {
  const provider = s.mode === 'same-domain' ? s.sender.provider : s.recipient.provider;
  const host = (s.retrieval === 'pop3' ? provider?.pop3 : provider?.imap)?.name ?? s.recipient.domain;
  return {
    host,
    user: s.recipient.address,
    folder,
    messageLines: messageLines(t.headers, bodyText(s)),
    keep: s.setup.keep,
  };
}

/** Alice's own copy in Sent: what her app (or webmail) wrote, without the servers' trace fields. */
function sentCopy(s: Scenario, t: Trace): TranscriptLine[] {
  if (s.setup.client === 'app' && s.retrieval === 'pop3') return [note('note.pop3.noSent')];
  const own = t.headers.filter((h) => !['Received', 'DKIM-Signature', 'Message-ID'].includes(h.name));
  const host = s.setup.client === 'webmail' ? s.sender.provider.webmail.name : s.sender.provider.imap.name;
  return imapAppendSent({
    host,
    user: s.sender.address,
    folder: 'INBOX',
    messageLines: messageLines(own, bodyText(s)),
  });
}

/** Alice reads her own mailbox over IMAP: that is where the bounce arrives. */
function senderAccess(s: Scenario, t: Trace): AccessSession {
  const host = s.sender.provider.imap.name;
  return { host, user: s.sender.address, folder: 'INBOX', messageLines: messageLines(t.headers, '') };
}

/** Postfix's arrival time in a mailq listing: ctime's "Tue Jan 14 10:30:03", in the relay's own zone. */
function ctime(rfc5322: string): string {
  const [weekday = '', day = '', month = '', , time = ''] = rfc5322.replace(',', '').split(' ');
  return `${weekday} ${month} ${day.padStart(2, ' ')} ${time}`;
}

/** The exchange as Postfix names a host it spoke to: its name and, once known, its address in brackets. */
function named(s: Scenario, exchange: string): string {
  const [ip] = queryAddress(exchange, s.world.zone).ipv4;
  return ip ? `${exchange}[${ip}]` : exchange;
}

/**
 * The relay's queue as `mailq` lists it: a heading, then the queue id, size, the time the message
 * arrived (not the last try), the sender; the reason of the last try in brackets; the recipient.
 */
/** Why the message waits, in Postfix's words; `exchange` is null when no MX was found (DNS failed). */
function queueReason(s: Scenario, exchange: string | null, failure: Failure): string {
  if (exchange === null)
    return `Host or domain name not found. Name service error for name=${s.recipient.domain} type=MX: Host not found, try again`;
  const host = named(s, exchange);
  if (failure.reply) return `host ${host} said: ${replyText(failure)} (in reply to RCPT TO command)`;
  return failure.local === 'tls-required'
    ? `TLS is required, but was not offered by host ${host}`
    : `connect to ${host}:25: Connection timed out`;
}

function queueLine(s: Scenario, t: Trace, exchange: string | null, failure: Failure): TranscriptLine[] {
  const reason = queueReason(s, exchange, failure);
  const size = String(octets(messageLines(t.headers, bodyText(s)))).padStart(8, ' ');
  return [
    note('note.mailq'),
    output('-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------'),
    output(
      `${session.QUEUE_ID.out.padEnd(10, ' ')} ${size} ${ctime(senderDate(s, t.arrival ?? t.start))}  ${s.sender.address}`,
    ),
    output(`                                         (${reason})`),
    output(`                                         ${s.recipient.address}`),
  ];
}

function bounce(s: Scenario, t: Trace, failure: Failure, remoteMta: string | null): Partial<Annotation> {
  const failed = s.failed?.map((f) => ({ recipient: f.address, remoteMta: f.remoteMta, failure: f.failure })) ?? [
    { recipient: s.recipient.address, remoteMta, failure },
  ];
  // A forwarder bounces to the envelope sender it was given: an SRS address, which it decodes back to
  // the original sender; a list's envelope sender is its own bounce address (email-facts.md §8).
  const to = s.via?.list ? s.via.mailFrom : s.sender.address;
  const facts = {
    reportingMta: s.via?.host.name ?? s.sender.provider.outboundMta.name,
    sender: to,
    // When the original reached the reporting MTA, not when it failed (RFC 3464 §2.2.5).
    arrivalDate: senderDate(s, t.arrival ?? t.start),
    date: senderDate(s, t.end),
    deliveredTo: s.sender.provider.store.name,
    queueId: session.QUEUE_ID.out,
    failed,
    ...(s.via && !s.via.list ? { srs: s.via.mailFrom } : {}),
  };
  // The bounce is a new message with its own header and envelope, filed in its addressee's inbox.
  return {
    transcript: dsnTranscript(facts),
    headers: dsnHeaders(facts),
    envelope: { mailFrom: '', rcptTo: to, rcpt: [to] },
    mailbox: s.via?.list ? t.mailbox : storedIn(s, 'INBOX', 'sender'),
  };
}

function relaying(
  s: Scenario,
  t: Trace,
  state: Extract<JourneyState, { phase: 'relaying' }>,
  event: JourneyEvent,
): Partial<Annotation> {
  const exchange = state.route.target.exchange;
  if (event.type === 'NO_ANSWER')
    return { transcript: [note(event.how === 'timeout' ? 'note.noAnswer' : 'note.refused', { host: exchange })] };
  if (event.type === 'STARTTLS_STRIPPED') return { transcript: stripped(s, exchange, event.enforced) };
  if (throughOpenRelay(s)) return openRelayed(s, t, exchange, event);
  return {
    transcript: session.relay(s, t, exchange, event, state.route.plain),
    envelope: session.envelopeOf(
      envelopeSender(s),
      s.group.map((r) => r.address),
    ),
  };
}

/**
 * The spoofer's forgery through an open relay: the relay took it from the spoofer (its Received line
 * names the spoofer's address, the one trace it leaves) and sends it on to the MX from its own.
 */
function openRelayed(s: Scenario, t: Trace, exchange: string, event: JourneyEvent): Partial<Annotation> {
  const relayed = stamp.received({
    helo: SPOOFER.name,
    rdns: SPOOFER.name,
    ip: SPOOFER.ipv4,
    by: OPEN_RELAY.name,
    protocol: 'ESMTP',
    id: session.QUEUE_ID.out,
    for: s.recipient.address,
    date: session.recipientDate(s, t.start),
  });
  const headers = stamp.prepend(t.headers, relayed);
  const told = note('note.open-relay', { spoofer: SPOOFER.name, relay: OPEN_RELAY.name, ip: OPEN_RELAY.ipv4 });
  return {
    transcript: [told, ...session.relay(s, { ...t, headers }, exchange, event)],
    headers,
    envelope: session.envelopeOf(
      envelopeSender(s),
      s.group.map((r) => r.address),
    ),
  };
}

/** A trusted forwarder's ARC chain, as the MX evaluates it before applying the DMARC policy. */
function arcNote(s: Scenario, mx: string): TranscriptLine[] {
  const v = authVerdicts(s);
  if (v.arc !== 'pass') return [];
  return [note(v.arcOverride ? 'note.arc.override' : 'note.arc.pass', { sealer: arcSealer(s) ?? '', mx })];
}

function checking(s: Scenario, t: Trace, state: Extract<JourneyState, { phase: 'checking' }>, event: JourneyEvent) {
  const q = checkQuestion(state.check, s);
  const question = state.check === 'ptr' ? `${q.name.split('.').reverse().join('.')}.in-addr.arpa` : q.name;
  const exchange = state.route.target.exchange;
  const arc = state.check === 'dmarc' ? arcNote(s, exchange) : [];
  // The MX asks its own resolver; the records come from the zone that holds the name (RFC 1034 §2.4).
  const lines = [
    note('note.check.resolver', { mx: named(s, exchange), name: question }),
    ...digRecord(question, state.check === 'ptr' ? 'PTR' : 'TXT', q.record),
    ...arc,
  ];
  if (event.type !== 'DATA_ACCEPTED') return { transcript: lines };
  return {
    transcript: [
      ...lines,
      replyLine({ code: 250, enhanced: '2.0.0', text: `Ok: queued as ${session.QUEUE_ID.mx}` }),
      ...quit(),
    ],
    headers: session.mxAccepted(s, t, exchange),
  };
}

/** The forwarder's own step: why it changes the envelope, and every header field it adds or changes. */
function forwarding(s: Scenario & { via: Via }, t: Trace): Partial<Annotation> {
  const sent = forwarded(s, t);
  const added = sent.headers.filter((h) => !t.headers.includes(h));
  const why = s.via.list ? 'note.forward.list' : 'note.forward.srs';
  return {
    ...sent,
    transcript: [
      note(why, { from: s.sender.address, srs: s.via.mailFrom }),
      ...added.map((h) => message(`${h.name}: ${h.value.split('\r\n')[0] ?? ''}`)),
    ],
  };
}

/** The From: field the spoofer writes (a display name, a lookalike or homograph address). */
function forgedFrom(s: Scenario, headers: readonly HeaderField[]): HeaderField[] {
  const id = forgedIdentity(s);
  if (forgesSenderAddress(s.world.forgery)) return [...headers];
  const value = id.display ? `"${id.display}" <${id.address}>` : mailbox(s.sender.name, id.address, true);
  return headers.map((h) => (h.name === 'From' ? { name: 'From', value } : h));
}

/** Annotates one step: the journey in `state` until `event`, given what came before. */
export function annotate(
  state: JourneyState,
  event: JourneyEvent,
  s: Scenario,
  t: Trace,
  lastMx: string | null,
): Annotation {
  const base: Annotation = { transcript: [], headers: t.headers, envelope: t.envelope, mailbox: t.mailbox };
  const part = ((): Partial<Annotation> => {
    switch (state.phase) {
      case 'composing': {
        const written = composedHeaders(s, senderDate(s, t.start));
        // The spoofer signs with d= of the From: domain: the exact forgery copies the sender's and
        // cannot make it verify; a forger's own domain (lookalike, display name) signs for real.
        const headers = forged(s)
          ? [
              stamp.dkimSignature(dkimDomain(s)),
              ...stamp.withMessageId(forgedFrom(s, written), stamp.messageId('bulk-sender.example')),
            ]
          : written;
        return { headers, transcript: messageLines(headers, bodyText(s)).map(message) };
      }
      case 'posting':
        return {
          transcript: [
            note('note.https', { host: s.sender.provider.webmail.name }),
            client('POST /mail/send HTTP/1.1'),
            client(`Host: ${s.sender.provider.webmail.name}`),
            server('HTTP/1.1 200 OK'),
          ],
          headers: stamp.prepend(t.headers, session.webmailReceived(s, t)),
        };
      case 'submitting':
        return session.submission(s, t, event);
      case 'filing-sent':
        return { transcript: sentCopy(s, t) };
      case 'refusing':
        return { transcript: [note('note.muaError', { reply: replyText(state.failure) })] };
      case 'handing-off':
        return session.handoff(s, t);
      case 'forwarding':
        return s.via ? forwarding({ ...s, via: s.via }, t) : {};
      case 'resolving-mx':
        return {
          transcript: servesFailure(s.recipient.domain, s.world.servfail)
            ? digMxFailure(s.recipient.domain)
            : [...digMx(s.recipient.domain, s.world.zone), ...stsFetch(s)],
        };
      case 'resolving-host':
        return { transcript: digAddress(state.route.target.exchange, state.family, s.world.zone) };
      case 'relaying':
        return relaying(s, t, state, event);
      case 'checking':
        return checking(s, t, state, event);
      case 'replying':
        // The reply line that travels back; after the final dot the client then says QUIT.
        return {
          transcript: state.failure.reply
            ? [replyLine(state.failure.reply), ...(state.stage === 'data' ? quit() : [])]
            : [],
        };
      case 'waiting-retry':
        return { transcript: queueLine(s, t, state.route?.target.exchange ?? null, state.failure) };
      case 'filtering':
        return session.filter(s, t, state.mx, event.type === 'FILTER_SPAM');
      case 'storing':
        return { ...session.store(s, t, state.local), mailbox: storedIn(s, state.folder) };
      case 'logging-in': {
        const idle = event.type === 'LOGGED_IN' && event.idle;
        const box = access(s, t, state.folder);
        // An idling app logged in before Alice pressed Send; a poll or a look into Junk logs in now.
        const idling = idle ? { since: clockOf(IDLE_SINCE_SECONDS, zone(s)), sender: s.sender.name } : null;
        return { transcript: s.retrieval === 'pop3' ? pop3Login(box) : imapLogin(box, idling) };
      }
      case 'notifying':
        return { transcript: imapNotice(clockOf(t.start, zone(s))) };
      case 'fetching':
        return { transcript: imapFetchRequest() };
      case 'reading': {
        const box = access(s, t, state.folder);
        return {
          transcript: s.retrieval === 'pop3' ? pop3Read(box) : imapRead(box, state.folder === 'INBOX'),
          mailbox: afterReading(t.mailbox, s.retrieval, s.setup.keep),
        };
      }
      case 'bouncing':
        return bounce(s, t, state.failure, state.failure.reply ? lastMx : null);
      case 'bounce-fetching':
        return { transcript: imapLogin(senderAccess(s, t)) };
      case 'bounce-reading':
        return { transcript: imapRead(senderAccess(s, t)), mailbox: afterReading(t.mailbox, 'imap') };
      case 'reporting':
        return reportDetail(s, state.report);
      case 'done':
        return {};
    }
  })();
  return { ...base, ...part };
}
