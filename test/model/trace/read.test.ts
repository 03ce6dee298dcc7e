// Reading pasted text and files: every wrong input ends in a clear problem or a partial result.
import { describe, expect, it } from 'vitest';
import { readMessage, SAMPLES } from '../../../src/model/trace';

const problemOf = async (input: string | Uint8Array) => {
  const result = await readMessage(input);
  return result.ok ? null : result.problem.key;
};

const RECEIVED =
  'Received: from a.example.com (a.example.com [192.0.2.1]) by b.example.org with ESMTPS id 1; Tue, 14 Jan 2025 09:30:05 +0000';

describe('readMessage', () => {
  it.each([
    ['an empty paste', '', 'trace.problem.empty'],
    ['only spaces', '   \n\t\n', 'trace.problem.empty'],
    ['JSON', '{"received": "from a by b"}', 'trace.problem.json'],
    ['a sentence', 'Hello Bob, how are you?\nSee you soon.', 'trace.problem.noHeader'],
    [
      'a header without Received',
      'From: alice@example.com\nTo: bob@example.org\nSubject: draft\n\nbody',
      'trace.problem.noReceived',
    ],
  ])('explains %s', async (_, input, key) => {
    expect(await problemOf(input)).toBe(key);
  });

  it('recognises a photo dropped by mistake', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await problemOf(png)).toBe('trace.problem.binary');
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await problemOf(noise)).toBe('trace.problem.binary');
  });

  it('reads an .eml file as bytes, CRLF line ends and all', async () => {
    const bytes = new TextEncoder().encode(SAMPLES.forwarded.replace(/\n/g, '\r\n'));
    const result = await readMessage(bytes);
    expect(result.ok && result.trace.hops.length).toBe(5);
  });

  it('keeps going through broken encodings (invalid UTF-8, a bad encoded word)', async () => {
    const text = `${RECEIVED}\nSubject: =?utf-8?B?not-base64?=\nFrom: Al\u00ffce <alice@example.com>\n\nbody`;
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xc3, 0x28, 0xa0, 0xa1]);
    const result = await readMessage(bytes);
    expect(result.ok && result.trace.hops[0]!.byHost).toBe('b.example.org');
  });

  it('sets aside lines that are not header fields, and says which', async () => {
    const text = `Original message\nMessage ID: <x@example.com>\n${RECEIVED}\nthis line is junk\nDate: Tue, 14 Jan 2025 09:30:00 +0000\n`;
    const result = await readMessage(text);
    if (!result.ok) throw new Error(result.problem.key);
    // "Message ID" has a space, so it is not a field name (RFC 5322 §2.2): it is the analyser page's own text.
    expect(result.trace.stray.map((s) => s.lineNumber)).toEqual([1, 2, 4]);
    expect(result.trace.hops).toHaveLength(1);
    expect(result.trace.remarks.map((r) => r.key)).toContain('trace.remark.stray');
  });

  it('reads a header pasted with an mbox "From " line on top', async () => {
    const result = await readMessage(`From alice@example.com Tue Jan 14 09:30:00 2025\n${RECEIVED}\n`);
    expect(result.ok && result.trace.stray).toEqual([]);
  });

  it('reads 300 Received lines and warns about a mail loop', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => RECEIVED.replace('id 1', `id ${i}`)).join('\n');
    const result = await readMessage(lines);
    if (!result.ok) throw new Error(result.problem.key);
    expect(result.trace.hops).toHaveLength(300);
    expect(result.trace.remarks.map((r) => r.key)).toContain('trace.remark.loop');
  });

  it('reads the first Subject, From and Date when a header repeats them, and every Received line in order', async () => {
    const header = [
      'Subject: first',
      RECEIVED.replace('id 1', 'id top'),
      'Subject: second',
      'received: from c.example.net by a.example.com id bottom; Tue, 14 Jan 2025 09:30:00 +0000',
      'From: Alice <alice@example.com>',
      'From: Mallory <mallory@example.net>',
    ].join('\r\n');
    const result = await readMessage(`${header}\r\n\r\nbody\r\n`);
    if (!result.ok) throw new Error(result.problem.key);
    expect(result.trace.subject).toBe('first');
    expect(result.trace.from).toBe('Alice <alice@example.com>');
    expect(result.trace.hops.map((h) => h.fields.id)).toEqual(['bottom', 'top']);
  });

  it('reads only the first part of 5 MB of text and says so', async () => {
    const huge = `${RECEIVED}\n${'X-Filler: '.padEnd(999, 'x')}\n`.repeat(5000);
    const result = await readMessage(huge);
    if (!result.ok) throw new Error(result.problem.key);
    expect(result.trace.remarks[0]!.key).toBe('trace.remark.cut');
    expect(result.trace.hops.length).toBeGreaterThan(900);
  });
});
