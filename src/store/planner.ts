// The journey planner (src/model/planner.ts) is not part of the first page load: it is fetched as the
// first screen appears (README Performance). Until it is in, the default journey's plan, worked out
// ahead (firstPlan.json, kept current by test/store/firstPlan.test.ts), draws the first picture; any other journey waits for the
// planner, a local file that arrives within milliseconds (mount.tsx holds the first paint for it).
import type { Plan, Scenario } from '../model';
import FIRST from './firstPlan.json';
import { inputsKey, type PlanInputs } from './planInputs';

type Planner = (scenario: Scenario) => Plan;

/** The JSON's shape is the planner's own output (the test compares them), not what TypeScript infers from it. */
const FIRST_PLAN = FIRST as unknown as { key: string; plan: Plan };

let planner: Planner | null = null;
let loading: Promise<void> | null = null;

/** Fetches the planner once; resolves when it is in. */
export function loadPlanner(): Promise<void> {
  loading ??= import('../model/planner').then((m) => {
    planner = m.planJourney;
  });
  return loading;
}

export const plannerLoaded = (): boolean => planner !== null;

/** The plan now: the planner's, the build-time plan for the default journey, or null until the planner is in. */
export function planNow(scenario: Scenario, inputs: PlanInputs): Plan | null {
  if (planner) return planner(scenario);
  return inputsKey(inputs) === FIRST_PLAN.key ? FIRST_PLAN.plan : null;
}
