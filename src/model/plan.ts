// The planner: runs the journey machine for a scenario and returns the ordered steps of its plan.
// `plan(message, world)` and `planJourney(scenario)` are pure and deterministic.
import type { annotate, Trace } from './annotate';
import { START_EPOCH_SECONDS } from './clock';
import { graphEdges, graphNodes, recipientVerdict, zoneLabels } from './graph';
import { INITIAL_STATE, isTerminal, transition, type JourneyEvent, type JourneyState, type Phase } from './journey';
import { emptyMailbox } from './mailbox';
import { nextEvent } from './network';
import { PHASES, type PhaseRow } from './phases';
import { scenarioInWorld, type Scenario } from './scenario';
import type { Plan, Step, StepPicture } from './types';
import type { ComposedMessage, Retrieval } from './vocabulary';
import type { World } from './world';

/** A journey never needs this many steps; the bound turns a modelling mistake into an error, not a hang. */
const MAX_STEPS = 64;

/** Adds protocol detail to a step; the planner runs without one for the quick, first-load plan. */
export type Annotator = typeof annotate;

/** No protocol detail: what the picture, captions and playback need, and nothing more. */
const routeOnly: Annotator = (_state, _event, _scenario, trace) => ({
  transcript: [],
  headers: trace.headers,
  envelope: trace.envelope,
  mailbox: trace.mailbox,
});

const NO_PICTURE: StepPicture = {
  result: null,
  code: null,
  wait: null,
  folder: null,
  token: 'message',
  dns: null,
  verdicts: [],
};

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
    senderStore: s.sender.provider.store.name,
    filter: away?.filter.name ?? '',
    store: away?.store.name ?? '',
    access: (s.retrieval === 'pop3' ? away?.pop3 : away?.imap)?.name ?? '',
  };
}

/** Steps of the shared trunk: before the sending MTA opens a session per destination, and the bounce. */
const TRUNK_STEPS = new Set(['compose', 'submit', 'refuse', 'handoff', 'bounce', 'bounce-fetch', 'bounce-read']);

/** The RCPT TO addresses a step speaks: none before MAIL FROM is taken, nor on a connection nobody answers. */
function rcptOf(state: JourneyState, event: JourneyEvent, s: Scenario): readonly string[] {
  const to = [s.recipient.address];
  switch (state.phase) {
    case 'submitting':
      return event.type === 'SUBMIT_REJECTED' && event.stage !== 'rcpt' ? [] : to;
    case 'handing-off':
    case 'filtering':
    case 'storing':
      return to;
    case 'relaying':
      return event.type === 'NO_ANSWER' || (event.type === 'RCPT_REJECTED' && event.stage === 'mail') ? [] : to;
    default:
      return [];
  }
}

const rowOf = (state: JourneyState) => PHASES[state.phase] as unknown as PhaseRow<Phase>;

type Draft = Omit<Step, 'index' | 'startsAt' | 'endsAt' | 'transcript' | 'headers' | 'envelope' | 'mailbox'>;

/** One step: the journey in `state`, until `event` ends that state; null if the phase draws none. */
function describe(state: JourneyState, event: JourneyEvent, s: Scenario): Draft | null {
  const row = rowOf(state);
  const shape = row.step(state, event, s);
  if (!shape) return null;
  const myth = row.myth?.(state, event) ?? null;
  return {
    id: shape.id,
    ...shape.hop,
    caption: { key: shape.caption, params: { ...captionParams(s), ...shape.params } },
    ...NO_PICTURE,
    ...shape.picture,
    myth: myth === null ? null : { key: `myth.${myth}` },
    checkpoint: row.checkpoint?.(state, event, s) ?? null,
    branch: s.mode === 'cross-domain' && !TRUNK_STEPS.has(shape.id) ? s.recipient.domain : null,
    rcpt: rcptOf(state, event, s),
  };
}

export function planJourney(scenario: Scenario, annotator: Annotator = routeOnly): Plan {
  const steps: Step[] = [];
  let state: JourneyState = INITIAL_STATE;
  let lastMx: string | null = null;
  let trace: Omit<Trace, 'end'> = {
    headers: [],
    mailbox: emptyMailbox(scenario),
    envelope: null,
    start: START_EPOCH_SECONDS,
  };
  while (!isTerminal(state)) {
    const event = nextEvent(state, scenario);
    if (!event || steps.length >= MAX_STEPS) throw new Error(`journey stuck in ${state.phase}`);
    if (state.phase === 'relaying') lastMx = state.route.target.exchange;
    const draft = describe(state, event, scenario);
    if (draft) {
      const end = trace.start + draft.simulatedMs / 1000;
      const notes = annotator(state, event, scenario, { ...trace, end }, lastMx);
      steps.push({ ...draft, ...notes, index: steps.length, startsAt: trace.start, endsAt: end });
      trace = { headers: notes.headers, mailbox: notes.mailbox, envelope: notes.envelope, start: end };
    }
    state = transition(state, event);
  }
  const verdict = recipientVerdict(scenario);
  const nodes = graphNodes(scenario, steps, verdict);
  return {
    steps,
    detailed: annotator !== routeOnly,
    outcome: state.outcome,
    summary: {
      key: `summary.${state.outcome}`,
      params: {
        sender: scenario.sender.name,
        recipient: scenario.recipient.name,
        ...summaryCounts(steps),
        status: state.failure?.status ?? '',
      },
    },
    nodes,
    edges: graphEdges(scenario, steps, nodes),
    zoneLabels: zoneLabels(scenario, verdict),
    recipientVerdict: verdict,
    recipients: [
      {
        address: scenario.recipient.address,
        field: 'to',
        outcome: state.outcome,
        branch: scenario.mode === 'cross-domain' ? scenario.recipient.domain : null,
      },
    ],
    branches: scenario.mode === 'cross-domain' ? [scenario.recipient.domain] : [],
  };
}

/**
 * The plan of a message in a world: DESIGN.md's `plan(message, world)`. Null when the message
 * cannot be sent (see validateMessage).
 */
export function plan(
  message: ComposedMessage,
  world: World,
  retrieval: Retrieval = 'imap',
  annotator: Annotator = routeOnly,
): Plan | null {
  const scenario = scenarioInWorld(message, retrieval, null, world);
  return scenario ? planJourney(scenario, annotator) : null;
}

/** How many steps the journey took, and how long they would take on the real Internet. */
function summaryCounts(steps: readonly Step[]): { steps: number; seconds: number } {
  const ms = steps.reduce((sum, s) => sum + s.simulatedMs, 0);
  return { steps: steps.length, seconds: Math.round(ms / 100) / 10 };
}
