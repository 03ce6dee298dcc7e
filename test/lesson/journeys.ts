// The caption sweep's journeys now live in the one catalogue (test/journeys.ts); this path stays only
// while beginner.test.ts imports it from here.
export { everyJourney, type NamedPlan } from '../journeys';
