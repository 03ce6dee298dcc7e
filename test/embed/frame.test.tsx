// The iframe page (embed.html) and its origin key, one frame per case: what the frame shows and warns,
// which page's commands it obeys, and to whom it posts. A real cross-site frame in Chromium checks
// one case of each kind (test/browser/hardening.e2e.ts); the other values take the same path here.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlaybackCommand } from '../../src/embed/commands';
import { mountsOutsideAct } from '../helpers/outsideAct';

const LESSON_SITE = 'http://localhost:4321';

// The frame mounts as a page does, outside React's act(): the test waits for states instead.
mountsOutsideAct();

interface Posted {
  message: { source: string; type: string };
  target: string;
}

/** A frame of embed.html opened with `query`, inside a parent page whose posts it records. */
async function openFrame(query: string) {
  vi.resetModules();
  window.history.replaceState(null, '', `/embed.html?${query}`);
  document.body.innerHTML = '<div id="root"></div>';
  const posted: Posted[] = [];
  const parent = {
    postMessage: (message: Posted['message'], target: string) => posted.push({ message, target }),
  } as unknown as Window;
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parent);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // The frame's message listener, taken off after the test: a frame of an earlier test must not
  // answer this test's commands (a module's listeners outlive its test here, unlike in a browser).
  const add = vi.spyOn(window, 'addEventListener');
  // Every command the frame takes from a page, as it takes it (before it waits its turn).
  const obeyed: string[] = [];
  vi.doMock('../../src/embed/control', async (original) => {
    const real = await original<typeof import('../../src/embed/control')>();
    return {
      ...real,
      controlJourney: (...args: Parameters<typeof real.controlJourney>) => {
        const control = real.controlJourney(...args);
        return { ...control, command: (name: PlaybackCommand) => (obeyed.push(name), control.command(name)) };
      },
    };
  });
  await import('../../src/embed/frame');
  for (const [type, listener] of add.mock.calls)
    if (type === 'message') leave.push(() => window.removeEventListener('message', listener));
  add.mockRestore();
  const root = () => document.querySelector<HTMLElement>('.ej');
  // Nodes open cards once the later tier is in: from then on a command runs as it arrives (control.ts).
  await waitFor(() => expect(root()?.querySelector('[data-node][data-card="true"]')).toBeTruthy());
  /** Posts a command as the parent page of `origin` would. */
  const command = (origin: string, name: string) =>
    window.dispatchEvent(
      new MessageEvent('message', { data: { source: 'email-journey', command: name }, origin, source: parent }),
    );
  const originWarnings = () => warn.mock.calls.filter(([text]) => String(text).startsWith('Email Journey: origin='));
  return { root, posted, obeyed, command, originWarnings };
}

const leave: (() => void)[] = [];

afterEach(() => {
  leave.splice(0).forEach((off) => off());
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('embed.html with an origin that is not one', () => {
  it.each(['foo', 'null', 'javascript:alert(1)', 'lessons.example.org'])(
    'origin=%s is reported once; the frame then neither obeys nor announces',
    async (origin) => {
      const frame = await openFrame(`speed=20&pace=auto&controls=full&origin=${encodeURIComponent(origin)}`);
      const notices = frame.root()?.querySelector('.ej-notices');
      expect([...(notices?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
        `origin=${origin} is not a valid value, so the default (none) is used. Use the origin of the lesson site, such as https://lessons.example.org. Until then this frame takes no commands and tells no page what happens.`,
      ]);
      expect(notices?.getAttribute('role')).toBe('status');
      expect(frame.originWarnings()).toHaveLength(1);
      // Not from the frame's own origin, nor from one that looks like the value.
      for (const from of [window.location.origin, LESSON_SITE, origin]) frame.command(from, 'send');
      expect(frame.obeyed).toEqual([]);
      expect(frame.root()?.getAttribute('data-status')).toBe('idle');
      expect(frame.posted).toEqual([]);
    },
  );
});

describe('embed.html with an origin', () => {
  it.each(['/', '/lessons/unit-3/email.html?x=1'])(
    'origin with "%s" after the host is cut to the origin: that page may steer and hear the frame',
    async (suffix) => {
      const frame = await openFrame(`speed=20&pace=auto&origin=${encodeURIComponent(LESSON_SITE + suffix)}`);
      expect(frame.posted.map((p) => [p.message.type, p.target])).toEqual([['ready', LESSON_SITE]]);
      // Another page (this frame's own site included) steers nothing; the lesson site does.
      frame.command(window.location.origin, 'send');
      expect(frame.obeyed).toEqual([]);
      frame.command(LESSON_SITE, 'send');
      expect(frame.obeyed).toEqual(['send']);
      await waitFor(() => expect(frame.root()?.getAttribute('data-status')).not.toBe('idle'));
      expect(frame.posted.map((p) => p.message.type)).toContain('journeystart');
      expect(frame.posted.every((p) => p.target === LESSON_SITE)).toBe(true);
      expect(frame.root()?.querySelector('.ej-notices')).toBeNull();
      expect(frame.originWarnings()).toEqual([]);
      // Back to idle, so this frame posts nothing during the next test.
      frame.command(LESSON_SITE, 'reset');
      await waitFor(() => expect(frame.root()?.getAttribute('data-status')).toBe('idle'));
    },
  );

  it.each([
    ['', ''],
    [' (empty)', '&origin='],
  ])(
    'without an origin%s, the frame talks only to its own origin (a page of another site learns nothing)',
    async (_, query) => {
      const frame = await openFrame(`speed=20&pace=auto&controls=full${query}`);
      frame.command(LESSON_SITE, 'send');
      expect(frame.obeyed).toEqual([]);
      expect(frame.root()?.getAttribute('data-status')).toBe('idle');
      expect(frame.posted.map((p) => [p.message.type, p.target])).toEqual([['ready', window.location.origin]]);
      expect(frame.root()?.querySelector('.ej-notices')).toBeNull();
      expect(frame.originWarnings()).toEqual([]);
    },
  );
});
