// Where a learner stopped, as one short text: SCORM 1.2's cmi.suspend_data (at most 4,096
// characters) and the state an H5P host saves are both this text, so either platform resumes it.

/** One answered prediction question, as the `checkpoint` event reported it. */
export interface ResumeAnswer {
  /** The step (0-based) the question was asked before. */
  index: number;
  /** The question's id, e.g. `next-server`. */
  id: string;
  /** The learner's choice (0-based). */
  choice: number;
  correct: boolean;
}

export interface ResumeState {
  /** The journey's configuration keys and values (mode, from, to, scenario, …) as the lesson set them. */
  journey: Readonly<Record<string, string>>;
  /** The learner's world edits in the app's compact form (`data-world`), empty when none. */
  world: string;
  /** The step shown (1-based, as `data-step`), 0 before Send. */
  step: number;
  answers: readonly ResumeAnswer[];
}

/** SCORM 1.2's limit for cmi.suspend_data. */
export const MAX_RESUME_TEXT = 4096;

const VERSION = 'ej1';
const SEPARATOR = '~';
/** What the app's compact world form may hold (README, World edits). */
const WORLD_TEXT = /^[A-Za-z0-9._*-]*$/;
const ANSWER = /^(\d{1,3}):([a-z0-9-]{1,40}):(\d{1,2}):([01])$/;
/**
 * The keys dropped first when a learner's own text makes the state too long: the message text, then
 * its subject, then the other recipients. The lesson still resumes at its step with its world.
 */
const DROPPABLE = ['body', 'subject', 'bcc', 'cc', 'to', 'from'];

const encodeAnswer = (a: ResumeAnswer) => `${a.index}:${a.id}:${a.choice}:${a.correct ? 1 : 0}`;

function encodeWith(state: ResumeState, journey: Readonly<Record<string, string>>): string {
  return [
    VERSION,
    new URLSearchParams(Object.entries(journey)).toString(),
    state.world,
    String(state.step),
    state.answers.map(encodeAnswer).join(','),
  ].join(SEPARATOR);
}

/**
 * The state as text of at most MAX_RESUME_TEXT characters. Should the learner's own message make it
 * longer, the longest free-text keys are left out (DROPPABLE order) until it fits.
 */
export function encodeResume(state: ResumeState): string {
  const journey: Record<string, string> = { ...state.journey };
  let text = encodeWith(state, journey);
  for (const key of DROPPABLE) {
    if (text.length <= MAX_RESUME_TEXT) break;
    delete journey[key];
    text = encodeWith(state, journey);
  }
  return text.length <= MAX_RESUME_TEXT ? text : encodeWith({ ...state, world: '' }, {});
}

function decodeAnswers(text: string): ResumeAnswer[] | null {
  if (text === '') return [];
  const answers: ResumeAnswer[] = [];
  for (const part of text.split(',')) {
    const match = ANSWER.exec(part);
    if (!match) return null;
    answers.push({ index: Number(match[1]), id: match[2]!, choice: Number(match[3]), correct: match[4] === '1' });
  }
  return answers;
}

/** The state a text holds, or null for anything this codec did not write (the lesson starts afresh). */
export function decodeResume(text: unknown): ResumeState | null {
  if (typeof text !== 'string' || text.length > MAX_RESUME_TEXT) return null;
  const parts = text.split(SEPARATOR);
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [, query, world, step, answerText] = parts as [string, string, string, string, string];
  if (!WORLD_TEXT.test(world) || !/^\d{1,4}$/.test(step)) return null;
  const answers = decodeAnswers(answerText);
  if (!answers) return null;
  const journey: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) journey[key] = value;
  return { journey, world, step: Number(step), answers };
}

/**
 * The step to reopen at: the saved one, or the step of a question already answered if that is
 * further on (the page closed while its answer was showing), so no answered question is asked again.
 */
export function resumeStep(state: ResumeState): number {
  return Math.max(state.step, ...state.answers.map((a) => a.index + 1));
}
