// The resume state's text: what SCORM's suspend data and H5P's saved state hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResume, encodeResume, MAX_RESUME_TEXT, resumeStep, type ResumeState } from '../../src/lms/resume';

const WORLD_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._*-'.split('');
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-'.split('');

const answer = fc.record({
  index: fc.nat({ max: 200 }),
  id: fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 20 }),
  choice: fc.nat({ max: 9 }),
  correct: fc.boolean(),
});
/** States as the lesson makes them: a world as long as the app allows, up to nine questions. */
const state: fc.Arbitrary<ResumeState> = fc.record({
  journey: fc.dictionary(
    fc.constantFrom('mode', 'from', 'to', 'scenario', 'subject', 'body'),
    fc.string({ maxLength: 200 }),
  ),
  world: fc.string({ unit: fc.constantFrom(...WORLD_CHARS), maxLength: 1000 }),
  step: fc.nat({ max: 120 }),
  answers: fc.array(answer, { maxLength: 9 }),
});

describe('resume state', () => {
  it('reads back exactly what it wrote, within SCORM 1.2’s 4,096 characters', () => {
    fc.assert(
      fc.property(state, (s) => {
        const text = encodeResume(s);
        expect(text.length).toBeLessThanOrEqual(MAX_RESUME_TEXT);
        expect(decodeResume(text)).toEqual(s);
      }),
    );
  });

  it('stays within 4,096 characters however long the learner’s message is, keeping step, world and answers', () => {
    fc.assert(
      fc.property(state, fc.string({ minLength: 3000, maxLength: 9000 }), (s, long) => {
        const text = encodeResume({ ...s, journey: { ...s.journey, body: long, subject: long } });
        expect(text.length).toBeLessThanOrEqual(MAX_RESUME_TEXT);
        const back = decodeResume(text)!;
        expect(back).toMatchObject({ world: s.world, step: s.step, answers: s.answers });
        expect(back.journey.mode).toBe(s.journey.mode);
      }),
    );
  });

  it('is compact: the default journey at step 12 with two answers is a few dozen characters', () => {
    const text = encodeResume({
      journey: { mode: 'cross-domain' },
      world: 'r_mx1.example.org_t',
      step: 12,
      answers: [
        { index: 3, id: 'next-server', choice: 1, correct: true },
        { index: 9, id: 'after-mx', choice: 0, correct: false },
      ],
    });
    expect(text).toBe('ej1~mode=cross-domain~r_mx1.example.org_t~12~3:next-server:1:1,9:after-mx:0:0');
  });

  it('anything it did not write is no state (the lesson starts afresh)', () => {
    fc.assert(fc.property(fc.string(), (junk) => junk.startsWith('ej1~') || decodeResume(junk) === null));
    for (const bad of [null, 42, {}, 'ej1~~<b>~3~', 'ej1~~~x~', 'ej1~~~3~1:a:b:1', `ej1~~~3~${'x'.repeat(5000)}`])
      expect(decodeResume(bad)).toBeNull();
  });

  it('reopens at the saved step, or at an answered question’s step when that is further on', () => {
    const s = { journey: {}, world: '', answers: [{ index: 6, id: 'after-mx', choice: 1, correct: true }] };
    expect(resumeStep({ ...s, step: 9 })).toBe(9);
    expect(resumeStep({ ...s, step: 6 })).toBe(7);
    expect(resumeStep({ ...s, step: 0, answers: [] })).toBe(0);
  });
});
