// @vitest-environment jsdom
// The SCORM 1.2 side of the packaged lesson, against scorm-again's Scorm12API (an LMS-side run-time).
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import type { AnsweredQuestion } from '../../src/lms/lesson';
import { decodeResume } from '../../src/lms/resume';
import { choiceLetter, findScorm12Api, scormTimespan, startScorm12, type Scorm12Api } from '../../src/lms/scorm12';

const lms = () => new Scorm12API({ autocommit: false, logLevel: 5 });
const question = (over: Partial<AnsweredQuestion> = {}): AnsweredQuestion => ({
  index: 3,
  id: 'next-server',
  choice: 1,
  correct: true,
  answer: 1,
  choices: 4,
  latencyMs: 4250,
  question: 'Where does the message go next?',
  choiceTexts: [],
  ...over,
});
const state = { journey: { mode: 'cross-domain' }, world: '', step: 4, answers: [] };
const get = (api: InstanceType<typeof Scorm12API>, element: string) => api.LMSGetValue(element);
/** What the LMS stores at a commit (write-only elements included). */
type Saved = {
  core: Record<string, string>;
  interactions: Record<string, Record<string, string> & { correct_responses: Record<string, { pattern: string }> }>;
};
const saved = (api: InstanceType<typeof Scorm12API>) => (api.renderCommitCMI(true) as unknown as { cmi: Saved }).cmi;

/** A clock the test moves. */
function clock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('finding the LMS', () => {
  /** A page (the LMS's, with `api` as its API) and the window `levels` frames inside it. */
  function framed(levels: number, api: unknown) {
    const frame = (win: Window) => {
      const iframe = win.document.createElement('iframe');
      win.document.body.append(iframe);
      return iframe.contentWindow!;
    };
    const page = frame(window);
    (page as unknown as { API?: unknown }).API = api;
    let win = page;
    for (let i = 0; i < levels; i++) win = frame(win);
    return win;
  }

  it('finds the API on a parent frame, and not beyond seven frames up', () => {
    const api = lms();
    expect(findScorm12Api(framed(0, api))).toBe(api);
    expect(findScorm12Api(framed(2, api))).toBe(api);
    expect(findScorm12Api(framed(9, api))).toBeNull();
  });

  it('finds the API through the opener when no parent has it; without an LMS there is none', () => {
    const api = lms();
    const popup = framed(1, undefined);
    const opener = framed(1, undefined);
    (opener as unknown as { API: unknown }).API = api;
    Object.defineProperty(popup, 'opener', { value: opener });
    expect(findScorm12Api(popup)).toBe(api);
    // A frame inside the pop-up: its top window was opened by the LMS's page.
    const framedPopup = framed(2, undefined);
    Object.defineProperty(framedPopup.top, 'opener', { value: opener, configurable: true });
    expect(findScorm12Api(framedPopup)).toBe(api);
    Object.defineProperty(framedPopup.top, 'opener', { value: null, configurable: true });
    expect(findScorm12Api(framed(1, { LMSInitialize: 'not a function' }))).toBeNull();
  });
});

describe('a SCORM 1.2 session', () => {
  it('starts incomplete, records each answer as a choice interaction, and saves where the learner is', () => {
    const api = lms();
    const time = clock();
    const session = startScorm12(api as unknown as Scorm12Api, time.now, () => new Date(2026, 0, 1, 9, 30, 5));
    expect(get(api, 'cmi.core.lesson_status')).toBe('incomplete');
    session.report.answered!(question(), state);
    session.report.answered!(question({ index: 9, id: 'after-mx', choice: 0, correct: false, answer: 2 }), state);
    session.report.progressed!({ ...state, step: 10, answers: [] });
    const { interactions } = saved(api);
    expect(Object.keys(interactions)).toHaveLength(2);
    const [first, second] = [interactions[0]!, interactions[1]!];
    expect(first).toMatchObject({ id: 'next-server', type: 'choice', student_response: 'b', result: 'correct' });
    expect(first.correct_responses[0]!.pattern).toBe('b');
    // The LMS keeps the timespan as it likes (scorm-again writes hours with two digits).
    expect(first.latency).toMatch(/^(00)?00:00:04\.25$/);
    expect(first.time).toBe('09:30:05');
    expect(second).toMatchObject({ id: 'after-mx', student_response: 'a', result: 'wrong' });
    expect(second.correct_responses[0]!.pattern).toBe('c');
    expect(get(api, 'cmi.core.lesson_location')).toBe('10');
    expect(decodeResume(get(api, 'cmi.suspend_data'))).toMatchObject({ step: 10, journey: { mode: 'cross-domain' } });
  });

  it('ends passed or failed by the mastery score (60 % without one), with the score in percent', () => {
    const passing = lms();
    startScorm12(passing as unknown as Scorm12Api).report.ended!(
      { outcome: 'delivered', questions: 5, correct: 3 },
      state,
    );
    expect(get(passing, 'cmi.core.lesson_status')).toBe('passed');
    expect([
      get(passing, 'cmi.core.score.raw'),
      get(passing, 'cmi.core.score.min'),
      get(passing, 'cmi.core.score.max'),
    ]).toEqual(['60', '0', '100']);
    const strict = lms();
    strict.loadFromJSON({ student_data: { mastery_score: '80' } }, 'cmi');
    startScorm12(strict as unknown as Scorm12Api).report.ended!(
      { outcome: 'delivered', questions: 5, correct: 3 },
      state,
    );
    expect(get(strict, 'cmi.core.lesson_status')).toBe('failed');
  });

  it('a lesson without questions is completed, with no score', () => {
    const api = lms();
    startScorm12(api as unknown as Scorm12Api).report.ended!({ outcome: 'delivered', questions: 0, correct: 0 }, state);
    expect(get(api, 'cmi.core.lesson_status')).toBe('completed');
    expect(get(api, 'cmi.core.score.raw')).toBe('');
  });

  it('leaving mid-lesson suspends and finishes with the session time; after the end it just finishes', () => {
    const api = lms();
    const time = clock();
    const session = startScorm12(api as unknown as Scorm12Api, time.now);
    time.advance(3_723_450);
    session.leave();
    session.leave();
    expect(saved(api).core.exit).toBe('suspend');
    expect(saved(api).core.session_time).toMatch(/^(00)?01:02:03\.45$/);
    expect(api.isTerminated()).toBe(true);
    const done = lms();
    const ended = startScorm12(done as unknown as Scorm12Api);
    ended.report.ended!({ outcome: 'bounced', questions: 2, correct: 2 }, state);
    ended.leave();
    expect(saved(done).core.exit).toBe('');
  });

  it('resumes only when launched with entry "resume", from the saved suspend data', () => {
    const api = lms();
    api.loadFromJSON({ core: { entry: 'resume' }, suspend_data: 'ej1~mode=same-domain~~7~2:same-domain:1:1' }, 'cmi');
    expect(startScorm12(api as unknown as Scorm12Api).resumed).toEqual({
      journey: { mode: 'same-domain' },
      world: '',
      step: 7,
      answers: [{ index: 2, id: 'same-domain', choice: 1, correct: true }],
    });
    const fresh = lms();
    fresh.loadFromJSON({ suspend_data: 'ej1~mode=same-domain~~7~' }, 'cmi');
    expect(startScorm12(fresh as unknown as Scorm12Api).resumed).toBeNull();
  });
});

describe('SCORM 1.2 formats', () => {
  it('writes timespans as HHHH:MM:SS.SS and choices as letters', () => {
    expect(scormTimespan(0)).toBe('0000:00:00.00');
    expect(scormTimespan(59_999)).toBe('0000:01:00.00');
    expect(scormTimespan(-5)).toBe('0000:00:00.00');
    expect(scormTimespan(1e12)).toBe('9999:46:40.00');
    expect([0, 1, 3].map(choiceLetter)).toEqual(['a', 'b', 'd']);
  });
});
