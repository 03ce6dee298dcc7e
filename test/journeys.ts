// One catalogue of journeys for every test and for scripts/outcomes.mjs. Each journey is written once,
// as a link writes it (its keys, the public contract of DESIGN.md); the query string and the store's
// start are read from those keys, so a browser test, a Node test and an outcome picture of the same
// name are the same journey.
import {
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  encodeEdits,
  messageForMode,
  messageForPreset,
  PRESETS,
  type Mode,
  type Plan,
  type PresetName,
  type Retrieval,
  type WorldEdit,
} from '../src/model';
import { buildScenario, decodeEdits, planJourney } from '../src/model/engine';
import type { JourneyInit } from '../src/store/journeyStore';

/** The keys a journey is told by: a subset of the URL keys (and of the element's attributes). */
export interface JourneyKeys {
  scenario?: PresetName;
  mode?: Mode;
  retrieval?: Retrieval;
  to?: string;
  cc?: string;
  bcc?: string;
  client?: 'app' | 'webmail';
  world?: string;
}

export interface Journey {
  name: string;
  keys: JourneyKeys;
  /** The keys as a query string, without `?` (empty for the default journey). */
  query: string;
  /** The store's start, as the app builds it from the same keys. */
  init: JourneyInit;
}

const BOB = 'bob@example.org';
const world = (...edits: WorldEdit[]) => encodeEdits(edits);

/** What the picture's tests and the outcome pictures show: the default, its variants, every preset, several recipients. */
const PICTURED = {
  default: {},
  'same-domain': { mode: 'same-domain' },
  pop3: { retrieval: 'pop3' },
  ...(Object.fromEntries(PRESETS.map((p) => [p, { scenario: p }])) as Record<PresetName, JourneyKeys>),
  // Three recipients in two domains and one local: dave is unknown at example.net, so one bounce.
  'three-recipients': { to: 'bob@example.org,carol@example.com', bcc: 'dave@example.net' },
  webmail: { client: 'webmail' },
} satisfies Record<string, JourneyKeys>;

/** Journeys about forwarding beside other recipients, drawn but not among the outcome pictures. */
const FORWARDING = {
  // bob@alumni forwards to example.org, carol@alumni is unknown there, dave@example.org is reached directly.
  'forwarding-beside-others': {
    to: 'bob@alumni.example.net,carol@alumni.example.net',
    cc: 'dave@example.org',
    world: world({ kind: 'alias', address: 'bob@alumni.example.net', value: BOB }),
  },
  // The forwarded copy finds nobody at example.org: the forwarder writes the bounce.
  'forwarded-copy-bounces': {
    to: 'bob@alumni.example.net',
    world: world({ kind: 'alias', address: 'bob@alumni.example.net', value: 'nobody@example.org' }),
  },
} satisfies Record<string, JourneyKeys>;

/** World edits no preset makes, each reaching captions of its own. */
const WORLDS = {
  'mailbox-temporary': { world: world({ kind: 'mailbox', address: BOB, value: 'temporary' }) },
  'mailbox-absent': { world: world({ kind: 'mailbox', address: BOB, value: 'absent' }) },
  'mx1-refused': { world: world({ kind: 'reach', host: 'mx1.example.org', value: 'refused' }) },
  'both-mx-refused': {
    world: world(
      { kind: 'reach', host: 'mx1.example.org', value: 'refused' },
      { kind: 'reach', host: 'mx2.example.org', value: 'refused' },
    ),
  },
  'size-limit': {
    world: world({ kind: 'size-limit', host: 'mx1.example.org', value: 1 }, { kind: 'attachment', value: 5 }),
  },
  'dmarc-quarantine': {
    world: world(
      { kind: 'dmarc', domain: 'example.com', value: 'quarantine' },
      { kind: 'spf', domain: 'example.com', value: 'other' },
      { kind: 'dkim', domain: 'example.com', value: false },
    ),
  },
  'dmarc-none-unaligned': {
    world: world(
      { kind: 'dmarc', domain: 'example.com', value: 'none' },
      { kind: 'spf', domain: 'example.com', value: 'other' },
      { kind: 'dkim', domain: 'example.com', value: false },
    ),
  },
  'dmarc-absent': { world: world({ kind: 'dmarc', domain: 'example.com', value: 'absent' }) },
  'spf-none': { world: world({ kind: 'spf', domain: 'example.com', value: 'none' }) },
  'no-mx-records': { world: world({ kind: 'mx', domain: 'example.org', value: [] }) },
} satisfies Record<string, JourneyKeys>;

const CATALOGUE: Record<string, JourneyKeys> = { ...PICTURED, ...FORWARDING, ...WORLDS };

export type PicturedName = keyof typeof PICTURED;
export type JourneyName = PicturedName | keyof typeof FORWARDING | keyof typeof WORLDS;

/** The journeys of the picture's tests and of docs/outcomes/, in the README's order. */
export const PICTURED_JOURNEYS = Object.keys(PICTURED) as PicturedName[];
/** The extra worlds, for sweeps over every caption the model can produce. */
export const WORLD_JOURNEYS = Object.keys(WORLDS) as (keyof typeof WORLDS)[];

export const queryOf = (keys: JourneyKeys): string =>
  new URLSearchParams(Object.entries(keys).filter(([, v]) => v !== undefined) as [string, string][]).toString();

/** The store's start from the keys, read as the configuration parser reads them. */
export function initOf(keys: JourneyKeys): JourneyInit {
  const preset = keys.scenario ?? null;
  const written = {
    ...DEFAULT_MESSAGE,
    ...(keys.to === undefined ? {} : { to: keys.to }),
    ...(keys.cc === undefined ? {} : { cc: keys.cc }),
    ...(keys.bcc === undefined ? {} : { bcc: keys.bcc }),
  };
  const message = preset
    ? messageForPreset(preset, written)
    : keys.to === undefined
      ? messageForMode(written, keys.mode ?? 'cross-domain')
      : written;
  const edits = keys.world === undefined ? [] : decodeEdits(keys.world);
  if (edits === null) throw new Error(`the catalogue's world key ${keys.world} does not decode`);
  return {
    message,
    retrieval: keys.retrieval ?? 'imap',
    preset,
    speed: 1,
    edits,
    setup: { ...DEFAULT_SETUP, client: keys.client ?? DEFAULT_SETUP.client },
  };
}

export function journeyFrom(name: string, keys: JourneyKeys): Journey {
  return { name, keys, query: queryOf(keys), init: initOf(keys) };
}

export function journey(name: JourneyName): Journey {
  const keys = CATALOGUE[name];
  if (!keys) throw new Error(`no journey ${name} in the catalogue`);
  return journeyFrom(name, keys);
}

/** The journey's plan, worked out by the model alone (no store, no views); null when its message is not valid. */
function planOrNull({ init }: Journey): Plan | null {
  const scenario = buildScenario(init.message, init.retrieval, init.preset, init.edits, init.setup);
  return scenario ? planJourney(scenario) : null;
}

export function planOf(which: JourneyName | Journey): Plan {
  const found = typeof which === 'string' ? journey(which) : which;
  const plan = planOrNull(found);
  if (!plan) throw new Error(`no plan for ${found.name}`);
  return plan;
}

export interface NamedPlan {
  name: string;
  plan: Plan;
}

/**
 * Every journey the app can show for captions and questions: the default, each preset and each
 * extra world, in both modes and with both readers' protocols.
 */
export function everyJourney(): NamedPlan[] {
  const bases = ['default', ...PRESETS, ...WORLD_JOURNEYS] as JourneyName[];
  return bases.flatMap((name) =>
    (['cross-domain', 'same-domain'] as const).flatMap((mode) =>
      (['imap', 'pop3'] as const).flatMap((retrieval) => {
        const variant = journeyFrom(`${name} ${mode} ${retrieval}`, { ...CATALOGUE[name], mode, retrieval });
        const plan = planOrNull(variant);
        return plan ? [{ name: variant.name, plan }] : [];
      }),
    ),
  );
}
