// The composed message on its own (the form's fields): its defaults, its checks, and the rewrites the form makes (the
// same-domain toggle). Light (the directory, not the world), so the compose form works from the
// first screen; the scenario (scenario.ts) checks the message against the world once it is in.
import { parseAddress, type AddressProblem } from './address';
import { DIRECTORY, isSimulatedDomain, listingFor, nameAt, personAt } from './directory';
import { RECIPIENT_FIELDS, recipientFieldError, recipientsOf, splitAddresses } from './recipients';
import type { ComposedMessage, Mode, SendSetup, Text } from '../words/vocabulary';

export type MessageField = keyof ComposedMessage;

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

const problemText = (field: 'from' | 'to', problem: AddressProblem): Text => ({
  key: `error.address.${problem}`,
  params: { field },
});

/** Checks every field; an empty result means the message can be sent. */
export function validateMessage(message: ComposedMessage): FieldErrors {
  const errors: FieldErrors = {};
  const from = parseAddress(message.from);
  if (!from.ok) errors.from = problemText('from', from.problem);
  else if (!listingFor(from.domain)) errors.from = { key: 'error.from.provider', params: { domains: senderDomains() } };
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
  return DIRECTORY.filter((p) => p.domain.split('.').length === 2)
    .map((p) => p.domain)
    .join(', ');
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
 * provider has such a mailbox, otherwise picks someone who lives there. The greetings (the words of
 * the catalogues, e.g. "Hi") are those after which the recipient's name is kept in step; without
 * them the body is left as it is.
 */
export function messageForMode(
  message: ComposedMessage,
  mode: Mode,
  greetings: readonly string[] = [],
): ComposedMessage {
  const from = parseAddress(message.from);
  const senderDomain = from.ok && listingFor(from.domain) ? from.domain : 'example.com';
  const target =
    mode === 'same-domain'
      ? listingFor(senderDomain)
      : DIRECTORY.find((p) => p.domain !== senderDomain && p.domain.split('.').length === 2);
  if (!target) return message;
  const to = parseAddress(message.to);
  const senderLocal = from.ok ? from.local.toLowerCase() : '';
  const keep = to.ok && personAt(target, to.local) && to.local.toLowerCase() !== senderLocal;
  const someone = target.people.find((p) => p.local !== senderLocal) ?? target.people[0];
  const local = keep && to.ok ? to.local : (someone?.local ?? 'postmaster');
  const oldName = to.ok ? nameAt(to.local, to.domain) : null;
  const newName = nameAt(local, target.domain);
  return { ...message, to: `${local}@${target.domain}`, body: greetingFor(message.body, oldName, newName, greetings) };
}

/** Keeps "Hi Bob," in step with the recipient when the toggle changes who that is. */
function greetingFor(body: string, oldName: string | null, newName: string, greetings: readonly string[]): string {
  if (!oldName || oldName === newName || greetings.length === 0) return body;
  const greeting = new RegExp(`^(${greetings.map(escaped).join('|')}) ${escaped(oldName)}\\b`);
  return body.replace(greeting, `$1 ${newName}`);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first recipient's name as the journey calls them (see scenario.ts's party); '' when the message cannot be sent. */
export function recipientName(message: ComposedMessage): string {
  if (Object.keys(validateMessage(message)).length > 0) return '';
  const first = recipientsOf(message)[0];
  if (!first) return '';
  const at = first.address.lastIndexOf('@');
  return nameAt(first.address.slice(0, at), first.address.slice(at + 1));
}
