// Prediction questions asked before key steps (checkpoints=1): the learner guesses what happens next.
// Which step asks which question is said by the step records in phases.ts.
import type { Scenario } from './scenario';
import type { Checkpoint } from './vocabulary';

export type { Checkpoint } from './vocabulary';

/** The questions: their id, the index of the right choice, and how many choices there are. */
const QUESTIONS = {
  'next-server': [1, 4],
  'after-mx': [2, 3],
  'unknown-user-code': [2, 4],
  'relay-port': [0, 4],
  'same-domain': [1, 3],
  'who-fetches': [0, 3],
} as const satisfies Record<string, readonly [number, number]>;

export type CheckpointId = keyof typeof QUESTIONS;

export function checkpoint(id: CheckpointId, s: Scenario): Checkpoint {
  const params = { recipient: s.recipient.name, domain: s.recipient.domain, sender: s.sender.name };
  const [correct, count] = QUESTIONS[id];
  return {
    id,
    question: { key: `checkpoint.${id}.q`, params },
    choices: Array.from({ length: count }, (_, i) => ({ key: `checkpoint.${id}.${i}`, params })),
    correct,
    explanation: { key: `checkpoint.${id}.why`, params },
  };
}
