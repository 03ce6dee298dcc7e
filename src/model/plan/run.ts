// One run of the journey machine for one scenario: each state's step record (route, caption,
// picture, myth, checkpoint) with its protocol detail, until the machine ends.
import type { annotate, Trace } from '../protocol/annotate';
import { START_EPOCH_SECONDS } from '../message/internetTime';
import {
  INITIAL_STATE,
  isTerminal,
  transition,
  type JourneyEvent,
  type JourneyState,
  type RcptReplies,
} from '../journey/machine';
import { forwarded } from '../protocol/forwarded';
import { emptyMailbox } from '../protocol/mailbox';
import { nextEvent } from '../journey/servers';
import { rowOf } from '../steps/phases';
import type { Run } from './branches';
import type { Scenario } from '../world/scenario';
import type { Envelope, HeaderField, Step, StepPicture } from '../words/types';
import { SPOOFER } from '../world/world';

/** A journey never needs this many steps; the bound turns a modelling mistake into an error, not a hang. */
const MAX_STEPS = 64;

/** Adds protocol detail to a step; the planner runs without one for the quick, first-load plan. */
export type Annotator = typeof annotate;

/** No protocol detail: what the picture, captions and playback need, and nothing more. */
export const routeOnly: Annotator = (state, _event, s, trace) => ({
  transcript: [],
  headers: trace.headers,
  envelope: trace.envelope,
  mailbox: trace.mailbox,
  // A forwarder's new envelope and header travel on with the message.
  ...(state.phase === 'forwarding' && s.via ? forwarded({ ...s, via: s.via }, trace) : {}),
});

const NO_PICTURE: StepPicture = {
  result: null,
  code: null,
  wait: null,
  folder: null,
  token: 'message',
  dns: null,
  verdicts: [],
  tls: null,
  auth: null,
  intercepted: false,
};

/** The parameters every caption may use: names, domains and host names of this scenario. */
export function captionParams(s: Scenario): Record<string, string> {
  const away = s.mode === 'same-domain' ? s.sender.provider : s.recipient.provider;
  return {
    sender: s.sender.name,
    recipient: s.recipient.name,
    from: s.sender.address,
    to: s.group.map((r) => r.address).join(', '),
    senderDomain: s.sender.domain,
    recipientDomain: s.recipient.domain,
    msa: s.sender.provider.msa.name,
    mta: s.via?.host.name ?? s.sender.provider.outboundMta.name,
    senderStore: s.sender.provider.store.name,
    spoofer: SPOOFER.name,
    webmail: s.sender.provider.webmail.name,
    filter: away?.filter.name ?? '',
    store: away?.store.name ?? '',
    access: (s.retrieval === 'pop3' ? away?.pop3 : away?.imap)?.name ?? '',
  };
}

/** Each refused RCPT's own code, when the session went on for the others (RFC 5321 §3.3). */
function rcptCodesOf(state: JourneyState, event: JourneyEvent): Pick<Step, 'rcptCodes'> {
  if (state.phase !== 'relaying' || !('replies' in event)) return {};
  const refused = Object.entries(event.replies);
  return refused.length > 0 ? { rcptCodes: Object.fromEntries(refused.map(([a, reply]) => [a, reply.code])) } : {};
}

type Draft = Omit<Step, 'index' | 'startsAt' | 'endsAt' | 'transcript' | 'headers' | 'envelope' | 'mailbox'>;

/** One step: the journey in `state`, until `event` ends that state; null if the phase draws none. */
function describe(state: JourneyState, event: JourneyEvent, s: Scenario): Draft | null {
  const row = rowOf(state);
  const shape = row.step(state, event, s);
  if (!shape) return null;
  const myth = row.myth?.(state, event, s) ?? null;
  return {
    id: shape.id,
    ...shape.hop,
    caption: { key: shape.caption, params: { ...captionParams(s), ...shape.params } },
    ...NO_PICTURE,
    ...shape.picture,
    myth: myth === null ? null : { key: `myth.${myth}` },
    checkpoint: row.checkpoint?.(state, event, s) ?? null,
    branch: s.mode === 'cross-domain' && (row.part ?? 'branch') === 'branch' ? s.recipient.domain : null,
    rcpt: row.rcpt?.(state, event, s) ?? [],
    ...rcptCodesOf(state, event),
    ...(s.recipients.length > 1 && MAILBOX_STEPS.has(shape.id) ? { whose: s.recipient.name } : {}),
  };
}

/** The steps of one recipient's own mailbox: filing, and the reader's app asking and reading. */
const MAILBOX_STEPS = new Set(['store', 'login', 'notice', 'fetch', 'read']);

/** Where a run picks up: its start time, the last MX spoken to, and the message as it stands. */
export interface Before {
  start: number;
  lastMx: string | null;
  headers: readonly HeaderField[];
  envelope: Envelope | null;
  /** A bounce run: when the original reached the reporting MTA. */
  arrival: number;
}

/** Runs the machine for one scenario, from `from` (composing, a bounce or a forwarder) until it ends. */
export function runJourney(
  scenario: Scenario,
  annotator: Annotator,
  from: JourneyState = INITIAL_STATE,
  before: Partial<Before> = {},
): Run {
  const steps: Step[] = [];
  let state: JourneyState = from;
  let lastMx = before.lastMx ?? null;
  let replies: RcptReplies = {};
  let trace: Omit<Trace, 'end'> = {
    headers: before.headers ?? [],
    mailbox: emptyMailbox(scenario),
    envelope: before.envelope ?? null,
    start: before.start ?? START_EPOCH_SECONDS,
    ...(before.arrival === undefined ? {} : { arrival: before.arrival }),
  };
  while (!isTerminal(state)) {
    const event = nextEvent(state, scenario);
    if (!event || steps.length >= MAX_STEPS) throw new Error(`journey stuck in ${state.phase}`);
    if (state.phase === 'relaying') lastMx = state.route.target.exchange;
    if ('replies' in event) replies = event.replies;
    const draft = describe(state, event, scenario);
    if (draft) {
      const end = trace.start + draft.simulatedMs / 1000;
      const notes = annotator(state, event, scenario, { ...trace, end }, lastMx);
      steps.push({ ...draft, ...notes, index: steps.length, startsAt: trace.start, endsAt: end });
      trace = { ...trace, headers: notes.headers, mailbox: notes.mailbox, envelope: notes.envelope, start: end };
      // The first time the message reaches the relay: its arrival in the queue (mailq, a DSN's Arrival-Date).
      if (trace.arrival === undefined && draft.to === 'sender-mta' && draft.token === 'message')
        trace = { ...trace, arrival: end };
    }
    state = transition(state, event);
  }
  return { scenario, steps, end: state, lastMx, replies };
}
