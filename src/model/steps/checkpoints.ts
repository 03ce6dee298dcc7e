// Prediction questions asked before key steps (checkpoints=1): the learner guesses what happens next,
// or why and who. Which step asks which question is said by the step records in phases.ts.
import type { Scenario } from '../world/scenario';
import type { Checkpoint } from '../words/vocabulary';

export type { Checkpoint } from '../words/vocabulary';

/** The questions: the index of the right choice, and how many choices there are. */
const QUESTIONS = {
  'next-server': [1, 4],
  'after-mx': [2, 3],
  'no-mailbox': [1, 4],
  'no-login': [2, 4],
  'forged-sender': [1, 4],
  'final-dot': [1, 4],
  'same-domain': [1, 3],
  'who-fetches': [0, 3],
  'who-bounces': [1, 4],
} as const satisfies Record<string, readonly [number, number]>;

export type CheckpointId = keyof typeof QUESTIONS;

export const CHECKPOINT_IDS = Object.keys(QUESTIONS) as readonly CheckpointId[];

/**
 * A question in the scenario's names. Each choice has its own feedback (`checkpoint.<id>.<i>.why`);
 * the right one's is the explanation, so a learner who guessed wrong learns why that guess was wrong.
 */
export function checkpoint(id: CheckpointId, s: Scenario): Checkpoint {
  const params = { recipient: s.recipient.name, domain: s.recipient.domain, sender: s.sender.name };
  const [correct, count] = QUESTIONS[id];
  const indices = Array.from({ length: count }, (_, i) => i);
  return {
    id,
    question: { key: `checkpoint.${id}.q`, params },
    choices: indices.map((i) => ({ key: `checkpoint.${id}.${i}`, params })),
    correct,
    explanation: { key: `checkpoint.${id}.why`, params },
    feedback: indices.map((i) => ({
      key: i === correct ? `checkpoint.${id}.why` : `checkpoint.${id}.${i}.why`,
      params,
    })),
  };
}
