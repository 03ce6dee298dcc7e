// Renders the app around a fresh store, as the standalone page does.
import { render, waitFor } from '@testing-library/react';
import type { JourneyInit } from '../../src/store/journeyStore';
import { App } from '../../src/view/App';
import { toQueryString } from '../../src/embed/config';
import { HostProvider } from '../../src/view/HostContext';
import { StoreProvider } from '../../src/view/StoreContext';
import { journeyStore } from '../helpers/journey';
import { expect } from 'vitest';

export function renderApp(init: Partial<JourneyInit> = {}) {
  return renderStore(journeyStore(init));
}

/** Renders the app around a given store (a test may set its state first). */
export function renderStore(store: ReturnType<typeof journeyStore>) {
  const view = render(
    <StoreProvider store={store}>
      <HostProvider value={{ shareQuery: toQueryString }}>
        <App />
      </HostProvider>
    </StoreProvider>,
  );
  return { store, ...view };
}

/** The graph's first picture is drawn in the first animation frame after the page is mounted. */
export async function pictureDrawn(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.querySelector('[data-node]')).not.toBeNull());
}
