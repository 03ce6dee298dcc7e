// The scenario: the composed message checked against the world, and the choices that shape a journey.
import { parseAddress, type AddressProblem } from './address';
import { RECIPIENT_FIELDS, recipientFieldError, recipientsOf, splitAddresses, type RecipientField } from './recipients';
import { applyEdits, type WorldEdit } from './edits';
import { presetEdits, type PresetName } from './presets';
import type { ComposedMessage, Failure, Mode, Retrieval, SendSetup, Text } from './vocabulary';
import {
  DEFAULT_WORLD,
  isSimulatedDomain,
  mailboxOf,
  personAt,
  providerFor,
  PROVIDERS,
  type Host,
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

/** A recipient the bounce (DSN) reports on: why it failed, and which MX said so. */
export interface FailedRecipient {
  address: string;
  failure: Failure;
  remoteMta: string | null;
  /** Set when a forwarder's onward delivery failed: the forwarder, not the sender's MTA, writes the bounce. */
  via?: Via;
}

/** The second leg of a forwarded message: who sends it on, and how the envelope and message changed. */
export interface Via {
  /** The forwarding server of the third organisation (drawn as forwarder-1). */
  host: Host;
  /** Its envelope sender: an SRS address (forwarder) or the list's bounce address. */
  mailFrom: string;
  /** For a mailing list, its address: From: is rewritten to it, and subject and footer change. */
  list: string | null;
}

/** One recipient of the message, and the field it was typed in. */
export type Recipient = Party & { field: RecipientField };

export interface Scenario {
  message: ComposedMessage;
  sender: Party & { provider: Provider };
  /** The recipient this journey follows to the end: the first of its group the MX would accept. */
  recipient: Recipient;
  /** Every recipient of the message (To, Cc, Bcc), in the order typed. */
  recipients: readonly Recipient[];
  /** The recipients sharing this journey's destination (one SMTP session, or local delivery). */
  group: readonly Recipient[];
  /** Where Alice writes, the submission port, POP3's "leave a copy". */
  setup: SendSetup;
  /** Set on the leg after a forwarder: the forwarder's host, envelope sender and list. */
  via?: Via;
  /** Set only for the bounce: every failed recipient, each with its reason (RFC 3464 §2.3). */
  failed?: readonly FailedRecipient[];
  mode: Mode;
  retrieval: Retrieval;
  /** The preset's name, for display only: nothing in the model branches on it. */
  preset: PresetName | null;
  /** The world the journey travels through: the default, the preset's edits, then the learner's. */
  world: World;
}

export const DEFAULT_SETUP: SendSetup = { client: 'app', submission: 587, keep: false };

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
  const seen: string[] = [];
  for (const field of RECIPIENT_FIELDS) {
    const { error, addresses } = recipientFieldError(field, message[field], seen);
    const outside = addresses.map((a) => a.slice(a.lastIndexOf('@') + 1)).find((d) => !isSimulatedDomain(d));
    if (error) errors[field] = error;
    else if (outside) errors[field] = { key: 'error.to.outside', params: { domain: outside } };
    seen.push(...addresses);
  }
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
  setup: SendSetup = DEFAULT_SETUP,
): Scenario | null {
  return scenarioInWorld(message, retrieval, preset, worldFor(preset, edits), setup);
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
  setup: SendSetup = DEFAULT_SETUP,
): Scenario | null {
  if (Object.keys(validateMessage(message)).length > 0) return null;
  const from = parseAddress(message.from);
  if (!from.ok) return null;
  const sender = party(from.address, from.local, from.domain, world);
  if (!sender.provider) return null;
  const recipients = recipientsOf(message).map(({ address, field }): Recipient => {
    const at = address.lastIndexOf('@');
    return { ...party(address, address.slice(0, at), address.slice(at + 1), world), field };
  });
  const [first] = recipients;
  if (!first) return null;
  const base = {
    message,
    sender: { ...sender, provider: sender.provider },
    recipients,
    retrieval,
    preset,
    world,
    setup,
  };
  return forGroup(
    base,
    recipients.filter((r) => r.domain === first.domain),
  );
}

/** A recipient of the given field, as the world knows them (used for a forwarding target). */
export function recipientParty(address: string, field: RecipientField, world: World): Recipient {
  const at = address.lastIndexOf('@');
  return { ...party(address, address.slice(0, at), address.slice(at + 1), world), field };
}

/** The journey of one destination's group: its mode, and the recipient it follows to the end. */
export function forGroup(s: Omit<Scenario, 'recipient' | 'group' | 'mode'>, group: readonly Recipient[]): Scenario {
  const [first] = group;
  if (!first) throw new Error('a destination without recipients');
  const open = group.find((r) => mailboxOf(s.world, r.address)?.full === 'no') ?? first;
  const mode: Mode = first.domain === s.sender.domain ? 'same-domain' : 'cross-domain';
  return { ...s, recipient: open, group, mode };
}

/** The recipients grouped by destination domain, in the order their domains first appear. */
export function destinations(s: Scenario): Recipient[][] {
  const byDomain = new Map<string, Recipient[]>();
  for (const r of s.recipients) byDomain.set(r.domain, [...(byDomain.get(r.domain) ?? []), r]);
  return [...byDomain.values()];
}

/** The mode a message implies, when its addresses can be read: same domain means same provider. */
export function modeOf(message: ComposedMessage): Mode | null {
  const from = parseAddress(message.from);
  const to = parseAddress(splitAddresses(message.to)[0] ?? '');
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
