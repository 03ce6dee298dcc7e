// Renders the app around a fresh store, as the standalone page does.
import { render } from '@testing-library/react';
import { DEFAULT_MESSAGE } from '../../src/model';
import { createJourneyStore, type JourneyInit } from '../../src/store/journeyStore';
import { App } from '../../src/view/App';
import { StoreProvider } from '../../src/view/StoreContext';

export function renderApp(init: Partial<JourneyInit> = {}) {
  const store = createJourneyStore({ message: DEFAULT_MESSAGE, retrieval: 'imap', preset: null, speed: 1, ...init });
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, ...view };
}
