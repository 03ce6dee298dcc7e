// The journey state machine: every state one email can be in, and which event moves it where.
//
// Read it top to bottom: the states, the events, then `transition`, one `case` per state that
// lists every event that state accepts. Any other event leaves the state unchanged, so a wrong
// or late event can never crash the machine or skip a hop. It is pure: no clock, no randomness.
import { byPreference, isNullMx } from './dns';
import type { Outcome } from './types';
import type { MxRecord } from './world';

/** An SMTP reply (RFC 5321 §4.2) with its enhanced status code (RFC 3463). */
export interface Reply {
  code: number;
  enhanced: string;
  text: string;
}

/** Why a message could not be delivered: an SMTP reply, or a DSN status with no SMTP session. */
export interface Failure {
  reply: Reply | null;
  status: string;
}

/** Where the sending MTA is in its list of mail exchangers for the recipient domain. */
export interface Route {
  target: MxRecord;
  /** MX hosts still to try if the target does not answer, lowest preference first. */
  fallbacks: readonly MxRecord[];
  /** No MX record: the domain's own address stands in as MX 0 (RFC 5321 §5.1). */
  implicit: boolean;
}

export type Folder = 'INBOX' | 'Junk';

export type JourneyState =
  | { phase: 'composing' } // Alice's app builds the RFC 5322 message
  | { phase: 'submitting' } // her app talks SMTP submission to the MSA (587)
  | { phase: 'refusing'; failure: Failure } // the MSA said no; her app shows the error
  | { phase: 'handing-off' } // the MSA hands a non-local message to the outbound MTA
  | { phase: 'resolving-mx' } // the MTA asks DNS for the recipient domain's MX records
  | { phase: 'resolving-host'; route: Route } // ... then for the chosen exchange's A/AAAA
  | { phase: 'relaying'; route: Route; attempt: number } // SMTP on port 25 to the MX
  | { phase: 'waiting-retry'; route: Route; attempt: number; failure: Failure } // 4xx: in the queue
  | { phase: 'filtering'; mx: string } // the MX that took it passes it to its spam and virus filter
  | { phase: 'storing'; folder: Folder; local: boolean } // LMTP into the mailbox store
  | { phase: 'retrieving'; folder: Folder } // the recipient's app logs in to IMAP or POP3
  | { phase: 'reading'; folder: Folder } // ... and the message reaches the recipient's screen
  | { phase: 'bouncing'; failure: Failure } // the MTA returns a DSN to the sender
  | { phase: 'done'; outcome: Outcome; failure: Failure | null };

export type Phase = JourneyState['phase'];

export type JourneyEvent =
  | { type: 'SEND' }
  | { type: 'SUBMIT_ACCEPTED'; localDelivery: boolean }
  | { type: 'SUBMIT_REJECTED'; reply: Reply }
  | { type: 'ERROR_SHOWN' }
  | { type: 'HANDED_OFF' }
  | { type: 'MX_ANSWER'; records: readonly MxRecord[] }
  | { type: 'MX_EMPTY'; domain: string }
  | { type: 'NXDOMAIN' }
  | { type: 'ADDRESS_ANSWER' }
  | { type: 'ADDRESS_NONE' }
  | { type: 'RCPT_ACCEPTED' }
  | { type: 'RCPT_REJECTED'; reply: Reply }
  | { type: 'DATA_REJECTED'; reply: Reply }
  | { type: 'RCPT_DEFERRED'; reply: Reply }
  | { type: 'NO_ANSWER' }
  | { type: 'RETRY_DUE' }
  | { type: 'STILL_QUEUED' }
  | { type: 'FILTER_PASSED' }
  | { type: 'FILTER_SPAM' }
  | { type: 'STORED' }
  | { type: 'FETCHED' }
  | { type: 'READ' }
  | { type: 'BOUNCE_DELIVERED' };

export const INITIAL_STATE: JourneyState = { phase: 'composing' };

const done = (outcome: Outcome, failure: Failure | null = null): JourneyState => ({ phase: 'done', outcome, failure });

const fromReply = (reply: Reply): Failure => ({ reply, status: reply.enhanced });

// RFC 7505 §4.1 and RFC 3463: the codes a sending MTA reports when DNS ends the journey.
const NULL_MX: Failure = {
  reply: { code: 556, enhanced: '5.1.10', text: 'Recipient address has null MX' },
  status: '5.1.10',
};
const NO_SUCH_DOMAIN: Failure = { reply: null, status: '5.1.2' };
const NO_ROUTE: Failure = { reply: null, status: '5.4.4' };

/** Tries the next MX after the current one stops answering, or gives up on this attempt. */
function nextExchange(route: Route): JourneyState | null {
  const [next, ...rest] = route.fallbacks;
  return next ? { phase: 'resolving-host', route: { target: next, fallbacks: rest, implicit: false } } : null;
}

export function transition(state: JourneyState, event: JourneyEvent): JourneyState {
  switch (state.phase) {
    case 'composing':
      return event.type === 'SEND' ? { phase: 'submitting' } : state;

    case 'submitting':
      if (event.type === 'SUBMIT_ACCEPTED')
        return event.localDelivery ? { phase: 'storing', folder: 'INBOX', local: true } : { phase: 'handing-off' };
      if (event.type === 'SUBMIT_REJECTED') return { phase: 'refusing', failure: fromReply(event.reply) };
      return state;

    case 'refusing':
      // At submission nobody writes a bounce: the MUA shows the error (RFC 6409 §3.2).
      return event.type === 'ERROR_SHOWN' ? done('rejected', state.failure) : state;

    case 'handing-off':
      return event.type === 'HANDED_OFF' ? { phase: 'resolving-mx' } : state;

    case 'resolving-mx': {
      if (event.type === 'NXDOMAIN') return { phase: 'bouncing', failure: NO_SUCH_DOMAIN };
      if (event.type === 'MX_EMPTY')
        return {
          phase: 'resolving-host',
          route: { target: { preference: 0, exchange: event.domain }, fallbacks: [], implicit: true },
        };
      if (event.type !== 'MX_ANSWER' || event.records.length === 0) return state;
      if (isNullMx(event.records)) return { phase: 'bouncing', failure: NULL_MX };
      const [target, ...fallbacks] = byPreference(event.records);
      return target ? { phase: 'resolving-host', route: { target, fallbacks, implicit: false } } : state;
    }

    case 'resolving-host':
      if (event.type === 'ADDRESS_ANSWER') return { phase: 'relaying', route: state.route, attempt: 1 };
      if (event.type === 'ADDRESS_NONE') return nextExchange(state.route) ?? { phase: 'bouncing', failure: NO_ROUTE };
      return state;

    case 'relaying':
      switch (event.type) {
        case 'RCPT_ACCEPTED':
          return { phase: 'filtering', mx: state.route.target.exchange };
        case 'RCPT_REJECTED':
        case 'DATA_REJECTED':
          return { phase: 'bouncing', failure: fromReply(event.reply) };
        case 'RCPT_DEFERRED':
          return { ...state, phase: 'waiting-retry', failure: fromReply(event.reply) };
        case 'NO_ANSWER':
          return (
            nextExchange(state.route) ?? {
              ...state,
              phase: 'waiting-retry',
              failure: { reply: null, status: '4.4.1' },
            }
          );
        default:
          return state;
      }

    case 'waiting-retry':
      // A 4xx keeps the message queued (RFC 5321 §4.5.4.1); the retry goes to the same exchange.
      if (event.type === 'RETRY_DUE') return { phase: 'relaying', route: state.route, attempt: state.attempt + 1 };
      if (event.type === 'STILL_QUEUED') return done('deferred', state.failure);
      return state;

    case 'filtering':
      if (event.type === 'FILTER_PASSED') return { phase: 'storing', folder: 'INBOX', local: false };
      if (event.type === 'FILTER_SPAM') return { phase: 'storing', folder: 'Junk', local: false };
      return state;

    case 'storing':
      return event.type === 'STORED' ? { phase: 'retrieving', folder: state.folder } : state;

    case 'retrieving':
      return event.type === 'FETCHED' ? { phase: 'reading', folder: state.folder } : state;

    case 'reading':
      return event.type === 'READ' ? done(state.folder === 'Junk' ? 'quarantined' : 'delivered') : state;

    case 'bouncing':
      return event.type === 'BOUNCE_DELIVERED' ? done('bounced', state.failure) : state;

    case 'done':
      return state;
  }
}

export const isTerminal = (state: JourneyState): state is Extract<JourneyState, { phase: 'done' }> =>
  state.phase === 'done';
