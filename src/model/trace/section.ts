// Finds the header in pasted text: field lines and their continuations up to the first blank line.
// Lines that belong to no field (a mail program's preamble, a stray sentence) are set aside, so
// the learner sees exactly what was not read.
import { parseMailDate } from './date';
import type { StrayLine } from './types';
import { addWork } from './work';

/** More header than this is not an email; only this much is read (postal-mime's own limit is 2 MiB). */
export const MAX_HEADER_CHARS = 1_900_000;

export interface HeaderSection {
  /** The other fields a trace reads (From, Date, Authentication-Results…), ready for a MIME parser. */
  header: string;
  /** Every Received field's value, unfolded and trimmed, top to bottom. */
  received: string[];
  fieldCount: number;
  /** The first MAX_STRAY lines that belong to no field; `strayCount` counts them all. */
  stray: StrayLine[];
  strayCount: number;
  /** The header went on past MAX_HEADER_CHARS and was cut there. */
  cut: boolean;
  /** For each Authentication-Results field, top to bottom: how many Received fields lie above it. */
  authAbove: number[];
  /** The other verdict fields (ARC, DKIM-Signature, spam filters' fields), each with its place. */
  verdicts: PlacedField[];
}

/** A header field with the number of Received fields above it: its place tells which server wrote it. */
export interface PlacedField {
  key: string;
  value: string;
  receivedAbove: number;
}

// Sticky patterns test a line where it starts in the text, so a megabyte is not cut into lines.
const FIELD = /[!-9;-~]{1,76}:/y; // RFC 5322 §2.2 field name: printable ASCII except colon
// The fields a trace reads; the others (DKIM signatures, ARC sets, lists) are skipped.
const RECEIVED = /received:/iy;
const EVERY = /authentication-results:/iy;
/** Fields a message has once (RFC 5322 §3.6); the trace reads the first, so copies are skipped too. */
const ONCE = /(date|from|to|subject|x-greylist|content-type|x-failed-recipients|auto-submitted|x-autoreply):/iy;
/** Fields where servers record their verdicts: signatures, ARC sets, spam filters (Microsoft, SpamAssassin, rspamd). */
const VERDICT =
  /(arc-seal|arc-message-signature|arc-authentication-results|dkim-signature|received-spf|x-forefront-antispam-report|x-microsoft-antispam-mailbox-delivery|x-microsoft-antispam|x-ms-exchange-organization-scl|x-spam-status|x-spam-flag|x-spam-score|x-spamd-result|x-rspamd-[a-z-]+|x-ms-exchange-organization-antispam-report|x-ms-exchange-organization-pcl):/iy;
const MBOX_FROM = /From \S+ /y; // the separator line of an mbox file, not a field
const BLANK = /[ \t]*\r?(\n|$)/y;

const at = (pattern: RegExp, text: string, index: number) => {
  pattern.lastIndex = index;
  return pattern.test(text);
};

/**
 * Ranges of kept lines, joined when they touch, so the header is a few slices of the text. A line
 * that continues a field without the leading space (a broken writer) starts a piece joined by a space.
 */
class Ranges {
  private list: [number, number, string][] = [];
  add(start: number, end: number, joiner = '\n') {
    const last = this.list.at(-1);
    if (last && last[1] === start - 1 && joiner === '\n') last[1] = end;
    else this.list.push([start, end, joiner]);
  }
  text(of: string): string {
    return this.list.map(([a, b, joiner], i) => (i ? joiner : '') + of.slice(a, b)).join('');
  }
}

/** A DKIM-Signature or ARC tag list line (`s=selector1;`, `bh=…;`) that lost its folding space. */
const TAG_LINE = /^[a-z][a-z0-9_]*=\S*$/i;

/** Whether a Received field, as far as it has been read, has not reached its date yet. */
function receivedOpen(text: string, fieldStart: number, end: number): boolean {
  const soFar = text.slice(fieldStart, end);
  const semicolon = soFar.lastIndexOf(';');
  return semicolon === -1 || parseMailDate(soFar.slice(semicolon + 1)) === null;
}

export function headerSection(input: string): HeaderSection {
  const cut = input.length > MAX_HEADER_CHARS;
  const text = classicMac(cut ? input.slice(0, MAX_HEADER_CHARS) : input);
  const received = new Ranges();
  const others = new Ranges();
  const stray: StrayLine[] = [];
  let strayCount = 0;
  // Thousands of pasted non-field lines are counted, not kept: the learner is told how many.
  const setAside = (line: string, n: number) => {
    strayCount += 1;
    if (stray.length < MAX_STRAY) stray.push(strayLine(line, n));
  };
  const authAbove: number[] = [];
  const verdictRanges: { ranges: Ranges; receivedAbove: number }[] = [];
  let fieldCount = 0;
  let receivedCount = 0;
  /** Where the current field's lines go, or null when it is skipped; and where it started. */
  let keeping: Ranges | null = null;
  let fieldStart = 0;
  const seen = new Set<string>();
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let n = 1; start < text.length; n += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const first = text.charCodeAt(start);
    if (at(BLANK, text, start)) {
      if (fieldCount > 0) break; // the blank line that ends the header
    } else if (first === 32 || first === 9) {
      if (keeping) keeping.add(start, end);
      else if (fieldCount === 0) setAside(text.slice(start, end), n);
    } else if (at(FIELD, text, start)) {
      const isReceived = at(RECEIVED, text, start);
      const isAuth = !isReceived && at(EVERY, text, start);
      if (isAuth) authAbove.push(receivedCount);
      if (isReceived) receivedCount += 1;
      const isVerdict = !isReceived && !isAuth && at(VERDICT, text, start) && verdictRanges.length < MAX_VERDICTS;
      if (isVerdict) verdictRanges.push({ ranges: new Ranges(), receivedAbove: receivedCount });
      keeping = isReceived
        ? received
        : isVerdict
          ? verdictRanges.at(-1)!.ranges
          : isAuth || firstOnce(text, start, seen)
            ? others
            : null;
      keeping?.add(start, end);
      fieldStart = start;
      fieldCount += 1;
    } else if (keeping === received && receivedOpen(text, fieldStart, start)) {
      received.add(start, end, ' '); // a Received field folded without its leading space
    } else if (fieldCount > 0 && TAG_LINE.test(text.slice(start, end).trim())) {
      keeping?.add(start, end, ' ');
    } else if (!(n === 1 && at(MBOX_FROM, text, start))) {
      keeping = null;
      setAside(text.slice(start, end), n);
    }
    start = end + 1;
  }
  addWork(text.length);
  return {
    header: unfold(others.text(text)),
    received: values(unfold(received.text(text))),
    fieldCount,
    stray,
    strayCount,
    cut,
    authAbove,
    verdicts: verdictRanges.map(({ ranges, receivedAbove }) => {
      const line = unfold(ranges.text(text));
      const colon = line.indexOf(':');
      return {
        key: line.slice(0, colon).trim().toLowerCase(),
        value: line
          .slice(colon + 1)
          .replace(/\r/g, ' ')
          .trim(),
        receivedAbove,
      };
    }),
  };
}

/** Lines set aside that are kept to be listed; more are only counted. */
export const MAX_STRAY = 50;

/** Verdict fields kept at most: a header with more is a loop or an attack, and the first ones tell. */
const MAX_VERDICTS = 200;

/** Classic Mac OS line ends (a lone CR): read as line feeds, so such a file has lines at all. */
const classicMac = (text: string) => (/\r(?!\n)/.test(text.slice(0, 4096)) ? text.replace(/\r(?!\n)/g, '\n') : text);

/**
 * RFC 5322 §2.2.3: a line break before white space is removed, the same as the MIME parser would
 * do, so it handles one line per field: a long header reads several times faster.
 */
const unfold = (fields: string) => fields.replace(/\r?\n(?=[ \t])/g, '');

/**
 * The values of unfolded one-line fields: the text after the name's colon, trimmed of spaces and
 * tabs, with a stray CR as a space (what postal-mime gives for a field it reads).
 */
const values = (fields: string): string[] =>
  fields
    ? fields.split('\n').map((line) =>
        line
          .slice(line.indexOf(':') + 1)
          .replace(/\r/g, ' ')
          .replace(/^[ \t]+|[ \t]+$/g, ''),
      )
    : [];

/** Whether the line starts a once-only field not seen yet (and notes it). */
function firstOnce(text: string, start: number, seen: Set<string>): boolean {
  ONCE.lastIndex = start;
  const name = ONCE.exec(text)?.[1]?.toLowerCase();
  if (!name || seen.has(name)) return false;
  seen.add(name);
  return true;
}

const strayLine = (line: string, lineNumber: number): StrayLine => {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  return { lineNumber, text: text.length > 200 ? `${text.slice(0, 200)}…` : text };
};
