// @vitest-environment jsdom
// What a package plays: the author's settings, then what a resumed learner had, then where they were.
import { describe, expect, it } from 'vitest';
import { settingsOf } from '../../src/lms/h5p';
import { lessonAttributes } from '../../src/lms/lesson';
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
    });
    expect(lessonAttributes(settings, { ...resumed, step: 0, answers: [], world: '' })).not.toHaveProperty('step');
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
