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

/** Issue 24's presets: pictured in docs/outcomes/ and checked in Node and jsdom, and in one browser
 *  page load of their own (test/browser/picture.e2e.ts), not walked step by step by the picture sweep. */
const FORGE_PRESETS = [
  'spoof-no-dmarc',
  'spoof-quarantine',
  'lookalike',
  'starttls-stripped',
  'mta-sts-enforce',
] as const;
type ForgePreset = (typeof FORGE_PRESETS)[number];
const isForge = (p: PresetName): p is ForgePreset => (FORGE_PRESETS as readonly string[]).includes(p);

/** What the picture's tests and the outcome pictures show: the default, its variants, every preset, several recipients. */
const PICTURED = {
  default: {},
  'same-domain': { mode: 'same-domain' },
  pop3: { retrieval: 'pop3' },
  ...(Object.fromEntries(PRESETS.filter((p) => !isForge(p)).map((p) => [p, { scenario: p }])) as Record<
    Exclude<PresetName, ForgePreset>,
    JourneyKeys
  >),
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
  // The recipient domain's name servers fail: SERVFAIL, so the relay keeps the message queued.
  'dns-servfail': { world: world({ kind: 'servfail', domain: 'example.org', value: true }) },
} satisfies Record<string, JourneyKeys>;

/** Forging and defending (issue 24): the presets, and worlds that reach the other defences' words. */
const FORGE = {
  ...(Object.fromEntries(FORGE_PRESETS.map((p) => [p, { scenario: p }])) as Record<ForgePreset, JourneyKeys>),
  // DANE with DNSSEC stops the same downgrade; TLS-RPT reports it.
  'dane-enforced': {
    world: world(
      { kind: 'mitm', value: true },
      { kind: 'dane', domain: 'example.org', value: 'dnssec' },
      { kind: 'tls-rpt', domain: 'example.org', value: true },
    ),
  },
  // MTA-STS in testing delivers in plaintext, and reports.
  'mta-sts-testing': {
    world: world(
      { kind: 'mitm', value: true },
      { kind: 'mta-sts', domain: 'example.org', value: 'testing' },
      { kind: 'tls-rpt', domain: 'example.org', value: true },
    ),
  },
  // p=reject at pct=10: this forgery falls outside the 10 % and is quarantined; rua gets the report.
  'spoof-pct': {
    scenario: 'dmarc-reject',
    world: world(
      { kind: 'dmarc-pct', domain: 'example.com', value: 10 },
      { kind: 'dmarc-rua', domain: 'example.com', value: true },
    ),
  },
  'spoof-softfail': {
    scenario: 'spoof-no-dmarc',
    world: world({ kind: 'spf', domain: 'example.com', value: 'softfail' }),
  },
  'spf-permerror': { world: world({ kind: 'spf', domain: 'example.com', value: 'permerror' }) },
  // The forgery sent through an open relay: SPF fails for the relay's address, p=reject refuses it.
  'open-relay': { scenario: 'dmarc-reject', world: world({ kind: 'forgery', value: 'open-relay' }) },
  // Forwarded, unsigned, p=reject: DMARC fails at Bob's MX, but it trusts the forwarder's ARC seal.
  'arc-trusted': {
    scenario: 'forwarded',
    world: world(
      { kind: 'dkim-signing', domain: 'example.com', value: 'unsigned' },
      { kind: 'dmarc', domain: 'example.com', value: 'reject' },
      { kind: 'arc-trust', domain: 'alumni.example.net', value: true },
    ),
  },
  'dkim-unsigned': { world: world({ kind: 'dkim-signing', domain: 'example.com', value: 'unsigned' }) },
  // A hop breaks the signature and SPF lists another network: nothing aligned passes, so Junk.
  'dkim-broken-quarantine': {
    world: world(
      { kind: 'dkim-signing', domain: 'example.com', value: 'broken' },
      { kind: 'spf', domain: 'example.com', value: 'other' },
      { kind: 'dmarc', domain: 'example.com', value: 'quarantine' },
    ),
  },
} satisfies Record<string, JourneyKeys>;

/** Forgeries the picture draws like the lookalike (the difference is only in From:), for the words. */
const FORGE_WORDS = {
  'display-name': { scenario: 'spoof-no-dmarc', world: world({ kind: 'forgery', value: 'display-name' }) },
  homograph: { scenario: 'spoof-no-dmarc', world: world({ kind: 'forgery', value: 'homograph' }) },
} satisfies Record<string, JourneyKeys>;

const CATALOGUE: Record<string, JourneyKeys> = { ...PICTURED, ...FORWARDING, ...WORLDS, ...FORGE, ...FORGE_WORDS };

export type PicturedName = keyof typeof PICTURED | keyof typeof FORGE;
export type JourneyName = PicturedName | keyof typeof FORWARDING | keyof typeof WORLDS | keyof typeof FORGE_WORDS;

/** The journeys of the picture's browser sweep, in the README's order. */
export const PICTURED_JOURNEYS = Object.keys(PICTURED) as PicturedName[];
/** Issue 24's journeys: checked in Node and jsdom and in one browser page of their own. */
export const FORGE_JOURNEYS = Object.keys(FORGE) as PicturedName[];
/** The pictures of docs/outcomes/: the sweep's journeys, then the forging and defending ones. */
export const OUTCOME_JOURNEYS = [...PICTURED_JOURNEYS, ...FORGE_JOURNEYS];
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
  const worlds = [...FORGE_JOURNEYS, ...Object.keys(FORGE_WORDS)].filter(
    (name) => !(PRESETS as readonly string[]).includes(name),
  );
  const bases = ['default', ...PRESETS, ...WORLD_JOURNEYS, ...worlds] as JourneyName[];
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
