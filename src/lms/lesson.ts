// The lesson as a package plays it: one <email-journey> element, configured and listened to through
// its public contract only (attributes, events, data-step), so SCORM and H5P share one driver.
import { resumeStep, type ResumeAnswer, type ResumeState } from './resume';

/** A question answered in this session, with what a gradebook records beside the answer. */
export interface AnsweredQuestion extends ResumeAnswer {
  /** The right choice (0-based). */
  answer: number;
  /** How many choices the question offered. */
  choices: number;
  /** How long the learner looked at the question, in ms. */
  latencyMs: number;
  /** The question and its choices as the learner read them (empty when the page did not show them). */
  question: string;
  choiceTexts: readonly string[];
}

export interface LessonEnd {
  outcome: string;
  /** Questions the journey asked, answered or skipped, and missions done in this session. */
  questions: number;
  /** Answers that were right, in this session and the ones before it, and missions done (each counts
   *  as a question answered right). */
  correct: number;
}

export interface LessonReport {
  /** A question was answered for the first time (also across sessions). */
  answered?(question: AnsweredQuestion, state: ResumeState): void;
  /** The step, the world or the answers changed: the state to save. */
  progressed?(state: ResumeState): void;
  ended?(end: LessonEnd, state: ResumeState): void;
}

/** Keys of the journey itself: what a resumed lesson must replay (world and step are kept apart). */
const JOURNEY_KEYS = ['mode', 'from', 'to', 'scenario'] as const;

interface Detail {
  [key: string]: unknown;
}

const detailOf = (event: Event): Detail => ((event as CustomEvent<unknown>).detail ?? {}) as Detail;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The lesson's attributes: the author's settings, then what the learner had, then where they were. */
export function lessonAttributes(
  settings: Readonly<Record<string, string>>,
  resumed: ResumeState | null,
): Record<string, string> {
  if (!resumed) return { ...settings };
  const step = resumeStep(resumed);
  return {
    ...settings,
    ...resumed.journey,
    ...(resumed.world ? { world: resumed.world } : {}),
    ...(step > 0 ? { step: String(step) } : {}),
    ...(resumed.answers.length > 0 ? { answers: answersKey(resumed.answers) } : {}),
  };
}

/** The most answers the `answers` key takes (README, configuration table). */
const ANSWERS_KEY_MAX = 20;

/**
 * The `answers` key for the answers of earlier sessions (`5.1.1*9.0.0`: step, choice, right), so the
 * app's recap counts them as the grade does; each step once, within the key's bound.
 */
export function answersKey(answers: readonly ResumeAnswer[]): string {
  const byStep = new Map<number, ResumeAnswer>();
  for (const answer of answers) if (!byStep.has(answer.index)) byStep.set(answer.index, answer);
  return [...byStep.values()]
    .slice(0, ANSWERS_KEY_MAX)
    .map((a) => `${a.index}.${a.choice}.${a.correct ? 1 : 0}`)
    .join('*');
}

/** The question on screen, read from the element's open shadow root (for the gradebook's wording). */
function shownQuestion(element: HTMLElement, id: string): { question: string; choiceTexts: string[] } {
  const card = element.shadowRoot?.querySelector(`[data-checkpoint="${CSS.escape(id)}"]`);
  const heading = card?.querySelector('h3');
  const tag = heading?.firstElementChild;
  const question = text(heading).slice(text(tag).length).trim();
  const choiceTexts = [...(card?.querySelectorAll('li button') ?? [])].map((button) => text(button));
  return { question, choiceTexts };
}

/**
 * Plays the lesson in `container`. `now` is the session's clock (ms); the element is returned so a
 * host can size it or remove it.
 */
export function playLesson(
  container: Element,
  settings: Readonly<Record<string, string>>,
  resumed: ResumeState | null,
  report: LessonReport,
  now: () => number = () => performance.now(),
): HTMLElement {
  const element = document.createElement('email-journey');
  for (const [key, value] of Object.entries(lessonAttributes(settings, resumed))) element.setAttribute(key, value);
  const journey: Record<string, string> = { ...(resumed?.journey ?? {}) };
  for (const key of JOURNEY_KEYS)
    if (settings[key] !== undefined && journey[key] === undefined) journey[key] = settings[key];
  const state = {
    world: resumed?.world ?? settings.world ?? '',
    step: resumed ? resumeStep(resumed) : 0,
    answers: [...(resumed?.answers ?? [])],
  };
  const snapshot = (): ResumeState => ({ journey: { ...journey }, ...state, answers: [...state.answers] });
  let asked = now();

  // A question appears: its latency counts from here (the app marks its root with data-asking).
  const watcher = new MutationObserver(() => {
    if (element.shadowRoot?.querySelector('.ej[data-asking]')) asked = now();
  });
  const watchRoot = () => {
    if (element.shadowRoot) watcher.observe(element.shadowRoot, { subtree: true, attributeFilter: ['data-asking'] });
  };

  element.addEventListener('journeystart', (event) => {
    const detail = detailOf(event);
    for (const key of JOURNEY_KEYS) {
      const value = key === 'to' && Array.isArray(detail.to) ? detail.to.join(',') : detail[key];
      if (typeof value === 'string' && value !== '') journey[key] = value;
    }
    report.progressed?.(snapshot());
  });
  element.addEventListener('journeystep', (event) => {
    const index = detailOf(event).index;
    if (typeof index !== 'number' || index + 1 === state.step) return;
    state.step = index + 1;
    report.progressed?.(snapshot());
  });
  element.addEventListener('worldchange', (event) => {
    const world = detailOf(event).world;
    if (typeof world !== 'string' || world === state.world) return;
    state.world = world;
    report.progressed?.(snapshot());
  });
  element.addEventListener('checkpoint', (event) => {
    const { index, id, choice, correct, answer, choices } = detailOf(event);
    if (typeof index !== 'number' || typeof id !== 'string' || typeof choice !== 'number') return;
    // A question answered in an earlier session (the learner stepped back to it) keeps its first answer.
    if (state.answers.some((a) => a.id === id && a.index === index)) return;
    const given: ResumeAnswer = { index, id, choice, correct: correct === true };
    state.answers.push(given);
    const question = {
      ...given,
      answer: typeof answer === 'number' ? answer : correct === true ? choice : -1,
      choices: typeof choices === 'number' ? choices : choice + 1,
      latencyMs: Math.max(0, now() - asked),
      ...shownQuestion(element, id),
    };
    report.answered?.(question, snapshot());
    report.progressed?.(snapshot());
  });
  // Issue 24: each mission done in this session counts as one more question answered right.
  const missions = new Set<string>();
  let lastEnd: { outcome: string; questions: number } | null = null;
  const ended = () => {
    if (!lastEnd) return;
    const correct = state.answers.filter((a) => a.correct).length + missions.size;
    report.ended?.({ outcome: lastEnd.outcome, questions: lastEnd.questions + missions.size, correct }, snapshot());
  };
  element.addEventListener('missioncomplete', (event) => {
    const { mission } = detailOf(event);
    if (typeof mission !== 'string' || missions.has(mission)) return;
    missions.add(mission);
    // Done after its journey ended (a mission's question answered then): the score is reported again.
    ended();
  });
  element.addEventListener('journeyend', (event) => {
    const { outcome, questions } = detailOf(event);
    const total = typeof questions === 'number' ? Math.max(questions, state.answers.length) : state.answers.length;
    lastEnd = { outcome: typeof outcome === 'string' ? outcome : '', questions: total };
    ended();
  });
  container.append(element);
  void customElements.whenDefined('email-journey').then(watchRoot);
  return element;
}
