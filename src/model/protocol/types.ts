// One line of a protocol dialogue, tagged so the view can explain commands and reply codes.
import type { Text } from '../types';

/** `output` is what a tool prints (a mail queue listing), not anyone speaking a protocol. */
export type Speaker = 'client' | 'server' | 'note' | 'dns' | 'message' | 'output';

export interface TranscriptLine {
  who: Speaker;
  /** The line as sent on the wire; empty for a commentary note. */
  text: string;
  /** Commentary between protocol lines (catalogue text), e.g. "the TLS handshake happens here". */
  note?: Text;
  /** The SMTP/LMTP reply code a server line starts with (RFC 5321 §4.2). */
  code?: number;
  /** The command word a client line starts with (EHLO, RCPT, FETCH, RETR…). */
  command?: string;
}

export const client = (text: string): TranscriptLine => {
  const word = /^(?:[a-z]\d+ )?([A-Z]+)/.exec(text)?.[1];
  return word ? { who: 'client', text, command: word } : { who: 'client', text };
};

export const server = (text: string): TranscriptLine => {
  const code = /^(\d{3})[ -]/.exec(text)?.[1];
  return code ? { who: 'server', text, code: Number(code) } : { who: 'server', text };
};

export const note = (key: string, params?: Text['params']): TranscriptLine =>
  params ? { who: 'note', text: '', note: { key, params } } : { who: 'note', text: '', note: { key } };
export const dns = (text: string): TranscriptLine => ({ who: 'dns', text });
export const message = (text: string): TranscriptLine => ({ who: 'message', text });
export const output = (text: string): TranscriptLine => ({ who: 'output', text });
