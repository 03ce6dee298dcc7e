// @vitest-environment node
// Whose verdicts to believe (RFC 8601 §5), how clocks are judged, and forged lines that hide characters.
import { describe, expect, it } from 'vitest';
import { readMessage, showControls, organisation, type Trace } from '../../../src/model/trace';

async function traceOf(raw: string): Promise<Trace> {
  const result = await readMessage(raw);
  if (!result.ok) throw new Error(`expected a trace, got ${result.problem.key}`);
  return result.trace;
}

const MX = 'Received: from mail.example.com (mail.example.com [192.0.2.5]) by mx.example.org with ESMTPS';
const STORE = 'Received: from mx.example.org (mx.example.org [198.51.100.25]) by store.example.org with LMTP';
const OUT = 'Received: from [203.0.113.4] (dsl.example.net [203.0.113.4]) by mail.example.com with ESMTPSA';
const at = (second: number) => `; Tue, 14 Jan 2025 09:30:${String(second).padStart(2, '0')} +0000`;

describe('Authentication-Results: whose they are', () => {
  it('takes a field without an authserv-id above the receiver’s first hop as the receiver’s (Microsoft 365)', async () => {
    const trace = await traceOf(
      [
        STORE + at(7),
        'Authentication-Results: spf=pass (sender IP is 192.0.2.5) smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass action=none header.from=example.com;',
        MX + at(5),
        OUT + at(3),
      ].join('\n'),
    );
    expect(trace.auth).toMatchObject({ authservId: '', fromReceiver: true });
    expect(trace.auth!.verdicts.map((v) => `${v.method}=${v.result}`)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass']);
    expect(trace.remarks.map((r) => r.key)).not.toContain('trace.remark.authForeign');
  });

  it('does not trust a field without an authserv-id below the receiver’s first hop (written upstream)', async () => {
    const trace = await traceOf(
      [STORE + at(7), MX + at(5), 'Authentication-Results: spf=pass smtp.mailfrom=example.com', OUT + at(3)].join('\n'),
    );
    expect(trace.auth?.fromReceiver).toBe(false);
    expect(trace.remarks.map((r) => r.key)).toContain('trace.remark.authForeign');
  });

  it('merges several fields from one authserv-id (Fastmail writes one per method)', async () => {
    const trace = await traceOf(
      [
        STORE + at(7),
        'Authentication-Results: mx.example.org; dmarc=pass (p=reject) header.from=example.com',
        'Authentication-Results: mx.example.org; dkim=pass header.d=example.com',
        'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.com',
        'Authentication-Results: mx.evil.example; spf=fail smtp.mailfrom=example.com',
        MX + at(5),
      ].join('\n'),
    );
    expect(trace.auth).toMatchObject({ authservId: 'mx.example.org', fromReceiver: true, fields: 3, others: 1 });
    expect(trace.auth!.verdicts.map((v) => `${v.method}=${v.result}`)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass']);
  });
});

describe('organisations', () => {
  it.each([
    ['HE1EUR01FT042.eop-EUR01.prod.protection.outlook.com', 'outlook.com'],
    ['LO4P123CA0318.outlook.office365.com', 'outlook.com'],
    ['SLXP216MB0381.KORP216.PROD.OUTLOOK.COM', 'outlook.com'],
    ['mail-sor-f41.google.com', 'google.com'],
    ['mail-wr1-f54.googlemail.com', 'google.com'],
    ['mta7.am0.yahoodns.net', 'yahoo.com'],
    ['mx4.messagingengine.com', 'fastmail.com'],
    ['mail.example.co.uk', 'example.co.uk'],
    ['mx.foo.kyoto.jp', 'foo.kyoto.jp'],
    ['compute1.internal', null],
    ['mailhost.local', null],
    ['box.localdomain', null],
    ['sloti52n10', null],
    ['192.0.2.5', null],
  ])('%s belongs to %s', (host, org) => {
    expect(organisation(host)).toBe(org);
  });
});

describe('clocks', () => {
  it('calls a step back of a few seconds “clocks differ slightly”, not skew', async () => {
    const trace = await traceOf([STORE + at(3), MX + at(5), OUT + at(1)].join('\n'));
    expect(trace.hops.map((h) => h.skew)).toEqual([null, null, 'slight']);
    expect(trace.hops[2]!.notes.map((n) => n.key)).toContain('trace.note.slightSkew');
    expect(trace.hops[2]!.notes.map((n) => n.key)).not.toContain('trace.note.skew');
  });

  it('explains a Date: later than the first hop as the sender’s device clock', async () => {
    const trace = await traceOf([MX + at(5), OUT + at(3), 'Date: Tue, 14 Jan 2025 09:31:00 +0000'].join('\n'));
    expect(trace.hops[0]!.skew).toBe('date');
    expect(trace.hops[0]!.notes.map((n) => n.key)).toContain('trace.note.dateAhead');
  });
});

describe('forged lines with control characters', () => {
  const FORGED =
    'Received: from \u202Emoc.elgoog.liam\u202C (mail.google.com [192.0.2.9]) by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000';

  it('flags the hop and says so for the whole message', async () => {
    const trace = await traceOf(`${FORGED}\n`);
    expect(trace.hops[0]!.forged).toBe(true);
    expect(trace.hops[0]!.notes[0]).toEqual({ key: 'trace.note.controls' });
    expect(trace.remarks.map((r) => r.key)).toContain('trace.remark.controls');
  });

  it('shows every control character as a visible code', () => {
    expect(showControls('\u202Emoc.elgoog.liam\u202C')).toBe('<U+202E>moc.elgoog.liam<U+202C>');
    expect(showControls('a\u200Bb\u2066c\u2069\uFEFF')).toBe('a<U+200B>b<U+2066>c<U+2069><U+FEFF>');
    expect(showControls('mail.example.com')).toBe('mail.example.com');
  });
});
