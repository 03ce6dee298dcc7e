// The RFC 5322 message: header fields, encoding of non-ASCII text, folding, and the raw form.
import type { Scenario } from './scenario';
import type { HeaderField } from './vocabulary';

export type { HeaderField } from './vocabulary';

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** RFC 2047 encoded-word for non-ASCII header text (header lines must be ASCII, RFC 5322 §2.2). */
export function encodeWord(text: string): string {
  if (ASCII_PRINTABLE.test(text)) return text;
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `=?UTF-8?B?${btoa(binary)}?=`;
}

/** Folds a header at spaces so lines stay within 78 characters where possible (RFC 5322 §2.1.1). */
export function fold(name: string, value: string, width = 78): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > width && line.trim() !== `${name}:`) {
      lines.push(line);
      line = `\t${word}`;
    } else line = `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

export const formatField = (field: HeaderField) => `${field.name}: ${field.value}`;

/** The mailbox as written in From:/To:, with the person's name where the world knows it. */
export function mailbox(name: string, address: string, known: boolean): string {
  return known ? `${name} <${address}>` : address;
}

/** What Alice's app writes: Date and From are required, Message-ID is left to the MSA here. */
/** To: and Cc: list their recipients; Bcc: is not written at all, so no copy shows it (RFC 5322 §3.6.3). */
function addressList(s: Scenario, field: 'to' | 'cc'): string {
  const list = s.recipients.filter((r) => r.field === field).map((r) => mailbox(r.name, r.address, r.hasMailbox));
  return list.join(', ');
}

export function composedHeaders(s: Scenario, date: string): HeaderField[] {
  const cc = addressList(s, 'cc');
  return [
    { name: 'Date', value: date },
    { name: 'From', value: mailbox(s.sender.name, s.sender.address, s.sender.hasMailbox) },
    { name: 'To', value: fold('To', addressList(s, 'to')).slice('To: '.length) },
    ...(cc ? [{ name: 'Cc', value: fold('Cc', cc).slice('Cc: '.length) }] : []),
    { name: 'Subject', value: fold('Subject', encodeWord(s.message.subject)).slice('Subject: '.length) },
    { name: 'MIME-Version', value: '1.0' },
    { name: 'Content-Type', value: 'text/plain; charset=UTF-8' },
  ];
}

/** Body lines as sent: CRLF line ends, and a leading dot doubled inside SMTP DATA (RFC 5321 §4.5.2). */
export function bodyLines(body: string, dotStuffed: boolean): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  return dotStuffed ? lines.map((l) => (l.startsWith('.') ? `.${l}` : l)) : lines;
}

/** Every line of the message: header fields (folded lines split out), a blank line, the body. */
export function messageLines(headers: readonly HeaderField[], body: string, dotStuffed = false): string[] {
  const head = headers.flatMap((h) => formatField(h).split('\r\n'));
  return [...head, '', ...bodyLines(body, dotStuffed)];
}

/** Size in octets as sent: UTF-8 bytes plus CRLF after every line. */
export function octets(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + new TextEncoder().encode(line).length + 2, 0);
}

/** The message as its reader's app would show it with "Show original": header, blank line, body. */
export function rawMessage(headers: readonly HeaderField[], body: string): string {
  return messageLines(headers, body).join('\n');
}
