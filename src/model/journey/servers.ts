// The simulated Internet: in each state, what the servers of the world answer next. Every answer
// comes from the World record (DNS zone, server states, mailboxes), never from a preset's name.
// The state machine decides what an answer means; this file only decides what is answered.
import { authVerdicts, dmarcDecision, forgedTarget, fromDomain, passes } from './auth';
import { queryAddress, queryMx, servesFailure } from '../world/dns';
import type { JourneyEvent, JourneyState, RcptReplies, Route } from './machine';
import { transportTo } from './transport';
import { bodyText, composedHeaders, hiddenAttachmentOctets, messageLines, octets } from '../mail/rfc5322';
import type { Scenario } from '../world/scenario';
import type { Reply } from '../words/vocabulary';
import { aliasLoops, forwardTarget, mailboxOf, providerFor, serverState, type World } from '../world/world';

// Replies as email-facts.md §3 gives them.
export const REPLIES = {
  authFailed: { code: 535, enhanced: '5.7.8', text: 'Authentication credentials invalid' },
  tooLarge: { code: 552, enhanced: '5.3.4', text: 'Message size exceeds fixed maximum message size' },
  userUnknown: (rcpt: string): Reply => ({
    code: 550,
    enhanced: '5.1.1',
    text: `<${rcpt}>: Recipient address rejected: User unknown`,
  }),
  relayDenied: (rcpt: string): Reply => ({ code: 554, enhanced: '5.7.1', text: `<${rcpt}>: Relay access denied` }),
  greylisted: { code: 451, enhanced: '4.7.1', text: 'Greylisted, try again later' },
  mailboxFullTemporary: { code: 452, enhanced: '4.2.2', text: 'Mailbox full' },
  mailboxFullPermanent: { code: 552, enhanced: '5.2.2', text: 'Mailbox full' },
  // An alias that leads back to itself: Postfix's words for a loop it ends (RFC 3463 X.4.6).
  forwardingLoop: (rcpt: string): Reply => ({
    code: 550,
    enhanced: '5.4.6',
    text: `<${rcpt}>: Recipient address rejected: mail forwarding loop`,
  }),
  // The message came round again through other organisations: each pass added Received lines.
  tooManyHops: { code: 554, enhanced: '5.4.6', text: 'Too many hops (Received lines): mail forwarding loop' },
} as const satisfies Record<string, Reply | ((arg: string) => Reply)>;

/** The message's size as sent: its lines plus whatever Alice attached. */
export function messageOctets(s: Scenario): number {
  return octets(messageLines(composedHeaders(s, ''), bodyText(s))) + hiddenAttachmentOctets(s);
}

/** Whether a host takes mail for a domain: the servers of a provider serve that provider's domain. */
export function serves(host: string, domain: string): boolean {
  const d = domain.toLowerCase();
  const h = host.toLowerCase();
  const owner = providerFor(d);
  // A host inside the domain itself serves it too (mx.alumni.example.net for alumni.example.net).
  return h === d || h.endsWith(`.${d}`) || (owner !== undefined && h.endsWith(`.${owner.domain}`));
}

/** What one mailbox answers at RCPT TO when the server itself takes the mail: nothing (250), or a refusal. */
export function mailboxReply(world: World, address: string): { reply: Reply; temporary: boolean } | null {
  // Aliases inside the domain that lead back to one another: the server ends the loop at once.
  if (aliasLoops(world, address)) return { reply: REPLIES.forwardingLoop(address), temporary: false };
  // An address that forwards to another organisation is taken, then sent on (forwarding.ts).
  if (forwardTarget(world, address)) return null;
  const box = mailboxOf(world, address);
  if (!box) return { reply: REPLIES.userUnknown(address), temporary: false };
  if (box.full === 'temporary') return { reply: REPLIES.mailboxFullTemporary, temporary: true };
  if (box.full === 'permanent') return { reply: REPLIES.mailboxFullPermanent, temporary: false };
  return null;
}

/** The refusal a full or missing mailbox earns at RCPT TO, if any. */
function mailboxAnswer(s: Scenario, replies: RcptReplies): JourneyEvent | null {
  // Forwarded mail that would be sent on round the same loop again: the hop count ends it here,
  // where it comes back (drawn once, not the dozens of passes it takes to reach the count).
  if (s.via?.alias && forwardTarget(s.world, s.recipient.address) && aliasLoops(s.world, s.via.alias, true))
    return { type: 'RCPT_REJECTED', reply: REPLIES.tooManyHops, stage: 'rcpt', replies };
  const answer = mailboxReply(s.world, s.recipient.address);
  if (!answer) return null;
  return answer.temporary
    ? { type: 'RCPT_DEFERRED', reply: answer.reply, replies }
    : { type: 'RCPT_REJECTED', reply: answer.reply, stage: 'rcpt', replies };
}

/** Each recipient of the group the mailbox refuses, with its own reply (by address). */
export function groupReplies(s: Scenario): RcptReplies {
  return Object.fromEntries(
    s.group.flatMap((r) => {
      const answer = mailboxReply(s.world, r.address);
      return answer ? [[r.address, answer.reply]] : [];
    }),
  );
}

/** The recipients outside the sender's own domain: the ones the outbound MTA relays. */
export const remoteOf = (s: Scenario) => s.recipients.filter((r) => r.domain !== s.sender.domain).map((r) => r.address);

/** The group's recipients the MX (or store) takes: those whose mailbox does not refuse. */
export const acceptedOf = (s: Scenario) => {
  const refused = groupReplies(s);
  return s.group.map((r) => r.address).filter((a) => !refused[a]);
};

/** The first local recipient (the sender's own domain) the submission server refuses at RCPT TO. */
export function localRefusal(s: Scenario): { address: string; reply: Reply } | null {
  for (const r of s.recipients) {
    const answer = r.domain === s.sender.domain ? mailboxReply(s.world, r.address) : null;
    if (answer) return { address: r.address, reply: answer.reply };
  }
  return null;
}

function submissionAnswer(s: Scenario): JourneyEvent {
  const msa = serverState(s.world, s.sender.provider.msa.name);
  if (!s.world.sender.passwordRight) return { type: 'SUBMIT_REJECTED', reply: REPLIES.authFailed, stage: 'auth' };
  if (messageOctets(s) > msa.sizeLimit) return { type: 'SUBMIT_REJECTED', reply: REPLIES.tooLarge, stage: 'mail' };
  // A local recipient is checked by the submission server itself, at RCPT TO; the app then gives up
  // on the whole message and shows the error (as Thunderbird does), so nothing is sent to anyone.
  const refused = localRefusal(s);
  if (refused) return { type: 'SUBMIT_REJECTED', reply: refused.reply, stage: 'rcpt' };
  return { type: 'SUBMIT_ACCEPTED', localDelivery: s.mode === 'same-domain' };
}

function mxAnswer(s: Scenario): JourneyEvent {
  if (servesFailure(s.recipient.domain, s.world.servfail)) return { type: 'SERVFAIL' };
  const answer = queryMx(s.recipient.domain, s.world.zone);
  if (answer.status === 'NXDOMAIN') return { type: 'NXDOMAIN' };
  if (answer.records.length === 0) return { type: 'MX_EMPTY', domain: s.recipient.domain };
  return { type: 'MX_ANSWER', records: answer.records };
}

/** What the MX says during MAIL FROM and RCPT TO, in the order a Postfix MX checks. */
function rcptAnswer(s: Scenario, route: Route, attempt: number): JourneyEvent {
  const exchange = route.target.exchange;
  const server = serverState(s.world, exchange);
  if (server.reach !== 'up') return { type: 'NO_ANSWER', how: server.reach };
  // The EHLO reply passes the man in the middle first (once per session; transport.ts).
  const transport = transportTo(s, exchange);
  if (transport.stripped && !route.plain) return { type: 'STARTTLS_STRIPPED', enforced: transport.enforced !== null };
  // Each mailbox answers its own RCPT TO; the event carries every answer for the session's transcript and results.
  const replies = groupReplies(s);
  if (messageOctets(s) > server.sizeLimit)
    return { type: 'RCPT_REJECTED', reply: REPLIES.tooLarge, stage: 'mail', replies };
  if (!serves(exchange, s.recipient.domain))
    return { type: 'RCPT_REJECTED', reply: REPLIES.relayDenied(s.recipient.address), stage: 'rcpt', replies };
  const refusal = mailboxAnswer(s, replies);
  // An unknown user is refused before greylisting asks anyone to come back.
  if (refusal && !mailboxOf(s.world, s.recipient.address)) return refusal;
  // Greylisting defers a first attempt only; the retry after the delay is let through (RFC 6647).
  if (server.greylisting && attempt === 1) return { type: 'RCPT_DEFERRED', reply: REPLIES.greylisted, replies };
  return refusal ?? { type: 'RCPT_ACCEPTED', replies };
}

/** A retry helps only where time is the cure (greylisting); a down server or a full mailbox stays so. */
function retryAnswer(s: Scenario, state: Extract<JourneyState, { phase: 'waiting-retry' }>): JourneyEvent {
  // A failing name server fails on every try within the journey (the world does not change on its own).
  if (!state.route)
    return servesFailure(s.recipient.domain, s.world.servfail) ? { type: 'STILL_QUEUED' } : { type: 'RETRY_DUE' };
  const server = serverState(s.world, state.route.target.exchange);
  // Only a reachable greylisting server deferred a first attempt for time alone (see rcptAnswer).
  // A sender that refused to go on without TLS meets the same man in the middle on every try.
  const cured =
    server.reach === 'up' && server.greylisting && state.attempt === 1 && state.failure.local !== 'tls-required';
  return cured ? { type: 'RETRY_DUE' } : { type: 'STILL_QUEUED' };
}

function checkAnswer(s: Scenario, state: Extract<JourneyState, { phase: 'checking' }>): JourneyEvent {
  const verdicts = authVerdicts(s);
  if (state.check !== 'dmarc') return { type: 'CHECKED', pass: passes(state.check, verdicts) };
  const decision = dmarcDecision(verdicts, fromDomain(s));
  return 'reply' in decision
    ? { type: 'DATA_REJECTED', reply: decision.reply }
    : { type: 'DATA_ACCEPTED', folder: decision.folder };
}

/** The filter's verdict: the world's spam setting for the recipient provider's filter host. */
function filterAnswer(s: Scenario): JourneyEvent {
  const filter = s.recipient.provider?.filter.name;
  return filter && serverState(s.world, filter).spam ? { type: 'FILTER_SPAM' } : { type: 'FILTER_PASSED' };
}

/** The spoofer looks up the recipient domain's MX itself and sends to the first. */
function forgedAnswer(s: Scenario): JourneyEvent | null {
  const target = forgedTarget(s);
  return target ? { type: 'FORGED', target } : null;
}

/** The event that happens next in this world, for a journey in the given state. */
export function nextEvent(state: JourneyState, s: Scenario): JourneyEvent | null {
  switch (state.phase) {
    case 'composing':
      return forgedAnswer(s) ?? { type: 'SEND', webmail: s.setup.client === 'webmail' };
    case 'posting':
      return { type: 'POSTED' };
    case 'filing-sent':
      return { type: 'SENT_FILED' };
    case 'submitting':
      return submissionAnswer(s);
    case 'refusing':
      return { type: 'ERROR_SHOWN' };
    case 'handing-off':
      return { type: 'HANDED_OFF' };
    case 'forwarding':
      return { type: 'FORWARDED' };
    case 'resolving-mx':
      return mxAnswer(s);
    case 'resolving-host': {
      const answer = queryAddress(state.route.target.exchange, s.world.zone);
      const found = (state.family === 'A' ? answer.ipv4 : answer.ipv6).length > 0;
      return { type: 'ADDRESS_ANSWER', found };
    }
    case 'relaying':
      return rcptAnswer(s, state.route, state.attempt);
    case 'checking':
      return checkAnswer(s, state);
    case 'replying':
      return { type: 'REPLY_RECEIVED' };
    case 'waiting-retry':
      return retryAnswer(s, state);
    case 'filtering':
      return filterAnswer(s);
    case 'storing':
      return { type: 'STORED' };
    case 'logging-in':
      // IMAP apps wait in IDLE on the inbox; opening Junk or POP3 is a plain request.
      return { type: 'LOGGED_IN', idle: s.retrieval === 'imap' && state.folder === 'INBOX' };
    case 'notifying':
      return { type: 'NOTIFIED' };
    case 'fetching':
      return { type: 'FETCHED' };
    case 'reading':
      return { type: 'READ' };
    case 'bouncing':
      return { type: 'BOUNCE_STORED' };
    case 'bounce-fetching':
      return { type: 'BOUNCE_FETCHED' };
    case 'bounce-reading':
      return { type: 'BOUNCE_READ' };
    case 'reporting':
      return { type: 'REPORT_SENT' };
    case 'done':
      return null;
  }
}
