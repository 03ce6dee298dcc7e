// Several destinations in one plan: the sending MTA opens one SMTP session per destination domain
// (RFC 5321 §3.3; email-facts.md §8), so the planner runs the journey machine once per destination
// and joins the runs here: one shared trunk (compose, submission, hand-off), one branch per domain,
// local delivery in the same journey, and each recipient's own result.
import { graphEdges, graphNodes, recipientVerdict, tlsOf } from './graph';
import { partOf } from '../steps/phases';
import type { FailedRecipient, Recipient, Scenario } from '../world/scenario';
import type { JourneyState, RcptReplies } from '../journey/machine';
import type { GraphEdge, GraphNode, NodeId, Outcome, RecipientResult, Step, Text } from '../words/types';

/** One destination's journey: the machine run from composing to its end, with its steps. */
export interface Run {
  scenario: Scenario;
  steps: Step[];
  end: Extract<JourneyState, { phase: 'done' }>;
  /** The last MX the run spoke to (the bounce's Remote-MTA). */
  lastMx: string | null;
  /** What its last SMTP session's RCPT TO answers refused, by address (none when no session got that far). */
  replies: RcptReplies;
  /** The recipients as typed, when the run delivered to another address (a forwarding alias). */
  typed?: readonly Recipient[];
  /** A session to a forwarder: a hop on the way, not a destination branch of its own. */
  hop?: boolean;
  /** Recipients of this run whose result comes from a later run (the forwarder sends them on). */
  onward?: readonly string[];
}

/** Steps every run repeats identically up to the hand-off (their rows' part): only the first run keeps them. */
const isTrunk = (step: Step) => partOf(step.id) === 'trunk';
/** The bounce is written once, for all failed recipients, after every destination was tried. */
const isBounce = (step: Step) => partOf(step.id) === 'bounce';

export interface Joined {
  steps: Step[];
  recipients: RecipientResult[];
  failed: FailedRecipient[];
  branches: string[];
  /** The run whose picture frames the plan: the first remote destination, else the local one. */
  main: Run;
  /** Simulated time when the last failure was known: the bounce is written then. */
  end: number;
  nodes(extra: readonly Step[]): GraphNode[];
  edges(steps: readonly Step[], nodes: readonly GraphNode[]): GraphEdge[];
}

const isRecipientSide = (id: string) => id.startsWith('recipient-') || id.startsWith('relay-');

/** How a run's node ids read in the joined picture: the first remote domain keeps the plain ids. */
function renamer(run: Run, firstRemote: string | undefined): (id: NodeId) => NodeId {
  const s = run.scenario;
  if (s.mode === 'same-domain') {
    if (firstRemote === undefined) return (id) => id;
    // Local recipients' mail is filed in the sender's own provider's store (the same store holds Alice's mailbox).
    return (id) =>
      id === 'recipient-store' ? 'sender-store' : isRecipientSide(id) ? (`${id}@${s.sender.domain}` as NodeId) : id;
  }
  const domain = s.recipient.domain;
  return domain === firstRemote ? (id) => id : (id) => (isRecipientSide(id) ? (`${id}@${domain}` as NodeId) : id);
}

const sameReply = (a: { code: number; text: string } | null | undefined, b: { code: number; text: string } | null) =>
  !!a && !!b && a.code === b.code && a.text === b.text;

/** What became of each recipient of a run: the run's end, or the recipient's own mailbox's answer. */
type Fate = { result: RecipientResult; failed: FailedRecipient | null };

function fates(run: Run): Fate[] {
  const s = run.scenario;
  const { outcome, failure } = run.end;
  const branch = s.mode === 'cross-domain' ? s.recipient.domain : null;
  const lead = run.replies[s.recipient.address];
  const onward = new Set(run.onward ?? []);
  // The MX took the mail (or refused the followed recipient's own mailbox): each mailbox answers for itself.
  const own =
    outcome === 'delivered' ||
    outcome === 'quarantined' ||
    ((outcome === 'bounced' || outcome === 'deferred') && sameReply(lead, failure?.reply ?? null));
  return s.group.flatMap((r, i): Fate[] => {
    if (onward.has(r.address)) return [];
    const answer = own ? run.replies[r.address] : undefined;
    // A 4xx is transient (RFC 5321 §4.2.1): the message waits in the queue for that recipient.
    const fate: Outcome = answer ? (answer.code < 500 ? 'deferred' : 'bounced') : outcome;
    const typed = run.typed?.[i] ?? r;
    const result: RecipientResult = {
      address: typed.address,
      field: typed.field,
      outcome: fate === 'rejected' ? 'rejected' : fate,
      branch,
      ...(typed.address === r.address ? {} : { forwardedTo: r.address }),
    };
    if (fate !== 'bounced') return [{ result, failed: null }];
    const why = answer ? { reply: answer, status: answer.enhanced } : failure;
    if (!why) return [{ result, failed: null }];
    // Who writes the bounce: the sending MTA, or the forwarder whose onward delivery failed.
    const reporter = s.via ? { via: s.via } : {};
    const remoteMta = why.reply ? run.lastMx : null;
    return [{ result, failed: { address: typed.address, failure: why, remoteMta, ...reporter } }];
  });
}

/** The plan's one outcome: a bounce if any recipient bounced (the journey ends with Alice reading it). */
export function overallOutcome(recipients: readonly RecipientResult[]): Outcome {
  const order: Outcome[] = ['bounced', 'deferred', 'rejected', 'quarantined'];
  return order.find((o) => recipients.some((r) => r.outcome === o)) ?? 'delivered';
}

export function joinRuns(runs: readonly Run[]): Joined {
  // A forwarder's session is a hop, not a destination; two runs to one domain share its branch.
  const remote = runs.filter((r) => r.scenario.mode === 'cross-domain' && !r.hop);
  const branches = [...new Set(remote.map((r) => r.scenario.recipient.domain))];
  const main = remote[0] ?? runs[0];
  if (!main) throw new Error('no destination');
  const seen = new Set<string>();
  const steps: Step[] = [];
  const recipients: RecipientResult[] = [];
  const failed: FailedRecipient[] = [];
  let end = 0;
  for (const run of runs) {
    const rename = renamer(run, branches[0]);
    const kept = run.steps.filter((step) => !isBounce(step) && !(seen.has(step.id) && isTrunk(step)));
    for (const step of kept) {
      if (isTrunk(step)) seen.add(step.id);
      // A prediction question is asked once, at its first step, not again in every branch.
      const asked = step.checkpoint !== null && seen.has(`checkpoint:${step.checkpoint.id}`);
      if (step.checkpoint) seen.add(`checkpoint:${step.checkpoint.id}`);
      steps.push({ ...step, from: rename(step.from), to: rename(step.to), checkpoint: asked ? null : step.checkpoint });
    }
    const those = fates(run);
    recipients.push(...those.map((f) => f.result));
    const lost = those.flatMap((f) => (f.failed ? [f.failed] : []));
    failed.push(...lost);
    if (lost.length > 0) end = Math.max(end, ...kept.map((step) => step.endsAt));
  }
  // Recipients in the order typed, whatever order the destinations were tried in.
  const order = main.scenario.recipients.map((r) => r.address);
  recipients.sort((a, b) => order.indexOf(a.address) - order.indexOf(b.address));
  const picture = (run: Run, extra: readonly Step[]) => {
    const verdict: Text | null = recipientVerdict(run.scenario);
    const own = [...run.steps.filter((step) => !isBounce(step)), ...(run === main ? extra : [])];
    const visited = new Set(own.flatMap((step) => [step.from, step.to]));
    // A hop draws only the servers it spoke to: the forwarder's domain has no mailbox side to show.
    const nodes = graphNodes(run.scenario, own, verdict).filter(
      (n) => !run.hop || !isRecipientSide(n.id) || visited.has(n.id),
    );
    return { nodes, own, rename: renamer(run, branches[0]) };
  };
  return {
    steps,
    recipients,
    failed,
    branches,
    main,
    end,
    nodes: (extra) => {
      const all = runs.flatMap((run) => {
        const { nodes, rename } = picture(run, extra);
        const branch = run.scenario.mode === 'cross-domain' ? run.scenario.recipient.domain : null;
        return nodes.map((n) => ({ ...n, id: rename(n.id), ...(isRecipientSide(n.id) ? { branch } : {}) }));
      });
      return all.filter((n, i) => all.findIndex((m) => m.id === n.id) === i);
    },
    edges: (allSteps, nodes) => {
      const present = new Set(nodes.map((n) => n.id));
      const all = runs.flatMap((run) => {
        const { nodes: own, rename } = picture(run, []);
        return graphEdges(run.scenario, run.steps, own).map((e) => ({ ...e, from: rename(e.from), to: rename(e.to) }));
      });
      for (const step of allSteps) if (step.from !== step.to) all.push({ id: '', from: step.from, to: step.to });
      const edges = all
        .filter((e) => present.has(e.from) && present.has(e.to))
        .map((e): GraphEdge => {
          const tls = tlsOf(allSteps, e.from, e.to);
          return { id: `${e.from}->${e.to}`, from: e.from, to: e.to, ...(tls ? { tls } : {}) };
        });
      return edges.filter((e, i) => edges.findIndex((f) => f.id === e.id) === i);
    },
  };
}
