// The simulated Internet: in each state, what the servers of the world answer next.
// The state machine decides what an answer means; this file only decides what is answered.
import { queryAddress, queryMx } from './dns';
import type { JourneyEvent, JourneyState, Reply } from './journey';
import type { Scenario } from './scenario';

// Replies as email-facts.md §3 gives them.
export const REPLIES = {
  authFailed: { code: 535, enhanced: '5.7.8', text: 'Authentication credentials invalid' },
  tooLarge: { code: 552, enhanced: '5.3.4', text: 'Message size exceeds fixed maximum message size' },
  userUnknown: (rcpt: string): Reply => ({
    code: 550,
    enhanced: '5.1.1',
    text: `<${rcpt}>: Recipient address rejected: User unknown`,
  }),
  greylisted: { code: 451, enhanced: '4.7.1', text: 'Greylisted, try again later' },
  mailboxFullTemporary: { code: 452, enhanced: '4.2.2', text: 'Mailbox full' },
  mailboxFullPermanent: { code: 552, enhanced: '5.2.2', text: 'Mailbox full' },
  dmarcReject: (domain: string): Reply => ({
    code: 550,
    enhanced: '5.7.1',
    text: `Email rejected per DMARC policy for ${domain}`,
  }),
} as const satisfies Record<string, Reply | ((arg: string) => Reply)>;

function submissionAnswer(scenario: Scenario): JourneyEvent {
  if (scenario.preset === 'auth-failed') return { type: 'SUBMIT_REJECTED', reply: REPLIES.authFailed };
  if (scenario.preset === 'too-large') return { type: 'SUBMIT_REJECTED', reply: REPLIES.tooLarge };
  return { type: 'SUBMIT_ACCEPTED', localDelivery: scenario.mode === 'same-domain' };
}

function mxAnswer(scenario: Scenario): JourneyEvent {
  const answer = queryMx(scenario.recipient.domain);
  if (answer.status === 'NXDOMAIN') return { type: 'NXDOMAIN' };
  if (answer.records.length === 0) return { type: 'MX_EMPTY', domain: scenario.recipient.domain };
  return { type: 'MX_ANSWER', records: answer.records };
}

function rcptAnswer(scenario: Scenario, exchange: string, attempt: number): JourneyEvent {
  const { preset, recipient, sender } = scenario;
  const primary = exchange.startsWith('mx1.');
  if (preset === 'all-mx-down' || (preset === 'primary-mx-down' && primary)) return { type: 'NO_ANSWER' };
  if (preset === 'greylisted' && attempt === 1) return { type: 'RCPT_DEFERRED', reply: REPLIES.greylisted };
  if (preset === 'mailbox-full')
    return attempt === 1
      ? { type: 'RCPT_DEFERRED', reply: REPLIES.mailboxFullTemporary }
      : { type: 'RCPT_REJECTED', reply: REPLIES.mailboxFullPermanent };
  if (!recipient.hasMailbox) return { type: 'RCPT_REJECTED', reply: REPLIES.userUnknown(recipient.address) };
  // DMARC needs the From: header, so it is judged after DATA, not at RCPT TO.
  if (preset === 'dmarc-reject') return { type: 'DATA_REJECTED', reply: REPLIES.dmarcReject(sender.domain) };
  return { type: 'RCPT_ACCEPTED' };
}

/** The event that happens next in this world, for a journey in the given state. */
export function nextEvent(state: JourneyState, scenario: Scenario): JourneyEvent | null {
  switch (state.phase) {
    case 'composing':
      return { type: 'SEND' };
    case 'submitting':
      return submissionAnswer(scenario);
    case 'refusing':
      return { type: 'ERROR_SHOWN' };
    case 'handing-off':
      return { type: 'HANDED_OFF' };
    case 'resolving-mx':
      return mxAnswer(scenario);
    case 'resolving-host': {
      const answer = queryAddress(state.route.target.exchange);
      return answer.ipv4.length + answer.ipv6.length > 0 ? { type: 'ADDRESS_ANSWER' } : { type: 'ADDRESS_NONE' };
    }
    case 'relaying':
      return rcptAnswer(scenario, state.route.target.exchange, state.attempt);
    case 'waiting-retry':
      return scenario.preset === 'all-mx-down' ? { type: 'STILL_QUEUED' } : { type: 'RETRY_DUE' };
    case 'filtering':
      return scenario.preset === 'spam' ? { type: 'FILTER_SPAM' } : { type: 'FILTER_PASSED' };
    case 'storing':
      return { type: 'STORED' };
    case 'retrieving':
      return { type: 'FETCHED' };
    case 'reading':
      return { type: 'READ' };
    case 'bouncing':
      return { type: 'BOUNCE_DELIVERED' };
    case 'done':
      return null;
  }
}
