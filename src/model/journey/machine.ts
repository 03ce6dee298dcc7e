// The journey state machine: every state one email can be in, and which event moves it where.
//
// Read it top to bottom: the states, the events, then `transition`, one `case` per state that
// lists every event that state accepts. Any other event leaves the state unchanged, so a wrong
// or late event can never crash the machine or skip a hop. It is pure: no clock, no randomness.
import { byPreference, isNullMx } from '../world/dns';
import type { Failure, Folder, MxRecord, Outcome, Reply } from '../words/vocabulary';

export type { Failure, Folder, Reply } from '../words/vocabulary';

/** Where the sending MTA is in its list of mail exchangers for the recipient domain. */
export interface Route {
  target: MxRecord;
  /** MX hosts still to try if the target does not answer, lowest preference first. */
  fallbacks: readonly MxRecord[];
  /** No MX record: the domain's own address stands in as MX 0 (RFC 5321 §5.1). */
  implicit: boolean;
  /** 0 for the most preferred exchange (`recipient-mx`), 1 and up for the next (`recipient-mx2`). */
  rank: number;
  /** A spoofer's session: it sends straight to the MX, and a refusal ends there (nobody bounces to the sender). */
  forged?: boolean;
  /** A man in the middle stripped STARTTLS and the sender carries on without it: plaintext on the wire. */
  plain?: boolean;
}

/** The receiving MX's own checks, in the order it makes them (email-facts.md §8). */
export const CHECKS = ['ptr', 'spf', 'dkim', 'dmarc'] as const;
export type Check = (typeof CHECKS)[number];

export type JourneyState =
  | { phase: 'composing' } // Alice's app builds the RFC 5322 message
  | { phase: 'posting' } // webmail: her browser sends the message over HTTPS to the provider's web front end
  | { phase: 'submitting' } // her app (or the webmail) talks SMTP submission to the MSA (587 or 465)
  | { phase: 'filing-sent'; localDelivery: boolean } // the copy goes into her Sent folder on the server
  | { phase: 'refusing'; failure: Failure } // the MSA said no; the reply goes back to her app
  | { phase: 'handing-off' } // the MSA hands a non-local message to the outbound MTA
  | { phase: 'forwarding' } // a forwarder sends it on from its own IP: SRS and ARC, or a list's changes
  | { phase: 'resolving-mx' } // the MTA (or the forwarder) asks DNS for the recipient domain's MX records
  | { phase: 'resolving-host'; route: Route; family: 'A' | 'AAAA'; found: boolean } // ... then A, then AAAA
  | { phase: 'relaying'; route: Route; attempt: number } // SMTP on port 25 to the MX
  | { phase: 'checking'; route: Route; check: Check } // the MX asks DNS to judge who sent it
  | {
      phase: 'replying'; // a 4xx or 5xx reply travels back from the MX
      route: Route;
      attempt: number;
      failure: Failure;
      temporary: boolean;
      /** The SMTP command it answered: MAIL FROM, RCPT TO, or the end of DATA. */
      stage: 'mail' | 'rcpt' | 'data';
    }
  // In the MTA's queue; `route` is null when DNS failed before any MX was known (SERVFAIL).
  | { phase: 'waiting-retry'; route: Route | null; attempt: number; failure: Failure }
  | { phase: 'filtering'; rank: number; mx: string; folder: Folder } // the MX passes it to its spam and virus filter
  | { phase: 'storing'; folder: Folder; local: boolean } // LMTP into the mailbox store
  | { phase: 'logging-in'; folder: Folder } // the recipient's app asks the access server (a request)
  | { phase: 'notifying' } // IMAP IDLE: the server announces new mail (no content)
  | { phase: 'fetching' } // ... and the app asks for the message (IMAP FETCH)
  | { phase: 'reading'; folder: Folder } // the access server's response reaches the app
  | { phase: 'bouncing'; failure: Failure } // the MTA files a DSN into the sender's mailbox store
  | { phase: 'bounce-fetching'; failure: Failure } // the sender's app asks its store
  | { phase: 'bounce-reading'; failure: Failure } // ... and shows the bounce
  | { phase: 'reporting'; report: Report } // a report of its own travels to the address that asked for it
  | { phase: 'done'; outcome: Outcome; failure: Failure | null };

/** A DMARC aggregate report (RFC 7489 §7.2) or a TLS report (RFC 8460), sent after the journey. */
export type Report = 'dmarc' | 'tls';

export type Phase = JourneyState['phase'];

/** The refused recipients of an SMTP session, by address, each with the reply its RCPT TO got. */
export type RcptReplies = Readonly<Record<string, Reply>>;

export type JourneyEvent =
  | { type: 'SEND'; webmail: boolean }
  | { type: 'POSTED' }
  | { type: 'SENT_FILED' }
  | { type: 'FORGED'; target: MxRecord } // a spoofer sends the forged message straight to this MX
  | { type: 'SUBMIT_ACCEPTED'; localDelivery: boolean }
  | { type: 'SUBMIT_REJECTED'; reply: Reply; stage: 'auth' | 'mail' | 'rcpt' }
  | { type: 'ERROR_SHOWN' }
  | { type: 'HANDED_OFF' }
  | { type: 'FORWARDED' }
  | { type: 'MX_ANSWER'; records: readonly MxRecord[] }
  | { type: 'MX_EMPTY'; domain: string }
  | { type: 'NXDOMAIN' }
  | { type: 'SERVFAIL' } // the resolver could not get an answer: try again later
  | { type: 'ADDRESS_ANSWER'; found: boolean }
  // `replies`: each recipient of the session the MX refuses at RCPT TO, with its own reply (RFC 5321 §3.3).
  | { type: 'RCPT_ACCEPTED'; replies: RcptReplies }
  | { type: 'RCPT_REJECTED'; reply: Reply; stage: 'mail' | 'rcpt'; replies: RcptReplies }
  | { type: 'RCPT_DEFERRED'; reply: Reply; replies: RcptReplies }
  | { type: 'NO_ANSWER'; how: 'timeout' | 'refused' }
  // The EHLO reply arrived without 250-STARTTLS (a man in the middle deleted it): `enforced` when
  // MTA-STS or DANE make the sender refuse to go on in plaintext (RFC 8461 §5; RFC 7672 §2.2).
  | { type: 'STARTTLS_STRIPPED'; enforced: boolean }
  | { type: 'CHECKED'; pass: boolean }
  | { type: 'DATA_ACCEPTED'; folder: Folder }
  | { type: 'DATA_REJECTED'; reply: Reply }
  | { type: 'REPLY_RECEIVED' }
  | { type: 'RETRY_DUE' }
  | { type: 'STILL_QUEUED' }
  | { type: 'FILTER_PASSED' }
  | { type: 'FILTER_SPAM' }
  | { type: 'STORED' }
  | { type: 'LOGGED_IN'; idle: boolean }
  | { type: 'NOTIFIED' }
  | { type: 'FETCHED' }
  | { type: 'READ' }
  | { type: 'BOUNCE_STORED' }
  | { type: 'BOUNCE_FETCHED' }
  | { type: 'BOUNCE_READ' }
  | { type: 'REPORT_SENT' };

export type EventType = JourneyEvent['type'];

export const INITIAL_STATE: JourneyState = { phase: 'composing' };

const done = (outcome: Outcome, failure: Failure | null = null): JourneyState => ({ phase: 'done', outcome, failure });

const fromReply = (reply: Reply): Failure => ({ reply, status: reply.enhanced });

// RFC 7505 §4.1 and RFC 3463: the codes a sending MTA reports when DNS ends the journey.
const NULL_MX: Failure = {
  reply: { code: 556, enhanced: '5.1.10', text: 'Recipient address has null MX' },
  status: '5.1.10',
  local: 'null-mx',
};
const NO_SUCH_DOMAIN: Failure = { reply: null, status: '5.1.2', local: 'nxdomain' };
const NO_ROUTE: Failure = { reply: null, status: '5.4.4', local: 'no-address' };
/** Nothing answered any MX: a temporary network failure (RFC 3463 4.4.1). */
const NO_ANSWER: Failure = { reply: null, status: '4.4.1' };
/** The sender's own refusal to go on without TLS (Postfix: "TLS is required, but was not offered",
 *  4.7.4 security features not supported, RFC 3463): the message stays queued. */
/** The resolver answered SERVFAIL for the MX question: Postfix's "Host or domain name not found. Name
 *  service error … try again", a temporary failure that keeps the message queued (RFC 3463 4.4.3). */
const DNS_FAILURE: Failure = { reply: null, status: '4.4.3', local: 'servfail' };
export const TLS_REQUIRED: Failure = { reply: null, status: '4.7.4', local: 'tls-required' };

const lookUp = (route: Route): JourneyState => ({ phase: 'resolving-host', route, family: 'A', found: false });

/** Tries the next MX after the current one stops answering, or gives up on this attempt. */
function nextExchange(route: Route): JourneyState | null {
  const [next, ...rest] = route.fallbacks;
  return next ? lookUp({ target: next, fallbacks: rest, implicit: false, rank: route.rank + 1 }) : null;
}

function afterCheck(state: Extract<JourneyState, { phase: 'checking' }>, event: JourneyEvent): JourneyState {
  const at = CHECKS.indexOf(state.check);
  const next = CHECKS[at + 1];
  if (event.type === 'CHECKED' && next) return { ...state, check: next };
  if (state.check !== 'dmarc') return state;
  // DMARC is the last check: its policy decides at the end of DATA (RFC 7489 §6.3).
  if (event.type === 'DATA_ACCEPTED')
    return { phase: 'filtering', rank: state.route.rank, mx: state.route.target.exchange, folder: event.folder };
  if (event.type === 'DATA_REJECTED')
    return {
      phase: 'replying',
      route: state.route,
      attempt: 1,
      failure: fromReply(event.reply),
      temporary: false,
      stage: 'data',
    };
  return state;
}

function afterRelay(state: Extract<JourneyState, { phase: 'relaying' }>, event: JourneyEvent): JourneyState {
  switch (event.type) {
    case 'RCPT_ACCEPTED':
      return { phase: 'checking', route: state.route, check: 'ptr' };
    case 'RCPT_REJECTED':
      return { ...state, phase: 'replying', failure: fromReply(event.reply), temporary: false, stage: event.stage };
    case 'RCPT_DEFERRED':
      return { ...state, phase: 'replying', failure: fromReply(event.reply), temporary: true, stage: 'rcpt' };
    case 'NO_ANSWER':
      return nextExchange(state.route) ?? { ...state, phase: 'waiting-retry', failure: NO_ANSWER };
    case 'STARTTLS_STRIPPED':
      // Enforced: QUIT and keep it queued; else the same session goes on without TLS.
      return event.enforced
        ? { ...state, phase: 'waiting-retry', failure: TLS_REQUIRED }
        : { ...state, route: { ...state.route, plain: true } };
    default:
      return state;
  }
}

export function transition(state: JourneyState, event: JourneyEvent): JourneyState {
  switch (state.phase) {
    case 'composing':
      if (event.type === 'FORGED')
        return {
          phase: 'relaying',
          route: { target: event.target, fallbacks: [], implicit: false, rank: 0, forged: true },
          attempt: 1,
        };
      if (event.type === 'SEND') return event.webmail ? { phase: 'posting' } : { phase: 'submitting' };
      return state;

    case 'posting':
      return event.type === 'POSTED' ? { phase: 'submitting' } : state;

    case 'submitting':
      if (event.type === 'SUBMIT_ACCEPTED') return { phase: 'filing-sent', localDelivery: event.localDelivery };
      if (event.type === 'SUBMIT_REJECTED') return { phase: 'refusing', failure: fromReply(event.reply) };
      return state;

    case 'filing-sent':
      if (event.type !== 'SENT_FILED') return state;
      return state.localDelivery ? { phase: 'storing', folder: 'INBOX', local: true } : { phase: 'handing-off' };

    case 'refusing':
      // At submission nobody writes a bounce: the MUA shows the error (RFC 6409 §3.2).
      return event.type === 'ERROR_SHOWN' ? done('rejected', state.failure) : state;

    case 'handing-off':
      return event.type === 'HANDED_OFF' ? { phase: 'resolving-mx' } : state;

    case 'forwarding':
      // The forwarder is a sending MTA of its own: it looks up the target's MX like any other.
      return event.type === 'FORWARDED' ? { phase: 'resolving-mx' } : state;

    case 'resolving-mx': {
      if (event.type === 'NXDOMAIN') return { phase: 'bouncing', failure: NO_SUCH_DOMAIN };
      if (event.type === 'SERVFAIL') return { phase: 'waiting-retry', route: null, attempt: 1, failure: DNS_FAILURE };
      if (event.type === 'MX_EMPTY')
        return lookUp({ target: { preference: 0, exchange: event.domain }, fallbacks: [], implicit: true, rank: 0 });
      if (event.type !== 'MX_ANSWER' || event.records.length === 0) return state;
      if (isNullMx(event.records)) return { phase: 'bouncing', failure: NULL_MX };
      const [target, ...fallbacks] = byPreference(event.records).filter((r) => r.exchange !== '.');
      return target ? lookUp({ target, fallbacks, implicit: false, rank: 0 }) : state;
    }

    case 'resolving-host': {
      // A and AAAA are two questions (RFC 1035 §4.1.2; RFC 3596).
      if (event.type !== 'ADDRESS_ANSWER') return state;
      const found = state.found || event.found;
      if (state.family === 'A') return { ...state, family: 'AAAA', found };
      if (found) return { phase: 'relaying', route: state.route, attempt: 1 };
      return nextExchange(state.route) ?? { phase: 'bouncing', failure: NO_ROUTE };
    }

    case 'relaying':
      return afterRelay(state, event);

    case 'checking':
      return afterCheck(state, event);

    case 'replying':
      if (event.type !== 'REPLY_RECEIVED') return state;
      // The refusal reaches the spoofer, whose forged envelope sender nobody will bounce to (RFC 7489 §7).
      if (state.route.forged && !state.temporary) return done('rejected', state.failure);
      return state.temporary
        ? { phase: 'waiting-retry', route: state.route, attempt: state.attempt, failure: state.failure }
        : { phase: 'bouncing', failure: state.failure };

    case 'waiting-retry':
      // A 4xx keeps the message queued (RFC 5321 §4.5.4.1); the retry goes to the same exchange.
      // After a DNS failure the retry starts again with the MX question.
      if (event.type === 'RETRY_DUE')
        return state.route
          ? { phase: 'relaying', route: state.route, attempt: state.attempt + 1 }
          : { phase: 'resolving-mx' };
      if (event.type === 'STILL_QUEUED') return done('deferred', state.failure);
      return state;

    case 'filtering':
      if (event.type === 'FILTER_PASSED') return { phase: 'storing', folder: state.folder, local: false };
      if (event.type === 'FILTER_SPAM') return { phase: 'storing', folder: 'Junk', local: false };
      return state;

    case 'storing':
      return event.type === 'STORED' ? { phase: 'logging-in', folder: state.folder } : state;

    case 'logging-in':
      if (event.type !== 'LOGGED_IN') return state;
      return event.idle ? { phase: 'notifying' } : { phase: 'reading', folder: state.folder };

    case 'notifying':
      return event.type === 'NOTIFIED' ? { phase: 'fetching' } : state;

    case 'fetching':
      return event.type === 'FETCHED' ? { phase: 'reading', folder: 'INBOX' } : state;

    case 'reading':
      return event.type === 'READ' ? done(state.folder === 'Junk' ? 'quarantined' : 'delivered') : state;

    case 'bouncing':
      return event.type === 'BOUNCE_STORED' ? { phase: 'bounce-fetching', failure: state.failure } : state;

    case 'bounce-fetching':
      return event.type === 'BOUNCE_FETCHED' ? { phase: 'bounce-reading', failure: state.failure } : state;

    case 'bounce-reading':
      return event.type === 'BOUNCE_READ' ? done('bounced', state.failure) : state;

    case 'reporting':
      // A report is a message of its own; the journey's outcome was decided before it.
      return event.type === 'REPORT_SENT' ? done('delivered') : state;

    case 'done':
      return state;
  }
}

export const isTerminal = (state: JourneyState): state is Extract<JourneyState, { phase: 'done' }> =>
  state.phase === 'done';
