// <email-journey> across removals: a removal pauses, the drawing is released after KEEP_VIEW_MS,
// and the journey (message, step) comes back with the element whenever it is added again.
import { afterEach, expect, it, vi } from 'vitest';

/** As every other wait in the suite (test/setup-dom.ts): a state, given time on a busy machine. */
const UNTIL = { timeout: 10_000 };
import '../../src/embed/element';
// The app fetches these when idle after its first screen; loaded here, that is never after the test.
import '../../src/view/CheckpointCard';
import '../../src/view/details/Details';
import '../../src/view/EmbedDialog';
import '../../src/view/ShortcutsDialog';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

it('a removed element is released after 30 seconds, and added back it goes on at the same step', async () => {
  const element = document.createElement('email-journey');
  element.setAttribute('step', '3');
  element.setAttribute('subject', 'Kept across removals');
  document.body.append(element);
  await vi.waitFor(
    () => expect(element.shadowRoot?.querySelector('[data-node="sender-client"]')).not.toBeNull(),
    UNTIL,
  );
  expect(element.journey?.getState()).toMatchObject({ cursor: 2, status: 'paused' });

  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  element.remove();
  vi.advanceTimersByTime(29_999);
  expect(element.shadowRoot?.querySelector('[data-node]')).not.toBeNull();
  vi.advanceTimersByTime(1);
  expect(element.shadowRoot?.querySelector('[data-node]')).toBeNull();
  vi.useRealTimers();

  element.send();
  element.step();
  document.body.append(element);
  await vi.waitFor(
    () => expect(element.shadowRoot?.querySelector('[data-node="sender-client"]')).not.toBeNull(),
    UNTIL,
  );
  // Commands called while it was away run once it is back, from where it was.
  await vi.waitFor(() => expect(element.journey?.getState()).toMatchObject({ cursor: 3, status: 'paused' }), UNTIL);
  expect(element.journey?.getState().message.subject).toBe('Kept across removals');
});
