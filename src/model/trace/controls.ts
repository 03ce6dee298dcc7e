// Invisible and bidi control characters in header text: a sign of forgery, shown as visible codes.
// RFC 5321 host names and addresses are ASCII letters, digits, dots and hyphens; a Received line
// holding U+202E (right-to-left override) or a zero-width space was made to fool a reader.

/**
 * C0 and C1 controls (tab, CR and LF are folding white space and stay), soft hyphen, Arabic letter
 * mark, Mongolian vowel separator, zero-width and direction marks, bidi embeddings, overrides and
 * isolates, invisible operators, the byte-order mark, and the tag characters.
 */
/* eslint-disable no-control-regex -- finding control characters is the point of this pattern */
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u{E0000}-\u{E007F}]/u;
/* eslint-enable no-control-regex */
const CONTROLS = new RegExp(CONTROL.source, 'gu');

export const hasControls = (text: string): boolean => CONTROL.test(text);

/** The text with each control character written as `<U+202E>`, so nothing invisible reorders or hides. */
export function showControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** The text without its control characters: what a resolver would look up, for grouping by organisation. */
export const withoutControls = (text: string): string => (CONTROL.test(text) ? text.replace(CONTROLS, '') : text);
