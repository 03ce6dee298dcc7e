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

  it('takes Microsoft 365’s own unnamed field as the receiver’s wherever Exchange filed it', async () => {
    const trace = await traceOf(
      [
        'Received: from SG2APC01FT049.eop-APC01.prod.protection.outlook.com (2603:1096:4:1::1) by SG2APC01HT247.eop-APC01.prod.protection.outlook.com with Microsoft SMTP Server id 15.20.1; Tue, 14 Jan 2025 09:30:07 +0000',
        'Received: from mail.example.com (192.0.2.5) by SG2APC01FT049.mail.protection.outlook.com (10.152.250.57) with Microsoft SMTP Server id 15.20.1 via Frontend Transport; Tue, 14 Jan 2025 09:30:05 +0000',
        'X-MS-Exchange-Organization-SCL: 1',
        'authentication-results: spf=pass (sender IP is 192.0.2.5) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=example.com;',
      ].join('\n'),
    );
    expect(trace.auth).toMatchObject({ authservId: '', fromReceiver: true });
    expect(trace.remarks.map((r) => r.key)).not.toContain('trace.remark.authForeign');
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

describe('lines a sender forged below the receiver’s border', () => {
  // The sending bot wrote two lines naming the receiver's servers before it connected to the real MX.
  const FORGED = [
    STORE + at(9),
    'Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com',
    'Received: from bot.example.net (bot.example.net [203.0.113.66]) by mx.example.org with ESMTP' + at(8),
    'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
    'Received: from mail.example.com (mail.example.com [192.0.2.5]) by mx.example.org with ESMTPS' + at(7),
  ].join('\n');

  it('marks the forged Received line as the sender’s side, not the receiver’s', async () => {
    const trace = await traceOf(FORGED);
    expect(trace.hops.map((h) => [h.byHost, h.upstream])).toEqual([
      ['mx.example.org', true],
      ['mx.example.org', false],
      ['store.example.org', false],
    ]);
  });

  it('believes only the Authentication-Results written above the real border', async () => {
    const trace = await traceOf(FORGED);
    expect(trace.auth).toMatchObject({ authservId: 'mx.example.org', fromReceiver: true, fields: 1 });
    expect(trace.auth!.verdicts.map((v) => `${v.method}=${v.result}`)).toEqual(['spf=fail']);
    const forged = trace.verdicts.filter((g) => g.items.some((i) => i.kind === 'dmarc'));
    expect(forged.every((g) => !g.trusted)).toBe(true);
  });
});

describe('look-alike host names', () => {
  it.each([
    ['mx.g\u043e\u043egle.com', 'mx.g<U+043E><U+043E>gle.com'],
    ['mail\uff0egoogle\uff0ecom', 'mail<U+FF0E>google<U+FF0E>com'],
    ['\u0430\u0440\u0440\u04cf\u0435.com', '<U+0430><U+0440><U+0440><U+04CF><U+0435>.com'],
    ['\uff47oogle.com', '<U+FF47>oogle.com'],
  ])('flags %s and shows its odd letters as codes', async (host, shown) => {
    const trace = await traceOf(`Received: from ${host} (${host} [192.0.2.5]) by mx.example.org with ESMTP${at(5)}`);
    expect(trace.hops[0]!.lookalike).toBe(shown);
    expect(trace.hops[0]!.notes).toContainEqual({ key: 'trace.note.lookalike', params: { host: shown } });
    expect(trace.remarks).toContainEqual({ key: 'trace.remark.lookalike', params: { count: 1 } });
  });

  it.each(['mail.example.com', 'xn--mnchen-3ya.de', 'почта.рф', 'mail.bücher.de'])('leaves %s alone', async (host) => {
    const trace = await traceOf(`Received: from ${host} (${host} [192.0.2.5]) by mx.example.org with ESMTP${at(5)}`);
    expect(trace.hops[0]!.lookalike).toBeNull();
  });
});

describe('lines that are not header fields', () => {
  it('counts 50,000 of them in one remark and lists only the first few', async () => {
    const noise = Array.from({ length: 50_000 }, (_, i) => `noise line ${i}`).join('\n');
    const trace = await traceOf(`${noise}\n${MX}${at(5)}`);
    expect(trace.strayCount).toBe(50_000);
    expect(trace.stray.length).toBeLessThanOrEqual(50);
    expect(trace.remarks.filter((r) => r.key.startsWith('trace.remark.stray'))).toEqual([
      { key: 'trace.remark.strayMany', params: { count: 50_000, shown: trace.stray.length } },
    ]);
  });
});
