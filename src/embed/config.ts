// The one configuration parser: DESIGN.md's keys, from URL query parameters or element attributes.
import { greetings, pickLanguage } from '../i18n';
import {
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  MAX_RECIPIENTS,
  isMissionId,
  isPreset,
  isSampleName,
  messageForMode,
  messageForPreset,
  modeOf,
  parseAddress,
  splitAddresses,
  type Client,
  type ComposedMessage,
  type MissionId,
  type Mode,
  type PresetName,
  type Retrieval,
  type SampleName,
  type SubmissionPort,
  type WorldEdit,
  decodeEdits,
} from '../model';
import {
  MAX_GIVEN_ANSWERS,
  SPEED_MAX,
  SPEED_MIN,
  type Controls,
  type Depth,
  type Layout,
  type Motion,
  type Pace,
  type Theme,
  type Tool,
} from '../store/defaults';
import { DEFAULT_CONFIG, type ConfigNotice, type JourneyConfig } from './configDefaults';
import type { ConfigKey } from './configKeys';

export type { Theme, Controls, Motion } from '../store/defaults';
export { DEFAULT_CONFIG, type ConfigNotice, type JourneyConfig } from './configDefaults';
export { SHARE_QUERY_MAX, shareLeavesTextOut, toQueryString } from './share';

export { CONFIG_KEYS, type ConfigKey } from './configKeys';

const TEXT_MAX = { subject: 200, body: 5000 } as const;

/** One earlier answer: step index (0-based), choice index, 1 right or 0 wrong. */
const GIVEN_ANSWER = /^(\d{1,3})\.(\d{1,2})\.([01])$/;

/** The `answers` key: at most MAX_GIVEN_ANSWERS, each step once; anything else is refused whole. */
function readAnswers(raw: string): Record<number, { choice: number; correct: boolean }> | undefined {
  if (raw === '') return {};
  const parts = raw.split('*');
  if (parts.length > MAX_GIVEN_ANSWERS) return undefined;
  const answers: Record<number, { choice: number; correct: boolean }> = {};
  for (const part of parts) {
    const match = GIVEN_ANSWER.exec(part);
    if (!match || Number(match[1]) in answers) return undefined;
    answers[Number(match[1])] = { choice: Number(match[2]), correct: match[3] === '1' };
  }
  return answers;
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (raw: string): T | undefined => ((allowed as readonly string[]).includes(raw) ? (raw as T) : undefined);
}

const readers = {
  mode: oneOf<Mode>(['cross-domain', 'same-domain']),
  retrieval: oneOf<Retrieval>(['imap', 'pop3']),
  theme: oneOf<Theme>(['light', 'dark', 'contrast']),
  controls: oneOf<Controls>(['full', 'minimal', 'none']),
  depth: oneOf<Depth>(['beginner', 'expert']),
  motion: oneOf<Motion>(['auto', 'reduce']),
  pace: oneOf<Pace>(['auto', 'step']),
  layout: oneOf<Layout>(['full', 'present']),
  scenario: (raw: string): PresetName | undefined => (isPreset(raw) ? raw : undefined),
  speed: (raw: string) => {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) && n >= SPEED_MIN && n <= SPEED_MAX ? n : undefined;
  },
  autoplay: (raw: string) =>
    raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined,
  step: (raw: string) => (/^\d{1,3}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined),
  trace: (raw: string): { tool: Tool; sample: SampleName | null } | undefined => {
    if (raw === '1' || raw === 'true') return { tool: 'trace', sample: null };
    if (raw === '0' || raw === 'false') return { tool: 'journey', sample: null };
    return isSampleName(raw) ? { tool: 'trace', sample: raw } : undefined;
  },
  // A bad or hostile value decodes to null (bounded in length and count): the default world is used.
  world: (raw: string): readonly WorldEdit[] | undefined => decodeEdits(raw) ?? undefined,
  lang: (raw: string) => (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw) ? raw.toLowerCase() : undefined),
  address: (raw: string) => {
    const parsed = parseAddress(raw);
    return parsed.ok ? parsed.address : undefined;
  },
  /** One address or several, comma-separated (to, cc, bcc); empty is allowed where `empty` says. */
  addresses:
    (empty: boolean) =>
    (raw: string): string | undefined => {
      const parts = splitAddresses(raw);
      if (parts.length === 0) return empty ? '' : undefined;
      const parsed = parts.map(parseAddress);
      if (parts.length > MAX_RECIPIENTS || !parsed.every((p) => p.ok)) return undefined;
      return parsed.map((p) => (p.ok ? p.address : '')).join(', ');
    },
  client: oneOf<Client>(['app', 'webmail']),
  submission: (raw: string): SubmissionPort | undefined => (raw === '587' ? 587 : raw === '465' ? 465 : undefined),
  answers: readAnswers,
  mission: (raw: string): MissionId | undefined => (isMissionId(raw) ? raw : undefined),
  /** Mission names, comma-separated, each once; any unknown name refuses the whole value. */
  missions: (raw: string): MissionId[] | undefined => {
    const names = raw.split(',').map((name) => name.trim());
    const unique = [...new Set(names)];
    return unique.length === names.length && unique.every(isMissionId) ? unique : undefined;
  },
};

/** The catalogue key of the hint on valid values: each key has its own, but addresses and texts share one. */
const ADDRESS_KEYS: readonly ConfigKey[] = ['from', 'to', 'cc', 'bcc'];
const hintFor = (key: ConfigKey) =>
  `notice.hint.${ADDRESS_KEYS.includes(key) ? 'address' : key === 'subject' || key === 'body' ? 'text' : key}`;

/**
 * Shortens a hostile or huge value for display; it is only ever shown as text, and the notice
 * writes out its invisible and bidi control characters (Notices.tsx).
 */
export const shownValue = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 57)}…` : raw);

/**
 * Reads the configuration through `get` (URLSearchParams.get or getAttribute). Unknown keys are
 * never asked for; a bad value falls back to its default and adds a notice.
 */
export function parseConfig(get: (key: ConfigKey) => string | null): {
  config: JourneyConfig;
  notices: ConfigNotice[];
} {
  const notices: ConfigNotice[] = [];
  function read<T>(key: ConfigKey, reader: (raw: string) => T | undefined, fallback: T, label = String(fallback)): T {
    const raw = get(key);
    if (raw === null) return fallback;
    const value = reader(raw);
    if (value !== undefined) return value;
    notices.push({ key, value: shownValue(raw), fallback: label, hint: hintFor(key) });
    return fallback;
  }
  const text = (key: 'subject' | 'body') =>
    read(key, (raw) => (raw.length <= TEXT_MAX[key] ? raw : undefined), DEFAULT_MESSAGE[key], DEFAULT_MESSAGE[key]);

  const mode = read('mode', readers.mode, DEFAULT_CONFIG.mode);
  const preset = read<PresetName | null>('scenario', readers.scenario, null, 'none');
  const explicitTo = get('to') !== null;
  let message: ComposedMessage = {
    from: read('from', readers.address, DEFAULT_MESSAGE.from),
    to: read('to', readers.addresses(false), DEFAULT_MESSAGE.to),
    cc: read('cc', readers.addresses(true), DEFAULT_MESSAGE.cc, 'none'),
    bcc: read('bcc', readers.addresses(true), DEFAULT_MESSAGE.bcc, 'none'),
    subject: text('subject'),
    body: text('body'),
  };
  if (preset) message = messageForPreset(preset, message);
  else if (!explicitTo) message = messageForMode(message, mode, greetings());
  else if (modeOf(message) !== mode && get('mode') !== null)
    notices.push({ key: 'mode', value: mode, fallback: modeOf(message) ?? mode, hint: 'notice.hint.conflict' });

  const config: JourneyConfig = {
    mode: modeOf(message) ?? mode,
    message,
    preset,
    retrieval: read('retrieval', readers.retrieval, DEFAULT_CONFIG.retrieval),
    setup: {
      client: read('client', readers.client, DEFAULT_SETUP.client),
      submission: read('submission', readers.submission, DEFAULT_SETUP.submission),
      keep: read('keep', readers.autoplay, DEFAULT_SETUP.keep, 'off'),
    },
    speed: read('speed', readers.speed, DEFAULT_CONFIG.speed),
    autoplay: read('autoplay', readers.autoplay, false, 'off'),
    step: read<number | null>('step', readers.step, null, 'none'),
    lang: spoken(read<string | null>('lang', readers.lang, null, 'browser'), notices),
    theme: read('theme', readers.theme, DEFAULT_CONFIG.theme),
    controls: read('controls', readers.controls, DEFAULT_CONFIG.controls),
    depth: read<Depth | null>('depth', readers.depth, null, 'beginner'),
    checkpoints: read('checkpoints', readers.autoplay, false, 'off'),
    motion: read('motion', readers.motion, DEFAULT_CONFIG.motion),
    ...read('trace', readers.trace, { tool: DEFAULT_CONFIG.tool, sample: null }, 'off'),
    edits: read('world', readers.world, DEFAULT_CONFIG.edits, 'none'),
    pace: read<Pace | null>('pace', readers.pace, null, 'step'),
    layout: read('layout', readers.layout, DEFAULT_CONFIG.layout),
    answers: read<JourneyConfig['answers']>('answers', readers.answers, undefined, 'none'),
    ...missionConfig(get, read),
  };
  return { config, notices };
}

/**
 * A well-formed tag of a language the app does not speak (`lang=ja`) is English, with the polite
 * notice of any value it cannot use; a tag whose language it speaks (`fr-CA`) is kept as it came.
 */
function spoken(lang: string | null, notices: ConfigNotice[]): string | null {
  if (lang === null || lang.split('-')[0] === pickLanguage([lang])) return lang;
  notices.push({ key: 'lang', value: shownValue(lang), fallback: 'en', hint: 'notice.hint.lang' });
  return 'en';
}

/**
 * Issue 24: the missions offered and the one to open. A mission the lesson does not offer falls back
 * with the same polite notice as an unknown one. A link that carries its own world or scenario (a
 * share link made mid-way) keeps it; otherwise the mission opens in its own world.
 */
function missionConfig(
  get: (key: ConfigKey) => string | null,
  read: <T>(key: ConfigKey, reader: (raw: string) => T | undefined, fallback: T, label?: string) => T,
): Pick<JourneyConfig, 'mission' | 'missionKeepsWorld' | 'missions'> {
  const missions = read<MissionId[]>('missions', readers.missions, [], 'all');
  const offered = (id: string): MissionId | undefined => {
    const mission = readers.mission(id);
    return mission && (missions.length === 0 || missions.includes(mission)) ? mission : undefined;
  };
  const mission = read<MissionId | null>('mission', offered, null, 'none');
  return { missions, mission, missionKeepsWorld: get('world') !== null || get('scenario') !== null };
}

export function configFromUrl(search: string): ReturnType<typeof parseConfig> {
  const params = new URLSearchParams(search);
  return parseConfig((key) => params.get(key));
}
