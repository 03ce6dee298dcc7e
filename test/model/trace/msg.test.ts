// @vitest-environment node
// Outlook .msg files: a small real one is built in the test (outlookFile.ts), so no sample is copied.
import { describe, expect, it } from 'vitest';
import { readMessage, type Trace } from '../../../src/model/trace';
import { outlookFile } from './outlookFile';

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
