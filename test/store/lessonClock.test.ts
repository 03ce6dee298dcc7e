// Issue 16: the lesson clock counts what playback really does: every step lasts its fixed time or its
// caption's reading time (about 200 words a minute at 1×), in the current language and depth.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, translator } from '../../src/i18n';
import {
  lessonTotalMs,
  selectLessonElapsedMs,
  type CaptionWords,
  type Depth,
  type JourneyStore,
} from '../../src/store/journeyStore';
import { LESSON_MS } from '../../src/store/playbackSlice';
import { shownText, wordCount } from '../../src/view/lesson/captionWords';
import { journeyStore, playToEnd } from '../helpers/journey';

beforeAll(() => loadLanguage('de'));

const FRAME_MS = 50;

/** The words a learner reads at each step, as the caption view counts them. */
function wordsIn(lang: string, depth: Depth): CaptionWords {
  const t = translator(lang);
  const counted = new Map<number, number>();
  return (step) =>
    counted.get(step.index) ??
    counted.set(step.index, wordCount(shownText(step.caption, depth, lang, t))).get(step.index)!;
}

/**
 * Plays a journey to its end the way the app does (the caption view reports each step's words as it
 * is shown; pace=auto), and returns the lesson time that really passed, in ms of the clock.
 */
function play(store: JourneyStore, words: CaptionWords): { played: number; elapsedSeen: number[] } {
  store.getState().actions.send();
  const elapsedSeen: number[] = [];
  let played = 0;
  playToEnd(store, {
    frameMs: FRAME_MS,
    beforeFrame: (s) => {
      const { cursor, plan, actions } = s.getState();
      actions.setReading(cursor, words(plan!.steps[cursor]!));
      // What the clock shows now must be the time that has really been played so far.
      elapsedSeen.push(selectLessonElapsedMs(s.getState(), words) - played);
      played += FRAME_MS;
    },
  });
  return { played, elapsedSeen };
}

describe.each([
  ['en', 'beginner'],
  ['en', 'expert'],
  ['de', 'beginner'],
  ['de', 'expert'],
] as const)('the lesson clock in %s at %s', (lang, depth) => {
  const words = wordsIn(lang, depth);

  it.each([1, 3])('at %s× its total is the time playback takes, and its elapsed time keeps up', (speed) => {
    const store = journeyStore({ speed, pace: 'auto' });
    const total = lessonTotalMs(store.getState().plan, speed, words);
    const { played, elapsedSeen } = play(store, words);
    expect(store.getState().status).toBe('finished');
    // Within one frame per step (each step ends on the frame that crosses its end).
    const steps = store.getState().plan!.steps.length;
    expect(Math.abs(played - total)).toBeLessThanOrEqual(FRAME_MS * steps);
    for (const drift of elapsedSeen) expect(Math.abs(drift)).toBeLessThanOrEqual(FRAME_MS * steps);
  });

  it('gives a step at least its reading time at 1×, and no step less than its fixed time', () => {
    const plan = journeyStore().getState().plan!;
    for (const step of plan.steps) {
      const alone = { ...plan, steps: [step] };
      const ms = lessonTotalMs(alone, 1, words);
      expect(ms).toBeGreaterThanOrEqual(LESSON_MS[step.kind]);
      expect(ms).toBeGreaterThanOrEqual((words(step) * 60_000) / 200);
    }
    // The long captions really are read: the lesson is longer than its fixed times alone.
    expect(lessonTotalMs(plan, 1, words)).toBeGreaterThan(lessonTotalMs(plan, 1));
  });
});

describe('the lesson clock follows the language and depth', () => {
  it('counts the shorter Beginner captions as a shorter lesson than Expert, in both languages', () => {
    const plan = journeyStore().getState().plan;
    for (const lang of ['en', 'de']) {
      const beginner = lessonTotalMs(plan, 1, wordsIn(lang, 'beginner'));
      const expert = lessonTotalMs(plan, 1, wordsIn(lang, 'expert'));
      expect(beginner).toBeLessThan(expert);
    }
    expect(lessonTotalMs(plan, 1, wordsIn('de', 'expert'))).not.toBe(lessonTotalMs(plan, 1, wordsIn('en', 'expert')));
  });

  it('halves at twice the speed, and shows nothing played before Send', () => {
    const store = journeyStore();
    const words = wordsIn('en', 'beginner');
    const { plan } = store.getState();
    expect(lessonTotalMs(plan, 2, words)).toBeCloseTo(lessonTotalMs(plan, 1, words) / 2, 6);
    expect(selectLessonElapsedMs(store.getState(), words)).toBe(0);
    expect(lessonTotalMs(null, 1, words)).toBe(0);
  });
});
