// Looks up catalogue strings and fills their {placeholders}; the only place views get text from.
// A language is a folder (en/, de/, …) with one file per load tier and its line in languages.ts.
// English's first-screen words are built in and its later tiers arrive with the parts that show
// them; every other language loads whole on first use, so a first visit downloads no translation.
import type { Text } from '../model/words/types';
import type { enDetail } from './en/detail';
import type { enJourney } from './en/journey';
import { enScreen } from './en/screen';
import type { enTrace } from './en/trace';
import { beforeName, PLACEHOLDER_AFTER_WORD } from './elision';
import { LANGUAGE_NAMES as NAMES, RIGHT_TO_LEFT } from './languages';

export type Catalogue = Readonly<Record<string, string>>;

/** Every key of the catalogue: the first screen's and the later tiers'. */
export type MessageKey = keyof typeof enScreen | keyof typeof enJourney | keyof typeof enDetail | keyof typeof enTrace;

/** Each tier file of every language but English (which is loaded tier by tier), fetched on demand. */
const TIER_FILES = import.meta.glob<Readonly<Record<string, Catalogue>>>(['./*/*.ts', '!./en/*.ts']);

/** A language's catalogue: all its tier files at once, each file's exported catalogue merged. */
function loadTiers(lang: string): Promise<Catalogue> {
  const files = Object.entries(TIER_FILES).filter(([path]) => path.startsWith(`./${lang}/`));
  return Promise.all(files.map(([, load]) => load())).then((modules) =>
    Object.assign({}, ...modules.flatMap((module) => Object.values(module))),
  );
}

const loaded: Record<string, Catalogue> = { en: enScreen };
let version = 0;
const listeners = new Set<() => void>();

/** The language codes, English first. */
export const LANGUAGES: readonly string[] = Object.keys(NAMES);

export const isLoaded = (lang: string) => lang in loaded;

/** Loads a language's catalogue once; resolves at once for English or a language already loaded. */
export function loadLanguage(lang: string): Promise<void> {
  if (isLoaded(lang) || !LANGUAGES.includes(lang)) return Promise.resolve();
  return loadTiers(lang).then((catalogue) => {
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

/** Each language's own name, for the language menu (the list itself is languages.ts). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = NAMES;

/**
 * The greetings a message body may open with, in every language loaded so far (`compose.greetings`):
 * the compose form keeps the name after them in step with the recipient.
 */
export function greetings(): string[] {
  return Object.values(loaded).flatMap((catalogue) =>
    (catalogue['compose.greetings'] ?? '')
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean),
  );
}

/** A template's parameters, as `t()` and `format()` take them. */
type Params = Readonly<Record<string, string | number>>;

/** The writing direction of a language: the app's root carries it as `dir`, whatever the host page's is. */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.includes(lang) ? 'rtl' : 'ltr');

/** One plural-rules object per language, made on the first plural choice it fills (Intl starts ICU: not at start-up). */
const pluralRules = new Map<string, Intl.PluralRules | null>();
function pluralOf(count: number, lang: string): string {
  if (!pluralRules.has(lang)) {
    let rules: Intl.PluralRules | null = null;
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      // No Intl in this engine: every count takes the `other` form, which every choice has.
    }
    pluralRules.set(lang, rules);
  }
  return pluralRules.get(lang)?.select(count) ?? 'other';
}

/**
 * A plural choice, `{count, plural, one {# line} other {# lines}}`: the form of the count's
 * Intl.PluralRules category (zero, one, two, few, many, other; `=0`, `=1`… for an exact count),
 * `other` when the language has no such form; `#` in the form is the count as the caller gave it.
 */
const CHOICE = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(=?\w+)\s*\{([^{}]*)\}/g;
function choose(forms: string, value: string | number, lang: string): string {
  const count = Number(String(value).replace(/[^\d.-]/g, ''));
  const byName = new Map([...forms.matchAll(FORM)].map(([, name = '', text = '']) => [name, text]));
  const form = byName.get(`=${count}`) ?? byName.get(pluralOf(count, lang)) ?? byName.get('other') ?? '';
  return form.replace(/#/g, String(value));
}

/** The names of a template's placeholders and plural choices, sorted, each once (the translation checks compare them). */
export function placeholdersOf(template: string): string[] {
  const names = [...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

/** Left-to-right isolate and its end (Unicode's LRI, PDI): what `<bdi dir="ltr">` is inside plain text. */
const LRI = '\u2066';
const PDI = '\u2069';
/**
 * A value with digits or an address's, host's or command's punctuation and no right-to-left letter;
 * a lone number is not one (it keeps its place in any sentence by itself).
 */
const CODE_LIKE = /^(?=.*[\d@.:<>/_=[\]-])(?!-?[\d.,]+$)[^\p{Script=Arabic}\p{Script=Hebrew}]*$/su;

/**
 * In a right-to-left language, every filled value that is an address, host name, command, code or
 * number sits in its own left-to-right isolate: `550 5.1.1` and `RCPT TO:<bob@example.org>` keep
 * their order inside an Arabic sentence, in HTML and in the picture's SVG text alike. Names and
 * words are left alone (a sample message's greeting must stay plain text).
 */
function isolated(params: Params, lang: string): Params {
  if (directionOf(lang) === 'ltr') return params;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = CODE_LIKE.test(String(value)) ? `${LRI}${value}${PDI}` : value;
  return out;
}

/**
 * Text for the picture's SVG, which keeps its left-to-right drawing in every language: in a
 * right-to-left language each label is one right-to-left isolate (Unicode's RLI … PDI), so its
 * words read right to left while its text anchors keep their meaning and nothing moves.
 */
export const pictureText = (text: string, lang: string): string =>
  directionOf(lang) === 'rtl' ? `\u2067${text}${PDI}` : text;

/**
 * Fills a template's plural choices, then its {placeholders}; in `lang`, a name after "de" or "que"
 * may elide it (elision.ts).
 */
export function format(template: string, params: Params = {}, lang = 'en'): string {
  return template
    .replace(CHOICE, (whole, name: string, forms: string) =>
      name in params ? choose(forms, params[name] ?? '', lang) : whole,
    )
    .replace(PLACEHOLDER_AFTER_WORD, (whole, word: string | undefined, name: string) => {
      if (!(name in params)) return whole;
      const value = String(params[name]);
      return `${word ? beforeName(word, value, lang) : ''}${value}`;
    });
}

export type Translate = (key: MessageKey | Text, params?: Readonly<Record<string, string | number>>) => string;

/** Translate a catalogue key (views) or a model Text. Unknown keys show the key, never crash. */
export function t(key: MessageKey | Text, params?: Readonly<Record<string, string | number>>, lang = 'en'): string {
  const text = typeof key === 'string' ? { key, params } : key;
  const catalogue: Catalogue = loaded[lang] ?? enScreen;
  const template = catalogue[text.key] ?? (loaded.en as Catalogue)[text.key];
  if (template === undefined) missed = true;
  return format(template ?? text.key, isolated(text.params ?? {}, lang), lang);
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
  return key in (loaded.en ?? enScreen);
}

// --- Depth: the Beginner layer is data, chosen here and nowhere else. ---

/**
 * The text to show at a depth: at Beginner, the `beginner.` twin of a caption, label or mix-up key
 * when the catalogues have one (the journey tier of each language); the Expert wording otherwise.
 */
export function atDepth<T extends Text>(text: T, depth: 'beginner' | 'expert'): Text {
  const twin = `beginner.${text.key}`;
  return depth === 'beginner' && twin in (loaded.en ?? enScreen) ? { ...text, key: twin } : text;
}
