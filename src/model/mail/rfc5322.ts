// The RFC 5322 message: header fields, encoding of non-ASCII text, folding, and the raw form.
import type { Scenario } from '../world/scenario';
import type { HeaderField } from '../words/vocabulary';

export type { HeaderField } from '../words/vocabulary';

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
    s.world.sender.attachmentOctets > 0
      ? { name: 'Content-Type', value: `multipart/mixed; boundary="${BOUNDARY}"` }
      : { name: 'Content-Type', value: 'text/plain; charset=UTF-8' },
  ];
}

/** The boundary between the parts of a message with an attachment (RFC 2046 §5.1.1). */
export const BOUNDARY = '=_part_7f3a9c';
/** base64 turns every 3 octets into 4 characters, in lines of 76 plus CRLF (RFC 2045 §6.8). */
export const base64Octets = (raw: number): number => Math.ceil(raw / 57) * 78;

// The first lines of the attachment's base64 (an MP4 file starts with its `ftyp` box); the rest is
// counted in the size but not spelled out, since it is tens of megabytes of the same kind.
const SHOWN_BASE64 = [
  'AAAAIGZ0eXBpc29tAAACAGlzb21pc28yYXZjMW1wNDEAAAAIZnJlZQBMhPRtZGF0AAACrgYF//+q',
  '3EXpvebZSLeWLNgg2SPu73gyNjQgLSBjb3JlIDE2NCByMzEwOCAzMWUxOWY5IC0gSC4yNjQvTVBF',
];

/** The body as sent: the text alone, or multipart/mixed with the text and the base64 attachment. */
export function bodyText(s: Scenario): string {
  if (s.world.sender.attachmentOctets === 0) return s.message.body;
  return [
    `--${BOUNDARY}`,
    'Content-Type: text/plain; charset=UTF-8',
    '',
    s.message.body,
    `--${BOUNDARY}`,
    'Content-Type: video/mp4; name="holiday.mp4"',
    'Content-Disposition: attachment; filename="holiday.mp4"',
    'Content-Transfer-Encoding: base64',
    '',
    ...SHOWN_BASE64,
    `--${BOUNDARY}--`,
  ].join('\n');
}

/** The octets of the attachment's base64 that bodyText does not spell out. */
export const hiddenAttachmentOctets = (s: Scenario): number =>
  s.world.sender.attachmentOctets === 0 ? 0 : base64Octets(s.world.sender.attachmentOctets) - octets(SHOWN_BASE64);

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
