// The model's second public entry, for the Expert panel that loads after the first screen: the
// detailed plan (every protocol line, header field and mailbox state) and the raw message. Kept
// apart from index.ts so the first page load does not carry the protocol simulation.
import { annotate } from './protocol/annotate';
import { planJourney } from './plan/plan';
import type { Scenario } from './world/scenario';
import type { Plan } from './words/types';

export { rawMessage } from './mail/rfc5322';

export function planWithDetail(scenario: Scenario): Plan {
  return planJourney(scenario, annotate);
}
