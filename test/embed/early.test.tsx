// The early script's <email-journey>: defined before the module arrives, its methods never throw;
// what they are asked waits, in order, per element, and runs when the module hands over the cores.
import { afterEach, expect, it, vi } from 'vitest';
import type { ElementCore } from '../../src/embed/elementClass';

const UNTIL = { timeout: 10_000 };

/** A fresh copy of the class, as a separate script would have it (the module registry is reset). */
async function freshClass() {
  vi.resetModules();
  return (await import('../../src/embed/elementClass')).EmailJourneyElement;
}

/** A core that writes down what it is asked, in one list shared by all elements. */
function recordingCores(log: string[]) {
  return (element: HTMLElement): ElementCore => {
    const say = (what: string) => log.push(`${element.id} ${what}`);
    return {
      connected: () => say('connected'),
      disconnected: () => say('disconnected'),
      attributeChanged: (key) => say(`${key} changed`),
      command: say,
      set: (values) => {
        if (values.speed === 999) throw new TypeError('set() cannot use speed=999');
        say(`set ${JSON.stringify(values)}`);
      },
      journey: null,
    };
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

it('calls before the module arrives wait per element, in order; on arrival each element is connected first if on the page', async () => {
  const Early = await freshClass();
  customElements.define('early-journey', Early);
  const onPage = Object.assign(document.createElement('early-journey') as InstanceType<typeof Early>, { id: 'a' });
  const away = Object.assign(document.createElement('early-journey') as InstanceType<typeof Early>, { id: 'b' });
  const removed = Object.assign(document.createElement('early-journey') as InstanceType<typeof Early>, { id: 'c' });
  document.body.append(onPage, removed);
  removed.remove();
  const reported = vi.fn();
  vi.stubGlobal('reportError', reported);

  // All seven, before the module: none throws, nothing happens yet.
  onPage.set({ speed: 20 });
  onPage.send();
  away.play();
  onPage.pause();
  onPage.set({ speed: 999 });
  onPage.step();
  onPage.back();
  removed.send();
  onPage.reset();
  expect(onPage.journey).toBeNull();

  const log: string[] = [];
  Early.arrive(recordingCores(log));
  expect(log).toEqual([
    'a connected',
    'a set {"speed":20}',
    'a send',
    'a pause',
    'a step',
    'a back',
    'a reset',
    'b play',
    'c send',
  ]);
  // The invalid set() is reported as an uncaught TypeError would be; the calls after it still ran.
  expect(reported).toHaveBeenCalledOnce();
  expect(reported.mock.calls[0]![0]).toBeInstanceOf(TypeError);

  // From now on every call goes straight to the element's core, and new elements have one at once.
  log.length = 0;
  Early.arrive(() => {
    throw new Error('the cores are handed over once');
  });
  onPage.remove();
  away.send();
  const later = Object.assign(document.createElement('early-journey'), { id: 'd' });
  document.body.append(later);
  expect(log).toEqual(['a disconnected', 'b send', 'd connected']);
});

it('the module completes the early class: a journey called before it arrived plays; a removed one stays inert', async () => {
  const Early = await freshClass();
  customElements.define('email-journey', Early);
  await customElements.whenDefined('email-journey');
  const playing = document.createElement('email-journey');
  playing.setAttribute('pace', 'auto');
  const removed = document.createElement('email-journey');
  document.body.append(playing, removed);
  removed.remove();
  const starts: unknown[] = [];
  document.addEventListener('journeystart', (e) => starts.push((e.target as Element) === playing));

  playing.set({ speed: 20 });
  playing.send();
  removed.send();

  await import('../../src/embed/element');
  expect(customElements.get('email-journey')).toBe(Early);
  await vi.waitFor(() => expect(playing.journey?.getState()).toMatchObject({ speed: 20, status: 'playing' }), UNTIL);
  expect(playing.getAttribute('speed')).toBe('20');
  expect(starts).toEqual([true]);
  // Removed before the module arrived: no view, no journey, its send() waits for the page.
  expect(removed.journey).toBeNull();
  expect(removed.shadowRoot).toBeNull();
  document.body.append(removed);
  await vi.waitFor(() => expect(removed.journey?.getState().status).toBe('playing'), UNTIL);
});
