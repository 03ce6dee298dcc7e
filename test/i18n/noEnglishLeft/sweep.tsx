// No English sentence is left on screen in French, Spanish or Arabic: every step of the pictured
// journeys and every preset, at Beginner and Expert, read from the whole rendered app (header,
// picture, caption and mix-up, timeline, outcome, Expert detail and each of its tabs; the mount's
// notices are not rendered here). The browser sweep does this for German only
// (test/browser/embed.e2e.ts); here it is jsdom, store actions instead of clicks (Chromium only
// checks that each language's built words arrive: test/browser/languages.e2e.ts). One file per
// language (fr.test.tsx, es.test.tsx, ar.test.tsx) runs this sweep, so the test workers share it out.
import { act } from '@testing-library/react';
import { expect } from 'vitest';
import { loadLanguage } from '../../../src/i18n';
import { PRESETS } from '../../../src/model';
import { journey, PICTURED_JOURNEYS, type JourneyName } from '../../journeys';
import { renderApp } from '../../view/render';
import { en, TRANSLATIONS, wholeCatalogue } from '../catalogues';

export const LANGS = ['fr', 'es', 'ar'] as const;
const DEPTHS = ['beginner', 'expert'] as const;

/** The pictured journeys (default, same-domain, pop3, the presets, three recipients, webmail) and every preset. */
const JOURNEYS: JourneyName[] = [...new Set<JourneyName>([...PICTURED_JOURNEYS, ...PRESETS])];

/**
 * The journeys one language walks at one depth, every step of each: the default everywhere, the
 * others shared out (a third to each language at Beginner, another third at Expert), so every
 * journey is walked in two of the three languages, once at each depth, and the test stays quick on
 * a busy machine (walking all of them in every language and depth takes three times as long).
 */
const walkedIn = (lang: number, depth: number): JourneyName[] =>
  JOURNEYS.filter((name, i) => name === 'default' || i % LANGS.length === (lang + depth) % LANGS.length);

/** Plural choices (`{n, plural, one {…} other {…}}`) and placeholders both cut a template into fragments. */
const CUTS = /\{\w+, plural,(?:\s*=?\w+\s*\{[^{}]*\})+\s*\}|\{\w+\}/g;

/**
 * Stretches of English catalogue text of at least four words that no translation may show: each
 * English template cut at its placeholders, leaving out what every translation also writes (protocol
 * lines, addresses, codes, names are the same in all of them). Judged against all the translations
 * together, so one language's entry left in English still counts against that language.
 */
function englishFragments(): string[] {
  const catalogues = TRANSLATIONS.map((lang) => Object.values(wholeCatalogue(lang)));
  const fragments = Object.values(en)
    .flatMap((template) => template.split(CUTS))
    .map((f) => f.replace(/\s+/g, ' ').trim())
    .filter((f) => f.split(' ').filter((w) => /\p{L}/u.test(w)).length >= 4)
    .filter((f) => !catalogues.every((values) => values.some((d) => d.includes(f))));
  return [...new Set(fragments)];
}

/** The app's visible text: every text node, the picture's labels and the Expert tabs included. */
const textOf = (root: Element) => (root.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

const fragments = englishFragments();

export { DEPTHS, en, fragments };

/**
 * One language's sweep at one depth: every step of its share of the journeys, read from the whole
 * app; what English it found, each fragment with up to three places it was seen (none: an empty list).
 */
export async function englishLeftOnScreen(lang: (typeof LANGS)[number], depth: (typeof DEPTHS)[number]) {
  await loadLanguage(lang);
  const leftovers = new Map<string, Set<string>>();
  for (const name of walkedIn(LANGS.indexOf(lang), DEPTHS.indexOf(depth))) {
    const { store, container, unmount } = renderApp({ ...journey(name).init, lang, depth });
    const root = container.querySelector('.ej')!;
    const look = (where: string) => {
      const text = textOf(root);
      for (const f of fragments)
        if (text.includes(f)) leftovers.set(f, (leftovers.get(f) ?? new Set()).add(`${name} ${where}`));
    };
    // The detailed plan (Expert) arrives in a promise: let it in before the first step.
    await act(async () => {
      await store.getState().actions.loadDetail();
    });
    const steps = store.getState().plan?.steps.length ?? 0;
    expect(steps, name).toBeGreaterThan(0);
    for (let i = 0; i < steps; i++) {
      act(() => store.getState().actions.jumpTo(i));
      look(`step ${i + 1}`);
    }
    act(() => store.getState().actions.stepForward());
    expect(store.getState().status).toBe('finished');
    look('end');
    // Expert: each detail tab at the end, where every one has something to show.
    if (depth === 'expert') {
      const tabs = [...root.querySelectorAll<HTMLElement>('.ej-details [role="tab"]')];
      expect(tabs, name).toHaveLength(4);
      for (const tab of tabs) {
        act(() => tab.click());
        look(`tab ${tab.textContent}`);
      }
    }
    unmount();
  }
  return [...leftovers].map(([f, where]) => `${f}  ← ${[...where].slice(0, 3).join('; ')}`);
}

/** A whole sweep renders every step of several journeys: room for a machine kept busy. */
export const SWEEP_TIMEOUT = 120_000;
