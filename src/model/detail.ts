// The model's second public entry, for the Expert panel that loads after the first screen: the
// detailed plan (every protocol line, header field and mailbox state) and the raw message. Kept
// apart from index.ts so the first page load does not carry the protocol simulation.
import { annotate } from './annotate';
import { planJourney } from './plan';
import type { Scenario } from './scenario';
import type { Plan } from './types';

export { rawMessage } from './message';

export function planWithDetail(scenario: Scenario): Plan {
  return planJourney(scenario, annotate);
}
