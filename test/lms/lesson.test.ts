// @vitest-environment jsdom
// What a package plays: the author's settings, then what a resumed learner had, then where they were.
import { describe, expect, it } from 'vitest';
import { settingsOf } from '../../src/lms/h5p';
import { parseConfig } from '../../src/embed/config';
import { answersKey, lessonAttributes } from '../../src/lms/lesson';
import { readLessonSettings } from '../../src/lms/settings';

describe('the packaged lesson', () => {
  it('reads only lesson settings from the package page, as plain text', () => {
    expect(readLessonSettings('checkpoints=1&scenario=greylisted&origin=https://x.example&onload=alert(1)')).toEqual({
      checkpoints: '1',
      scenario: 'greylisted',
    });
  });

  it('a resumed lesson reopens with its journey, its world and at its step (or the answered question’s)', () => {
    const settings = { checkpoints: '1', mode: 'cross-domain' };
    expect(lessonAttributes(settings, null)).toEqual(settings);
    const resumed = {
      journey: { mode: 'same-domain', to: 'carol@example.com' },
      world: 'g_mx1.example.org_1',
      step: 4,
      answers: [{ index: 5, id: 'same-domain', choice: 1, correct: true }],
    };
    expect(lessonAttributes(settings, resumed)).toEqual({
      checkpoints: '1',
      mode: 'same-domain',
      to: 'carol@example.com',
      world: 'g_mx1.example.org_1',
      step: '6',
      // The earlier answers, so the app's recap counts them as the grade does.
      answers: '5.1.1',
    });
    expect(lessonAttributes(settings, { ...resumed, step: 0, answers: [], world: '' })).not.toHaveProperty('step');
    expect(lessonAttributes(settings, { ...resumed, answers: [] })).not.toHaveProperty('answers');
  });

  it('the earlier answers become the app’s answers key: each step once, right or wrong, within its bound', () => {
    const answer = (index: number, choice: number, correct: boolean) => ({ index, id: `q${index}`, choice, correct });
    expect(answersKey([answer(5, 1, true), answer(9, 0, false), answer(5, 2, false)])).toBe('5.1.1*9.0.0');
    const many = Array.from({ length: 25 }, (_, i) => answer(i, 0, true));
    const { config, notices } = parseConfig((key) => (key === 'answers' ? answersKey(many) : null));
    expect(notices).toEqual([]);
    expect(Object.keys(config.answers ?? {})).toHaveLength(20);
  });

  it('H5P content settings become the app’s keys; questions are on unless the author turned them off', () => {
    expect(settingsOf(undefined)).toEqual({ checkpoints: '1' });
    expect(settingsOf({ lesson: { mode: 'same-domain', scenario: '', depth: 'expert', checkpoints: true } })).toEqual({
      checkpoints: '1',
      mode: 'same-domain',
      depth: 'expert',
    });
    expect(settingsOf({ lesson: { checkpoints: false, speed: 2, unknown: 'x' } })).toEqual({ speed: '2' });
  });
});
