// SCORM 1.2's run-time side for the packaged lesson: finds the LMS's API object, reports every
// answer as an interaction, the score and the status, and saves where the learner is, to resume.
import type { AnsweredQuestion, LessonEnd, LessonReport } from './lesson';
import { decodeResume, encodeResume, type ResumeState } from './resume';

/** The calls SCORM 1.2 defines on the LMS's `API` object (values are strings both ways). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

/** How far up the frames to look, as in ADL's reference finder (it gives up after 7 frames). */
const MAX_FRAMES = 7;
/** The grade needed to pass when the LMS gives no mastery score (percent). */
export const DEFAULT_MASTERY = 60;

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Scorm12Api).LMSInitialize === 'function' &&
  typeof (value as Scorm12Api).LMSSetValue === 'function';

/** Reading another origin's window throws: such a frame simply has no API for us. */
function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as unknown as { API?: unknown }).API;
    return isApi(api) ? api : null;
  } catch {
    return null;
  }
}

function searchUp(start: Window): Scorm12Api | null {
  let win = start;
  for (let depth = 0; depth <= MAX_FRAMES; depth++) {
    const api = apiOf(win);
    if (api) return api;
    if (win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

/** A window's opener, or null (also when the opener is another site's and cannot be read). */
function openerOf(win: Window | null): Window | null {
  try {
    return (win?.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

/**
 * The LMS's API object: this window and its parents first, then the window that opened it and its
 * parents, then the window that opened the top one (an LMS that opens a frameset in a pop-up).
 */
export function findScorm12Api(win: Window = window): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  const openers = [openerOf(win), openerOf(win.top)].filter((w): w is Window => w !== null);
  for (const opener of openers) {
    const api = searchUp(opener);
    if (api) return api;
  }
  return null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A duration as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function scormTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centis % 100, 2)}`;
}

/** A time of day as CMITime, HH:MM:SS. */
export const scormTime = (date: Date) =>
  `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;

/** A choice as SCORM 1.2 writes it: a, b, c … (0-9 then a-z would also do; letters read as on screen). */
export const choiceLetter = (choice: number) => String.fromCharCode(97 + Math.max(0, Math.min(25, choice)));

/** The mastery score the LMS passed on from the manifest (0–100), or the default. */
function masteryOf(api: Scorm12Api): number {
  const raw = api.LMSGetValue('cmi.student_data.mastery_score').trim();
  const value = raw === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : DEFAULT_MASTERY;
}

export interface Scorm12Session {
  /** Saved state to resume from, when the LMS launched the SCO with cmi.core.entry = "resume". */
  resumed: ResumeState | null;
  /** The lesson's reports go here. */
  report: LessonReport;
  /** The page is going away: suspend mid-lesson (or just finish after the end). */
  leave(): void;
}

/**
 * Starts a SCORM 1.2 session on `api` (LMSInitialize). `now` is the session's clock in ms and
 * `clock` the wall clock for the interactions' times.
 */
export function startScorm12(
  api: Scorm12Api,
  now: () => number = () => performance.now(),
  clock: () => Date = () => new Date(),
): Scorm12Session {
  api.LMSInitialize('');
  const started = now();
  const set = (element: string, value: string) => api.LMSSetValue(element, value);
  const commit = () => api.LMSCommit('');
  const entry = api.LMSGetValue('cmi.core.entry');
  const resumed = entry === 'resume' ? decodeResume(api.LMSGetValue('cmi.suspend_data')) : null;
  const mastery = masteryOf(api);
  const status = api.LMSGetValue('cmi.core.lesson_status');
  if (status === '' || status === 'not attempted' || resumed) set('cmi.core.lesson_status', 'incomplete');
  commit();
  let interactions = Number(api.LMSGetValue('cmi.interactions._count')) || 0;
  let ended = false;
  let finished = false;

  const save = (state: ResumeState) => {
    set('cmi.core.lesson_location', String(state.step));
    set('cmi.suspend_data', encodeResume(state));
    commit();
  };
  const answered = (q: AnsweredQuestion) => {
    const n = `cmi.interactions.${interactions++}`;
    set(`${n}.id`, q.id);
    set(`${n}.time`, scormTime(clock()));
    set(`${n}.type`, 'choice');
    if (q.answer >= 0) set(`${n}.correct_responses.0.pattern`, choiceLetter(q.answer));
    set(`${n}.student_response`, choiceLetter(q.choice));
    set(`${n}.result`, q.correct ? 'correct' : 'wrong');
    set(`${n}.latency`, scormTimespan(q.latencyMs));
  };
  const end = ({ questions, correct }: LessonEnd, state: ResumeState) => {
    ended = true;
    if (questions > 0) {
      const percent = Math.round((100 * correct) / questions);
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(percent));
      set('cmi.core.lesson_status', percent >= mastery ? 'passed' : 'failed');
    } else set('cmi.core.lesson_status', 'completed');
    set('cmi.core.exit', '');
    save(state);
  };
  const leave = () => {
    if (finished) return;
    finished = true;
    if (!ended) set('cmi.core.exit', 'suspend');
    set('cmi.core.session_time', scormTimespan(now() - started));
    commit();
    api.LMSFinish('');
  };
  return { resumed, report: { answered, progressed: save, ended: end }, leave };
}
