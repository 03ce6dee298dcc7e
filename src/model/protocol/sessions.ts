// The SMTP and LMTP sessions of the journey, with the header fields each accepting server adds.
import {
  arcSealer,
  authVerdicts,
  connectingHost,
  dkimDomain,
  envelopeSender,
  fromDomain,
  spfDomain,
} from '../journey/auth';
import { rfc5322Date, zoneOffset } from '../message/internetTime';
import { queryAddress } from '../world/dns';
import type { JourneyEvent } from '../journey/machine';
import { bodyText, hiddenAttachmentOctets, messageLines, octets } from '../mail/rfc5322';
import { acceptedOf, localRefusal, messageOctets, remoteOf } from '../journey/servers';
import { forClause } from '../message/recipients';
import { smtpSession, type SmtpSession } from './smtp';
import { note } from './types';
import type { Scenario } from '../world/scenario';
import * as stamp from '../mail/stamps';
import type { Envelope, HeaderField, MailboxState, Reply, TranscriptLine } from '../words/vocabulary';
import { SENDER_DEVICE, serverState } from '../world/world';

/** What the planner carries from step to step. */
export interface Trace {
  headers: readonly HeaderField[];
  mailbox: MailboxState;
  envelope: Envelope | null;
  /** Simulated time at the start and end of this step, in epoch seconds. */
  start: number;
  end: number;
  /** In a bounce: when the original reached the MTA that reports it (its DSN's Arrival-Date). */
  arrival?: number;
}

export interface SessionNotes {
  transcript: readonly TranscriptLine[];
  headers?: readonly HeaderField[];
  envelope?: Envelope | null;
}

// Queue ids as in email-facts.md §4, one per accepting server, so every run reads the same.
export const QUEUE_ID = {
  msa: '4Xk2Qd0Zz3z9',
  out: '5D2E8800A1',
  mx: '9F3A21C0B7',
  filter: '6C1F3A04B2',
  store: 'kT2hAp0x',
};

export const senderDate = (s: Scenario, at: number) => rfc5322Date(at, zoneOffset(s.sender.domain));
export const recipientDate = (s: Scenario, at: number) => rfc5322Date(at, zoneOffset(s.recipient.domain));

function session(
  s: Scenario,
  trace: Trace,
  parts: Partial<SmtpSession> & Pick<SmtpSession, 'clientName' | 'serverName' | 'queueId' | 'sizeLimit'>,
): TranscriptLine[] {
  const lines = messageLines(trace.headers, bodyText(s), true);
  return smtpSession({
    starttls: true,
    auth: null,
    dsn: false,
    // After a forwarder, the envelope sender is its SRS address (or the list's); never Alice's again.
    mailFrom: envelopeSender(s),
    rcptTo: s.group.map((r) => r.address),
    messageSize: octets(lines) + hiddenAttachmentOctets(s),
    data: lines,
    ...parts,
  });
}

const OK_AUTH: Reply = { code: 235, enhanced: '2.7.0', text: 'Authentication successful' };

/** SMTP's envelope: the sender, and every RCPT TO of the transaction. */
export const envelopeOf = (mailFrom: string, rcpt: readonly string[]): Envelope => ({
  mailFrom,
  rcptTo: rcpt.join(', '),
  rcpt,
});

/** Webmail's own trace line, as webmail front ends write it: the browser's address, `with HTTP`
 *  (email-facts §4; e.g. Yahoo's `from [ip] by web….yahoo.com via HTTP`, Gmail's `with HTTP`). */
export function webmailReceived(s: Scenario, t: Trace): HeaderField {
  return {
    name: 'Received',
    value: `from [${SENDER_DEVICE.ipv4}] by ${s.sender.provider.webmail.name} with HTTP; ${senderDate(s, t.end)}`,
  };
}

export function submission(s: Scenario, t: Trace, event: JourneyEvent): SessionNotes {
  const msa = s.sender.provider.msa;
  const webmail = s.setup.client === 'webmail' ? s.sender.provider.webmail : null;
  // The app connects from Alice's home line; webmail's back end from its own host inside the provider.
  const submitter = webmail
    ? { helo: webmail.name, rdns: webmail.name, ip: webmail.ipv4 }
    : { helo: `[${SENDER_DEVICE.ipv4}]`, rdns: SENDER_DEVICE.name, ip: SENDER_DEVICE.ipv4 };
  const implicitTls = !webmail && s.setup.submission === 465;
  const refused = event.type === 'SUBMIT_REJECTED' ? event : null;
  const all = s.recipients.map((r) => r.address);
  const local = refused?.stage === 'rcpt' ? localRefusal(s) : null;
  const transcript = session(s, t, {
    clientName: submitter.helo,
    serverName: msa.name,
    implicitTls,
    starttls: !implicitTls,
    sizeLimit: serverState(s.world, msa.name).sizeLimit,
    auth: {
      user: s.sender.address,
      password: s.world.sender.passwordRight ? 'correct-horse-battery' : 'correct-horse-battery-staple',
      reply: refused?.stage === 'auth' ? refused.reply : OK_AUTH,
    },
    queueId: QUEUE_ID.msa,
    rcptTo: all,
    stopAtRefusal: true,
    ...(refused?.stage === 'mail' ? { mailReply: refused.reply, messageSize: messageOctets(s) } : {}),
    ...(local ? { rcptReplies: { [local.address]: local.reply } } : {}),
  });
  // No envelope exists until the server has taken MAIL FROM (none at all after a failed AUTH).
  if (refused && refused.stage !== 'rcpt') return { transcript, envelope: null };
  const envelope = envelopeOf(s.sender.address, all);
  if (refused) return { transcript, envelope };
  const received = stamp.received({
    ...submitter,
    by: msa.name,
    software: 'Postfix',
    protocol: 'ESMTPSA',
    id: QUEUE_ID.msa,
    for: forClause(all),
    date: senderDate(s, t.end),
  });
  const withId = stamp.withMessageId(t.headers, stamp.messageId(s.sender.domain));
  // With signing turned off the MSA adds no DKIM-Signature, so the MX finds none (dkim=none, RFC 8601 §2.7.1).
  const unsigned = (s.world.signing[s.sender.domain] ?? 'signed') === 'unsigned';
  const signed = unsigned ? [] : [stamp.dkimSignature(s.sender.domain)];
  return { transcript, envelope, headers: stamp.prepend(withId, ...signed, received) };
}

export function handoff(s: Scenario, t: Trace): SessionNotes {
  const { msa, outboundMta } = s.sender.provider;
  return {
    transcript: session(s, t, {
      clientName: msa.name,
      serverName: outboundMta.name,
      sizeLimit: serverState(s.world, msa.name).sizeLimit,
      queueId: QUEUE_ID.out,
      rcptTo: remoteOf(s),
    }),
    envelope: envelopeOf(s.sender.address, remoteOf(s)),
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
        for: forClause(remoteOf(s)),
        date: senderDate(s, t.end),
      }),
    ),
  };
}

/** Port 25 to the MX: up to the refusal, or up to the final dot (the MX then checks who sent it). */
export function relay(s: Scenario, t: Trace, exchange: string, event: JourneyEvent, plain = false): TranscriptLine[] {
  const out = connectingHost(s);
  const refused = event.type === 'RCPT_REJECTED' || event.type === 'RCPT_DEFERRED' ? event : null;
  const own = 'replies' in event ? event.replies : {};
  // A refusal of the followed recipient's own mailbox is per recipient; any other is server-wide.
  const mine = own[s.recipient.address];
  const perRecipient = refused !== null && mine?.code === refused.reply.code && mine.text === refused.reply.text;
  const rcpt = refused && !perRecipient ? { rcptReply: refused.reply } : { rcptReplies: own };
  return session(s, t, {
    clientName: out.name,
    serverName: exchange,
    sizeLimit: serverState(s.world, exchange).sizeLimit,
    dsn: true,
    notify: true,
    queueId: QUEUE_ID.mx,
    untilDot: true,
    // STARTTLS stripped by a man in the middle: the sender saw no offer and speaks in the clear.
    starttls: !plain,
    ...(refused && refused.type === 'RCPT_REJECTED' && refused.stage === 'mail' ? { mailReply: refused.reply } : rcpt),
  });
}

/** The MX accepted the data: its Authentication-Results (the checks it made) and its Received line. */
export function mxAccepted(s: Scenario, t: Trace, exchange: string, plain = false): readonly HeaderField[] {
  const out = connectingHost(s);
  const v = authVerdicts(s);
  const verdicts: stamp.Verdicts = {
    spf: v.spfResult,
    dkim: v.dkimResult,
    dmarc: v.dmarcResult,
    // A failed DMARC names the policy and what was done (RFC 7489 §6.6.4: pct may lower it).
    ...(v.dmarcResult === 'fail' && v.policy ? { policy: { p: v.policy, dis: v.disposition } } : {}),
    // A trusted forwarder's ARC chain: validated, and (when DMARC failed) the reason it was delivered.
    ...(v.arc === 'pass' ? { arc: { sealer: arcSealer(s) ?? '', override: v.arcOverride } } : {}),
  };
  return stamp.prepend(
    t.headers,
    stamp.authenticationResults(
      exchange,
      { mailfrom: spfDomain(s), dkim: dkimDomain(s), from: fromDomain(s) },
      verdicts,
    ),
    stamp.received({
      helo: out.name,
      rdns: out.name,
      ip: out.ipv4,
      by: exchange,
      software: 'Postfix',
      // ESMTPS: SMTP with STARTTLS; plain ESMTP when a man in the middle stripped it (RFC 3848).
      protocol: plain ? 'ESMTP' : 'ESMTPS',
      id: QUEUE_ID.mx,
      for: forClause(acceptedOf(s)),
      date: recipientDate(s, t.end),
    }),
  );
}

export function filter(s: Scenario, t: Trace, mx: string, spam: boolean): SessionNotes {
  const filterHost = s.recipient.provider?.filter.name ?? mx;
  // A one-host server checks inside its own Postfix (a milter): no SMTP session with itself, no Received line.
  if (filterHost.toLowerCase() === mx.toLowerCase())
    return {
      transcript: [note('note.filter.inside', { host: mx })],
      headers: spam ? stamp.prepend(t.headers, stamp.spamFlag) : t.headers,
    };
  const received = stamp.received({
    helo: mx,
    rdns: mx,
    ip: queryAddress(mx, s.world.zone).ipv4[0] ?? '',
    by: filterHost,
    software: 'Postfix',
    protocol: 'ESMTP',
    id: QUEUE_ID.filter,
    for: forClause(acceptedOf(s)),
    date: recipientDate(s, t.end),
  });
  return {
    transcript: session(s, t, {
      clientName: mx,
      serverName: filterHost,
      sizeLimit: serverState(s.world, filterHost).sizeLimit,
      starttls: false,
      queueId: QUEUE_ID.filter,
      rcptTo: acceptedOf(s),
    }),
    headers: spam ? stamp.prepend(t.headers, stamp.spamFlag, received) : stamp.prepend(t.headers, received),
  };
}

export function store(s: Scenario, t: Trace, local: boolean): SessionNotes {
  const provider = local ? s.sender.provider : s.recipient.provider;
  const from = local ? s.sender.provider.msa : provider?.filter;
  const storeHost = provider?.store.name ?? s.recipient.domain;
  if (!from) return { transcript: [] };
  const date = local ? senderDate(s, t.end) : recipientDate(s, t.end);
  return {
    transcript: session(s, t, {
      lmtp: true,
      clientName: from.name,
      serverName: storeHost,
      sizeLimit: serverState(s.world, storeHost).sizeLimit,
      starttls: false,
      queueId: QUEUE_ID.store,
      rcptTo: acceptedOf(s),
    }),
    headers: stamp.prepend(
      t.headers,
      stamp.returnPath(envelopeSender(s)),
      stamp.deliveredTo(s.recipient.address),
      stamp.received({
        helo: from.name,
        rdns: from.name,
        ip: from.ipv4,
        by: storeHost,
        protocol: 'LMTP',
        id: QUEUE_ID.store,
        for: forClause(acceptedOf(s)),
        date,
      }),
    ),
  };
}
