// One line of a protocol dialogue, tagged so the view can explain commands and reply codes.
import type { Text, TranscriptLine } from '../words/vocabulary';

export type { Speaker, TranscriptLine } from '../words/vocabulary';

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
