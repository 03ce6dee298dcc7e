// The translation check behind `npm run i18n` (scripts/i18n.mjs): every language of languages.ts
// against English, tier by tier, read straight from its folder (src/i18n/<lang>/<tier>.ts).
import { LANGUAGES, placeholdersOf } from '../src/i18n';
import { captionWords } from '../src/i18n/languages';

type Words = Readonly<Record<string, string>>;

export const TIERS = ['screen', 'journey', 'detail', 'trace'] as const;

const FILES = import.meta.glob<Readonly<Record<string, Words>>>('../src/i18n/*/*.ts', { eager: true });

/** A language's words, every tier merged (each file's exported catalogues). */
export function catalogueOf(lang: string): Words {
  return Object.assign(
    {},
    ...TIERS.flatMap((tier) => Object.values(FILES[`../src/i18n/${lang}/${tier}.ts`] ?? {})),
  ) as Words;
}

export interface LanguageReport {
  lang: string;
  /** Keys English has and this language does not (or has empty where English has words). */
  missing: string[];
  /** Keys this language has and English does not. */
  stray: string[];
  /** Keys whose placeholders differ from English's: `key: theirs ≠ English's`. */
  mismatched: string[];
  /** Beginner captions over the language's word budget: `key (n words)`. */
  long: string[];
  budget: number;
}

/** Words as a learner counts them; a placeholder (a name, an address) is one word. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function reportOf(lang: string): LanguageReport {
  const english = catalogueOf('en');
  const words = catalogueOf(lang);
  const budget = captionWords(lang);
  const same = (a: string, b: string) => placeholdersOf(a).join() === placeholdersOf(b).join();
  return {
    lang,
    budget,
    // A space is a value (French groups thousands with a narrow no-break space); only nothing is missing.
    missing: Object.keys(english).filter((key) => !(key in words) || (words[key] === '' && english[key] !== '')),
    stray: Object.keys(words).filter((key) => !(key in english)),
    mismatched: Object.entries(english)
      .filter(([key, text]) => key in words && !same(words[key] ?? '', text))
      .map(
        ([key, text]) =>
          `${key}: {${placeholdersOf(words[key] ?? '').join('}{')}} ≠ {${placeholdersOf(text).join('}{')}}`,
      ),
    long: Object.entries(words)
      .filter(([key, text]) => key.startsWith('beginner.step.') && wordCount(text) > budget)
      .map(([key, text]) => `${key} (${wordCount(text)} words)`),
  };
}

/** Every language of the list, English first (its own Beginner budget checked too). */
export const translationReport = (): LanguageReport[] => LANGUAGES.map(reportOf);

/** Every caption of a language beside English's, Expert then Beginner, for a translator to read at once. */
export function captionsOf(lang: string): { key: string; english: string; text: string }[] {
  const english = catalogueOf('en');
  const words = catalogueOf(lang);
  return Object.keys(english)
    .filter((key) => /^(beginner\.)?step\./.test(key))
    .map((key) => ({ key, english: english[key] ?? '', text: words[key] ?? '' }));
}
