// The journey planner (src/model/planner.ts) is not part of the first page load: it is fetched as the
// first screen appears (README Performance). Until it is in, the default journey's picture (its
// plan's servers and lines, without the steps), worked out ahead in firstPlan.json and kept current
// by test/store/firstPlan.test.ts, draws the first screen. Any other journey's first paint waits for
// the planner, a local file that arrives within milliseconds (mount.tsx).
import type { Plan, Scenario } from '../model';
import FIRST from './firstPlan.json';
import { inputsKey, type PlanInputs } from './planInputs';

/** The planner's face: the world, the scenario in it, and the journey machine. */
export type PlannerFace = typeof import('../model/engine');

/** The JSON's shape is the planner's own output (the test compares them), not what TypeScript infers from it. */
const FIRST_PICTURE = FIRST as unknown as { key: string; picture: Plan };

let planner: PlannerFace | null = null;
let loading: Promise<void> | null = null;
const companions: (() => Promise<unknown>)[] = [];
/** Called when the planner is in, whichever fetch brought it (a first one may fail, a later succeed). */
const arrivals = new Set<() => void>();

/**
 * A part of the views a journey needs once it runs (the layout of a new plan, the folded form…),
 * fetched beside the planner: the planner counts as in only once they are too, so nothing that
 * waits for the planner (Send, a step link) ever draws without them. Registered at module load.
 */
export function plannerBrings(part: () => Promise<unknown>): void {
  companions.push(part);
}

/** Fetches the planner once; resolves when it is in. A failed fetch is tried again at the next call. */
export function loadPlanner(): Promise<void> {
  loading ??= Promise.all([import('../model/engine'), ...companions.map((part) => part())]).then(
    ([m]) => {
      planner = m;
      for (const arrived of [...arrivals]) arrived();
      arrivals.clear();
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export const plannerLoaded = (): boolean => planner !== null;

/** The plan, or null until the planner is in. */
export const planNow = (scenario: Scenario): Plan | null => (planner ? planner.planJourney(scenario) : null);

/** The planner's face once it is in (the world, scenarios, edits), else null. */
export const plannerFace = (): PlannerFace | null => planner;

/** Until the planner is in: the default journey's picture (a plan without steps), or null for any other. */
export const firstPicture = (inputs: PlanInputs): Plan | null =>
  !planner && inputsKey(inputs) === FIRST_PICTURE.key ? FIRST_PICTURE.picture : null;

/** Runs `arrived` once the planner is in, by whichever fetch; at once when it is already. */
export function onPlannerArrival(arrived: () => void): void {
  if (planner) arrived();
  else arrivals.add(arrived);
}

/**
 * One store's journey actions in the order they came: an action that needs the plan waits for the
 * planner, and every action after it waits behind it (Send then Pause ends paused, Send then
 * Reset ends idle), as if the plan had been there from the start.
 */
export function actionsInTurn() {
  let waiting = 0;
  return <A extends unknown[]>(action: (...args: A) => void, needsPlan: boolean) =>
    (...args: A) => {
      if (waiting === 0 && (!needsPlan || planner)) return action(...args);
      waiting++;
      afterPlanner(
        () => {
          waiting--;
          action(...args);
        },
        () => {
          waiting--;
          // The planner could not be fetched: what does not need it still happens, in turn.
          if (!needsPlan) action(...args);
        },
      );
    };
}

/** Runs `then` once the planner is in (at once when it is), or `failed` if it cannot be fetched. */
export function afterPlanner(then: () => void, failed: () => void = () => undefined): void {
  if (planner) then();
  else loadPlanner().then(then, failed);
}
