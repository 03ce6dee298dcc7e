// The first picture is drawn from the layouts worked out ahead (firstLayout.json) while layout.ts is
// not in; any other plan waits for layout.ts, and the picture drawn last stays meanwhile.
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/model';
import FIRST_PLAN from '../../../src/store/firstPlan.json';
import FIRST from '../../../src/view/graph/firstLayout.json';
import type { FirstLayouts } from '../../../src/view/graph/firstLayout';
import { journeyStore } from '../../helpers/journey';
import { pictureDrawn, renderStore } from '../render';

/** layout.ts (and morph.ts) held back for good: the fetch never settles, so the graph never has them. */
const held = vi.hoisted(() => ({ asked: 0 }));
vi.mock('../../../src/view/graph/layoutLoader', () => ({
  loadLayout: () => {
    held.asked++;
    return new Promise(() => undefined);
  },
  layoutNow: () => null,
  morphNow: () => null,
}));

/**
 * The first screen as a page sees it before the planner is in: the default journey with its first
 * picture and no plan (tests load the planner in their setup, so the store is put in that state).
 */
function renderFirstScreen() {
  const store = journeyStore();
  store.setState({ plan: null, picture: FIRST_PLAN.picture as unknown as Plan });
  return renderStore(store);
}

const WIDE = (FIRST as unknown as FirstLayouts).wide;
const placeOf = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-node="${id}"]`)?.getAttribute('transform') ?? null;

describe('the first picture without layout.ts', () => {
  it('draws every node of the first picture where the layout worked out ahead puts it', async () => {
    const { container } = renderFirstScreen();
    await pictureDrawn(container);
    expect(container.querySelectorAll('[data-node]')).toHaveLength(WIDE.nodes.length);
    for (const [id, x, y] of WIDE.nodes) expect(placeOf(container, id)).toBe(`translate(${x},${y})`);
    expect(container.querySelectorAll('[data-edge]').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('[data-zone]')).toHaveLength(WIDE.zones.length);
    expect(container.querySelector('[data-zone="internet"]')).toHaveTextContent('The Internet');
  });

  it('another journey waits for layout.ts: the picture drawn last stays, and it is asked for', async () => {
    const { container, store } = renderFirstScreen();
    await pictureDrawn(container);
    const asked = held.asked;
    act(() => store.getState().actions.setPreset('null-mx'));
    // The planner is in (tests load it first), so the preset has its plan at once; its layout waits.
    await waitFor(() => expect(store.getState().plan?.recipientVerdict).toBeTruthy());
    await waitFor(() => expect(held.asked).toBeGreaterThan(asked));
    expect(container.querySelector('[data-verdict]')).toBeNull();
    for (const [id, x, y] of WIDE.nodes) expect(placeOf(container, id)).toBe(`translate(${x},${y})`);
  });
});
