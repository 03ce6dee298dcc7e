// Every language the app speaks, each by its own name (for the language menu). A language is this
// one line plus its folder beside en/ holding the same four tiers (screen, journey, detail, trace),
// each typed against English's keys; index.ts finds the folder by its name.
export const LANGUAGE_NAMES = { en: 'English', de: 'Deutsch' } as const satisfies Readonly<Record<string, string>>;

export type Language = keyof typeof LANGUAGE_NAMES;
