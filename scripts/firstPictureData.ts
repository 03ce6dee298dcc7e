// What the default journey's first picture is, worked out from the model and the layout themselves:
// run at build time (scripts/firstPicture.ts), never committed. A page opened without configuration
// draws this before the later tier (the engine, layout.ts) is in.
import { configFromUrl } from '../src/embed/config';
import { initFromConfig } from '../src/embed/init';
import { buildScenario, hasCard, planJourney } from '../src/model/engine';
import type { NodeId, Plan } from '../src/model';
import { inputsKey } from '../src/store/planInputs';
import { compact, type FirstLayouts } from '../src/view/graph/compactLayout';
import { layoutGraph } from '../src/view/graph/layout';

export interface FirstPicture {
  /** The inputs it was planned from (planInputs.ts): a store compares its own with them. */
  key: string;
  /** The plan without its steps: servers, lines and zones. */
  picture: Plan;
  /** The nodes that open a card: buttons from the first paint. */
  cards: NodeId[];
  layouts: FirstLayouts;
}

export function firstPictureOf(): FirstPicture {
  const { message, retrieval, preset, edits = [], setup } = initFromConfig(configFromUrl('').config, ['en']);
  const inputs = { message, retrieval, preset, edits, setup: setup! };
  const scenario = buildScenario(message, retrieval, preset, edits, inputs.setup);
  if (!scenario) throw new Error('The default journey has no scenario: the first picture cannot be built');
  const picture = { ...planJourney(scenario), steps: [] };
  return {
    key: inputsKey(inputs),
    picture,
    cards: picture.nodes.map((n) => n.id).filter((id) => hasCard(id, scenario, scenario.world)),
    layouts: {
      wide: compact(layoutGraph(picture, 'cross-domain', 'wide'), picture),
      tall: compact(layoutGraph(picture, 'cross-domain', 'tall'), picture),
    },
  };
}
