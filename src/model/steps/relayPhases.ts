// The rows of the phases at the recipient's MX: the relay attempt, the MX's own checks, the reply
// that travels back, and the wait in the sending MTA's queue.
import type { Check } from '../journey/machine';
import type { Verdict } from '../words/types';
import {
  authVerdicts,
  checkQuestion,
  type AuthVerdicts,
  connectingHost,
  forged,
  fromDomain,
  spfDomain,
} from '../journey/auth';
import { dnsBubbles } from './bubbles';
import { checkpoint } from './checkpoints';
import { HOPS, mxNode } from './hops';
import type { Reply } from '../words/vocabulary';
import { GIVE_UP_DAYS, reply, RETRY_MINUTES, TIMEOUT_SECONDS, wait, type PhaseRow } from './phaseRow';

/** Why a recipient was refused for good, as a caption suffix: unknown user (5.1.1) is the plain key;
 *  a full mailbox (X.2.2) means the address exists; 5.7.1 at RCPT means the server does not serve
 *  the domain; 5.4.6 a forwarding loop (RFC 3463). */
const rcptCause = (reply: Reply) =>
  reply.enhanced.endsWith('.2.2')
    ? '.full'
    : reply.enhanced === '5.7.1'
      ? '.relay'
      : reply.enhanced === '5.4.6'
        ? '.loop'
        : '';

/**
 * The badge a check adds at the MX, as its Authentication-Results says: SPF's own result for the
 * domain it checked, marked when that domain does not align with From: (SRS; RFC 7489 §3.1.2); no
 * DMARC badge when the From: domain publishes no record (result `none`, RFC 7489 §6.6.3).
 */
function badgeOf(check: Check, v: AuthVerdicts): Verdict[] {
  if (check === 'dmarc' && v.policy === null) return [];
  if (check === 'spf') return [{ check, pass: v.spfPass, ...(v.spfPass && !v.spf ? { aligned: false } : {}) }];
  return [{ check, pass: v[check] }];
}

export const RELAY_ROWS = {
  relaying: {
    ids: ['relay'] as const,
    // None before MAIL FROM is taken, nor on a connection nobody answers.
    rcpt: (_state, event, s) =>
      event.type === 'NO_ANSWER' || (event.type === 'RCPT_REJECTED' && event.stage === 'mail')
        ? []
        : s.group.map((r) => r.address),
    step: (state, event, s) => {
      const mx = state.route.target.exchange;
      const hop = HOPS.relay(mxNode(state.route.rank), state.route.forged ? 'spoofer' : 'sender-mta');
      const params = { mx, attempt: state.attempt };
      switch (event.type) {
        case 'NO_ANSWER':
          return event.how === 'timeout'
            ? {
                id: 'relay',
                hop: { ...hop, simulatedMs: TIMEOUT_SECONDS * 1000 },
                caption: 'step.relay.no-answer',
                params: { ...params, seconds: TIMEOUT_SECONDS },
                picture: { result: 'no-answer', wait: wait('wait.timeout', { seconds: TIMEOUT_SECONDS }) },
              }
            : {
                id: 'relay',
                hop: { ...hop, simulatedMs: 5 },
                caption: 'step.relay.refused-connection',
                params,
                picture: { result: 'refused' },
              };
        case 'RCPT_REJECTED':
          return {
            id: 'relay',
            hop,
            caption:
              event.stage === 'mail' ? 'step.relay.rejected-mail' : `step.relay.rejected${rcptCause(event.reply)}`,
            params: { ...params, reply: reply(event.reply, '') },
            picture: { result: 'refused', code: event.reply.code },
          };
        case 'RCPT_DEFERRED':
          return {
            id: 'relay',
            hop,
            caption: 'step.relay.deferred',
            params: { ...params, reply: reply(event.reply, '') },
            picture: { result: 'deferred', code: event.reply.code },
          };
        default: {
          const refused = event.type === 'RCPT_ACCEPTED' ? Object.entries(event.replies) : [];
          const [first] = refused;
          // One session, one reply per RCPT (RFC 5321 §3.3): some addresses taken, others refused.
          if (first && !state.route.forged)
            return {
              id: 'relay',
              hop,
              caption: 'step.relay.accepted.some',
              params: {
                ...params,
                to: s.group
                  .map((r) => r.address)
                  .filter((a) => !refused.some(([no]) => no === a))
                  .join(', '),
                refused: refused.map(([address]) => address).join(', '),
                refusedName: refused.map(([address]) => address.slice(0, address.lastIndexOf('@'))).join(', '),
                reply: reply(first[1], ''),
              },
              picture: { result: 'accepted' },
            };
          return {
            id: 'relay',
            hop,
            caption: state.route.forged
              ? 'step.spoof.relay'
              : state.attempt > 1
                ? 'step.relay.retry-accepted'
                : 'step.relay.accepted',
            params,
            picture: { result: 'accepted' },
          };
        }
      }
    },
    // The envelope-vs-To: mix-up belongs where the MX decides on RCPT TO (not where no RCPT was spoken).
    myth: (_state, event) =>
      event.type === 'NO_ANSWER' || (event.type === 'RCPT_REJECTED' && event.stage === 'mail') ? null : 7,
    checkpoint: (state, event, s) => {
      if (event.type === 'RCPT_REJECTED' && !s.recipient.hasMailbox) return checkpoint('no-mailbox', s);
      return event.type === 'RCPT_ACCEPTED' && state.attempt === 1 ? checkpoint('no-login', s) : null;
    },
  },

  checking: {
    ids: ['check-ptr', 'check-spf', 'check-dkim', 'check-dmarc'] as const,
    step: (state, event, s) => {
      const v = authVerdicts(s);
      const question = checkQuestion(state.check, s);
      const pass = v[state.check];
      const variant = s.via ? (s.via.list ? 'list' : 'forwarded') : null;
      const outcome =
        state.check === 'dkim' && forged(s)
          ? 'forged'
          : variant && (state.check === 'spf' || (state.check === 'dkim' && variant === 'list'))
            ? variant
            : state.check !== 'dmarc'
              ? pass
                ? 'pass'
                : 'fail'
              : v.policy === null
                ? 'absent'
                : pass
                  ? 'pass'
                  : v.policy;
      return {
        id: `check-${state.check}`,
        hop: HOPS.check(mxNode(state.route.rank)),
        caption: `step.check.${state.check}.${outcome}`,
        params: {
          mx: state.route.target.exchange,
          ip: connectingHost(s).ipv4,
          senderDomain: fromDomain(s),
          spfDomain: spfDomain(s),
          dkimDomain: s.sender.domain,
          record: question.record ?? '',
        },
        picture: {
          token: 'question',
          dns: dnsBubbles(s).check(state.check),
          verdicts: badgeOf(state.check, v),
          ...(event.type === 'DATA_ACCEPTED' ? { result: 'accepted' as const } : {}),
        },
      };
    },
    // Issue 16: a forged sender's failing check, and what the 250 after the final dot means.
    checkpoint: (state, event, s) => {
      if (state.check === 'spf' && !authVerdicts(s).spf) return checkpoint('forged-sender', s);
      return state.check === 'dmarc' && event.type === 'DATA_ACCEPTED' ? checkpoint('final-dot', s) : null;
    },
  },

  replying: {
    ids: ['reply'] as const,
    step: (state) => {
      const caption = state.temporary
        ? 'step.reply.deferred'
        : state.route.forged
          ? 'step.reply.spoof'
          : state.stage === 'data'
            ? 'step.reply.rejected-data'
            : 'step.reply.rejected';
      return {
        id: 'reply',
        hop: HOPS.reply(mxNode(state.route.rank), state.route.forged ? 'spoofer' : 'sender-mta'),
        caption,
        params: { mx: state.route.target.exchange, reply: reply(state.failure.reply, state.failure.status) },
        picture: {
          result: state.temporary ? 'deferred' : 'refused',
          code: state.failure.reply?.code ?? null,
          token: 'answer',
        },
      };
    },
  },

  'waiting-retry': {
    ids: ['queue'] as const,
    step: (state, event) => {
      const retry = event.type === 'RETRY_DUE';
      return {
        id: 'queue',
        hop: HOPS.queue,
        caption: retry ? 'step.queue.retry' : 'step.queue.stuck',
        params: { minutes: RETRY_MINUTES, days: GIVE_UP_DAYS, status: state.failure.status },
        picture: {
          wait: retry ? wait('wait.retry', { minutes: RETRY_MINUTES }) : wait('wait.give-up', { days: GIVE_UP_DAYS }),
        },
      };
    },
  },
} satisfies {
  relaying: PhaseRow<'relaying'>;
  checking: PhaseRow<'checking'>;
  replying: PhaseRow<'replying'>;
  'waiting-retry': PhaseRow<'waiting-retry'>;
};
