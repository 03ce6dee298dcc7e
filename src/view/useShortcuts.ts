// The keyboard shortcuts (shortcuts.ts), listened for once their code is in: it is fetched as the
// first screen appears, so the first load carries none of it.
import { useEffect, type RefObject } from 'react';
import type { JourneyStore } from '../store/journeyStore';

export function useShortcuts(
  root: RefObject<HTMLElement | null>,
  store: JourneyStore,
  openHelp: () => void,
  /** Also act when nothing in particular has focus (the standalone page, not an embed). */
  pageWide = true,
): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    void import('./shortcuts').then((m) => {
      if (live) stop = m.listenForShortcuts(root, store, openHelp, pageWide);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [root, store, openHelp, pageWide]);
}
