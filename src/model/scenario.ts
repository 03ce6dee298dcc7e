// The scenario: the composed message checked against the world, and the choices that shape a journey.
import { parseAddress, type AddressProblem } from './address';
import { applyEdits, type WorldEdit } from './edits';
import { presetEdits, type PresetName } from './presets';
import type { ComposedMessage, Mode, Retrieval, Text } from './vocabulary';
import {
  DEFAULT_WORLD,
  isSimulatedDomain,
  mailboxOf,
  personAt,
  providerFor,
  PROVIDERS,
  type Provider,
  type World,
} from './world';

export type { ComposedMessage } from './vocabulary';

export type MessageField = keyof ComposedMessage;

export interface Party {
  address: string;
  local: string;
  domain: string;
  /** The person's name where the world knows them, else the local part. */
  name: string;
  /** Their provider, when the domain is one the simulation runs servers for. */
  provider: Provider | undefined;
  /** Whether the world has a mailbox for that address (directly or through an alias). */
  hasMailbox: boolean;
}

export interface Scenario {
  message: ComposedMessage;
  sender: Party & { provider: Provider };
  recipient: Party;
  mode: Mode;
  retrieval: Retrieval;
  /** The preset's name, for display only: nothing in the model branches on it. */
  preset: PresetName | null;
  /** The world the journey travels through: the default, the preset's edits, then the learner's. */
  world: World;
}

export const DEFAULT_MESSAGE: ComposedMessage = {
  from: 'alice@example.com',
  to: 'bob@example.org',
  cc: '',
  bcc: '',
  subject: 'Lunch on Friday?',
  body: 'Hi Bob, lunch on Friday?',
};

/** RFC 5322 §2.1.1: a header line is at most 998 characters; we keep the subject well inside. */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;

export type FieldErrors = Partial<Record<MessageField, Text>>;

function party(address: string, local: string, domain: string, world: World = DEFAULT_WORLD): Party {
  const provider = providerFor(domain);
  const person = provider ? personAt(provider, local) : undefined;
  const hasMailbox = provider !== undefined && mailboxOf(world, `${local}@${domain}`) !== undefined;
  return { address, local, domain, name: person?.name ?? local, provider, hasMailbox };
}

const problemText = (field: 'from' | 'to', problem: AddressProblem): Text => ({
  key: `error.address.${problem}`,
  params: { field },
});

/** Checks every field; an empty result means the message can be sent. */
export function validateMessage(message: ComposedMessage): FieldErrors {
  const errors: FieldErrors = {};
  const from = parseAddress(message.from);
  if (!from.ok) errors.from = problemText('from', from.problem);
  else if (!providerFor(from.domain))
    errors.from = { key: 'error.from.provider', params: { domains: senderDomains() } };
  const to = parseAddress(message.to);
  if (!to.ok) errors.to = problemText('to', to.problem);
  else if (!isSimulatedDomain(to.domain)) errors.to = { key: 'error.to.outside', params: { domain: to.domain } };
  if (message.subject.length > SUBJECT_MAX)
    errors.subject = { key: 'error.subject.long', params: { max: SUBJECT_MAX } };
  if (message.body.length > BODY_MAX) errors.body = { key: 'error.body.long', params: { max: BODY_MAX } };
  return errors;
}

export function senderDomains(): string {
  return PROVIDERS.filter((p) => p.domain.split('.').length === 2)
    .map((p) => p.domain)
    .join(', ');
}

/** Builds the scenario, or returns null when the message has errors (see validateMessage). */
export function buildScenario(
  message: ComposedMessage,
  retrieval: Retrieval,
  preset: PresetName | null,
  edits: readonly WorldEdit[] = [],
): Scenario | null {
  return scenarioInWorld(message, retrieval, preset, worldFor(preset, edits));
}

/** The world a journey travels through: the default world, the preset's edits, then the learner's. */
export const worldFor = (preset: PresetName | null, edits: readonly WorldEdit[] = []): World =>
  applyEdits(DEFAULT_WORLD, [...presetEdits(preset), ...edits]);

/** The scenario of a message in a given world (see buildScenario for the checks it relies on). */
export function scenarioInWorld(
  message: ComposedMessage,
  retrieval: Retrieval,
  preset: PresetName | null,
  world: World,
): Scenario | null {
  if (Object.keys(validateMessage(message)).length > 0) return null;
  const from = parseAddress(message.from);
  const to = parseAddress(message.to);
  if (!from.ok || !to.ok) return null;
  const sender = party(from.address, from.local, from.domain, world);
  if (!sender.provider) return null;
  const recipient = party(to.address, to.local, to.domain, world);
  const mode: Mode = recipient.domain === sender.domain ? 'same-domain' : 'cross-domain';
  return { message, sender: { ...sender, provider: sender.provider }, recipient, mode, retrieval, preset, world };
}

/** The mode a message implies, when its addresses can be read: same domain means same provider. */
export function modeOf(message: ComposedMessage): Mode | null {
  const from = parseAddress(message.from);
  const to = parseAddress(message.to);
  if (!from.ok || !to.ok) return null;
  return from.domain === to.domain ? 'same-domain' : 'cross-domain';
}

/**
 * Rewrites the recipient so the message matches the chosen mode: the sender's own domain for
 * same-domain, another provider for cross-domain. Keeps the recipient's name where that
 * provider has such a mailbox, otherwise picks someone who lives there.
 */
export function messageForMode(message: ComposedMessage, mode: Mode): ComposedMessage {
  const from = parseAddress(message.from);
  const senderDomain = from.ok && providerFor(from.domain) ? from.domain : 'example.com';
  const target =
    mode === 'same-domain'
      ? providerFor(senderDomain)
      : PROVIDERS.find((p) => p.domain !== senderDomain && p.domain.split('.').length === 2);
  if (!target) return message;
  const to = parseAddress(message.to);
  const senderLocal = from.ok ? from.local.toLowerCase() : '';
  const keep = to.ok && personAt(target, to.local) && to.local.toLowerCase() !== senderLocal;
  const someone = target.people.find((p) => p.local !== senderLocal) ?? target.people[0];
  const local = keep && to.ok ? to.local : (someone?.local ?? 'postmaster');
  const oldName = to.ok ? party(to.address, to.local, to.domain).name : null;
  const newName = party(`${local}@${target.domain}`, local, target.domain).name;
  return { ...message, to: `${local}@${target.domain}`, body: greetingFor(message.body, oldName, newName) };
}

/** Keeps "Hi Bob," in step with the recipient when the toggle changes who that is. */
function greetingFor(body: string, oldName: string | null, newName: string): string {
  if (!oldName || oldName === newName) return body;
  const escaped = oldName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const greeting = new RegExp(`^(Hi|Hello|Dear|Hallo|Liebe|Lieber) ${escaped}\\b`);
  return body.replace(greeting, `$1 ${newName}`);
}
