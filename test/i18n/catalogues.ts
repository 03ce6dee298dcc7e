// Every language's words read straight from its folder (src/i18n/<lang>/<tier>.ts), without the
// app's loader: the tests compare each language with English tier by tier.
import { LANGUAGES, type MessageKey } from '../../src/i18n';
import { enDetail } from '../../src/i18n/en/detail';
import { enJourney } from '../../src/i18n/en/journey';
import { enScreen } from '../../src/i18n/en/screen';
import { enTrace } from '../../src/i18n/en/trace';
import { deDetail } from '../../src/i18n/de/detail';
import { deJourney } from '../../src/i18n/de/journey';
import { deScreen } from '../../src/i18n/de/screen';
import { deTrace } from '../../src/i18n/de/trace';

type Words = Readonly<Record<string, string>>;

/** The load tiers, each a file in every language's folder. */
export const TIERS = ['screen', 'journey', 'detail', 'trace'] as const;
export type Tier = (typeof TIERS)[number];

const FILES = import.meta.glob<Readonly<Record<string, Words>>>('../../src/i18n/*/*.ts', { eager: true });

/** A language's words in one tier (every catalogue its file exports); undefined when the file is missing. */
export function tierWords(lang: string, tier: Tier): Words | undefined {
  const file = FILES[`../../src/i18n/${lang}/${tier}.ts`];
  return file && Object.assign({}, ...Object.values(file));
}

/** A language's whole catalogue, every tier merged. */
export const wholeCatalogue = (lang: string): Words =>
  Object.assign({}, ...TIERS.map((tier) => tierWords(lang, tier) ?? {}));

/** Every English word, typed by key. */
export const en: Readonly<Record<MessageKey, string>> = { ...enScreen, ...enJourney, ...enDetail, ...enTrace };

/** German, whole: typed by English's keys, which each of its files must have. */
export const de: Readonly<Record<MessageKey, string>> = { ...deScreen, ...deJourney, ...deDetail, ...deTrace };

/** The language folders there are (each should have its line in languages.ts). */
export const FOLDERS = [...new Set(Object.keys(FILES).map((path) => path.split('/')[4]))].sort();

/** The languages other than English, which each must match English. */
export const TRANSLATIONS = LANGUAGES.filter((lang) => lang !== 'en');
