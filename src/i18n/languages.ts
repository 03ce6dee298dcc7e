// Every language the app speaks, each by its own name (for the language menu). A language is this
// one line plus its folder beside en/ holding the same four tiers (screen, journey, detail, trace),
// each typed against English's keys (`satisfies Record<keyof typeof enJourney, string>`: a missing or
// stray key, a Beginner twin included, is a type error); index.ts finds the folder by its name.
export const LANGUAGE_NAMES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
} as const satisfies Readonly<Record<string, string>>;
