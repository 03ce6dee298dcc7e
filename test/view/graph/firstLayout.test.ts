// @vitest-environment node
// The first picture's layouts ship ahead of layout.ts (src/view/graph/firstLayout.ts, README Performance).
// They must be exactly what layoutGraph makes for the first picture (src/store/firstPlan.json). After a
// change to the layout or the first picture this test fails; outside CI it rewrites
// src/view/graph/firstLayout.json when run with `-u` (npx vitest run test/view/graph/firstLayout.test.ts -u).
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/model';
import FIRST from '../../../src/store/firstPlan.json';
import { compact, firstLayout, type FirstLayouts } from '../../../src/view/graph/firstLayout';
import { layoutGraph, type Orientation } from '../../../src/view/graph/layout';

const PICTURE = FIRST.picture as unknown as Plan;
const ORIENTATIONS: Orientation[] = ['wide', 'tall'];

describe('the first picture’s layouts, worked out ahead of layout.ts', () => {
  it('are layoutGraph’s for the first picture (run with -u to write them again)', async () => {
    const ahead: FirstLayouts = {
      wide: compact(layoutGraph(PICTURE, 'cross-domain', 'wide'), PICTURE),
      tall: compact(layoutGraph(PICTURE, 'cross-domain', 'tall'), PICTURE),
    };
    await expect(`${JSON.stringify(ahead, null, 1)}\n`).toMatchFileSnapshot('../../../src/view/graph/firstLayout.json');
  });

  it.each(ORIENTATIONS)('give back the whole %s layout, every node, zone and edge where layoutGraph puts it', (o) => {
    const layout = firstLayout(PICTURE, o);
    expect(layout).toEqual(layoutGraph(PICTURE, 'cross-domain', o));
    expect(layout.nodes.map((n) => n.node)).toEqual(PICTURE.nodes);
    // The plan's own nodes, not copies: the picture's data is not shipped twice.
    expect(layout.nodes.every((n) => PICTURE.nodes.includes(n.node))).toBe(true);
    expect(firstLayout(PICTURE, o)).toBe(layout);
  });
});
