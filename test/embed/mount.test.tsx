// Mounting from a link: the language arrives before the journey starts, so nothing is left in English.
import { waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { configFromUrl } from '../../src/embed/config';
import { mountJourney } from '../../src/embed/mount';
import { mountsOutsideAct } from '../helpers/outsideAct';

// mountJourney renders as a page does, outside React's act(): the test waits for states instead.
mountsOutsideAct();

it('a link with a language and a step opens at that step, with the sample message in that language', async () => {
  const { config } = configFromUrl('?lang=de&step=3');
  const container = document.body.appendChild(document.createElement('div'));
  const { store, unmount } = mountJourney(container, config);
  await waitFor(() => expect(store.getState().cursor).toBe(2));
  expect(store.getState()).toMatchObject({ status: 'paused', lang: 'de' });
  expect(store.getState().message.subject).toBe('Mittagessen am Freitag?');
  await waitFor(() => expect(container.querySelector('[data-node][data-active="true"]')).not.toBeNull());
  // The German captions are on screen, so nothing is left loading when the file ends.
  await waitFor(() => expect(container.querySelector('.ej-caption')?.textContent).toMatch(/\S/));
  unmount();
  container.remove();
});
