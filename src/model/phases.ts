// The steps as records: one row per phase of the journey machine, saying where the step goes
// (hop), what the learner is told (caption key and parameters), which mix-up it puts right (myth),
// which prediction question comes before it (checkpoint) and what the picture draws (picture).
import { authVerdicts, checkQuestion } from './auth';
import { checkpoint } from './checkpoints';
import type { JourneyEvent, JourneyState, Phase } from './journey';
import { HOPS, accessHop, bounceHops, mxNode, type Hop } from './hops';
import { dnsBubbles } from './bubbles';
import type { Scenario } from './scenario';
import type { Checkpoint, StepPicture, Text } from './types';

/** What a row returns for one step; the planner adds the params every caption may use. */
export interface StepShape {
  id: string;
  hop: Hop;
  caption: string;
  params?: Record<string, string | number>;
  picture?: Partial<StepPicture>;
}

export interface PhaseRow<P extends Phase> {
  /** The step this phase is, until `event` ends it; null when the phase draws no step. */
  step(state: Extract<JourneyState, { phase: P }>, event: JourneyEvent, s: Scenario): StepShape | null;
  /** The number of the mix-up of email-facts.md §6 this step puts right, if any. */
  myth?(state: Extract<JourneyState, { phase: P }>, event: JourneyEvent): number | null;
  /** The prediction question to ask before this step (checkpoints=1), if any. */
  checkpoint?(state: Extract<JourneyState, { phase: P }>, event: JourneyEvent, s: Scenario): Checkpoint | null;
}

const reply = (r: { code: number; enhanced: string; text: string } | null, status: string) =>
  r ? `${r.code} ${r.enhanced} ${r.text}` : status;

const wait = (key: string, params: Record<string, number>): Text => ({ key, params });

/** Postfix's first retry comes after about 5 min; it gives up after 5 days (email-facts.md §8). */
export const RETRY_MINUTES = 5;
export const GIVE_UP_DAYS = 5;
export const TIMEOUT_SECONDS = 30;

export const PHASES: { [P in Phase]: PhaseRow<P> } = {
  composing: { step: () => ({ id: 'compose', hop: HOPS.compose, caption: 'step.compose' }) },

  submitting: {
    step: (_state, event) =>
      event.type === 'SUBMIT_REJECTED'
        ? {
            id: 'submit',
            hop: HOPS.submit,
            caption: 'step.submit.refused',
            picture: {
              result: 'refused',
              code: event.reply.code,
              token: event.stage === 'auth' ? 'credentials' : 'message',
            },
          }
        : { id: 'submit', hop: HOPS.submit, caption: 'step.submit', picture: { result: 'accepted' } },
    myth: () => 3, // webmail speaks HTTPS, not SMTP
  },

  refusing: {
    step: (state) => ({
      id: 'refuse',
      hop: HOPS.refuse,
      caption: 'step.refuse',
      params: { reply: reply(state.failure.reply, state.failure.status), status: state.failure.status },
      picture: { result: 'refused', code: state.failure.reply?.code ?? null, token: 'answer' },
    }),
  },

  'handing-off': {
    step: () => ({ id: 'handoff', hop: HOPS.handoff, caption: 'step.handoff', picture: { result: 'accepted' } }),
    myth: () => 1, // roles, not boxes
  },

  'resolving-mx': {
    step: (_state, event, s) => {
      const kind =
        event.type === 'NXDOMAIN'
          ? 'nxdomain'
          : event.type === 'MX_EMPTY'
            ? 'empty'
            : event.type === 'MX_ANSWER' && event.records.some((r) => r.exchange === '.')
              ? 'null'
              : 'found';
      const bubbles = dnsBubbles(s);
      return {
        id: 'dns-mx',
        hop: HOPS.lookup,
        caption: `step.dns-mx.${kind}`,
        params: { mxList: bubbles.mxList },
        picture: { result: 'request', token: 'question', dns: bubbles.mx },
      };
    },
    checkpoint: (_state, _event, s) => checkpoint('next-server', s),
  },

  'resolving-host': {
    step: (state, event, s) => {
      const { target, implicit } = state.route;
      const bubble = dnsBubbles(s).address(target.exchange, state.family);
      const found = event.type === 'ADDRESS_ANSWER' && event.found;
      const key =
        state.family === 'A'
          ? found
            ? implicit
              ? 'step.dns-host.implicit'
              : 'step.dns-host'
            : 'step.dns-host.none'
          : found
            ? 'step.dns-aaaa'
            : state.found
              ? 'step.dns-aaaa.none'
              : 'step.dns-aaaa.nothing';
      return {
        id: state.family === 'A' ? 'dns-a' : 'dns-aaaa',
        hop: HOPS.lookup,
        caption: key,
        params: { mx: target.exchange, addresses: bubble.list },
        picture: { result: 'request', token: 'question', dns: bubble.bubble },
      };
    },
    myth: (state) => (state.family === 'A' ? 5 : null), // DNS gives the mail server's address
    checkpoint: (state, _event, s) =>
      state.family === 'A' && state.route.rank === 0 ? checkpoint('after-mx', s) : null,
  },

  relaying: {
    step: (state, event) => {
      const mx = state.route.target.exchange;
      const hop = HOPS.relay(mxNode(state.route.rank));
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
            caption: event.stage === 'mail' ? 'step.relay.rejected-mail' : 'step.relay.rejected',
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
        default:
          return {
            id: 'relay',
            hop,
            caption: state.attempt > 1 ? 'step.relay.retry-accepted' : 'step.relay.accepted',
            params,
            picture: { result: 'accepted' },
          };
      }
    },
    myth: (_state, event) => (event.type === 'RCPT_ACCEPTED' ? 6 : event.type === 'NO_ANSWER' ? null : 7),
    checkpoint: (state, event, s) => {
      if (event.type === 'RCPT_REJECTED' && !s.recipient.hasMailbox) return checkpoint('unknown-user-code', s);
      return event.type === 'RCPT_ACCEPTED' && state.attempt === 1 ? checkpoint('relay-port', s) : null;
    },
  },

  checking: {
    step: (state, event, s) => {
      const v = authVerdicts(s);
      const question = checkQuestion(state.check, s);
      const pass = v[state.check];
      const outcome =
        state.check !== 'dmarc' ? (pass ? 'pass' : 'fail') : v.policy === null ? 'absent' : pass ? 'pass' : v.policy;
      return {
        id: `check-${state.check}`,
        hop: HOPS.check(mxNode(state.route.rank)),
        caption: `step.check.${state.check}.${outcome}`,
        params: {
          mx: state.route.target.exchange,
          ip: s.sender.provider.outboundMta.ipv4,
          record: question.record ?? '',
        },
        picture: {
          token: 'question',
          dns: dnsBubbles(s).check(state.check),
          verdicts: [{ check: state.check, pass }],
          ...(event.type === 'DATA_ACCEPTED' ? { result: 'accepted' as const } : {}),
        },
      };
    },
  },

  replying: {
    step: (state) => {
      const caption = state.temporary
        ? 'step.reply.deferred'
        : state.stage === 'data'
          ? 'step.reply.rejected-data'
          : 'step.reply.rejected';
      return {
        id: 'reply',
        hop: HOPS.reply(mxNode(state.route.rank)),
        caption,
        params: { mx: state.route.target.exchange, reply: reply(state.failure.reply, state.failure.status) },
        picture: {
          result: state.temporary ? 'deferred' : 'refused',
          code: state.failure.reply?.code ?? null,
          token: 'answer',
        },
      };
    },
    myth: () => 7,
  },

  'waiting-retry': {
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

  filtering: {
    step: (state, event) => ({
      id: 'filter',
      hop: HOPS.filter(mxNode(state.rank)),
      caption:
        event.type === 'FILTER_SPAM'
          ? 'step.filter.spam'
          : state.folder === 'Junk'
            ? 'step.filter.quarantine'
            : 'step.filter',
      picture: { result: 'accepted' },
    }),
  },

  storing: {
    step: (state) => ({
      id: 'store',
      hop: state.local ? HOPS.storeLocal : HOPS.store,
      caption: state.local ? 'step.store.local' : state.folder === 'Junk' ? 'step.store.junk' : 'step.store',
      picture: { result: 'accepted', folder: state.folder === 'Junk' ? 'junk' : 'inbox' },
    }),
    myth: () => 4, // local mail goes to the store
    checkpoint: (state, _event, s) => (state.local ? checkpoint('same-domain', s) : null),
  },

  'logging-in': {
    step: (state, _event, s) => ({
      id: 'login',
      hop: accessHop(s, 'request'),
      caption: `step.login.${s.retrieval}${state.folder === 'Junk' && s.retrieval === 'imap' ? '.junk' : ''}`,
      picture: { result: 'request', token: 'question' },
    }),
    myth: () => 2, // IMAP/POP3 only read
    checkpoint: (_state, _event, s) => checkpoint('who-fetches', s),
  },

  notifying: {
    step: (_state, _event, s) => ({
      id: 'notice',
      hop: accessHop(s, 'response'),
      caption: 'step.notice',
      picture: { result: 'response', token: 'notice' },
    }),
  },

  fetching: {
    step: (_state, _event, s) => ({
      id: 'fetch',
      hop: accessHop(s, 'request'),
      caption: 'step.fetch',
      picture: { result: 'request', token: 'question' },
    }),
  },

  reading: {
    step: (state, _event, s) => {
      // POP3 reads only the inbox: its answer carries no message from Junk.
      const nothing = s.retrieval === 'pop3' && state.folder === 'Junk';
      return {
        id: 'read',
        hop: accessHop(s, 'response'),
        caption: `step.read.${s.retrieval}${state.folder === 'Junk' ? '.junk' : ''}`,
        picture: { result: 'response', token: nothing ? 'answer' : 'message' },
      };
    },
  },

  bouncing: {
    step: (state) => ({
      id: 'bounce',
      hop: bounceHops.store,
      caption: 'step.bounce',
      params: { status: state.failure.status, reply: reply(state.failure.reply, state.failure.status) },
      picture: { result: 'accepted', token: 'bounce', folder: 'inbox' },
    }),
  },

  'bounce-fetching': {
    step: () => ({
      id: 'bounce-fetch',
      hop: bounceHops.request,
      caption: 'step.bounce-fetch',
      picture: { result: 'request', token: 'question' },
    }),
  },

  'bounce-reading': {
    step: (state) => ({
      id: 'bounce-read',
      hop: bounceHops.response,
      caption: 'step.bounce-read',
      params: { status: state.failure.status },
      picture: { result: 'response', token: 'bounce' },
    }),
  },

  done: { step: () => null },
};
