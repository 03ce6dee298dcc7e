// Looks up catalogue strings and fills their {placeholders}; the only place views get text from.
// Adding a language is one new file beside en.ts and one line in LOADERS. English is built in;
// other languages load on first use, so a first visit does not download every translation.
import type { Text } from '../model/words/types';
import { en, type MessageKey } from './en';

export type Catalogue = Readonly<Record<string, string>>;

const LOADERS: Readonly<Record<string, () => Promise<Catalogue>>> = {
  de: () =>
    Promise.all([import('./de'), import('./de-beginner'), import('./traceWhy.de')]).then(([m, b, w]) => ({
      ...m.de,
      ...b.deBeginner,
      ...w.traceWhyDe,
    })),
};

const loaded: Record<string, Catalogue> = { en };
let version = 0;
const listeners = new Set<() => void>();

export const LANGUAGES = ['en', ...Object.keys(LOADERS)];

export const isLoaded = (lang: string) => lang in loaded;

/** Loads a language's catalogue once; resolves at once for English or a language already loaded. */
export function loadLanguage(lang: string): Promise<void> {
  const loader = LOADERS[lang];
  if (isLoaded(lang) || !loader) return Promise.resolve();
  return loader().then((catalogue) => {
    loaded[lang] = catalogue;
    version += 1;
    listeners.forEach((listener) => listener());
  });
}

/** Set when something asked for a string that was not there yet; only then do new strings redraw. */
let missed = false;

/**
 * Adds strings to a loaded language (the later parts' English strings arrive with those parts).
 * Views are told only if one of them asked for a string that was missing: new keys cannot change
 * anything already on screen, and redrawing every view for nothing is a long task on a slow laptop.
 */
export function addStrings(lang: string, strings: Catalogue): void {
  loaded[lang] = { ...loaded[lang], ...strings };
  if (!missed) return;
  missed = false;
  version += 1;
  listeners.forEach((listener) => listener());
}

let journeyText: Promise<void> | null = null;

/**
 * The English captions, misconceptions and outcomes of the journey (en-journey.ts): fetched right
 * after the first screen is drawn, since nothing is said about a step before Send. Other
 * languages carry them in their own catalogue.
 */
export function loadJourneyText(): Promise<void> {
  journeyText ??= Promise.all([import('./en-journey'), import('./en-beginner')]).then(([m, b]) =>
    addStrings('en', { ...m.enJourney, ...b.enBeginner }),
  );
  return journeyText;
}

/** Whether a key can be shown yet in a language (or in English, the fallback). */
export function isKnown(key: string, lang: string): boolean {
  const known = key in (loaded[lang] ?? {}) || key in (loaded.en ?? {});
  if (!known) missed = true;
  return known;
}

/** For useSyncExternalStore: views re-render when a catalogue arrives. */
export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const catalogueVersion = () => version;

/** Each language's own name, for the language menu. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', de: 'Deutsch' };

export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey | Text, params?: Readonly<Record<string, string | number>>) => string;

/** Translate a catalogue key (views) or a model Text. Unknown keys show the key, never crash. */
export function t(key: MessageKey | Text, params?: Readonly<Record<string, string | number>>, lang = 'en'): string {
  const text = typeof key === 'string' ? { key, params } : key;
  const catalogue: Catalogue = loaded[lang] ?? en;
  const template = catalogue[text.key] ?? (loaded.en as Catalogue)[text.key];
  if (template === undefined) missed = true;
  return format(template ?? text.key, text.params ?? {});
}

export function translator(lang: string): Translate {
  return (key, params) => t(key, params, lang);
}

/**
 * The first supported language among the wishes, most wanted first (the `lang` key, the host
 * page's lang attribute, the browser's languages), matching `de-AT` to `de`; English otherwise.
 */
export function pickLanguage(wishes: readonly (string | null | undefined)[]): string {
  for (const wish of wishes) {
    const base = wish?.toLowerCase().split('-')[0];
    if (base && LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** Whether English has the key (the later parts' strings count once they have been registered). */
export function hasMessage(key: string): boolean {
  return key in (loaded.en ?? en);
}

// --- Depth (issue 16): the Beginner layer is data, chosen here and nowhere else. ---

/**
 * The text to show at a depth: at Beginner, the `beginner.` twin of a caption, label or mix-up key
 * when the catalogues have one (en-beginner.ts, de-beginner.ts); the Expert wording otherwise.
 */
export function atDepth<T extends Text>(text: T, depth: 'beginner' | 'expert'): Text {
  const twin = `beginner.${text.key}`;
  return depth === 'beginner' && twin in (loaded.en ?? en) ? { ...text, key: twin } : text;
}
