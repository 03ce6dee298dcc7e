// Issue 24 through <email-journey>: the `mission` attribute opens a mission (the panel marked
// data-mission in the shadow root), and a mission done bubbles out as `missioncomplete`.
import { afterEach, expect, it, vi } from 'vitest';
import '../../src/embed/element';

const UNTIL = { timeout: 10_000 };

afterEach(() => document.body.replaceChildren());

it('opens the mission named by its attribute and tells the page when it is done', async () => {
  const element = document.createElement('email-journey');
  // A share link made mid-way: the learner's world (the man in the middle) is kept with the mission.
  element.setAttribute('mission', 'eavesdrop');
  element.setAttribute('world', 'x_1');
  element.setAttribute('pace', 'auto');
  const done: unknown[] = [];
  document.addEventListener('missioncomplete', (e) => done.push((e as CustomEvent).detail));
  document.body.append(element);
  await vi.waitFor(() => expect(element.shadowRoot?.querySelector('[data-mission="eavesdrop"]')).not.toBeNull(), UNTIL);
  element.send();
  await vi.waitFor(() => expect(element.journey?.getState().status).toBe('playing'), UNTIL);
  const store = element.journey!;
  for (let i = 0; i < 10_000 && store.getState().status === 'playing'; i++) store.getState().actions.tick(1000);
  expect(store.getState()).toMatchObject({ status: 'finished', edits: [{ kind: 'mitm', value: true }] });
  await vi.waitFor(() => expect(done).toEqual([{ mission: 'eavesdrop', attempts: 1, hints: 0 }]), UNTIL);
});
