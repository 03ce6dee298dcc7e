// @vitest-environment node
// Outlook .msg files: a small real one is built here (a compound file with the MAPI streams Outlook
// writes, by the reader library's own compound-file writer), so no sample file is copied.
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader';
import { describe, expect, it } from 'vitest';
import { readMessage, type Trace } from '../../../src/model/trace';

const utf16 = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

/** A .msg holding the given transport header (PR_TRANSPORT_MESSAGE_HEADERS, 0x007D), subject and body. */
function outlookFile(headers: string | null, body: string): Uint8Array {
  const streams: [string, Uint8Array][] = [
    ['__substg1.0_0037001F', utf16('Lunch on Friday?')],
    ['__substg1.0_1000001F', utf16(body)],
    ['__properties_version1.0', new Uint8Array(32)],
    ...(headers === null ? [] : ([['__substg1.0_007D001F', utf16(headers)]] as [string, Uint8Array][])),
  ];
  const entries: Entry[] = [
    { name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({
      name,
      type: TypeEnum.DOCUMENT,
      length: data.length,
      binaryProvider: () => data,
    })),
  ];
  return burn(entries);
}

const HEADER = [
  'Received: from mx.example.org (mx.example.org [198.51.100.25]) by store.example.org with LMTP; Tue, 14 Jan 2025 09:30:07 +0000',
  'Received: from mail.example.com (mail.example.com [192.0.2.5]) by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000',
  'From: Alice <alice@example.com>',
  'To: bob@example.org',
  'Subject: Lunch on Friday?',
  'Date: Tue, 14 Jan 2025 09:30:04 +0000',
  '',
].join('\r\n');

describe('Outlook .msg files', () => {
  it('traces the transport header and gives the body’s first words', async () => {
    const result = await readMessage(outlookFile(HEADER, 'Hi Bob,\r\n\r\nshall we   meet at noon?'));
    expect(result.ok).toBe(true);
    const trace = (result as { trace: Trace }).trace;
    expect(trace.hops.map((h) => h.byHost)).toEqual(['mx.example.org', 'store.example.org']);
    expect(trace.subject).toBe('Lunch on Friday?');
    expect(trace.bodyStart).toBe('Hi Bob, shall we meet at noon?');
    expect(trace.remarks[0]).toEqual({ key: 'trace.remark.msg' });
  });

  it('says plainly when the message was never sent (no transport header)', async () => {
    expect(await readMessage(outlookFile(null, 'draft'))).toEqual({
      ok: false,
      problem: { key: 'trace.problem.msgNoHeaders', params: undefined },
    });
  });

  it('says plainly when the file is damaged, and never throws', async () => {
    const whole = outlookFile(HEADER, 'x');
    for (const broken of [
      whole.slice(0, 12),
      whole.slice(0, 700),
      Uint8Array.from(whole, (b, i) => (i > 80 && i < 600 ? 0xff : b)),
    ]) {
      const result = await readMessage(broken);
      expect(result.ok).toBe(false);
      expect((result as { problem: { key: string } }).problem.key).toMatch(/^trace\.problem\.msg/);
    }
  });
});
