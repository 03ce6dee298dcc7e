// <email-journey> across removals: a removal pauses, the drawing is released at the next task,
// and the journey (message, step) comes back with the element whenever it is added again.
import { afterEach, expect, it, vi } from 'vitest';

/** As every other wait in the suite (test/setup-dom.ts): a state, given time on a busy machine. */
const UNTIL = { timeout: 10_000 };
import '../../src/embed/element';
import { encodeEdits } from '../../src/model';
// The app fetches these when idle after its first screen; loaded here, that is never after the test.
import '../../src/view/CheckpointCard';
import '../../src/view/details/Details';
import '../../src/view/EmbedDialog';
import '../../src/view/ShortcutsDialog';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

it('a removed element is released at the next task, inert while away, and added back it goes on at the same step', async () => {
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
  // Nothing of the view outlives the removal for longer than the task that removed it.
  expect(element.shadowRoot?.querySelector('[data-node]')).not.toBeNull();
  vi.advanceTimersByTime(0);
  expect(element.shadowRoot?.querySelector('[data-node]')).toBeNull();
  vi.useRealTimers();

  element.send();
  element.step();
  // Away from the page, commands only wait: nothing plays detached.
  expect(element.journey?.getState()).toMatchObject({ cursor: 2, status: 'paused' });
  document.body.append(element);
  await vi.waitFor(
    () => expect(element.shadowRoot?.querySelector('[data-node="sender-client"]')).not.toBeNull(),
    UNTIL,
  );
  // Commands called while it was away run once it is back, from where it was.
  await vi.waitFor(() => expect(element.journey?.getState()).toMatchObject({ cursor: 3, status: 'paused' }), UNTIL);
  expect(element.journey?.getState().message.subject).toBe('Kept across removals');
});

it('host settings change only what they name: the learner’s subject and world edits stay', async () => {
  const element = document.createElement('email-journey');
  document.body.append(element);
  await vi.waitFor(() => expect(element.journey?.getState().plan).not.toBeNull(), UNTIL);
  const store = element.journey!;
  store.getState().actions.setField('subject', 'Typed by the learner');
  store.getState().actions.editWorld({ kind: 'greylisting', host: 'mx1.example.org', value: true });
  const edits = store.getState().edits;

  element.setAttribute('theme', 'dark');
  element.set({ speed: 2, pace: 'auto' });
  await vi.waitFor(() => expect(store.getState()).toMatchObject({ theme: 'dark', speed: 2, pace: 'auto' }), UNTIL);
  expect(store.getState().message.subject).toBe('Typed by the learner');
  expect(store.getState().edits).toBe(edits);

  // A host that writes the learner's own world back into the attribute changes nothing, mid-journey too.
  element.send();
  element.step();
  await vi.waitFor(() => expect(store.getState().status).toBe('paused'), UNTIL);
  const { cursor } = store.getState();
  element.setAttribute('world', encodeEdits(store.getState().edits));
  element.setAttribute('speed', '3');
  await vi.waitFor(() => expect(store.getState().speed).toBe(3), UNTIL);
  expect(store.getState()).toMatchObject({ status: 'paused', cursor });
  expect(store.getState().edits).toEqual(edits);

  // The host's own subject is the host's to set.
  element.setAttribute('subject', 'From the lesson page');
  await vi.waitFor(() => expect(store.getState().message.subject).toBe('From the lesson page'), UNTIL);
  expect(store.getState().edits).toEqual(edits);
});
