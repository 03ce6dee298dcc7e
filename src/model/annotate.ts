// What a learner can inspect at each step: the protocol dialogue, the message header as it
// stands afterwards, the envelope, the recipient's mailbox, and a common mix-up put right.
import type { Failure, JourneyEvent, JourneyState, Reply } from './journey';
import { afterReading, storedIn, type MailboxState } from './mailbox';
import { composedHeaders, messageLines, octets, type HeaderField } from './message';
import { imapLogin, imapRead, pop3Login, pop3Read, type AccessSession } from './protocol/access';
import { digAddress, digMx } from './protocol/dig';
import { dsnTranscript } from './protocol/dsn';
import { smtpSession, type SmtpSession } from './protocol/smtp';
import { message, note, output, type TranscriptLine } from './protocol/types';
import { rfc5322Date, zoneOffset } from './clock';
import { queryAddress } from './dns';
import type { Scenario } from './scenario';
import * as stamp from './stamps';
import { SENDER_DEVICE } from './world';

export interface Envelope {
  mailFrom: string;
  rcptTo: string;
}

export interface Annotation {
  transcript: readonly TranscriptLine[];
  headers: readonly HeaderField[];
  envelope: Envelope | null;
  mailbox: MailboxState;
}

/** What the planner carries from step to step. */
export interface Trace {
  headers: readonly HeaderField[];
  mailbox: MailboxState;
  envelope: Envelope | null;
  /** Simulated time at the start and end of this step, in epoch seconds. */
  start: number;
  end: number;
}

// Queue ids as in email-facts.md §4, one per accepting server, so every run reads the same.
const QUEUE_ID = { msa: '4Xk2Qd0Zz3z9', out: '5D2E8800A1', mx: '9F3A21C0B7', filter: '6C1F3A04B2', store: 'kT2hAp0x' };
/** The "too-large" preset attaches a 60 MiB video; the MSA takes at most 50 MiB (RFC 1870 SIZE). */
const TOO_LARGE_OCTETS = 62_914_560;
const MSA_SIZE_LIMIT = 52_428_800;
const MX_SIZE_LIMIT = 36_700_160;

function session(
  s: Scenario,
  trace: Trace,
  parts: Partial<SmtpSession> & Pick<SmtpSession, 'clientName' | 'serverName' | 'queueId'>,
): TranscriptLine[] {
  const lines = messageLines(trace.headers, s.message.body, true);
  return smtpSession({
    sizeLimit: MX_SIZE_LIMIT,
    starttls: true,
    auth: null,
    dsn: false,
    mailFrom: s.sender.address,
    rcptTo: s.recipient.address,
    messageSize: octets(lines),
    data: lines,
    ...parts,
  });
}

const senderDate = (s: Scenario, at: number) => rfc5322Date(at, zoneOffset(s.sender.domain));
const recipientDate = (s: Scenario, at: number) => rfc5322Date(at, zoneOffset(s.recipient.domain));

function submission(s: Scenario, t: Trace, event: JourneyEvent): Partial<Annotation> {
  const msa = s.sender.provider.msa;
  const rejected = event.type === 'SUBMIT_REJECTED' ? event.reply : null;
  const authReply: Reply =
    rejected?.code === 535 ? rejected : { code: 235, enhanced: '2.7.0', text: 'Authentication successful' };
  const tooLarge = rejected?.enhanced === '5.3.4';
  const transcript = session(s, t, {
    clientName: `[${SENDER_DEVICE.ipv4}]`,
    serverName: msa.name,
    sizeLimit: MSA_SIZE_LIMIT,
    auth: { user: s.sender.address, password: 'correct-horse-battery', reply: authReply },
    queueId: QUEUE_ID.msa,
    ...(tooLarge ? { messageSize: TOO_LARGE_OCTETS, mailReply: rejected } : {}),
  });
  const envelope = { mailFrom: s.sender.address, rcptTo: s.recipient.address };
  if (rejected) return { transcript, envelope };
  const received = stamp.received({
    helo: `[${SENDER_DEVICE.ipv4}]`,
    rdns: SENDER_DEVICE.name,
    ip: SENDER_DEVICE.ipv4,
    by: msa.name,
    software: 'Postfix',
    protocol: 'ESMTPSA',
    id: QUEUE_ID.msa,
    for: s.recipient.address,
    date: senderDate(s, t.end),
  });
  const withId = stamp.withMessageId(t.headers, stamp.messageId(s.sender.domain));
  return { transcript, envelope, headers: stamp.prepend(withId, stamp.dkimSignature(s.sender.domain), received) };
}

function handoff(s: Scenario, t: Trace): Partial<Annotation> {
  const { msa, outboundMta } = s.sender.provider;
  return {
    transcript: session(s, t, {
      clientName: msa.name,
      serverName: outboundMta.name,
      sizeLimit: MSA_SIZE_LIMIT,
      queueId: QUEUE_ID.out,
    }),
    headers: stamp.prepend(
      t.headers,
      stamp.received({
        helo: msa.name,
        rdns: msa.name,
        ip: msa.ipv4,
        by: outboundMta.name,
        software: 'Postfix',
        protocol: 'ESMTPS',
        id: QUEUE_ID.out,
        for: s.recipient.address,
        date: senderDate(s, t.end),
      }),
    ),
  };
}

function relay(s: Scenario, t: Trace, exchange: string, event: JourneyEvent): Partial<Annotation> {
  const out = s.sender.provider.outboundMta;
  if (event.type === 'NO_ANSWER') return { transcript: [note('note.noAnswer', { host: exchange })] };
  const refused = event.type === 'RCPT_REJECTED' || event.type === 'RCPT_DEFERRED' ? event.reply : undefined;
  const dataRefused = event.type === 'DATA_REJECTED' ? event.reply : undefined;
  const transcript = session(s, t, {
    clientName: out.name,
    serverName: exchange,
    dsn: true,
    notify: true,
    queueId: QUEUE_ID.mx,
    ...(refused ? { rcptReply: refused } : {}),
    ...(dataRefused ? { dataReply: dataRefused } : {}),
  });
  if (refused || dataRefused) return { transcript };
  const verdicts: stamp.Verdicts = { spf: 'pass', dkim: 'pass', dmarc: 'pass' };
  return {
    transcript,
    headers: stamp.prepend(
      t.headers,
      stamp.authenticationResults(exchange, s.sender.domain, verdicts),
      stamp.received({
        helo: out.name,
        rdns: out.name,
        ip: out.ipv4,
        by: exchange,
        software: 'Postfix',
        protocol: 'ESMTPS',
        id: QUEUE_ID.mx,
        for: s.recipient.address,
        date: recipientDate(s, t.end),
      }),
    ),
  };
}

function filter(s: Scenario, t: Trace, mx: string, spam: boolean): Partial<Annotation> {
  const filterHost = s.recipient.provider?.filter.name ?? mx;
  const received = stamp.received({
    helo: mx,
    rdns: mx,
    ip: mxAddress(mx),
    by: filterHost,
    software: 'Postfix',
    protocol: 'ESMTP',
    id: QUEUE_ID.filter,
    for: s.recipient.address,
    date: recipientDate(s, t.end),
  });
  return {
    transcript: session(s, t, { clientName: mx, serverName: filterHost, starttls: false, queueId: QUEUE_ID.filter }),
    headers: spam ? stamp.prepend(t.headers, stamp.spamFlag, received) : stamp.prepend(t.headers, received),
  };
}

const mxAddress = (host: string) => queryAddress(host).ipv4[0] ?? '';

function store(s: Scenario, t: Trace, local: boolean, folder: 'INBOX' | 'Junk'): Partial<Annotation> {
  const provider = local ? s.sender.provider : s.recipient.provider;
  const from = local ? s.sender.provider.msa : provider?.filter;
  const storeHost = provider?.store.name ?? s.recipient.domain;
  if (!from) return {};
  const date = local ? senderDate(s, t.end) : recipientDate(s, t.end);
  return {
    transcript: session(s, t, {
      lmtp: true,
      clientName: from.name,
      serverName: storeHost,
      starttls: false,
      queueId: QUEUE_ID.store,
    }),
    headers: stamp.prepend(
      t.headers,
      stamp.returnPath(s.sender.address),
      stamp.deliveredTo(s.recipient.address),
      stamp.received({
        helo: from.name,
        rdns: from.name,
        ip: from.ipv4,
        by: storeHost,
        protocol: 'LMTP',
        id: QUEUE_ID.store,
        for: s.recipient.address,
        date,
      }),
    ),
    mailbox: storedIn(folder),
  };
}

function access(s: Scenario, t: Trace, folder: 'INBOX' | 'Junk'): AccessSession {
  const provider = s.mode === 'same-domain' ? s.sender.provider : s.recipient.provider;
  const host = (s.retrieval === 'pop3' ? provider?.pop3 : provider?.imap)?.name ?? s.recipient.domain;
  return { host, user: s.recipient.address, folder, messageLines: messageLines(t.headers, s.message.body) };
}

function bounce(s: Scenario, t: Trace, failure: Failure, remoteMta: string | null): Partial<Annotation> {
  const out = s.sender.provider.outboundMta.name;
  return {
    transcript: dsnTranscript({
      reportingMta: out,
      sender: s.sender.address,
      recipient: s.recipient.address,
      remoteMta,
      arrivalDate: senderDate(s, t.start),
      date: senderDate(s, t.end),
      failure,
    }),
    envelope: { mailFrom: '', rcptTo: s.sender.address },
  };
}

function queueLine(s: Scenario, t: Trace, exchange: string, failure: Failure): TranscriptLine[] {
  const reason = failure.reply
    ? `host ${exchange} said: ${failure.reply.code} ${failure.reply.enhanced} ${failure.reply.text} (in reply to RCPT TO command)`
    : `connect to ${exchange}:25: Connection timed out`;
  return [
    note('note.mailq'),
    message(
      `${QUEUE_ID.out}  ${octets(messageLines(t.headers, s.message.body))} ${senderDate(s, t.start).slice(0, 25)}  ${s.sender.address}`,
    ),
    output(`        (${reason})`),
    output(`                                         ${s.recipient.address}`),
  ];
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
        const headers = composedHeaders(s, senderDate(s, t.start));
        return { headers, transcript: messageLines(headers, s.message.body).map(message) };
      }
      case 'submitting':
        return submission(s, t, event);
      case 'refusing':
        return {
          transcript: [
            note('note.muaError', {
              reply: state.failure.reply
                ? `${state.failure.reply.code} ${state.failure.reply.enhanced} ${state.failure.reply.text}`
                : state.failure.status,
            }),
          ],
        };
      case 'handing-off':
        return handoff(s, t);
      case 'resolving-mx':
        return { transcript: digMx(s.recipient.domain) };
      case 'resolving-host':
        return { transcript: digAddress(state.route.target.exchange) };
      case 'relaying':
        return relay(s, t, state.route.target.exchange, event);
      case 'waiting-retry':
        return { transcript: queueLine(s, t, state.route.target.exchange, state.failure) };
      case 'filtering':
        return filter(s, t, state.mx, event.type === 'FILTER_SPAM');
      case 'storing':
        return store(s, t, state.local, state.folder);
      case 'retrieving': {
        const session = access(s, t, state.folder);
        return { transcript: s.retrieval === 'pop3' ? pop3Login(session) : imapLogin(session) };
      }
      case 'reading': {
        const session = access(s, t, state.folder);
        return {
          transcript: s.retrieval === 'pop3' ? pop3Read(session) : imapRead(session),
          mailbox: afterReading(t.mailbox, s.retrieval),
        };
      }
      case 'bouncing':
        return bounce(s, t, state.failure, state.failure.reply ? lastMx : null);
      case 'done':
        return {};
    }
  })();
  return { ...base, ...part };
}
