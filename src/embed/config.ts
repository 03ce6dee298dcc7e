// The one configuration parser: DESIGN.md's keys, from URL query parameters or element attributes.
import {
  decodeEdits,
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  MAX_RECIPIENTS,
  encodeEdits,
  isPreset,
  isSampleName,
  messageForMode,
  messageForPreset,
  modeOf,
  parseAddress,
  splitAddresses,
  type Client,
  type ComposedMessage,
  type Mode,
  type PresetName,
  type Retrieval,
  type SampleName,
  type SendSetup,
  type SubmissionPort,
  type WorldEdit,
} from '../model';
import {
  JOURNEY_DEFAULTS,
  SPEED_MAX,
  SPEED_MIN,
  type Controls,
  type Depth,
  type JourneyInit,
  type Motion,
  type Theme,
  type Tool,
} from '../store/journeyStore';

export type { Theme, Controls, Motion } from '../store/journeyStore';

export interface JourneyConfig extends Omit<
  JourneyInit,
  'depth' | 'checkpoints' | 'theme' | 'motion' | 'controls' | 'lang'
> {
  mode: Mode;
  autoplay: boolean;
  /** 1-based step to open at, or null. */
  step: number | null;
  lang: string | null;
  theme: Theme;
  controls: Controls;
  /** Null when the link does not say; the page then uses the reader's saved choice. */
  depth: Depth | null;
  checkpoints: boolean;
  /** `reduce` turns animation off even where the system does not ask for it. */
  motion: Motion;
  /** `trace=1` opens the tracer; `trace=<sample>` opens it with a bundled sample. */
  tool: Tool;
  sample: SampleName | null;
  /** The learner's world edits (`world` key, the compact form of README "World edits"). */
  edits: readonly WorldEdit[];
}

/** A value we could not use, and what we used instead; shown to the user as a polite notice. */
export interface ConfigNotice {
  key: string;
  value: string;
  fallback: string;
  hint: string;
}

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
] as const;

export type ConfigKey = (typeof CONFIG_KEYS)[number];

const TEXT_MAX = { subject: 200, body: 5000 } as const;

/** The store's defaults (src/store/defaults.ts), plus the keys only a link or attribute has. */
export const DEFAULT_CONFIG: JourneyConfig = {
  mode: 'cross-domain',
  message: JOURNEY_DEFAULTS.message,
  retrieval: JOURNEY_DEFAULTS.retrieval,
  setup: JOURNEY_DEFAULTS.setup,
  preset: JOURNEY_DEFAULTS.preset,
  speed: JOURNEY_DEFAULTS.speed,
  autoplay: false,
  step: null,
  lang: null,
  theme: JOURNEY_DEFAULTS.theme,
  controls: JOURNEY_DEFAULTS.controls,
  depth: null,
  checkpoints: JOURNEY_DEFAULTS.checkpoints,
  motion: JOURNEY_DEFAULTS.motion,
  tool: JOURNEY_DEFAULTS.tool,
  sample: JOURNEY_DEFAULTS.sample,
  edits: JOURNEY_DEFAULTS.edits,
};

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
  else if (!explicitTo) message = messageForMode(message, mode);
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
    lang: read<string | null>('lang', readers.lang, null, 'browser'),
    theme: read('theme', readers.theme, DEFAULT_CONFIG.theme),
    controls: read('controls', readers.controls, DEFAULT_CONFIG.controls),
    depth: read<Depth | null>('depth', readers.depth, null, 'beginner'),
    checkpoints: read('checkpoints', readers.autoplay, false, 'off'),
    motion: read('motion', readers.motion, DEFAULT_CONFIG.motion),
    ...read('trace', readers.trace, { tool: DEFAULT_CONFIG.tool, sample: null }, 'off'),
    edits: read('world', readers.world, DEFAULT_CONFIG.edits, 'none'),
  };
  return { config, notices };
}

export function configFromUrl(search: string): ReturnType<typeof parseConfig> {
  const params = new URLSearchParams(search);
  return parseConfig((key) => params.get(key));
}

/**
 * The longest query a share link may carry: with the page's own address it stays under the 8,000
 * characters common servers accept in a request line (longer ones are refused with HTTP 431).
 */
export const SHARE_QUERY_MAX = 7000;

type ShareState = {
  message: ComposedMessage;
  retrieval: Retrieval;
  setup?: SendSetup;
  preset: PresetName | null;
  speed: number;
  depth?: Depth;
  cursor: number;
  edits?: readonly WorldEdit[];
};

/**
 * The query string that reopens this journey as it is now: message, choices, and the current step.
 * A message text too long for a link (a long body, many characters that need escaping) is left
 * out, body first, and the link keeps the settings and the step; see shareLeavesTextOut.
 */
export function toQueryString(state: ShareState): string {
  return shareQuery(state).query;
}

export function shareLeavesTextOut(state: ShareState): boolean {
  return shareQuery(state).textLeftOut;
}

function shareQuery(state: ShareState): { query: string; textLeftOut: boolean } {
  const params = new URLSearchParams();
  const { message } = state;
  (['from', 'to', 'cc', 'bcc', 'subject', 'body'] as const).forEach((key) => {
    if (message[key] !== DEFAULT_MESSAGE[key]) params.set(key, message[key]);
  });
  if (state.preset) params.set('scenario', state.preset);
  if (state.retrieval !== DEFAULT_CONFIG.retrieval) params.set('retrieval', state.retrieval);
  const setup = state.setup ?? DEFAULT_SETUP;
  if (setup.client !== DEFAULT_SETUP.client) params.set('client', setup.client);
  if (setup.submission !== DEFAULT_SETUP.submission) params.set('submission', String(setup.submission));
  if (setup.keep !== DEFAULT_SETUP.keep) params.set('keep', '1');
  if (state.speed !== DEFAULT_CONFIG.speed) params.set('speed', String(state.speed));
  if (state.depth === 'expert') params.set('depth', 'expert');
  if (state.edits && state.edits.length > 0) params.set('world', encodeEdits(state.edits));
  if (state.cursor >= 0) params.set('step', String(state.cursor + 1));
  // The body goes first, then the subject, then (only if typed absurdly long) the addresses.
  let textLeftOut = false;
  for (const key of ['body', 'subject', 'bcc', 'cc', 'to', 'from'] as const) {
    if (params.toString().length <= SHARE_QUERY_MAX) break;
    textLeftOut ||= params.has(key);
    params.delete(key);
  }
  return { query: params.toString(), textLeftOut };
}
