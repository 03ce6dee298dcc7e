// Takes one Received field apart into from / by / via / with / id / for and its date, tolerant of
// what Postfix, Exim, Sendmail, qmail, Exchange, Gmail and Amazon SES really write.
import { parseMailDate } from './date';
import { tokenize, untokenize, type Token } from './tokens';
import type { HandOver, ReceivedFields, Tls } from './types';

type Clause = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';
const CLAUSES: readonly string[] = ['from', 'by', 'via', 'with', 'id', 'for'];

interface Parts {
  words: string[];
  comments: string[];
}

/** A field longer than this is not a real Received line; the rest is reported as unparsed. */
export const MAX_RECEIVED_LENGTH = 4000;

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%\w+)?$/i;
/** An IPv6 address has `::` or many groups; `12:30:05` (a time) is not one. */
const looksIpv6 = (text: string) => IPV6.test(text) && (text.includes('::') || text.split(':').length > 5);
export const isIp = (text: string) => IPV4.test(text) || looksIpv6(text);

/**
 * The address inside an address literal as servers write it: `[192.0.2.5]`, `[IPv6:2001:db8::1]`,
 * `[192.0.2.5]:4123` and `[10.0.8.6.13219]` (a port after the address), `[::ffff:192.0.2.5]` (an
 * IPv4 client seen by an IPv6 socket, shown as the IPv4 address it is).
 */
export function literalIp(text: string): string | null {
  if (!text.includes('[')) return null;
  // The first bracket that holds an address: `[UNAVAILABLE]. [192.0.2.5]` names none first.
  for (const match of text.matchAll(/\[(?:IPv6:)?([0-9a-z:.%]+)\]/gi)) {
    const ip = plainIp(match[1]!);
    if (ip) return ip;
  }
  return null;
}

/** An address as written, or null: drops a port glued on with a fifth dotted number and `::ffff:`. */
function plainIp(text: string): string | null {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped) return mapped[1]!;
  if (isIp(text)) return text;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3})[.:]\d{1,5}$/.exec(text);
  return withPort ? withPort[1]! : null;
}

/** A host name without brackets, a trailing dot or the comma some servers put before the next clause. */
const cleanHost = (name: string) => name.replace(/^\[|\]$/g, '').replace(/[.,;]+$/, '');
/** The first word of `from`: a name, or an address literal shown as its address. */
const hostOrLiteral = (word: string) =>
  word.startsWith('[') ? (literalIp(word) ?? cleanHost(word)) : (plainIp(word) ?? cleanHost(word));
const isUnknown = (name: string) => /^(unknown|localhost\.?localdomain)$/i.test(name);
/** A name worth showing as the reverse-DNS name: not `unknown`, not an address, not a literal. */
const isName = (word: string | null): word is string =>
  !!word && !isUnknown(word) && !word.startsWith('[') && !isIp(word) && !/[=:@]/.test(word);

/** Splits the part before the date into clauses; words before any keyword are unparsed. */
function clauses(tokens: readonly Token[]): { parts: Map<Clause, Parts>; stray: Token[] } {
  const parts = new Map<Clause, Parts>();
  const stray: Token[] = [];
  let current: Parts | null = null;
  for (const token of tokens) {
    // Keywords are 2 to 4 letters: only those words are lower-cased and looked up.
    const keyword = token.kind === 'word' && token.text.length <= 4 ? token.text.toLowerCase() : '';
    if (keyword && CLAUSES.includes(keyword) && !parts.has(keyword as Clause)) {
      current = { words: [], comments: [] };
      parts.set(keyword as Clause, current);
    } else if (token.kind === 'semicolon') {
      continue;
    } else if (!current) {
      stray.push(token);
    } else if (token.kind === 'word') {
      current.words.push(token.text);
    } else {
      current.comments.push(token.text);
    }
  }
  return { parts, stray };
}

/** `(EHLO name)` (Yahoo), `(HELO name)` (qmail), `helo=name` (Exim), `HELO [literal]` (CommuniGate). */
const HELO = /\b(?:helo|ehlo)[= ]\s*(\[[^\]\s)]*\]?|[^\s)\]"]+)/i;
/** An ident or login name before the address: `(root@192.0.2.7)`, `(user@[192.0.2.7])`. */
const IDENT = /^\S+@(\[?[0-9a-f:.]+\]?)(?:\s|$)/i;

/** The sending side: EHLO name, reverse-DNS name and IP, from the words and comments of `from`. */
function fromSide(from: Parts | undefined): Pick<ReceivedFields, 'helo' | 'rdns' | 'ip'> {
  if (!from) return { helo: null, rdns: null, ip: null };
  // CommuniGate writes `from HELO [192.0.2.1]`: the keyword is not the host.
  const words = /^(helo|ehlo)$/i.test(from.words[0] ?? '') && from.words.length > 1 ? from.words.slice(1) : from.words;
  // `from <alice@example.com>`: a rules engine or a local user, not a host (shown as written, no organisation).
  const first = words[0]?.replace(/^<(.*@.*)>$/, '$1') ?? null;
  let helo = first && !isUnknown(first) ? hostOrLiteral(first) : null;
  let rdns: string | null = null;
  // `from 192.0.2.5` (Yahoo, AOL) and `from 192.0.2.5:4123`: the connection's own address.
  let ip = first ? (literalIp(first) ?? plainIp(first)) : null;
  // fetchmail, Exim, ZoneMTA and Domino put the address after the name, outside a comment.
  for (const word of words.slice(1)) ip = literalIp(word) ?? ip;
  for (const comment of from.comments) {
    const heloMatch = HELO.exec(comment);
    if (heloMatch) {
      // The first word is then the verified name (Exim, qmail), or Yahoo's proxy address: not a name.
      if (isName(first)) rdns = cleanHost(first);
      helo = hostOrLiteral(heloMatch[1]!);
    }
    // Exim's `(helo=[192.0.2.7])` is what the client claimed: the address the server saw stays.
    // ZMailer's `([192.0.2.9] "EHLO name")` holds the seen address beside the claim.
    const inBrackets = literalIp(heloMatch ? comment.replace(heloMatch[0], ' ') : comment);
    const ident = IDENT.exec(comment);
    if (heloMatch) {
      ip = inBrackets ?? ip;
    } else if (inBrackets) {
      ip = inBrackets;
      const beforeText = comment.slice(0, comment.indexOf('[')).trim();
      const before = beforeText.split(/\s+/).pop() ?? '';
      const name = before.slice(before.indexOf('@') + 1);
      // CommuniGate's `(account user@domain [ip] verified)` and MailMarshal's `(Not Verified[ip])` name no host.
      const prose = /^account\s/i.test(beforeText) || beforeText.split(/\s+/).length > 1;
      if (isName(name) && !prose) rdns = cleanHost(name);
    } else if (ident) {
      ip = plainIp(ident[1]!.replace(/^\[|\]$/g, '')) ?? ip;
    } else if (isIp(comment) || /^::ffff:/i.test(comment)) {
      ip = plainIp(comment) ?? ip; // qmail, Yahoo and Exchange: (192.0.2.5)
    }
  }
  if (helo && isIp(helo)) ip ??= helo;
  return { helo, rdns, ip };
}

/** Names in the line's comments and `with`/`via` words (lower-cased), most specific first. */
const SOFTWARE: readonly [string[], string][] = [
  [['postfix'], 'Postfix'],
  [['exim'], 'Exim'],
  [['qmail'], 'qmail'],
  [['microsoft smtp server', 'mapi', 'frontend transport'], 'Microsoft Exchange'],
  [['sendmail', '/submit'], 'Sendmail'],
];
/** Sendmail writes its version pair as a comment: `(8.17.1/8.17.1)`. */
const SENDMAIL_VERSION = /(^|\n)\d+\.\d+\.\d+(\.\d+)?\/\d+\.\d+\.\d+/;

// Plain substring tests on one lower-cased text: a header can hold thousands of these lines.
function software(hints: string): string | null {
  for (const [words, name] of SOFTWARE) if (words.some((w) => hints.includes(w))) return name;
  return SENDMAIL_VERSION.test(hints) ? 'Sendmail' : null;
}

/** RFC 3848 / IANA: an S means TLS, an A means the client logged in; HTTP is webmail injection. */
function handOver(protocol: string): HandOver {
  const p = protocol.toUpperCase();
  if (!p) return 'none';
  if (/^(UTF8)?LMTP/.test(p)) return 'lmtp';
  if (/^(UTF8)?(E?SMTP|SMTPS)|^MICROSOFT$/.test(p)) return 'smtp';
  if (/^HTTPS?$/.test(p)) return 'http';
  if (/^(LOCAL|MAPI|QMQP|BSMTP|SPOOL)$/.test(p)) return 'local';
  return 'other';
}

const TLS_HINT = /\bTLS ?v?1[._]?[0-3]\b|version=TLS|using TLS|\bSSLv3\b|cipher=|\btls\b/i;

function tls(protocol: string, kind: HandOver, hints: string): Tls {
  if (kind === 'local') return 'local';
  if (/^(UTF8)?(ESMTPS|ESMTPSA|LMTPS|LMTPSA|SMTPS|HTTPS)$/i.test(protocol)) return 'yes';
  if ((hints.includes('tls') || hints.includes('ssl') || hints.includes('cipher')) && TLS_HINT.test(hints))
    return 'yes';
  if (kind === 'smtp' || kind === 'lmtp') return 'no';
  return 'unknown';
}

/**
 * The sender logged in: ESMTPA/ESMTPSA (RFC 3848) or a server's own note. LMTPA is not the
 * sender: it is the mail server logging in to the mailbox store (Cyrus) at final delivery.
 */
function authenticated(protocol: string, kind: HandOver, comments: string): boolean {
  if (kind === 'lmtp') return false;
  if (/^(UTF8)?E?SMTPS?A$/i.test(protocol)) return true;
  return comments.includes('auth') && /authenticated sender|\bauth(enticated)?[= ]|\bauthid=/.test(comments);
}

/** Splits a field into the clause tokens and the date text after the last top-level `;`. */
function splitDate(value: string, tokens: readonly Token[]): { body: Token[]; dateText: string | null } {
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const token = tokens[i]!;
    if (token.kind === 'semicolon')
      return { body: tokens.slice(0, i), dateText: value.slice(token.at + 1).trim() || null };
  }
  // A `;` swallowed by an unclosed comment still ends the clauses if a date follows it.
  const hidden = value.lastIndexOf(';');
  if (hidden !== -1 && parseMailDate(value.slice(hidden + 1)))
    return { body: [...tokens], dateText: value.slice(hidden + 1).trim() };
  // No `;`: some servers just append the date. Take the shortest tail that reads as one, plus
  // a weekday name before it, so a queue id like `77` is not mistaken for the day.
  for (let start = tokens.length - 1; start >= Math.max(0, tokens.length - 8); start -= 1) {
    const token = tokens[start]!;
    // The tail must begin with the date (a day or a year), not just hold one inside a comment.
    if (token.kind !== 'word' || !/^\d/.test(token.text) || !parseMailDate(untokenize(tokens.slice(start)))) continue;
    const weekday = tokens[start - 1];
    const from =
      weekday?.kind === 'word' && /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?$/i.test(weekday.text) ? start - 1 : start;
    return { body: tokens.slice(0, from), dateText: untokenize(tokens.slice(from)) };
  }
  return { body: [...tokens], dateText: null };
}

/**
 * The `with` protocol. A registered keyword (RFC 3848: SMTP, ESMTPS, LMTP, HTTP…) stands alone and
 * later words are details (Exim's `esmtps tls TLS_AES_256_GCM_SHA384`, `SMTP mgrt 1234`); another
 * name is kept whole (`Microsoft SMTP Server`).
 */
function protocolOf(words: readonly string[]): string | null {
  const first = words[0];
  if (!first) return null;
  return /^(UTF8)?(E?SMTPS?A?|LMTPS?A?|HTTPS?|SMTPS)$/i.test(first) ? first : words.join(' ');
}

export function parseReceived(value: string): ReceivedFields {
  const cut = value.length > MAX_RECEIVED_LENGTH;
  const field = cut ? value.slice(0, MAX_RECEIVED_LENGTH) : value;
  const { body, dateText } = splitDate(field, tokenize(field));
  const { parts, stray } = clauses(body);
  const withPart = parts.get('with');
  const byWord = parts.get('by')?.words[0];
  const viaText = parts.get('via')?.words.join(' ') ?? '';
  const protocol = withPart?.words[0] ?? '';
  const kind = handOver(protocol);
  const comments: string[] = [];
  for (const part of parts.values()) comments.push(...part.comments);
  for (const token of stray) if (token.kind === 'comment') comments.push(token.text);
  const commentText = comments.join('\n').toLowerCase();
  const withText = withPart ? [withPart.words.join(' '), ...withPart.comments].join('\n').toLowerCase() : '';
  const hints = `${commentText}\n${withText}\n${viaText.toLowerCase()}`;
  const words = stray.filter((t) => t.kind === 'word');
  const leftovers =
    words.length || cut
      ? [untokenize(words), cut ? value.slice(MAX_RECEIVED_LENGTH) : ''].filter(Boolean).join(' … ')
      : '';
  const from = fromSide(parts.get('from'));
  return {
    helo: from.helo,
    rdns: from.rdns,
    ip: from.ip,
    by: byWord ? cleanHost(byWord) : null,
    via: viaText || null,
    with: withPart ? protocolOf(withPart.words) : null,
    handOver: kind,
    tls: tls(protocol, kind, hints),
    authenticated: authenticated(protocol, kind, commentText),
    id:
      parts
        .get('id')
        ?.words[0]?.replace(/^<(.*)>$/, '$1')
        .replace(/;$/, '') || null,
    for: parts.get('for')?.words[0]?.replace(/^<|>$/g, '') || null,
    software: software(hints),
    date: dateText ? parseMailDate(dateText) : null,
    dateText,
    unparsed: leftovers || null,
  };
}
