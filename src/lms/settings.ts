// The lesson a package plays, as the author chose it when building the package: configuration keys
// (the app's own, README "Configuration") written into the package page's `data-lesson` attribute.

/** The keys an author may set for a packaged lesson. */
export const LESSON_SETTING_KEYS = [
  'mode',
  'from',
  'to',
  'subject',
  'body',
  'retrieval',
  'scenario',
  'world',
  'depth',
  'pace',
  'checkpoints',
  'speed',
  'lang',
  'theme',
  'controls',
  'layout',
  // Issue 24: a mission to open, and the missions offered.
  'mission',
  'missions',
] as const;

export type LessonSettings = Partial<Record<(typeof LESSON_SETTING_KEYS)[number], string>>;

/** The lesson every package plays unless its author chose otherwise: the default journey, with questions. */
export const DEFAULT_LESSON: LessonSettings = { checkpoints: '1' };

/**
 * The settings a query string holds (only the keys above, as plain text): the app itself checks the
 * values and falls back politely from a bad one.
 */
export function readLessonSettings(query: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query))
    if ((LESSON_SETTING_KEYS as readonly string[]).includes(key)) settings[key] = value;
  return settings;
}
