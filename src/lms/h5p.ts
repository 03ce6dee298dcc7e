// The H5P library H5P.EmailJourney: the lesson as an H5P content type. It reports through H5P's own
// xAPI dispatcher (attempted, answered per question, completed with the score) and gives H5P hosts
// the same resume state as SCORM's suspend data.
import { playLesson, type AnsweredQuestion, type LessonEnd } from './lesson';
import { decodeResume, encodeResume, type ResumeState } from './resume';
import { DEFAULT_LESSON, LESSON_SETTING_KEYS } from './settings';

/** The library's folder name in a package and in a host's library store. */
export const H5P_LIBRARY = 'H5P.EmailJourney-1.0';
/** The app's module inside the library folder. */
const APP_MODULE = 'app/email-journey.js';

interface XAPIEvent {
  data: { statement: Record<string, unknown> & { result?: Record<string, unknown> } };
  getVerifiedStatementValue(keys: string[]): Record<string, unknown> | null;
  setScoredResult(score: number, maxScore: number, instance: unknown, completion?: boolean, success?: boolean): void;
}

interface EventDispatcher {
  trigger(event: XAPIEvent | string, extra?: unknown): void;
  createXAPIEventTemplate(verb: string, extra?: unknown): XAPIEvent;
  triggerXAPIScored(score: number, maxScore: number, verb: string, completion?: boolean, success?: boolean): void;
}

interface H5PGlobal {
  EventDispatcher: { new (): EventDispatcher; prototype: EventDispatcher };
  getLibraryPath(library: string): string;
  EmailJourney?: unknown;
}

/** The content's parameters (semantics.json): the lesson the author chose in the H5P editor. */
export interface EmailJourneyParams {
  lesson?: Partial<Record<string, string | boolean | number>>;
  /** Share of right answers to pass, in percent. */
  passPercentage?: number;
}

const PASS_DEFAULT = 60;
const english = (text: string) => ({ 'en-US': text });

/** The content's settings as the app's configuration keys (strings; the app checks the values). */
export function settingsOf(params: EmailJourneyParams | undefined): Record<string, string> {
  const settings: Record<string, string> = { ...(DEFAULT_LESSON as Record<string, string>) };
  for (const key of LESSON_SETTING_KEYS) {
    const value = params?.lesson?.[key];
    if (typeof value === 'boolean') settings[key] = value ? '1' : '0';
    else if ((typeof value === 'string' && value !== '') || typeof value === 'number') settings[key] = String(value);
  }
  if (settings.checkpoints === '0') delete settings.checkpoints;
  return settings;
}

/** The interaction definition of a question, as H5P's question types describe theirs. */
function definitionOf(q: AnsweredQuestion): Record<string, unknown> {
  return {
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'choice',
    name: english(q.id),
    description: english(q.question || q.id),
    choices: Array.from({ length: q.choices }, (_, i) => ({
      id: String(i),
      description: english(q.choiceTexts[i] || `${q.id} ${i + 1}`),
    })),
    ...(q.answer >= 0 ? { correctResponsesPattern: [String(q.answer)] } : {}),
  };
}

/** Defines H5P.EmailJourney on the host's H5P object. */
export function defineEmailJourney(H5P: H5PGlobal, base: () => string): void {
  function EmailJourney(
    this: EmailJourneyInstance,
    params: EmailJourneyParams,
    contentId: number | string,
    extras?: { previousState?: unknown },
  ) {
    H5P.EventDispatcher.call(this);
    this.contentId = contentId;
    this.settings = settingsOf(params);
    this.pass = Number.isFinite(params?.passPercentage) ? Number(params.passPercentage) : PASS_DEFAULT;
    this.state = decodeResume(extras?.previousState);
  }
  interface EmailJourneyInstance extends EventDispatcher {
    contentId: number | string;
    settings: Record<string, string>;
    pass: number;
    state: ResumeState | null;
    attach(container: unknown): void;
    getCurrentState(): string | undefined;
  }
  EmailJourney.prototype = Object.create(H5P.EventDispatcher.prototype) as EmailJourneyInstance;
  EmailJourney.prototype.constructor = EmailJourney;

  EmailJourney.prototype.attach = function (this: EmailJourneyInstance, $container: unknown) {
    // H5P hands over a jQuery object (its first item is the element) or, in newer hosts, the element.
    const target = ($container as { get?: (i: number) => Element }).get?.(0) ?? ($container as Element);
    target.classList.add('h5p-email-journey');
    void import(/* @vite-ignore */ new URL(APP_MODULE, base()).href).catch((error: unknown) => {
      target.textContent = 'This lesson could not load its picture. Reload the page to try again.';
      console.warn('Email Journey: the app could not be loaded.', error);
    });
    const element = playLesson(target, this.settings, this.state, {
      progressed: (state) => (this.state = state),
      answered: (q) => {
        const event = this.createXAPIEventTemplate('answered');
        Object.assign(event.getVerifiedStatementValue(['object', 'definition']) ?? {}, definitionOf(q));
        event.setScoredResult(q.correct ? 1 : 0, 1, this, true, q.correct);
        event.data.statement.result = { ...event.data.statement.result, response: String(q.choice) };
        this.trigger(event);
      },
      ended: ({ questions, correct }: LessonEnd) => {
        const success = questions === 0 || (100 * correct) / questions >= this.pass;
        this.triggerXAPIScored(correct, questions, 'completed', true, success);
      },
    });
    // Hosts that frame H5P content size the frame on `resize`.
    new ResizeObserver(() => this.trigger('resize')).observe(element);
    this.trigger(this.createXAPIEventTemplate('attempted'));
  };

  EmailJourney.prototype.getCurrentState = function (this: EmailJourneyInstance) {
    return this.state ? encodeResume(this.state) : undefined;
  };
  H5P.EmailJourney = EmailJourney;
}

/** In the library's script (a classic script the host loads): the folder it was loaded from. */
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src;
const scriptFolder = scriptSrc ? new URL('.', scriptSrc).href : undefined;
const h5p = (globalThis as { H5P?: H5PGlobal }).H5P;
if (h5p)
  defineEmailJourney(h5p, () => {
    // Hosts that join libraries' scripts into one file still know where each library lives.
    const folder = typeof h5p.getLibraryPath === 'function' ? h5p.getLibraryPath(H5P_LIBRARY) : (scriptFolder ?? '');
    return new URL(`${folder.replace(/\/?$/, '/')}`, document.baseURI).href;
  });
