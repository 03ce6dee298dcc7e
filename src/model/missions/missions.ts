// THE MISSIONS: one record each. A mission opens in a world (a preset and edits on top, which the
// learner then changes from the cards), and its goal is judged here, from the finished journey's plan,
// never by a view. Words are the catalogue's `mission.<id>.*` (title, goal, hints, explanation).
import type { PresetName } from '../world/presets';
import type { WorldEdit } from '../world/edits';
import {
  arcOverridden,
  dmarcPolicy,
  drawn,
  forgedAsAlice,
  forwarded,
  fromLookalike,
  inInbox,
  readOnTheWire,
  refusedAtMx,
  refusedWithoutTls,
  reported,
  verdictAtMx,
  type MissionRun,
} from './goals';
import type { MissionId } from './ids';

export interface Mission {
  id: MissionId;
  /** The world it opens in: a preset (with its recipient) and edits on top. */
  start: { preset: PresetName | null; edits: readonly WorldEdit[] };
  /** How many hints it has, shown one at a time in order (`mission.<id>.hint.<n>`, 1-based). */
  hints: number;
  /** A question the learner answers after watching (`mission.<id>.choice.<n>`): how many choices, the right one (0-based). */
  question?: { choices: number; correct: number };
  /** Whether a finished journey (and the answer, if asked) reaches the goal. */
  goal: (run: MissionRun) => boolean;
}

const EXAMPLE_COM = 'example.com';

export const MISSIONS: readonly Mission[] = [
  {
    // The forgery reaches the inbox only while example.com publishes no DMARC policy, or p=none.
    id: 'forge',
    start: { preset: 'dmarc-reject', edits: [] },
    hints: 3,
    goal: (run) => forgedAsAlice(run) && inInbox(run.plan),
  },
  {
    // The same forgery, refused after DATA with 550 5.7.1 because example.com now says p=reject, and
    // the aggregate report that tells example.com about it travels to its rua address.
    id: 'stop-the-spoof',
    start: { preset: 'spoof-no-dmarc', edits: [] },
    hints: 3,
    goal: (run) =>
      forgedAsAlice(run) &&
      run.plan.outcome === 'rejected' &&
      verdictAtMx(run.plan, 'dmarc')?.pass === false &&
      refusedAtMx(run.plan, 550) &&
      dmarcPolicy(run.scenario, EXAMPLE_COM) === 'reject' &&
      reported(run.plan),
  },
  {
    // examp1e.com passes SPF, DKIM and DMARC for itself: the learner sees it delivered and says why.
    id: 'lookalike',
    start: { preset: 'lookalike', edits: [] },
    hints: 3,
    question: { choices: 3, correct: 0 },
    goal: (run) => fromLookalike(run) && inInbox(run.plan) && verdictAtMx(run.plan, 'dmarc')?.pass === true,
  },
  {
    // A man in the middle deletes STARTTLS from the MX's answer: the relay sends in plaintext.
    id: 'eavesdrop',
    start: { preset: null, edits: [] },
    hints: 3,
    goal: ({ plan }) => readOnTheWire(plan),
  },
  {
    // The man in the middle stays; MTA-STS enforce or DANE (with DNSSEC) makes the sender queue instead.
    id: 'stop-the-downgrade',
    start: { preset: 'starttls-stripped', edits: [] },
    hints: 3,
    goal: ({ plan }) => drawn(plan, 'mitm') && !readOnTheWire(plan) && refusedWithoutTls(plan),
  },
  {
    // example.com signs nothing and says p=reject; a forwarder's SRS makes SPF speak for it, not for
    // example.com, so Bob's MX refuses Alice's own mail. Two fixes keep p=reject: signing (DKIM survives
    // forwarding, DMARC passes), or Bob's MX trusting the forwarder's ARC seal (DMARC still fails; the
    // sealed results let local policy deliver it).
    id: 'forwarding-breaks',
    start: {
      preset: 'forwarded',
      edits: [
        { kind: 'dkim-signing', domain: EXAMPLE_COM, value: 'unsigned' },
        { kind: 'dmarc', domain: EXAMPLE_COM, value: 'reject' },
      ],
    },
    hints: 3,
    goal: ({ plan, scenario }) =>
      forwarded(plan) &&
      plan.outcome === 'delivered' &&
      (verdictAtMx(plan, 'dmarc')?.pass === true || arcOverridden(plan)) &&
      dmarcPolicy(scenario, EXAMPLE_COM) === 'reject',
  },
];

export function missionFor(id: string): Mission | null {
  return MISSIONS.find((m) => m.id === id) ?? null;
}

/** Whether this finished journey, and the learner's answer, reach the mission's goal. */
export function missionGoalMet(id: string, run: MissionRun): boolean {
  const mission = missionFor(id);
  if (!mission) return false;
  const answered = !mission.question || run.answer === mission.question.correct;
  return answered && mission.goal(run);
}
