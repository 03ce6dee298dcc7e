// Prediction questions asked before key steps (checkpoints=1): the learner guesses what happens next.
import type { Scenario } from './scenario';
import type { Step, Text } from './types';

export interface Checkpoint {
  /** Stable id, e.g. `next-server`; reported to the lesson page with the answer. */
  id: string;
  question: Text;
  choices: readonly Text[];
  correct: number;
  explanation: Text;
}

const q = (id: string, correct: number, count: number, params: Record<string, string> = {}): Checkpoint => ({
  id,
  question: { key: `checkpoint.${id}.q`, params },
  choices: Array.from({ length: count }, (_, i) => ({ key: `checkpoint.${id}.${i}`, params })),
  correct,
  explanation: { key: `checkpoint.${id}.why`, params },
});

/** The question to ask before a step, if that step is a good moment to predict. */
export function checkpointBefore(step: Pick<Step, 'id' | 'caption'>, s: Scenario): Checkpoint | null {
  const params = { recipient: s.recipient.name, domain: s.recipient.domain, sender: s.sender.name };
  switch (step.id) {
    case 'dns-mx':
      return q('next-server', 1, 4, params);
    case 'dns-host':
      return q('after-mx', 2, 3, params);
    case 'relay':
      if (step.caption.key === 'step.relay.rejected' && !s.recipient.hasMailbox)
        return q('unknown-user-code', 2, 4, params);
      return step.caption.key === 'step.relay.accepted' ? q('relay-port', 0, 4, params) : null;
    case 'store':
      return s.mode === 'same-domain' ? q('same-domain', 1, 3, params) : null;
    case 'login':
      return q('who-fetches', 0, 3, params);
    default:
      return null;
  }
}
