// Several recipients: reading To, Cc and Bcc, and grouping them by destination domain the way the
// sending MTA does (one SMTP session per destination; local ones delivered locally; RFC 5321 §3.3).
import { parseAddress, type AddressProblem } from './address';
import type { ComposedMessage, RecipientResult, Text } from '../words/vocabulary';

/** At most this many recipients in all (To, Cc and Bcc together): enough to show grouping. */
export const MAX_RECIPIENTS = 8;

export type RecipientField = RecipientResult['field'];
export const RECIPIENT_FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/**
 * The entries of one recipient field, trimmed, empty ones dropped ("a@x, b@y," is two). Commas
 * separate addresses (RFC 5322 §3.4); a semicolon is taken as one too, because Outlook separates
 * recipients with semicolons and people type what they see there. The header is written with commas.
 */
export const splitAddresses = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Every recipient as typed, in field order (To, Cc, Bcc), addresses normalised; unreadable ones left out. */
export function recipientsOf(message: ComposedMessage): { address: string; field: RecipientField }[] {
  return RECIPIENT_FIELDS.flatMap((field) =>
    splitAddresses(message[field]).flatMap((raw) => {
      const parsed = parseAddress(raw);
      return parsed.ok ? [{ address: parsed.address, field }] : [];
    }),
  );
}

/** Several addresses typed with only spaces between them ("bob@example.org dave@example.org"), else null. */
function spaceSeparated(raw: string): string[] | null {
  const parts = raw.trim().split(/\s+/);
  return parts.length > 1 && parts.every((p) => parseAddress(p).ok) ? parts : null;
}

/** The problem named with the entry typed; addresses separated by spaces get the fix spelled out. */
function problemText(problem: AddressProblem, address: string): Text {
  const parts = problem === 'spaces' ? spaceSeparated(address) : null;
  if (parts)
    return {
      key: 'error.recipients.separator',
      params: { typed: address, count: parts.length, fixed: parts.join(', ') },
    };
  return { key: `error.recipient.${problem}`, params: { address } };
}

/**
 * The first problem of one recipient field: an address that cannot be read (named), one typed
 * twice, or one too many in all. `before` counts the recipients of the fields before this one.
 * `to` with one entry keeps the single-address messages it always had.
 */
export function recipientFieldError(
  field: RecipientField,
  text: string,
  before: readonly string[],
): { error: Text | null; addresses: string[] } {
  const entries = splitAddresses(text);
  if (field === 'to' && entries.length <= 1 && !spaceSeparated(text)) {
    const parsed = parseAddress(text);
    if (!parsed.ok) return { error: { key: `error.address.${parsed.problem}`, params: { field } }, addresses: [] };
  }
  const seen = [...before];
  for (const raw of entries) {
    const parsed = parseAddress(raw);
    if (!parsed.ok) return { error: problemText(parsed.problem, raw), addresses: [] };
    // One mailbox whatever the case: every provider here reads local parts case-insensitively (as most do).
    if (seen.some((address) => address.toLowerCase() === parsed.address.toLowerCase()))
      return { error: { key: 'error.recipient.twice', params: { address: parsed.address } }, addresses: [] };
    seen.push(parsed.address);
    if (seen.length > MAX_RECIPIENTS)
      return { error: { key: 'error.recipients.many', params: { max: MAX_RECIPIENTS } }, addresses: [] };
  }
  return { error: null, addresses: seen.slice(before.length) };
}

/** A Received line's `for` clause names at most one recipient: only when the session had one (RFC 5321 §4.4). */
export const forClause = (addresses: readonly string[]): string | undefined =>
  addresses.length === 1 ? addresses[0] : undefined;
