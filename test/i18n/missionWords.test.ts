// @vitest-environment node
// Every mission speaks every language: its title, goal, each hint it gives (one to `hints`, no more),
// its question and choices when it asks one, and its explanation with the Beginner twin, in en, de,
// fr, es and ar, each translated rather than left in English (issue 24's missions, README "Missions").
import { describe, expect, it } from 'vitest';
import { MISSIONS } from '../../src/model/engine';
import { LANGUAGES } from '../../src/i18n';
import { TRANSLATIONS, wholeCatalogue } from './catalogues';

/** The keys a mission's panel shows, from its record: what the learner reads before, during and after. */
function keysOf(mission: (typeof MISSIONS)[number]): string[] {
  const base = `mission.${mission.id}`;
  const hints = Array.from({ length: mission.hints }, (_, i) => `${base}.hint.${i + 1}`);
  const question = mission.question
    ? [`${base}.question`, ...Array.from({ length: mission.question.choices }, (_, i) => `${base}.choice.${i + 1}`)]
    : [];
  return [`${base}.title`, `${base}.goal`, ...hints, ...question, `${base}.done`, `beginner.${base}.done`];
}

describe('the missions’ words', () => {
  it('are all there in every language', () => {
    expect([...LANGUAGES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr']);
    for (const lang of LANGUAGES) {
      const words = wholeCatalogue(lang);
      for (const mission of MISSIONS) {
        for (const key of keysOf(mission)) expect(words[key]?.trim(), `${lang}: ${key}`).toBeTruthy();
        // A hint the record does not count would never be shown: none is written.
        expect(words[`mission.${mission.id}.hint.${mission.hints + 1}`], `${lang}: ${mission.id}`).toBeUndefined();
      }
    }
  });

  it.each(TRANSLATIONS)('%s: each is translated, not English left in place', (lang) => {
    const en = wholeCatalogue('en');
    const words = wholeCatalogue(lang);
    for (const mission of MISSIONS)
      for (const key of keysOf(mission)) expect(words[key], `${lang}: ${key}`).not.toBe(en[key]);
  });
});
