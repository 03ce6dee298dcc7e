// The engine's face: the world, the scenario a message makes in it, the journey machine run for that
// scenario, the edits and the cards that make them, and the reader of the `world` key. Comes with the
// later tier (src/embed/later.ts), right after the first screen.
export { plan, planJourney } from './plan/plan';
export { buildScenario, worldFor } from './world/scenario';
export { applyEdits, withEdit } from './world/edits';
export { hasCard } from './world/cardNodes';
export { DEFAULT_WORLD } from './world/world';
export type { Card, CardChoice, CardControl } from './world/cards';
export { cardFor, describeEdit, editFor } from './world/cards';
export { decodeEdits } from './world/editCodec';
// Issue 24: the missions (their worlds and goals), judged from a finished journey's plan.
export type { Mission } from './missions/missions';
export type { MissionRun } from './missions/goals';
export { MISSIONS, missionFor, missionGoalMet } from './missions/missions';
