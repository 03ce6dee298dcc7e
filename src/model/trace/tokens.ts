// Splits a header value into words, (comments) and `;` in one pass, so a parser can walk clauses.

import { addWork } from './work';

export type Token =
  | { kind: 'word'; text: string }
  | { kind: 'comment'; text: string }
  /** `at`: its position in the value, so the date after the last one is sliced, not rebuilt. */
  | { kind: 'semicolon'; at: number };

/** Space, tab, CR, LF (header text after unfolding holds no other white space worth splitting on). */
const isSpace = (code: number) => code === 32 || code === 9 || code === 13 || code === 10;
const OPEN = 40; // (
const SEMI = 59; // ;

/** Reads a comment starting at `(`; nested parentheses and `\)` escapes stay inside (RFC 5322 §3.2.2). */
function readComment(value: string, start: number): { text: string; end: number } {
  let depth = 0;
  let i = start;
  for (; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 92)
      i += 1; // a backslash escapes the next character
    else if (code === OPEN) depth += 1;
    else if (code === 41 && --depth === 0) break; // )
  }
  // An unclosed comment runs to the end of the value rather than swallowing nothing.
  return { text: value.slice(start + 1, Math.min(i, value.length)).trim(), end: i + 1 };
}

/** Reads until `close` (for `<…>`, `[…]` and `"…"`), which may contain spaces. */
function readUntil(value: string, start: number, close: string): number {
  const end = value.indexOf(close, start + 1);
  return end === -1 ? value.length : end + 1;
}

function readWord(value: string, start: number): number {
  let i = start;
  while (i < value.length) {
    const code = value.charCodeAt(i);
    if (isSpace(code) || code === OPEN || code === SEMI) break;
    if (code === 60)
      i = readUntil(value, i, '>'); // <
    else if (code === 91)
      i = readUntil(value, i, ']'); // [
    else if (code === 34)
      i = readUntil(value, i, '"'); // "
    else i += 1;
  }
  return i;
}

export function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < value.length) {
    const code = value.charCodeAt(i);
    if (isSpace(code)) {
      i += 1;
    } else if (code === OPEN) {
      const comment = readComment(value, i);
      tokens.push({ kind: 'comment', text: comment.text });
      i = comment.end;
    } else if (code === SEMI) {
      tokens.push({ kind: 'semicolon', at: i });
      i += 1;
    } else {
      const end = Math.max(readWord(value, i), i + 1);
      tokens.push({ kind: 'word', text: value.slice(i, end) });
      i = end;
    }
  }
  addWork(value.length);
  return tokens;
}

/** Puts tokens back into text (comments in parentheses), for date text and unparsed remainders. */
export function untokenize(tokens: readonly Token[]): string {
  return tokens
    .map((t) => (t.kind === 'word' ? t.text : t.kind === 'comment' ? `(${t.text})` : ';'))
    .join(' ')
    .replace(/ ;/g, ';');
}
