// The planner: runs the journey machine for a scenario (once per destination, see branches.ts) and
// returns the ordered steps of its plan. `plan(message, world)` and `planJourney(scenario)` are pure.
import { forged } from './auth';
import { joinRuns, overallOutcome, type Joined, type Run } from './branches';
import { recipientVerdict, zoneLabels } from './graph';
import { forwardedRun } from './forwarding';
import { routeOnly, runJourney, type Annotator } from './run';
import { destinations, forGroup, scenarioInWorld, type Scenario } from './scenario';
import type { Plan, RecipientResult, Step, Text } from './types';
import type { ComposedMessage, Retrieval } from './vocabulary';
import type { World } from './world';

export type { Annotator } from './run';
export { captionParams } from './run';

export function planJourney(scenario: Scenario, annotator: Annotator = routeOnly): Plan {
  const runs = destinations(scenario).map((group) => {
    const s = forGroup(scenario, group);
    return forwardedRun(s, annotator) ?? runJourney(s, annotator);
  });
  const joined = joinRuns(runs);
  const dsn = bounceRun(scenario, joined, annotator);
  const steps = [...joined.steps, ...(dsn?.steps ?? [])].map((step, index) => ({ ...step, index }));
  const lead = joined.main.scenario;
  const verdict = recipientVerdict(lead);
  const nodes = joined.nodes(dsn?.steps ?? []);
  const outcome = overallOutcome(joined.recipients);
  const failure = dsn?.end.failure ?? joined.main.end.failure;
  return {
    steps,
    detailed: annotator !== routeOnly,
    outcome,
    summary: summaryOf(lead, joined.recipients, outcome, failure?.status ?? '', steps),
    nodes,
    edges: joined.edges(steps, nodes),
    zoneLabels: zoneLabels(lead, verdict),
    recipientVerdict: verdict,
    recipients: joined.recipients,
    branches: joined.branches,
  };
}

/** The bounce: one DSN, after every destination has been tried, listing only the failed recipients. */
function bounceRun(scenario: Scenario, joined: Joined, annotator: Annotator): Run | null {
  const [firstFailed] = joined.failed;
  if (!firstFailed) return null;
  const s = { ...forGroup(scenario, scenario.recipients), failed: joined.failed };
  return runJourney(
    s,
    annotator,
    { phase: 'bouncing', failure: firstFailed.failure },
    joined.end,
    firstFailed.remoteMta,
  );
}

function summaryOf(
  s: Scenario,
  recipients: readonly RecipientResult[],
  outcome: Plan['outcome'],
  status: string,
  steps: readonly Step[],
): Text {
  const reached = recipients.filter((r) => r.outcome === 'delivered' || r.outcome === 'quarantined').length;
  const params = { sender: s.sender.name, recipient: s.recipient.name, ...summaryCounts(steps), status };
  if (forged(s) && outcome === 'rejected') return { key: 'summary.spoof-rejected', params };
  if (recipients.length === 1) return { key: `summary.${outcome}`, params };
  return {
    key: reached === recipients.length ? 'summary.all' : 'summary.some',
    params: { ...params, reached, total: recipients.length, failed: recipients.length - reached },
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
