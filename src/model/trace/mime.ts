// A small synchronous MIME walker for reports (bounces, auto-replies, feedback): header fields,
// multipart bodies, transfer encodings and charsets. Reading a bounce must be a plain function the
// view can call while drawing, and postal-mime only parses asynchronously; reports are short text,
// so a few dozen lines do the work.

export interface Field {
  /** Lower-case field name. */
  key: string;
  /** Unfolded value, trimmed. */
  value: string;
}

export interface Part {
  fields: Field[];
  /** Lower-case media type, `text/plain` when none is given (RFC 2045 §5.2). */
  type: string;
  params: Record<string, string>;
  /** The decoded text of a leaf part; for multipart, the preamble. */
  text: string;
  /** The header text of the part as written (for message/rfc822: of the enclosed message). */
  headerText: string;
  parts: Part[];
}

/** Deeper nesting than this is not a report but an attack on the reader. */
const MAX_DEPTH = 8;

/** CRLF and classic-Mac CR line ends become LF, so every pattern below sees one kind. */
export const unixLines = (text: string) => text.replace(/\r\n?/g, '\n');

/** Splits an entity at its first blank line. A text with no blank line is all header. */
export function splitEntity(text: string): { header: string; body: string } {
  const match = /\n[ \t]*\n/.exec(text);
  if (!match) return { header: text, body: '' };
  return { header: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

/** Header fields, unfolded; lines that are no field and no continuation are skipped. */
export function parseFields(header: string): Field[] {
  const out: Field[] = [];
  for (const line of header.split('\n')) {
    const field = /^([!-9;-~]{1,76}):[ \t]*(.*)$/.exec(line);
    // A line that is no field continues the last one, indented or not (some writers drop the indent).
    if ((/^[ \t]/.test(line) || !field) && out.length > 0) {
      const last = out.at(-1)!;
      last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }
    if (field) out.push({ key: field[1]!.toLowerCase(), value: field[2]!.trim() });
  }
  return out;
}

export const fieldValue = (fields: readonly Field[], key: string) => fields.find((f) => f.key === key)?.value ?? null;

/** `type/subtype; a=b; c="d"` → the type and its parameters, names lower-cased. */
export function parseContentType(value: string | null): { type: string; params: Record<string, string> } {
  if (!value) return { type: 'text/plain', params: {} };
  // The type is the first type/subtype word: a writer that forgot the `;` still names it first.
  const head = /^\s*([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)/i.exec(value);
  const params: Record<string, string> = {};
  const re = /([a-z0-9*_-]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^;\s]+)/gi;
  for (const match of value.slice(head?.[0].length ?? 0).matchAll(re))
    params[match[1]!.toLowerCase()] = match[3] ?? match[2]!;
  return { type: head?.[1]!.toLowerCase() ?? 'text/plain', params };
}

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  const map = (c: string) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(c);
  let n = 0;
  for (let i = 0; i + 1 < clean.length; i += 4) {
    const a = map(clean[i]!);
    const b = map(clean[i + 1]!);
    const c = i + 2 < clean.length ? map(clean[i + 2]!) : -1;
    const d = i + 3 < clean.length ? map(clean[i + 3]!) : -1;
    out[n++] = (a << 2) | (b >> 4);
    if (c >= 0) out[n++] = ((b & 15) << 4) | (c >> 2);
    if (d >= 0) out[n++] = ((c & 3) << 6) | d;
  }
  return out.subarray(0, n);
}

function quotedPrintableBytes(text: string): Uint8Array {
  const soft = text.replace(/=[ \t]*\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const c = soft.charCodeAt(i);
    const hex = soft.slice(i + 1, i + 3);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Uint8Array.from(out);
}

/** Bytes in a named charset; an unknown name reads as UTF-8 (broken bytes become U+FFFD, never an error). */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset || 'utf-8', { fatal: false }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }
}

/** The body's text: transfer encoding undone, then the charset. 7bit/8bit text is taken as it is. */
function decodeBody(body: string, encoding: string | null, charset: string | undefined): string {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return unixLines(decodeBytes(base64Bytes(body), charset));
  if (enc === 'quoted-printable') return decodeBytes(quotedPrintableBytes(body), charset);
  return body;
}

function splitMultipart(body: string, boundary: string): { preamble: string; parts: string[] } {
  const lines = body.split('\n');
  const open = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | null = null;
  const preamble: string[] = [];
  for (const line of lines) {
    const bare = line.trimEnd();
    if (bare === open || bare === `${open}--`) {
      if (current) parts.push(current.join('\n'));
      current = bare === open ? [] : null;
      if (bare !== open) break;
      continue;
    }
    (current ?? preamble).push(line);
  }
  if (current) parts.push(current.join('\n'));
  return { preamble: preamble.join('\n'), parts };
}

/** Reads one entity (a whole message or one body part) into a tree of parts. */
export function parseEntity(text: string, depth = 0): Part {
  const { header, body } = splitEntity(text);
  const fields = parseFields(header);
  const { type, params } = parseContentType(fieldValue(fields, 'content-type'));
  const encoding = fieldValue(fields, 'content-transfer-encoding');
  const part: Part = { fields, type, params, text: '', headerText: header, parts: [] };
  if (depth >= MAX_DEPTH) return part;
  if (type.startsWith('multipart/') && params.boundary) {
    const split = splitMultipart(body, params.boundary);
    part.text = split.preamble;
    part.parts = split.parts.map((p) => parseEntity(p, depth + 1));
    return part;
  }
  if (type === 'message/rfc822' || type === 'message/global') {
    const inner = parseEntity(unixLines(decodeBody(body, encoding, 'utf-8')), depth + 1);
    part.parts = [inner];
    part.text = inner.headerText;
    return part;
  }
  part.text = decodeBody(body, encoding, params.charset);
  return part;
}

/** Every part of the tree, depth first, the root included. */
export function allParts(root: Part): Part[] {
  const out: Part[] = [];
  const walk = (p: Part) => {
    out.push(p);
    p.parts.forEach(walk);
  };
  walk(root);
  return out;
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`) in a header value, decoded; broken ones are left as written. */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi, (_, charset: string, mode: string, data: string) => {
      const bytes = mode.toLowerCase() === 'b' ? base64Bytes(data) : quotedPrintableBytes(data.replace(/_/g, ' '));
      return decodeBytes(bytes, charset.replace(/\*.*$/, ''));
    });
}
