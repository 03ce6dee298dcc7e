// The detailed plan: the same journey with every protocol line, header field and mailbox state.
// Kept apart from plan.ts so the first page load does not carry the protocol simulation.
import { annotate } from './annotate';
import { planJourney } from './plan';
import type { Scenario } from './scenario';
import type { Plan } from './types';

export function planWithDetail(scenario: Scenario): Plan {
  return planJourney(scenario, annotate);
}
