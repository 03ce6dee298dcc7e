// The first screen before the later tier is in: the default journey is drawn from its first picture,
// worked out at build time (virtual:first-picture), its nodes are buttons from the first paint, and a
// card pressed then shows that it is loading and opens as soon as the tier arrives.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import FIRST from 'virtual:first-picture';
import { describe, expect, it } from 'vitest';
import { lazyPart, type Later } from '../../../src/view/LaterContext';
import { firstLayout } from '../../../src/view/graph/firstLayout';
import { layoutGraph } from '../../../src/view/graph/layout';
import { journeyStore } from '../../helpers/journey';
import { LATER_IN, pictureDrawn, renderStore } from '../render';

/**
 * The first screen as a page sees it before the tier is in: the default journey with its first
 * picture and no plan (tests hand the engine over in their setup, so the store is put in that state),
 * and a tier that arrives only when the test lets it.
 */
function renderFirstScreen() {
  const store = journeyStore();
  store.setState({ plan: null, scenario: null, world: null, picture: FIRST.picture });
  let arrive!: () => void;
  const gate = new Promise<void>((resolve) => (arrive = resolve));
  let asked = 0;
  const tier = lazyPart<Later>(() => {
    asked++;
    // As the mount does: the engine goes to the store, the rest to the views.
    return gate.then(() => {
      store.getState().actions.engineArrived(LATER_IN.now()!.engine);
      return LATER_IN.now()!;
    });
  });
  const view = renderStore(store, tier);
  return { ...view, asked: () => asked, arrive: () => act(async () => arrive()) };
}

const placeOf = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-node="${id}"]`)?.getAttribute('transform') ?? null;

describe('the first picture, before the later tier is in', () => {
  it.each(['wide', 'tall'] as const)('is %s laid out at build time exactly as layout.ts lays it out', (o) => {
    expect(firstLayout(FIRST.picture, o)).toEqual(layoutGraph(FIRST.picture, 'cross-domain', o));
  });

  it('draws every node where the build put it, and the nodes that open cards are buttons at once', async () => {
    const { container } = renderFirstScreen();
    await pictureDrawn(container);
    for (const [id, x, y] of FIRST.layouts.wide.nodes) expect(placeOf(container, id)).toBe(`translate(${x},${y})`);
    expect(container.querySelector('[data-zone="internet"]')).toHaveTextContent('The Internet');
    const mx = container.querySelector<SVGElement>('[data-node="recipient-mx"] .ej-halo')!;
    expect(mx).toHaveAttribute('role', 'button');
    expect(mx).toHaveAttribute('tabindex', '0');
    expect(mx.getAttribute('aria-label')).toMatch(/\S/);
    expect(FIRST.cards).toContain('recipient-mx');
  });

  it('a card pressed early says it is loading, asks for the tier, and opens when the tier arrives', async () => {
    const { container, asked, arrive } = renderFirstScreen();
    await pictureDrawn(container);
    fireEvent.keyDown(container.querySelector('[data-node="recipient-mx"] .ej-halo')!, { key: 'Enter' });
    expect((await screen.findByText('Loading…')).closest('[role="status"]')).not.toBeNull();
    expect(asked()).toBeGreaterThan(0);
    await arrive();
    await waitFor(() => expect(container.querySelector('[data-card="recipient-mx"]')).not.toBeNull());
  });
});
