// The planner's public face: the world, the scenario a message makes in it, and the journey machine
// run for that scenario. A face of its own so that it loads right after the first screen (README
// Performance): until then the store knows the message (composed.ts, through index.ts) and draws
// the default journey's first picture, worked out ahead (src/store/firstPlan.json).
export { plan, planJourney } from './plan';
export { buildScenario, worldFor } from './scenario';
export { withEdit } from './edits';
export { hasCard } from './cardNodes';
export { applyEdits } from './edits';
export { DEFAULT_WORLD } from './world';
