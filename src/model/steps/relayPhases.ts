// The rows of the phases at the recipient's MX: the relay attempt, the MX's own checks, the reply
// that travels back, and the wait in the sending MTA's queue.
import type { Check } from '../journey/machine';
import type { Verdict } from '../words/types';
import {
  authVerdicts,
  authWords,
  checkQuestion,
  type AuthVerdicts,
  connectingHost,
  dkimDomain,
  forged,
  forgedIdentity,
  fromDomain,
  spfDomain,
  throughOpenRelay,
} from '../journey/auth';
import type { Route } from '../journey/machine';
import { transportTo } from '../journey/transport';
import type { Scenario } from '../world/scenario';
import { forgesSenderAddress, MITM, OPEN_RELAY } from '../world/world';
import type { Hop } from './hops';
import type { StepShape } from './phaseRow';
import { dnsBubbles } from './bubbles';
import { checkpoint } from './checkpoints';
import { HOPS, mxNode } from './hops';
import type { Reply } from '../words/vocabulary';
import { GIVE_UP_DAYS, reply, RETRY_MINUTES, TIMEOUT_SECONDS, wait, type PhaseRow } from './phaseRow';

/** The DMARC badge's word when a trusted ARC seal overrode the policy: the result the chain gave. */
export const ARC_OVERRIDE = 'arc=pass';

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
 * The badge a check adds at the MX, as its Authentication-Results says: each check's own result,
 * spelled out when it is neither pass nor fail (softfail, neutral, permerror); a pass marked when its
 * domain does not align with From: (SRS; RFC 7489 §3.1.2); no badge for a `none` result (nothing
 * published or nothing signed; RFC 7489 §6.6.3), and a failed DMARC badge names what was done.
 */
function badgeOf(check: Check, v: AuthVerdicts): Verdict[] {
  const word = (result: string) => (result === 'pass' || result === 'fail' ? {} : { result });
  switch (check) {
    case 'ptr':
      return [{ check, pass: v.ptr }];
    case 'spf':
      if (v.spfResult === 'none') return [];
      return [
        { check, pass: v.spfPass, ...word(v.spfResult), ...(v.spfPass && !v.spfAligned ? { aligned: false } : {}) },
      ];
    case 'dkim':
      if (v.dkimResult === 'none') return [];
      return [{ check, pass: v.dkim, ...(v.dkim && !v.dkimAligned ? { aligned: false } : {}) }];
    case 'dmarc':
      if (v.policy === null) return [];
      // A trusted forwarder's ARC seal delivered a failed DMARC: the badge says why (RFC 8617 §7.2).
      if (v.arcOverride) return [{ check, pass: false, result: ARC_OVERRIDE }];
      return [{ check, pass: v.dmarc, ...(v.dmarc || v.disposition === 'none' ? {} : { result: v.disposition }) }];
  }
}

/** The caption's last word for a check: its result, or the story it belongs to (forwarding, a forgery). */
function checkOutcome(check: Check, s: Scenario, v: AuthVerdicts): string {
  const variant = s.via ? (s.via.list ? 'list' : 'forwarded') : null;
  const forger = forged(s) && !forgesSenderAddress(s.world.forgery);
  if (check === 'ptr') return v.ptr ? 'pass' : 'fail';
  if (check === 'spf') return variant ?? (forger ? 'forger' : v.spfResult);
  if (check === 'dkim') {
    if (forged(s)) return forger ? 'forger' : 'forged';
    if (variant === 'list') return 'list';
    return s.world.signing[s.sender.domain] === 'broken' ? 'broken' : v.dkimResult;
  }
  if (v.policy === null) return 'absent';
  if (v.dmarc) return forger ? 'forger' : 'pass';
  if (v.arcOverride) return 'arc';
  // pct= left this message out of the policy: it gets the next lower treatment (RFC 7489 §6.6.4).
  return v.disposition === v.policy ? v.policy : 'pct';
}

/** The alignment the From: domain's DMARC record asks for, and pct=, for the Expert captions. */
const alignmentParams = (v: AuthVerdicts) => ({
  adkim: v.strict ? 's' : 'r',
  pct: v.pct,
  bucket: v.bucket,
  disposition: v.disposition,
});

/** How an SMTP session between two servers crosses the network (the picture's `data-tls`). */
const tlsOf = (route: Route) => ({
  tls: route.plain ? ('plain' as const) : ('tls' as const),
  intercepted: !!route.plain,
});
const secured = (hop: Hop, route: Route): Hop => (route.plain ? { ...hop, security: null } : hop);

/** The EHLO reply reached the sender without STARTTLS: what the sender does next. */
function strippedStep(route: Route, s: Scenario, enforced: boolean): StepShape {
  const t = transportTo(s, route.target.exchange);
  const how = enforced ? `.${t.enforced ?? 'mta-sts'}` : t.testing ? '.testing' : '';
  return {
    id: 'starttls',
    hop: HOPS.strip,
    caption: `step.starttls.stripped${how}`,
    params: { mx: route.target.exchange, mitm: MITM.name },
    // The EHLO exchange carries no message: the line's `data-tls` comes from the session itself.
    picture: { result: enforced ? 'refused' : 'response', token: 'answer' },
  };
}

/** Why a queued message stays stuck when the sender decided it itself: TLS refused, DNS failed. */
const STUCK: Readonly<Record<string, string>> = { 'tls-required': 'step.queue.tls', servfail: 'step.queue.dns' };

export const RELAY_ROWS = {
  relaying: {
    ids: ['relay', 'starttls'] as const,
    // None before MAIL FROM is taken, nor on a connection nobody answers.
    rcpt: (_state, event, s) =>
      event.type === 'NO_ANSWER' || (event.type === 'RCPT_REJECTED' && event.stage === 'mail')
        ? []
        : s.group.map((r) => r.address),
    step: (state, event, s) => {
      const mx = state.route.target.exchange;
      const hop = secured(
        HOPS.relay(mxNode(state.route.rank), state.route.forged ? 'spoofer' : 'sender-mta'),
        state.route,
      );
      const params = { mx, attempt: state.attempt, mitm: MITM.name };
      const tls = tlsOf(state.route);
      switch (event.type) {
        case 'STARTTLS_STRIPPED':
          return strippedStep(state.route, s, event.enforced);
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
            picture: { result: 'refused', code: event.reply.code, ...tls },
          };
        case 'RCPT_DEFERRED':
          return {
            id: 'relay',
            hop,
            caption: 'step.relay.deferred',
            params: { ...params, reply: reply(event.reply, '') },
            picture: { result: 'deferred', code: event.reply.code, ...tls },
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
              picture: { result: 'accepted', ...tls },
            };
          return {
            id: 'relay',
            hop,
            caption: state.route.forged
              ? throughOpenRelay(s)
                ? 'step.spoof.relay.open-relay'
                : 'step.spoof.relay'
              : state.route.plain
                ? 'step.relay.plain'
                : state.attempt > 1
                  ? 'step.relay.retry-accepted'
                  : 'step.relay.accepted',
            // The spoofer claims the address it forged (the sender's own, or a lookalike of it).
            params: state.route.forged
              ? { ...params, from: forgedIdentity(s).address, relay: OPEN_RELAY.name, ip: OPEN_RELAY.ipv4 }
              : params,
            picture: { result: 'accepted', ...tls },
          };
        }
      }
    },
    // The envelope-vs-To: mix-up belongs where the MX decides on RCPT TO (not where no RCPT was spoken).
    // STARTTLS stripped: "STARTTLS always encrypts" is wrong (8); a forgery through an open relay: "an open
    // relay makes a forgery pass" is wrong (11); else the envelope-vs-To: mix-up (7).
    myth: (_state, event, s) =>
      event.type === 'STARTTLS_STRIPPED'
        ? 8
        : throughOpenRelay(s) && event.type !== 'NO_ANSWER'
          ? 11
          : event.type === 'NO_ANSWER' || (event.type === 'RCPT_REJECTED' && event.stage === 'mail')
            ? null
            : 7,
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
      return {
        id: `check-${state.check}`,
        hop: HOPS.check(mxNode(state.route.rank)),
        caption: `step.check.${state.check}.${checkOutcome(state.check, s, v)}`,
        params: {
          mx: state.route.target.exchange,
          ip: connectingHost(s).ipv4,
          senderDomain: fromDomain(s),
          spfDomain: spfDomain(s),
          dkimDomain: dkimDomain(s),
          record: question.record ?? '',
          sealer: s.via?.alias.slice(s.via.alias.lastIndexOf('@') + 1) ?? '',
          ...alignmentParams(v),
        },
        picture: {
          token: 'question',
          dns: dnsBubbles(s).check(state.check),
          verdicts: badgeOf(state.check, v),
          ...(state.check === 'dmarc' ? { auth: authWords(v) } : {}),
          ...(event.type === 'DATA_ACCEPTED' ? { result: 'accepted' as const } : {}),
        },
      };
    },
    // At a forgery: SPF checks the envelope, not From: (9). Lookalike domains are not DMARC's to stop
    // (10): told only where the forger used a domain of its own, not the sender's exact address.
    // A trusted ARC seal delivered a failed DMARC: "ARC makes DMARC pass" is wrong (12).
    myth: (state, _event, s) => {
      if (state.check === 'dmarc' && authVerdicts(s).arcOverride) return 12;
      if (!state.route.forged) return null;
      if (state.check === 'spf') return 9;
      return state.check === 'dmarc' && !forgesSenderAddress(s.world.forgery) ? 10 : null;
    },
    // Issue 16: a forged sender's failing check, and what the 250 after the final dot means. Asked
    // only when a forgery's SPF really fails: Alice's own mail (a permerror) or a softfail would make
    // the question's premise or its answer untrue.
    checkpoint: (state, event, s) => {
      if (state.check === 'spf' && forged(s) && authVerdicts(s).spfResult === 'fail')
        return checkpoint('forged-sender', s);
      return state.check === 'dmarc' && event.type === 'DATA_ACCEPTED' ? checkpoint('final-dot', s) : null;
    },
  },

  replying: {
    ids: ['reply'] as const,
    step: (state, _event, s) => {
      // Through an open relay the refusal reaches the relay, a real mail server that had accepted the
      // message: it owes the envelope sender a bounce (RFC 5321 §6.1), so Alice gets backscatter.
      const caption = state.temporary
        ? 'step.reply.deferred'
        : state.route.forged
          ? throughOpenRelay(s)
            ? 'step.reply.spoof.open-relay'
            : 'step.reply.spoof'
          : state.stage === 'data'
            ? 'step.reply.rejected-data'
            : 'step.reply.rejected';
      return {
        id: 'reply',
        hop: secured(HOPS.reply(mxNode(state.route.rank), state.route.forged ? 'spoofer' : 'sender-mta'), state.route),
        caption,
        params: {
          mx: state.route.target.exchange,
          reply: reply(state.failure.reply, state.failure.status),
          ...(state.route.forged && throughOpenRelay(s) ? { relay: OPEN_RELAY.name } : {}),
        },
        picture: {
          result: state.temporary ? 'deferred' : 'refused',
          code: state.failure.reply?.code ?? null,
          token: 'answer',
          ...tlsOf(state.route),
          intercepted: false,
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
        caption: retry ? 'step.queue.retry' : (STUCK[state.failure.local ?? ''] ?? 'step.queue.stuck'),
        params: {
          minutes: RETRY_MINUTES,
          days: GIVE_UP_DAYS,
          status: state.failure.status,
          mx: state.route?.target.exchange ?? '',
        },
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
