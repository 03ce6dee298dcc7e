// The scenario: the composed message checked against the world, and the choices that shape a journey.
import { parseAddress } from '../message/address';
import { recipientsOf, type RecipientField } from '../message/recipients';
import { applyEdits, type WorldEdit } from './edits';
import { presetEdits, type PresetName } from './presets';
import { DEFAULT_SETUP, validateMessage } from '../message/composed';
import type { ComposedMessage, Failure, Mode, Retrieval, SendSetup } from '../words/vocabulary';
import { DEFAULT_WORLD, mailboxOf, personAt, providerFor, type Host, type Provider, type World } from './world';

export type { ComposedMessage } from '../words/vocabulary';

export type { FieldErrors, MessageField } from '../message/composed';
export {
  BODY_MAX,
  DEFAULT_MESSAGE,
  DEFAULT_SETUP,
  messageForMode,
  modeOf,
  senderDomains,
  SUBJECT_MAX,
  validateMessage,
} from '../message/composed';

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
  /** The forwarding address the message arrived for. */
  alias: string;
  /** What the forwarder's own checks found, which it seals in its ARC set (RFC 8617): the results
   *  for the identities of the message as it arrived (envelope sender, DKIM d=, From:). */
  seen: {
    domains: { mailfrom: string; dkim: string; from: string };
    verdicts: { spf: 'pass' | 'fail'; dkim: 'pass' | 'fail' | 'none'; dmarc: 'pass' | 'fail' | 'none' };
  };
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

function party(address: string, local: string, domain: string, world: World = DEFAULT_WORLD): Party {
  const provider = providerFor(domain);
  const person = provider ? personAt(provider, local) : undefined;
  const hasMailbox = provider !== undefined && mailboxOf(world, `${local}@${domain}`) !== undefined;
  return { address, local, domain, name: person?.name ?? local, provider, hasMailbox };
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
