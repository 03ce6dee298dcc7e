// @vitest-environment jsdom
// Issue 24 in a learning platform: each mission done counts as one more question answered right in
// the score, also when it is done after its journey ended (its question answered then), and only once.
import { describe, expect, it } from 'vitest';
import { playLesson, type LessonEnd } from '../../src/lms/lesson';
import { readLessonSettings } from '../../src/lms/settings';

const fire = (element: HTMLElement, type: string, detail: Record<string, unknown>) =>
  element.dispatchEvent(new CustomEvent(type, { detail }));

describe('missions in the packaged lesson', () => {
  it('count in the score, each once', () => {
    const ends: LessonEnd[] = [];
    const element = playLesson(document.createElement('div'), {}, null, { ended: (end) => ends.push(end) });
    fire(element, 'missioncomplete', { mission: 'forge', attempts: 2, hints: 1 });
    fire(element, 'journeyend', { outcome: 'delivered', questions: 0 });
    expect(ends.at(-1)).toEqual({ outcome: 'delivered', questions: 1, correct: 1 });
    fire(element, 'journeyend', { outcome: 'rejected', questions: 2 });
    expect(ends.at(-1)).toEqual({ outcome: 'rejected', questions: 3, correct: 1 });
    // lookalike: done when its question is answered, after the journey ended: reported again.
    fire(element, 'missioncomplete', { mission: 'lookalike', attempts: 1, hints: 0 });
    expect(ends.at(-1)).toEqual({ outcome: 'rejected', questions: 4, correct: 2 });
    const reported = ends.length;
    fire(element, 'missioncomplete', { mission: 'lookalike', attempts: 1, hints: 0 });
    fire(element, 'missioncomplete', { mission: 42 });
    expect(ends).toHaveLength(reported);
  });

  it('an author may fix the mission and the missions offered', () => {
    expect(readLessonSettings('mission=forge&missions=forge,stop-the-spoof')).toEqual({
      mission: 'forge',
      missions: 'forge,stop-the-spoof',
    });
  });
});
