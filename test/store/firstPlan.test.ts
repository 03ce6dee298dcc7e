// The default journey's picture (its plan without the steps) ships ahead of the planner (src/store/planner.ts, README Performance).
// It must be exactly what the planner makes for the journey a page without configuration starts
// with. After a change to the model or the default message, this test fails; outside CI it rewrites
// src/store/firstPlan.json when run with `-u` (npx vitest run test/store/firstPlan.test.ts -u).
import { configFromUrl } from '../../src/embed/config';
import { initFromConfig } from '../../src/embed/init';
import { loadLanguage } from '../../src/i18n';
import { buildScenario } from '../../src/model/engine';
import { planJourney } from '../../src/model/engine';
import { createJourneyStore } from '../../src/store/journeyStore';
import FIRST from '../../src/store/firstPlan.json';
import { inputsKey, type PlanInputs } from '../../src/store/planInputs';

const inputsOf = ({ message, retrieval, preset, edits, setup }: PlanInputs): PlanInputs => ({
  message,
  retrieval,
  preset,
  edits,
  setup,
});

/** The store of a page opened without any configuration, in English. */
function defaultStore() {
  return createJourneyStore(initFromConfig(configFromUrl('').config, ['en']));
}

describe('the first picture, drawn before the planner is in', () => {
  it('is the planner’s plan for the default journey (run with -u to write it again)', async () => {
    const inputs = inputsOf(defaultStore().getState());
    const scenario = buildScenario(inputs.message, inputs.retrieval, inputs.preset, inputs.edits, inputs.setup);
    expect(scenario).not.toBeNull();
    const expected = { key: inputsKey(inputs), picture: { ...planJourney(scenario!), steps: [] } };
    await expect(`${JSON.stringify(expected, null, 1)}\n`).toMatchFileSnapshot('../../src/store/firstPlan.json');
  });

  it('is the picture of the plan a store without configuration starts with', () => {
    const state = defaultStore().getState();
    expect(inputsKey(inputsOf(state))).toBe(FIRST.key);
    expect({ ...state.plan, steps: [] }).toEqual(FIRST.picture);
    expect(state.plan?.steps).toHaveLength(18);
  });

  it('is not used for any other journey: a preset, the other mode, or another language', async () => {
    await loadLanguage('de');
    for (const query of ['scenario=spam', 'mode=same-domain', 'lang=de', 'retrieval=pop3', 'to=carol@example.org']) {
      const { config } = configFromUrl(query);
      const state = createJourneyStore(initFromConfig(config, ['en'])).getState();
      expect(inputsKey(inputsOf(state)), query).not.toBe(FIRST.key);
    }
  });
});
