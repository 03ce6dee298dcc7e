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
export function parseAuthResults(value: string, position: number): Omit<AuthResults, 'fromReceiver' | 'others'> {
  const parts = segments(tokenize(value.slice(0, 8000)));
  const first = parts[0] ?? [];
  const hasId = first.length > 0 && !first[0]!.includes('=');
  const verdicts = (hasId ? parts.slice(1) : parts).map(verdict).filter((v): v is Verdict => v !== null);
  // Several DKIM signatures may be checked; the one that passed is the one that counts.
  const best = METHODS.flatMap((m) => {
    const all = verdicts.filter((v) => v.method === m);
    const chosen = all.find((v) => v.result === 'pass') ?? all[0];
    return chosen ? [chosen] : [];
  });
  return { authservId: hasId ? first[0]! : '', verdicts: best, position, raw: value };
}

/**
 * The topmost Authentication-Results written by the receiving organisation (RFC 8601 §5): the
 * only one to trust. If none names it, the topmost one, marked as not the receiver's own.
 */
export function pickAuthResults(values: readonly string[], receivingOrg: string | null): AuthResults | null {
  // Only the authserv-id is needed to choose; the chosen field alone is parsed in full.
  const ownIndex = values.findIndex((v) => receivingOrg !== null && organisation(authservIdOf(v)) === receivingOrg);
  const index = ownIndex >= 0 ? ownIndex : 0;
  if (values[index] === undefined) return null;
  return { ...parseAuthResults(values[index]!, index + 1), fromReceiver: ownIndex >= 0, others: values.length - 1 };
}

/** The first word of the field, unless it is already a method=result (no authserv-id). */
function authservIdOf(value: string): string {
  const first = /^\s*([^\s;]*)/.exec(value.slice(0, 300))?.[1] ?? '';
  return first.includes('=') ? '' : first;
}
