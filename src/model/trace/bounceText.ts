// Text bounces: the reports mail systems write in their own words instead of (or besides) RFC 3464's
// fields. qmail, Exim, Exchange, Gmail, Yahoo and the rest differ in wording but share a shape:
// an explanation, each failed address followed by the server's reply, then a copy of the message.
import { replyCodeIn, statusIn } from './bounceReason';

/** Lines that start the returned copy of the message (or its header): nothing after them is the report. */
const ORIGINAL_MARKERS =
  /^[ \t]*(?:[-=_*]{2,}.*)?(?:original message(?! was received)|this is a copy|copy of the (original )?message|below this line|returned message|message headers? follows?|headers? of (the )?(original|returned)|unsent message|undelivered message|original header|the message (you sent|that was sent)|rfc822 message|message returned|content-type: message\/rfc822|orignal message|message text follows)\b.*$/im;

/** A line that is a header field of a message, for finding a copied header without a marker. */
const HEADER_LINE = /^(received|return-path|message-id|date|from|to|subject|mime-version|x-mailer|content-type):\s/i;

export interface TextRecipient {
  address: string;
  diagnostic: string;
}

const ADDRESS = /<?([a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})>?/gi;

/** The report part of a text bounce (before the copy) and the copy's header, if one is there. */
export function splitReport(text: string): { report: string; originalHeader: string | null } {
  const marker = ORIGINAL_MARKERS.exec(text);
  let cut = marker ? marker.index : -1;
  if (cut < 0) {
    // No marker: the copy starts at a run of header lines (three in a row).
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < lines.length - 2; i += 1) {
      if (HEADER_LINE.test(lines[i]!) && lines.slice(i, i + 6).filter((l) => /^[\w-]+:\s/.test(l)).length >= 3) {
        cut = offset;
        break;
      }
      offset += lines[i]!.length + 1;
    }
  }
  if (cut < 0) return { report: text, originalHeader: null };
  const rest = text
    .slice(cut)
    .replace(/^.*\n/, '')
    .replace(/^\s*\n/, '');
  return { report: text.slice(0, cut), originalHeader: copiedHeader(rest) };
}

/** The header block at the start of the copied message, when it really is one. */
function copiedHeader(rest: string): string | null {
  const start = rest.search(/^[\w-]+:[ \t]/m);
  if (start < 0 || start > 400) return null;
  const block = rest.slice(start).split(/\n[ \t]*\n/)[0] ?? '';
  const fields = block.split('\n').filter((l) => /^[\w-]+:/.test(l)).length;
  return fields >= 2 ? block : null;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a stretch of text holds a refusal: a reply code, a status code or an error phrase. */
const TELLING =
  /\b[45]\d\d\b|[245]\.\d{1,3}\.\d{1,3}|unknown|not exist|no such|rejected|refused|denied|full|quota|invalid|unavailable|failed|error|timed? ?out|expired|blocked|disabled|suspended|not found|giving up|unable|could not|couldn'?t|too (large|big|many)|does not like|policy/i;

/**
 * The failed addresses of a text report, each with the words that follow it (up to the next
 * address or blank-line paragraph that holds no refusal). Addresses of the report's own sender and
 * receiver, and of mail daemons, are not recipients.
 */
export function textRecipients(report: string, own: readonly string[]): TextRecipient[] {
  const candidates = addressesOf(report, new Set(own.map((a) => a.toLowerCase())));
  // The report's own receiver is also the failed recipient when a sender wrote to itself.
  const found = candidates.length ? candidates : addressesOf(report, new Set());
  const read = found.map((f, i) => {
    const next = found[i + 1]?.index ?? report.length;
    const own = collapse(paragraph(report.slice(f.end, next)));
    return { address: f.address, own, telling: TELLING.test(own) };
  });
  // An address with the server's refusal beside it is a recipient; one in a sentence of help text
  // ("please contact <support@…>") is not, once any address has a refusal of its own.
  const refused = read.filter((r) => r.telling);
  const chosen = refused.length ? refused : read;
  const coded = telling(report);
  return chosen.map((r) => {
    // The address's own words, plus the server's coded reply when the report puts it further down (Gmail).
    const own = r.telling ? r.own : '';
    const hasCode = statusIn(own) !== null || replyCodeIn(own) !== null;
    const withCode = own && !hasCode && coded !== own ? `${own} ${coded}` : own || coded;
    return { address: r.address, diagnostic: unwrapReply(withCode).slice(0, 600) };
  });
}

/** A multi-line SMTP reply joined into one: `550-5.7.1 a 550-5.7.1 b` → `550-5.7.1 a b`. */
export function unwrapReply(text: string): string {
  const first = /\b([245]\d\d)[- ]([245]\.\d{1,3}\.\d{1,3} )?/.exec(text);
  if (!first) return text;
  const head = text.slice(0, first.index + first[0].length);
  const token = new RegExp(`\\s${first[1]}[- ]${(first[2] ?? '').replace(/\./g, '\\.')}`, 'g');
  return head + text.slice(head.length).replace(token, ' ');
}

function addressesOf(report: string, skip: ReadonlySet<string>) {
  const found: { address: string; index: number; end: number }[] = [];
  for (const match of report.matchAll(ADDRESS)) {
    const address = match[1]!.replace(/^\.+|\.+$/g, '').toLowerCase();
    if (skip.has(address) || /^(mailer-daemon|mail-daemon|noreply|no-reply)@/i.test(address)) continue;
    if (found.some((f) => f.address === address)) continue;
    found.push({ address, index: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The words after an address up to the paragraph's end: at most eight lines, stopping at a blank line once some text is read. */
function paragraph(text: string): string {
  const lines = text.split('\n').slice(0, 12);
  const out: string[] = [];
  for (const line of lines) {
    if (!line.trim()) {
      if (out.join('').trim()) break;
      continue;
    }
    out.push(line);
    if (out.length >= 8) break;
  }
  return out.join(' ');
}

/** The part of a report that explains the failure, when the address itself is listed bare. */
function telling(report: string): string {
  const lines = report.split('\n').map((l) => l.trim());
  const start = lines.findIndex((l) => statusIn(l) !== null || /\b[45]\d\d[\s-]/.test(l));
  if (start >= 0) return collapse(lines.slice(start, start + 6).join(' '));
  const any = lines.findIndex((l) => TELLING.test(l) && !/^(subject|from|to|date):/i.test(l));
  return any >= 0 ? collapse(lines.slice(any, any + 4).join(' ')) : '';
}

/** The server named as the one that refused: `host mx.example.org[192.0.2.1]`, `remote host 192.0.2.1 said`. */
export function remoteMtaIn(text: string): string | null {
  const named = /\bhost\s+([a-z0-9-]+(?:\.[a-z0-9-]+)+)\.?\s*\[[\da-f.:]+\]/i.exec(text);
  if (named) return named[1]!.toLowerCase();
  const byIp = /remote (?:host|server|mail server) \[?([\da-f.:]{7,})\]? (?:said|says|returned)/i.exec(text);
  if (byIp) return byIp[1]!;
  const by =
    /(?:rejected by|by the server for the recipient domain \S+ by|server) ([a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,})\.? ?\[/i.exec(
      text,
    );
  return by ? by[1]!.toLowerCase() : null;
}
