// Test helpers: build a scenario and plan from a few message fields.
import { DEFAULT_MESSAGE, type ComposedMessage, type PresetName, type Retrieval } from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';

export function scenarioFor(
  message: Partial<ComposedMessage> = {},
  preset: PresetName | null = null,
  retrieval: Retrieval = 'imap',
) {
  const scenario = buildScenario({ ...DEFAULT_MESSAGE, ...message }, retrieval, preset);
  if (!scenario) throw new Error(`invalid test message ${JSON.stringify(message)}`);
  return scenario;
}

export function planFor(
  message: Partial<ComposedMessage> = {},
  preset: PresetName | null = null,
  retrieval: Retrieval = 'imap',
) {
  return planWithDetail(scenarioFor(message, preset, retrieval));
}

/** The node each step makes active: where the message (or the question) arrives. */
export const activeSequence = (plan: ReturnType<typeof planWithDetail>) => plan.steps.map((s) => s.to);
