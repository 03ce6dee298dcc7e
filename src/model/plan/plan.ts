// The planner: runs the journey machine for a scenario (once per destination, see branches.ts) and
// returns the ordered steps of its plan. `plan(message, world)` and `planJourney(scenario)` are pure.
import { forged, throughOpenRelay } from '../journey/auth';
import { joinRuns, overallOutcome, type Joined, type Run } from './branches';
import { recipientVerdict, zoneLabels } from './graph';
import { forwardedRuns } from './forwarding';
import { reportRuns } from './reports';
import { routeOnly, runJourney, type Annotator } from './run';
import { destinations, forGroup, scenarioInWorld, type FailedRecipient, type Scenario } from '../world/scenario';
import type { StepId } from '../steps/phases';
import type { Plan, RecipientResult, Step, Text } from '../words/types';
import type { ComposedMessage, Retrieval } from '../words/vocabulary';
import type { World } from '../world/world';

export type { Annotator } from './run';
export { captionParams } from './run';

export function planJourney(scenario: Scenario, annotator: Annotator = routeOnly): Plan {
  const runs = destinations(scenario).flatMap((group) => {
    const s = forGroup(scenario, group);
    return forwardedRuns(s, annotator) ?? [runJourney(s, annotator)];
  });
  const joined = joinRuns(runs);
  const dsns = bounceRuns(scenario, joined, annotator);
  const dsn = dsns.at(-1) ?? null;
  const bounceSteps = dsns.flatMap((run) => run.steps);
  const before = [...joined.steps, ...bounceSteps];
  // Reports travel after everything else; they change no recipient's outcome.
  const reportSteps = reportRuns(joined, before, annotator).flatMap((run) => run.steps);
  const steps = [...before, ...reportSteps].map((step, index) => ({ ...step, index }));
  const lead = joined.main.scenario;
  const verdict = recipientVerdict(lead);
  const nodes = joined.nodes([...bounceSteps, ...reportSteps]);
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

/**
 * The bounces, after every destination has been tried: one DSN per reporting MTA, listing only the
 * recipients that MTA failed to deliver. The sending MTA reports its own sessions; a forwarder
 * reports its onward delivery to the envelope sender it was given (SRS: back to Alice; a list: to
 * the list's own bounce address, so Alice hears nothing). Alice's app fetches once, at the end.
 */
function bounceRuns(scenario: Scenario, joined: Joined, annotator: Annotator): Run[] {
  const reporters = new Map<string, FailedRecipient[]>();
  for (const f of joined.failed) {
    const key = f.via ? `${f.via.host.name} ${f.via.mailFrom}` : '';
    reporters.set(key, [...(reporters.get(key) ?? []), f]);
  }
  // The sending MTA's own bounce first; a list's bounce (which never reaches Alice) before Alice reads hers.
  const groups = [...reporters.values()].sort((a, b) => rank(a) - rank(b));
  const toAlice = groups.filter((g) => !g[0]?.via?.list).length;
  let told = 0;
  return groups.flatMap((failed, i) => {
    const [first] = failed;
    if (!first) return [];
    const s = { ...forGroup(scenario, scenario.recipients), failed, ...(first.via ? { via: first.via } : {}) };
    const run = runJourney(
      s,
      annotator,
      { phase: 'bouncing', failure: first.failure },
      {
        start: joined.end,
        lastMx: first.remoteMta,
        ...arrivalAt(joined.steps, first.via ? 'forwarder-1' : 'sender-mta'),
      },
    );
    const last = !first.via?.list && ++told === toAlice;
    // Only the last bounce to Alice is followed into her app; each question is asked once.
    const steps = run.steps
      .filter((step) => last || step.id === 'bounce')
      .map((step) => (i > 0 ? { ...step, checkpoint: null } : step));
    return [{ ...run, steps }];
  });
}

const rank = (failed: readonly FailedRecipient[]) => (!failed[0]?.via ? 0 : failed[0].via.list ? 1 : 2);

function summaryOf(
  s: Scenario,
  recipients: readonly RecipientResult[],
  outcome: Plan['outcome'],
  status: string,
  steps: readonly Step[],
): Text {
  const reached = recipients.filter((r) => r.outcome === 'delivered' || r.outcome === 'quarantined').length;
  const params = { sender: s.sender.name, recipient: s.recipient.name, ...summaryCounts(steps), status };
  // Through an open relay, the relay that accepted the forgery bounces the refusal to the forged sender.
  if (forged(s) && outcome === 'rejected')
    return { key: throughOpenRelay(s) ? 'summary.spoof-rejected.open-relay' : 'summary.spoof-rejected', params };
  // A list's bounce goes to the list: Alice has nothing to read (email-facts.md §8).
  const told = steps.some((step) => step.id === ('bounce-read' satisfies StepId));
  if (recipients.length === 1 && outcome === 'bounced' && !told) return { key: 'summary.bounced.list', params };
  // A journey of minutes (a greylisting retry) is told in minutes, not as hundreds of seconds.
  const long = params.minutes > 0 ? '.minutes' : '';
  if (recipients.length === 1)
    return { key: outcome === 'delivered' ? `summary.delivered${long}` : `summary.${outcome}`, params };
  return {
    key: reached === recipients.length ? `summary.all${long}` : 'summary.some',
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

/** How many steps the journey took, and how long they would take on the real Internet, rounded as a
 *  person would say it (whole seconds; whole minutes from 90 s on). */
function summaryCounts(steps: readonly Step[]): { steps: number; seconds: number; minutes: number } {
  const seconds = steps.reduce((sum, s) => sum + s.simulatedMs, 0) / 1000;
  return {
    steps: steps.length,
    seconds: Math.max(1, Math.round(seconds)),
    minutes: seconds >= 90 ? Math.round(seconds / 60) : 0,
  };
}

/** When the message first reached the reporting MTA: the end of the first step that handed it there. */
function arrivalAt(steps: readonly Step[], reporter: 'sender-mta' | 'forwarder-1'): { arrival?: number } {
  const handed = steps.find((step) => step.to === reporter && step.token === 'message');
  return handed ? { arrival: handed.endsAt } : {};
}
