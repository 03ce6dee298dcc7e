// Every language the app speaks, each by its own name (for the language menu). A language is this
// one line plus its folder beside en/ holding the same four tiers (screen, journey, detail, trace),
// each typed against English's keys (`satisfies Record<keyof typeof enJourney, string>`: a missing or
// stray key, a Beginner twin included, is a type error); index.ts finds the folder by its name.
export const LANGUAGE_NAMES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
} as const satisfies Readonly<Record<string, string>>;

/** The languages written right to left: the app's root gets `dir="rtl"` in them (and `ltr` in every other). */
export const RIGHT_TO_LEFT: readonly string[] = ['ar'];

/**
 * How many words a Beginner caption may have, per language: English 25; a translation 30 unless
 * listed (German's words are fewer and longer, French and Spanish need their articles; Arabic
 * joins articles, prepositions and pronouns to its words, so it counts fewer still).
 */
export const CAPTION_WORDS: Readonly<Record<string, number>> = { en: 25 };
export const captionWords = (lang: string): number => CAPTION_WORDS[lang] ?? 30;
