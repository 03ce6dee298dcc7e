// Authentication-Results (RFC 8601): which one to believe, and its SPF, DKIM and DMARC verdicts.
import { organisation } from './hosts';
import { tokenize, type Token } from './tokens';
import type { AuthResults, Verdict } from './types';

const METHODS: readonly Verdict['method'][] = ['spf', 'dkim', 'dmarc'];
const ABOUT: Readonly<Record<Verdict['method'], readonly string[]>> = {
  spf: ['smtp.mailfrom', 'smtp.helo'],
  dkim: ['header.d', 'header.i'],
  dmarc: ['header.from'],
};

function segments(tokens: readonly Token[]): string[][] {
  const out: string[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'semicolon') out.push([]);
    else if (t.kind === 'word') out.at(-1)!.push(t.text);
  }
  return out.filter((s) => s.length > 0);
}

function verdict(words: readonly string[]): Verdict | null {
  const [head, ...props] = words;
  const match = /^([a-z-]+)(?:\/\d+)?=([a-z]+)/i.exec(head ?? '');
  const method = match?.[1]?.toLowerCase() as Verdict['method'] | undefined;
  if (!match || !method || !METHODS.includes(method)) return null;
  const prop = props.find((p) => ABOUT[method].includes(p.slice(0, p.indexOf('=')).toLowerCase()));
  const about = prop ? prop.slice(prop.indexOf('=') + 1).replace(/^@/, '') : null;
  return { method, result: match[2]!.toLowerCase(), about: about || null };
}

/** Reads one field; the authserv-id is missing in some (Microsoft 365 writes none). */
export function parseAuthResults(
  value: string,
  position: number,
): Omit<AuthResults, 'fromReceiver' | 'others' | 'fields'> {
  const parts = segments(tokenize(value.slice(0, 8000)));
  const first = parts[0] ?? [];
  const hasId = first.length > 0 && !first[0]!.includes('=');
  const verdicts = (hasId ? parts.slice(1) : parts).map(verdict).filter((v): v is Verdict => v !== null);
  return { authservId: hasId ? first[0]! : '', verdicts: best(verdicts), position, raw: value };
}

/** One verdict per method, in the order given: several DKIM signatures may be checked, and the one that passed counts. */
function best(verdicts: readonly Verdict[]): Verdict[] {
  return METHODS.flatMap((m) => {
    const all = verdicts.filter((v) => v.method === m);
    const chosen = all.find((v) => v.result === 'pass') ?? all[0];
    return chosen ? [chosen] : [];
  });
}

export interface AuthField {
  value: string;
  /** How many Received fields lie above it; unknown when the field came without its place. */
  receivedAbove?: number;
}

/**
 * The verdicts of the receiving organisation (RFC 8601 §5): the only ones to trust. A field is its
 * own when its authserv-id names that organisation, or when it names no server (Exchange Online
 * writes none) and lies above the organisation's first Received line (`ownLines`, 1-based from the
 * top): it was added after the message arrived there. All fields of the topmost such server are
 * merged (Fastmail writes one per method). If none is the receiver's, the topmost field, marked.
 */
export function pickAuthResults(
  fields: readonly AuthField[],
  receivingOrg: string | null,
  ownLines = 0,
): AuthResults | null {
  if (fields.length === 0) return null;
  // Only the authserv-ids are needed to choose; the chosen fields alone are parsed in full.
  const ids = fields.map((f) => authservIdOf(f.value));
  // Deeper than right below the receiver's first Received line (where Gmail puts its own), a field
  // was written upstream: whatever server it names, the receiver cannot vouch for it.
  const above = (i: number) => fields[i]!.receivedAbove;
  const named = (i: number, depth: number) =>
    receivingOrg !== null && organisation(ids[i]!) === receivingOrg && (above(i) === undefined || above(i)! <= depth);
  // One right below that line counts only when the receiver wrote none above it: a sender can
  // forge a field naming the receiver there, and the receiver's own field above is the one to believe.
  const depth = fields.some((_, i) => ids[i] && named(i, ownLines - 1)) ? ownLines - 1 : ownLines;
  const own = (i: number) => (ids[i] ? named(i, depth) : unnamedOwn(above(i), receivingOrg, ownLines));
  const ownIndex = fields.findIndex((_, i) => own(i));
  const index = ownIndex >= 0 ? ownIndex : 0;
  const chosen =
    ownIndex >= 0
      ? fields.flatMap((_, i) => (own(i) && ids[i]!.toLowerCase() === ids[index]!.toLowerCase() ? [i] : []))
      : [index];
  const parsed = chosen.map((i) => parseAuthResults(fields[i]!.value, i + 1));
  return {
    ...parsed[0]!,
    verdicts: best(parsed.flatMap((p) => p.verdicts)),
    fromReceiver: ownIndex >= 0,
    fields: chosen.length,
    others: fields.length - chosen.length,
  };
}

/**
 * Whether a field naming no server is the receiver's. Above the receiver's first Received line it
 * was added there. Microsoft 365 writes its own without an authserv-id and files it below the
 * Received lines when it reorders the header, and it renames any such field that arrived with the
 * message to Authentication-Results-Original: a received message's unnamed field is its own.
 */
function unnamedOwn(above: number | undefined, receivingOrg: string | null, ownLines: number): boolean {
  if (receivingOrg === MICROSOFT) return true;
  return above !== undefined && above < ownLines;
}

/** The organisation name the hosts module gives Microsoft 365 / Exchange Online / Outlook.com. */
const MICROSOFT = 'outlook.com';

/** The first word of the field, unless it is already a method=result (no authserv-id). */
function authservIdOf(value: string): string {
  const first = /^\s*([^\s;]*)/.exec(value.slice(0, 300))?.[1] ?? '';
  return first.includes('=') ? '' : first;
}
