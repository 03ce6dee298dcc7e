// The configuration keys (DESIGN.md), alone in their file: the early script (early.ts) observes them
// as attributes without carrying the parser (config.ts) that reads them.
export const CONFIG_KEYS = [
  'mode',
  'from',
  'to',
  'subject',
  'body',
  // Issue 15: several recipients, webmail, the submission port, POP3's "leave a copy".
  'cc',
  'bcc',
  'client',
  'submission',
  'keep',
  'retrieval',
  'scenario',
  'speed',
  'autoplay',
  'step',
  'lang',
  'theme',
  'controls',
  'depth',
  'checkpoints',
  'motion',
  'trace',
  'world',
  'pace',
  'layout',
  // An earlier session's answers (a resumed lesson): `5.1.1*9.0.0` is step 5, choice 1, right; step 9, choice 0, wrong.
  'answers',
  // Issue 24: the mission to open, and the missions a teacher offers (comma-separated).
  'mission',
  'missions',
] as const;

export type ConfigKey = (typeof CONFIG_KEYS)[number];
