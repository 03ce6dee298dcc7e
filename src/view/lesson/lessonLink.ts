// Issue 16: the link that reopens a lesson with the teacher's settings (theme, predictions, pace,
// layout, language, depth) on top of the host's share query (message, scenario, speed).
import { MISSION_IDS } from '../../model';
import type { JourneyStoreState } from '../../store/journeyStore';

export type LessonState = Pick<
  JourneyStoreState,
  'theme' | 'checkpoints' | 'pace' | 'layout' | 'lang' | 'depth' | 'speed'
> &
  Partial<Pick<JourneyStoreState, 'missionsOffered'>>;

export const LESSON_KEYS = [
  'theme',
  'checkpoints',
  'pace',
  'layout',
  'lang',
  'depth',
  'speed',
  'missionsOffered',
] as const;

/** The lesson settings as query parameters (DESIGN.md's keys), added to `base`; no step. */
export function lessonQuery(base: string, state: LessonState): string {
  const params = new URLSearchParams(base);
  params.delete('step');
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value));
  set('theme', state.theme === 'light' ? null : state.theme);
  set('checkpoints', state.checkpoints ? '1' : null);
  set('pace', state.pace);
  set('layout', state.layout === 'present' ? 'present' : null);
  set('lang', state.lang);
  set('depth', state.depth);
  set('speed', state.speed === 1 ? null : String(state.speed));
  // Issue 24: the missions the teacher picked (none named: all are offered).
  const offered = state.missionsOffered ?? MISSION_IDS;
  set('missions', offered.length === MISSION_IDS.length ? null : offered.join(','));
  return params.toString();
}
