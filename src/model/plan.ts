// The planner: runs the journey machine for a scenario and returns the ordered steps of its plan.
import type { annotate, Trace } from './annotate';
import { checkpointBefore } from './checkpoints';
import { START_EPOCH_SECONDS } from './clock';
import { byPreference, queryMx } from './dns';
import { EMPTY_MAILBOX } from './mailbox';
import { graphEdges, graphNodes, zoneLabels } from './graph';
import { INITIAL_STATE, isTerminal, transition, type JourneyState } from './journey';
import { nextEvent } from './network';
import { pictureOf, recipientVerdictOf } from './picture';
import type { Scenario } from './scenario';
import { describeStep, mythFor } from './steps';
import type { Plan, Step } from './types';

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

export function planJourney(scenario: Scenario, annotator: Annotator = routeOnly): Plan {
  const steps: Step[] = [];
  let state: JourneyState = INITIAL_STATE;
  let mxHost = firstExchange(scenario.recipient.domain);
  let lastMx: string | null = null;
  let trace: Omit<Trace, 'end'> = { headers: [], mailbox: EMPTY_MAILBOX, envelope: null, start: START_EPOCH_SECONDS };
  while (!isTerminal(state)) {
    const event = nextEvent(state, scenario);
    if (!event || steps.length >= MAX_STEPS) throw new Error(`journey stuck in ${state.phase}`);
    if (state.phase === 'relaying') lastMx = mxHost = state.route.target.exchange;
    const draft = describeStep(state, event, scenario);
    if (draft) {
      const end = trace.start + draft.simulatedMs / 1000;
      const notes = annotator(state, event, scenario, { ...trace, end }, lastMx);
      const checkpoint = checkpointBefore(draft, scenario);
      const myth = mythFor(state, event);
      steps.push({
        ...draft,
        ...pictureOf(state, event, scenario),
        ...notes,
        myth,
        checkpoint,
        index: steps.length,
        startsAt: trace.start,
        endsAt: end,
      });
      trace = { headers: notes.headers, mailbox: notes.mailbox, envelope: notes.envelope, start: end };
    }
    state = transition(state, event);
  }
  const nodes = graphNodes(scenario, steps, mxHost);
  const summaryParams = { ...summaryCounts(steps), status: state.failure?.status ?? '' };
  return {
    steps,
    detailed: annotator !== routeOnly,
    outcome: state.outcome,
    summary: {
      key: `summary.${state.outcome}`,
      params: { sender: scenario.sender.name, recipient: scenario.recipient.name, ...summaryParams },
    },
    nodes,
    edges: graphEdges(scenario, steps, nodes),
    zoneLabels: zoneLabels(scenario),
    recipientVerdict: recipientVerdictOf(steps),
  };
}

function firstExchange(domain: string): string {
  const answer = queryMx(domain);
  const best = answer.status === 'NOERROR' ? byPreference(answer.records)[0] : undefined;
  return best && best.exchange !== '.' ? best.exchange : domain;
}

/** How many steps the journey took, and how long they would take on the real Internet. */
function summaryCounts(steps: readonly Step[]): { steps: number; seconds: number } {
  const ms = steps.reduce((sum, s) => sum + s.simulatedMs, 0);
  return { steps: steps.length, seconds: Math.round(ms / 100) / 10 };
}
