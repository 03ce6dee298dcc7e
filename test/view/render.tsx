// Renders the app around a fresh store, as the standalone page does once its later tier is in.
import { render, waitFor } from '@testing-library/react';
import type { JourneyInit } from '../../src/store/journeyStore';
import { App } from '../../src/view/App';
import { toQueryString } from '../../src/embed/config';
import * as tier from '../../src/embed/later';
import { HostProvider } from '../../src/view/HostContext';
import { lazyPart, LaterProvider, type Later, type LazyPart } from '../../src/view/LaterContext';
import { StoreProvider } from '../../src/view/StoreContext';
import { journeyStore } from '../helpers/journey';
import { expect } from 'vitest';

/** The later tier, already in (the mount fetches it right after the first paint). */
export const LATER_IN: LazyPart<Later> = lazyPart(() => Promise.resolve(tier));
await LATER_IN.load();

export function renderApp(init: Partial<JourneyInit> = {}) {
  return renderStore(journeyStore(init));
}

/** Renders the app around a given store (a test may set its state first), with the later tier in or as given. */
export function renderStore(store: ReturnType<typeof journeyStore>, later: LazyPart<Later> = LATER_IN) {
  const view = render(
    <StoreProvider store={store}>
      <HostProvider value={{ shareQuery: toQueryString }}>
        <LaterProvider part={later}>
          <App />
        </LaterProvider>
      </HostProvider>
    </StoreProvider>,
  );
  return { store, ...view };
}

/** The graph's first picture is drawn in the first animation frame after the page is mounted. */
export async function pictureDrawn(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.querySelector('[data-node]')).not.toBeNull());
}
