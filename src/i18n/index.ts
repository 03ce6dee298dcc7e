// Looks up catalogue strings and fills their {placeholders}; the only place views get text from.
// Adding a language is one new file beside en.ts and one line in CATALOGUES.
import type { Text } from '../model/types';
import { de } from './de';
import { en, type MessageKey } from './en';

export type Catalogue = Readonly<Record<string, string>>;

const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, de };

export const LANGUAGES = Object.keys(CATALOGUES);

/** Each language's own name, for the language menu. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', de: 'Deutsch' };

export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey | Text, params?: Readonly<Record<string, string | number>>) => string;

/** Translate a catalogue key (views) or a model Text. Unknown keys show the key, never crash. */
export function t(key: MessageKey | Text, params?: Readonly<Record<string, string | number>>, lang = 'en'): string {
  const text = typeof key === 'string' ? { key, params } : key;
  const catalogue: Catalogue = CATALOGUES[lang] ?? en;
  const template = catalogue[text.key] ?? (en as Catalogue)[text.key] ?? text.key;
  return format(template, text.params ?? {});
}

export function translator(lang: string): Translate {
  return (key, params) => t(key, params, lang);
}

export function hasMessage(key: string): boolean {
  return key in en;
}

/**
 * The first supported language among the wishes, most wanted first (the `lang` key, the host
 * page's lang attribute, the browser's languages), matching `de-AT` to `de`; English otherwise.
 */
export function pickLanguage(wishes: readonly (string | null | undefined)[]): string {
  for (const wish of wishes) {
    const base = wish?.toLowerCase().split('-')[0];
    if (base && base in CATALOGUES) return base;
  }
  return 'en';
}
