// A step's short name for the timeline and the details heading: with several recipients, the steps
// of each one's mailbox say whose ("File in Carol's mailbox"), so two branches never read the same.
import type { Step, Text } from '../model';

export const stepLabel = (step: Step): Text =>
  step.whose ? { key: `label.${step.id}.of`, params: { name: step.whose } } : { key: `label.${step.id}` };
