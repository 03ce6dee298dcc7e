// Keyboard shortcuts for playback: Space, arrows, Home/End and "?". Never while typing in a field,
// and never taking over keys a focused control needs (Space on a button, arrows in a radio group or tabs).
import { useEffect, type RefObject } from 'react';
import type { JourneyStore } from '../store/journeyStore';
import { LAST_STEP } from '../store/playbackSlice';

const TYPING =
  'input:not([type=radio]):not([type=checkbox]):not([type=button]), textarea, select, [contenteditable=""], [contenteditable="true"]';
const OWNS_ARROWS = 'input[type=radio], [role=tab], [role=slider], select';
const OWNS_SPACE = 'button, a, input, [role=button], [role=tab], summary';

export const SHORTCUT_KEYS = ['Space', 'ArrowRight', 'ArrowLeft', 'Home', 'End', '?'] as const;

export function useShortcuts(
  root: RefObject<HTMLElement | null>,
  store: JourneyStore,
  openHelp: () => void,
  /** Also act when nothing in particular has focus (the standalone page, not an embed). */
  pageWide = true,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const origin = e.composedPath()[0] ?? e.target;
      const target = origin instanceof Element ? origin : null;
      const here = root.current;
      const onPage = pageWide && (!target || target === document.body || target === document.documentElement);
      if (!here || (!onPage && !here.contains(target)) || target?.closest('[role=dialog]')) return;
      if (target?.closest(TYPING)) return;
      const { actions, status, tool } = store.getState();
      if (tool !== 'journey') return; // the tracer has its own buttons; these keys drive the journey
      const arrows = e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End';
      if (arrows && target?.closest(OWNS_ARROWS)) return;
      if (e.key === ' ' && target?.closest(OWNS_SPACE)) return;
      const act: Record<string, () => void> = {
        ' ': () => (status === 'playing' ? actions.pause() : actions.play()),
        ArrowRight: actions.stepForward,
        ArrowLeft: actions.stepBack,
        Home: () => actions.jumpTo(0),
        // End is the journey's end: the last step, finished, with its outcome shown at once.
        End: () => {
          actions.jumpTo(LAST_STEP);
          actions.stepForward();
        },
        '?': openHelp,
      };
      const run = act[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [root, store, openHelp, pageWide]);
}
