// @vitest-environment node
// A bounce that carries the original's header replays the original's route up to the refusing
// server; a bounce pasted without any Received line still tells what it reports.
import { describe, expect, it } from 'vitest';
import { readMessage, type Trace } from '../../../src/model/trace';

async function traceOf(raw: string): Promise<Trace> {
  const result = await readMessage(raw);
  if (!result.ok) throw new Error(`expected a trace, got ${result.problem.key}`);
  return result.trace;
}

/** A Postfix DSN (RFC 3464) for bbob@example.org, its own route back, and the original's header. */
const dsn = (remote: string, original: string[]) =>
  [
    'Received: by out1.example.com (Postfix) id 8F3A1800A2; Tue, 14 Jan 2025 10:30:04 +0100',
    'From: MAILER-DAEMON@out1.example.com',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Tue, 14 Jan 2025 10:30:04 +0100',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    'This is the mail system at host out1.example.com.',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; out1.example.com',
    '',
    'Final-Recipient: rfc822; bbob@example.org',
    'Action: failed',
    'Status: 5.1.1',
    ...(remote ? [`Remote-MTA: dns; ${remote}`] : []),
    'Diagnostic-Code: smtp; 550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown',
    '',
    '--b1',
    'Content-Type: text/rfc822-headers',
    '',
    ...original,
    'From: Alice <alice@example.com>',
    'To: bbob@example.org',
    'Subject: Lunch on Friday?',
    'Date: Tue, 14 Jan 2025 10:30:01 +0100',
    '',
    '--b1--',
    '',
  ].join('\r\n');

const ORIGINAL = [
  'Received: from smtp.example.com (smtp.example.com [192.0.2.10])',
  '\tby out1.example.com (Postfix) with ESMTPS id 5D2E8800A1',
  '\tfor <bbob@example.org>; Tue, 14 Jan 2025 10:30:03 +0100',
  'Received: from [203.0.113.7] (dsl.example.net [203.0.113.7])',
  '\tby smtp.example.com (Postfix) with ESMTPSA id 1A2B3C',
  '\tfor <bbob@example.org>; Tue, 14 Jan 2025 10:30:02 +0100',
];

describe('the returned original’s route', () => {
  it('replays the original up to the refusing server, with the refusal drawn there', async () => {
    const trace = await traceOf(dsn('mx1.example.org', ORIGINAL));
    expect(trace.report?.kind).toBe('bounce');
    const route = trace.returned!;
    expect(route.hops.map((h) => `${h.fromHost} → ${h.byHost}`)).toEqual([
      'dsl.example.net → smtp.example.com',
      'smtp.example.com → out1.example.com',
      'out1.example.com → mx1.example.org',
    ]);
    expect(route.hops[2]).toMatchObject({ role: 'refused', byOrg: 'example.org', line: 0 });
    expect(route.refusal).toEqual({
      hop: 2,
      address: 'bbob@example.org',
      status: '5.1.1',
      code: 550,
      reason: 'userunknown',
    });
    expect(route.hops[2]!.caption).toMatchObject({
      key: 'trace.role.refused',
      params: { address: 'bbob@example.org' },
    });
    // The original's own facts, not the bounce's.
    expect(route.subject).toBe('Lunch on Friday?');
    expect(route.hops[0]!.delaySeconds).toBe(1);
  });

  it('draws the refusal at the last server that took the message when the report names no other', async () => {
    const route = (await traceOf(dsn('', ORIGINAL))).returned!;
    expect(route.hops).toHaveLength(2);
    expect(route.refusal).toMatchObject({ hop: 1, code: 550 });
    expect(route.hops[1]!.byHost).toBe('out1.example.com');
  });

  it('has no returned route when the original comes back without Received lines', async () => {
    const trace = await traceOf(dsn('mx1.example.org', []));
    expect(trace.report?.kind).toBe('bounce');
    expect(trace.returned ?? null).toBeNull();
  });
});

describe('a bounce pasted without any Received line', () => {
  it('draws the returned original’s route when only the original has Received lines', async () => {
    const raw = dsn('mx1.example.org', ORIGINAL).split('\r\n').slice(1).join('\r\n');
    const trace = await traceOf(raw);
    expect(trace.hops).toEqual([]);
    expect(trace.returned!.hops).toHaveLength(3);
    expect(trace.remarks.map((r) => r.key)).not.toContain('trace.remark.bounceOnly');
  });

  it('still shows the decoded bounce instead of “no hops”', async () => {
    const raw = dsn('mx1.example.org', []).split('\r\n').slice(1).join('\r\n');
    const trace = await traceOf(raw);
    expect(trace.hops).toEqual([]);
    expect(trace.remarks[0]).toEqual({ key: 'trace.remark.bounceOnly' });
    const report = trace.report!;
    if (report.kind !== 'bounce') throw new Error('not a bounce');
    expect(report.bounce.reportingMta).toBe('out1.example.com');
    expect(report.bounce.recipients[0]).toMatchObject({
      address: 'bbob@example.org',
      status: '5.1.1',
      reason: 'userunknown',
    });
  });

  it('reads the delivery-status fields alone, as a help desk pastes them', async () => {
    const trace = await traceOf(
      [
        'Reporting-MTA: dns; mx.example.net',
        '',
        'Final-Recipient: rfc822; carol@example.net',
        'Action: failed',
        'Status: 5.2.2',
        'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      ].join('\n'),
    );
    const report = trace.report!;
    if (report.kind !== 'bounce') throw new Error('not a bounce');
    expect(report.bounce.reportingMta).toBe('mx.example.net');
    expect(report.bounce.recipients[0]).toMatchObject({ address: 'carol@example.net', reason: 'mailboxfull' });
  });

  it('keeps the plain “no Received lines” message for ordinary mail', async () => {
    const result = await readMessage('From: a@example.com\nTo: b@example.org\nSubject: hi\n\nHello');
    expect(result).toEqual({ ok: false, problem: { key: 'trace.problem.noReceived', params: undefined } });
  });
});
