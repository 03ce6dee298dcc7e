// Describes each state of the journey, with the event that ends it, as one step a learner sees.
import { byPreference, queryAddress, queryMx } from './dns';
import type { Failure, JourneyEvent, JourneyState } from './journey';
import type { Scenario } from './scenario';
import type { NodeId, Step, Text } from './types';

/** What describeStep knows; the planner adds the index, the times and the annotation. */
export type StepDraft = Pick<
  Step,
  'id' | 'from' | 'to' | 'kind' | 'protocol' | 'port' | 'security' | 'caption' | 'simulatedMs'
>;

/** What each step would take on the real Internet (milliseconds); greylisting uses postgrey's default. */
export const SIMULATED_MS = {
  compose: 0,
  // Chosen so the Received times match email-facts.md §4: 1 s, 2 s, 2 s, 1 s, 1 s.
  submit: 1_000,
  handoff: 2_000,
  dns: 30,
  relay: 1_940,
  retryDelay: 300_000,
  filter: 1_000,
  lmtp: 1_000,
  login: 150,
  fetch: 200,
  bounce: 900,
} as const;

/** Where a step goes and over what: everything but its id and caption. */
type Hop = Omit<StepDraft, 'id' | 'caption'>;

const hop = (
  from: NodeId,
  to: NodeId,
  protocol: string,
  port: number | null,
  security: string | null,
  simulatedMs: number,
): Hop => ({
  from,
  to,
  kind: from === to ? 'local' : 'hop',
  protocol,
  port,
  security,
  simulatedMs,
});

const HOPS = {
  compose: hop('sender-client', 'sender-client', 'RFC 5322', null, null, SIMULATED_MS.compose),
  submit: hop('sender-client', 'sender-msa', 'SMTP submission', 587, 'STARTTLS', SIMULATED_MS.submit),
  refuse: hop('sender-msa', 'sender-client', 'SMTP submission', 587, 'STARTTLS', 0),
  handoff: hop('sender-msa', 'sender-mta', 'SMTP', 25, 'STARTTLS', SIMULATED_MS.handoff),
  lookup: { ...hop('sender-mta', 'dns', 'DNS', 53, null, SIMULATED_MS.dns), kind: 'lookup' },
  relay: hop('sender-mta', 'recipient-mx', 'SMTP relay', 25, 'STARTTLS', SIMULATED_MS.relay),
  queue: hop('sender-mta', 'sender-mta', 'Queue', null, null, SIMULATED_MS.retryDelay),
  filter: hop('recipient-mx', 'relay-1', 'SMTP', 25, null, SIMULATED_MS.filter),
  // LMTP runs over a local connection, never on port 25 (RFC 2033).
  store: hop('relay-1', 'recipient-store', 'LMTP', null, null, SIMULATED_MS.lmtp),
  storeLocal: hop('sender-msa', 'recipient-store', 'LMTP', null, null, SIMULATED_MS.lmtp),
  bounce: hop('sender-mta', 'sender-client', 'DSN (bounce)', null, null, SIMULATED_MS.bounce),
} satisfies Record<string, Hop>;

function accessHops(s: Scenario): { login: Hop; read: Hop } {
  const [node, protocol, port]: [NodeId, string, number] =
    s.retrieval === 'pop3' ? ['recipient-pop3', 'POP3', 995] : ['recipient-imap', 'IMAP', 993];
  return {
    login: hop('recipient-store', node, protocol, port, 'TLS', SIMULATED_MS.login),
    read: hop(node, 'recipient-client', protocol, port, 'TLS', SIMULATED_MS.fetch),
  };
}

/** The parameters every caption may use: names, domains and host names of this scenario. */
export function captionParams(s: Scenario): Record<string, string> {
  const away = s.mode === 'same-domain' ? s.sender.provider : s.recipient.provider;
  return {
    sender: s.sender.name,
    recipient: s.recipient.name,
    from: s.sender.address,
    to: s.recipient.address,
    senderDomain: s.sender.domain,
    recipientDomain: s.recipient.domain,
    msa: s.sender.provider.msa.name,
    mta: s.sender.provider.outboundMta.name,
    filter: away?.filter.name ?? '',
    store: away?.store.name ?? '',
    access: (s.retrieval === 'pop3' ? away?.pop3 : away?.imap)?.name ?? '',
  };
}

const failureParams = (failure: Failure) => ({
  status: failure.status,
  reply: failure.reply ? `${failure.reply.code} ${failure.reply.enhanced} ${failure.reply.text}` : '',
});

function mxList(domain: string): string {
  const answer = queryMx(domain);
  if (answer.status !== 'NOERROR') return '';
  return byPreference(answer.records)
    .map((r) => `${r.exchange} (${r.preference})`)
    .join(', ');
}

function addresses(host: string): string {
  const a = queryAddress(host);
  return [...a.ipv4, ...a.ipv6].join(', ');
}

function mxAnswerKind(event: JourneyEvent): string {
  if (event.type === 'NXDOMAIN') return 'nxdomain';
  if (event.type === 'MX_EMPTY') return 'empty';
  if (event.type === 'MX_ANSWER' && event.records.some((r) => r.exchange === '.')) return 'null';
  return 'found';
}

function relayCaptionKey(event: JourneyEvent, attempt: number): { key: string; reply?: string } {
  switch (event.type) {
    case 'RCPT_REJECTED':
    case 'DATA_REJECTED':
    case 'RCPT_DEFERRED':
      return {
        key: {
          RCPT_REJECTED: 'step.relay.rejected',
          DATA_REJECTED: 'step.relay.rejected-data',
          RCPT_DEFERRED: 'step.relay.deferred',
        }[event.type],
        reply: `${event.reply.code} ${event.reply.enhanced} ${event.reply.text}`,
      };
    case 'NO_ANSWER':
      return { key: 'step.relay.no-answer' };
    default:
      return { key: attempt > 1 ? 'step.relay.retry-accepted' : 'step.relay.accepted' };
  }
}

/** The hop, step id, caption key and extra caption parameters for a state and the event ending it. */
function shape(
  state: JourneyState,
  event: JourneyEvent,
  s: Scenario,
): [Hop, string, string, Record<string, string | number>] | null {
  switch (state.phase) {
    case 'composing':
      return [HOPS.compose, 'compose', 'step.compose', {}];
    case 'submitting':
      return [HOPS.submit, 'submit', event.type === 'SUBMIT_REJECTED' ? 'step.submit.refused' : 'step.submit', {}];
    case 'refusing':
      return [HOPS.refuse, 'refuse', 'step.refuse', failureParams(state.failure)];
    case 'handing-off':
      return [HOPS.handoff, 'handoff', 'step.handoff', {}];
    case 'resolving-mx':
      return [HOPS.lookup, 'dns-mx', `step.dns-mx.${mxAnswerKind(event)}`, { mxList: mxList(s.recipient.domain) }];
    case 'resolving-host': {
      const { target, implicit } = state.route;
      const key =
        event.type === 'ADDRESS_NONE' ? 'step.dns-host.none' : implicit ? 'step.dns-host.implicit' : 'step.dns-host';
      return [HOPS.lookup, 'dns-host', key, { mx: target.exchange, addresses: addresses(target.exchange) }];
    }
    case 'relaying': {
      const { key, reply } = relayCaptionKey(event, state.attempt);
      return [
        HOPS.relay,
        'relay',
        key,
        { mx: state.route.target.exchange, attempt: state.attempt, reply: reply ?? '' },
      ];
    }
    case 'waiting-retry': {
      const key = event.type === 'STILL_QUEUED' ? 'step.queue.stuck' : 'step.queue.retry';
      return [HOPS.queue, 'queue', key, { minutes: SIMULATED_MS.retryDelay / 60_000, ...failureParams(state.failure) }];
    }
    case 'filtering':
      return [
        HOPS.filter,
        'filter',
        event.type === 'FILTER_SPAM' ? 'step.filter.spam' : 'step.filter',
        { mx: state.mx },
      ];
    case 'storing': {
      const key = state.local ? 'step.store.local' : state.folder === 'Junk' ? 'step.store.junk' : 'step.store';
      return [state.local ? HOPS.storeLocal : HOPS.store, 'store', key, {}];
    }
    case 'retrieving':
      return [accessHops(s).login, 'login', `step.login.${s.retrieval}`, {}];
    case 'reading':
      return [accessHops(s).read, 'read', `step.read.${s.retrieval}${state.folder === 'Junk' ? '.junk' : ''}`, {}];
    case 'bouncing':
      return [HOPS.bounce, 'bounce', 'step.bounce', failureParams(state.failure)];
    case 'done':
      return null;
  }
}

/** One step: the journey in `state`, until `event` ends that state. */
export function describeStep(state: JourneyState, event: JourneyEvent, s: Scenario): StepDraft | null {
  const shaped = shape(state, event, s);
  if (!shaped) return null;
  const [hopOf, id, key, extra] = shaped;
  const caption: Text = { key, params: { ...captionParams(s), ...extra } };
  return { id, ...hopOf, caption };
}

/** The common mix-up (email-facts.md §6) each step is the natural place to put right, if any. */
export function mythFor(state: JourneyState, event: JourneyEvent): Text | null {
  const n = ((): number | null => {
    switch (state.phase) {
      case 'submitting':
        return 3; // webmail speaks HTTPS, not SMTP
      case 'handing-off':
        return 1; // roles, not boxes
      case 'resolving-host':
        return 5; // DNS gives the mail server's address
      case 'relaying':
        return event.type === 'RCPT_ACCEPTED' ? 6 : 7; // routers vs mail hops; RCPT TO checks
      case 'storing':
        return 4; // local mail goes to the store
      case 'retrieving':
        return 2; // IMAP/POP3 only read
      default:
        return null;
    }
  })();
  return n === null ? null : { key: `myth.${n}` };
}
