// The one place where what needs the journey engine waits for it. The engine (src/model/engine.ts)
// comes with the later tier, fetched by the mount right after the first paint and handed to each
// store (its engineArrived action). Until then the default journey is drawn from its first picture,
// worked out at build time (virtual:first-picture), and any action that needs the engine waits here,
// in turn with the actions after it, as if the engine had been there from the start.
import FIRST from 'virtual:first-picture';
import type { NodeId, Plan, Scenario } from '../model';
import { inputsKey, type PlanInputs } from './planInputs';

/** The engine's face: the world, the scenario in it, the journey machine, the edits and cards. */
export type EngineFace = typeof import('../model/engine');

/** The engine as handed in: its face, and the Expert detail planner it can fetch on demand. */
export interface Engine extends EngineFace {
  loadDetail(): Promise<(scenario: Scenario) => Plan>;
}

let onPage: Engine | null = null;

/** The engine once any store on the page was handed it (or a test's setup did), else null. */
export const engineNow = (): Engine | null => onPage;

/** Records the engine for the page: every store made from now on starts with it. */
export function engineIsIn(engine: Engine): void {
  onPage ??= engine;
}

/** Until the engine is in: the default journey's picture (a plan without steps), or null for any other. */
export const firstPicture = (inputs: PlanInputs): Plan | null =>
  !onPage && inputsKey(inputs) === FIRST.key ? FIRST.picture : null;

/** Whether the first picture's node opens a card (its button works before the engine is in). */
export const firstPictureCard = (node: NodeId): boolean => FIRST.cards.includes(node);

/**
 * One store's queue. `run(action, needsEngine)` wraps an action: it runs at once when nothing waits
 * and it does not need the engine (or the engine is in); otherwise it waits its turn, and the engine
 * is asked for. `arrived()` runs what waited, in order; `failed()` (the fetch failed) runs what does
 * not need the engine and drops the rest, which the learner can press again (the next need asks again).
 */
export function engineQueue(ask: () => Promise<unknown>) {
  const waiting: { run: () => void; needsEngine: boolean }[] = [];
  let asking = false;
  const request = () => {
    if (asking) return;
    asking = true;
    ask().then(
      () => {
        asking = false;
      },
      () => {
        asking = false;
        failed();
      },
    );
  };
  function failed() {
    for (const { run, needsEngine } of waiting.splice(0)) if (!needsEngine) run();
  }
  return {
    run:
      <A extends unknown[]>(action: (...args: A) => void, needsEngine: boolean) =>
      (...args: A) => {
        if (waiting.length === 0 && (!needsEngine || onPage)) return action(...args);
        waiting.push({ run: () => action(...args), needsEngine });
        if (!onPage) request();
      },
    arrived() {
      for (const { run } of waiting.splice(0)) run();
    },
  };
}
