// Opening the standalone page from a link, as src/main.tsx does: the query read by the parser and
// the journey mounted with its notices and the page's shortcuts. The mount renders outside React's
// act(), as a page does, so tests wait for states; the pages a test opened are closed after it.
import { waitFor } from '@testing-library/react';
import { afterEach, expect, onTestFinished } from 'vitest';
import { configFromUrl } from '../../src/embed/config';
import { mountJourney, type MountedJourney } from '../../src/embed/mount';
import { mountsOutsideAct } from './outsideAct';

export interface OpenedLink extends MountedJourney {
  container: HTMLElement;
  /** Unmounts the journey and removes its container (also done after each test). */
  close(): void;
}

/** Call once in a file or describe block; returns how to open a link in its tests. */
export function linkPages(): (search: string) => Promise<OpenedLink> {
  mountsOutsideAct();
  const opened: OpenedLink[] = [];
  afterEach(() => {
    for (const page of opened.splice(0)) page.close();
  });
  return async (search) => {
    const { config, notices } = configFromUrl(search);
    const container = document.body.appendChild(document.createElement('div'));
    const mounted = mountJourney(container, config, { notices, pageShortcuts: true });
    let closed = false;
    const page: OpenedLink = {
      ...mounted,
      container,
      close() {
        if (closed) return;
        closed = true;
        mounted.unmount();
        container.remove();
      },
    };
    opened.push(page);
    // Opened where the link asks (its step, its language), with the picture drawn.
    await mounted.started;
    await waitFor(() => expect(container.querySelector('[data-node]')).not.toBeNull());
    return page;
  };
}

/**
 * A clipboard the page may write to, for the current test only (jsdom has none): what was written,
 * to read back as a page allowed to use the clipboard would.
 */
export function stubClipboard(): string[] {
  const written: string[] = [];
  const before = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  const clipboard: Pick<Clipboard, 'writeText'> = {
    writeText: (text) => Promise.resolve(void written.push(text)),
  };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  onTestFinished(() => {
    if (before) Object.defineProperty(navigator, 'clipboard', before);
    else Reflect.deleteProperty(navigator, 'clipboard');
  });
  return written;
}
