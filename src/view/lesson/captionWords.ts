// Issue 16: the words of a step's caption as the learner reads it (current language and depth), so
// that playback (which waits for them) and the lesson clock (which adds them up) count the same.
import { useCallback, useMemo } from 'react';
import type { Text } from '../../model';
import { atDepth, isKnown, type Translate } from '../../i18n';
import type { CaptionWords, Depth } from '../../store/journeyStore';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A text as shown at a depth; empty until the journey's words have arrived (just after the first
 * screen), so nothing ever shows or counts a catalogue key.
 */
export function shownText(text: Text | null | undefined, depth: Depth, lang: string, t: Translate): string {
  const shown = text && atDepth(text, depth);
  return shown && isKnown(shown.key, lang) ? t(shown) : '';
}

/** The word count of every step's caption, in this instance's language and depth (counted once per plan). */
export function useCaptionWords(): CaptionWords {
  const t = useT();
  const plan = useJourney((s) => s.plan);
  const depth = useJourney((s) => s.depth);
  const lang = useJourney((s) => s.lang);
  const counts = useMemo(
    () => (plan?.steps ?? []).map((step) => wordCount(shownText(step.caption, depth, lang, t))),
    [plan, t, depth, lang],
  );
  return useCallback((step) => counts[step.index] ?? 0, [counts]);
}
