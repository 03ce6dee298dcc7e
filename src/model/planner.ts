// The planner's public face: the journey machine run for a scenario. A face of its own so that it
// loads right after the first screen (README Performance); the store draws the first picture of the
// default journey from its plan worked out at build time (scripts/firstPlan.ts) until then.
export { plan, planJourney } from './plan';
