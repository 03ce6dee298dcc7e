// @vitest-environment node
// Classes of Received lines a fresh set of real mail showed, each as a property over generated
// names, addresses and ids (fast-check) or a table: what the server saw is kept, what the client
// claimed or a comment added is not taken for a name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMailDate, parseReceived, readMessage, type Trace } from '../../../src/model/trace';

const DATE = '; Tue, 14 Jan 2025 09:30:05 +0000';

const octet = fc.integer({ min: 1, max: 254 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((p) => p.join('.'));
const label = fc.stringMatching(/^[a-z][a-z0-9]{1,8}$/);
const host = fc.tuple(label, label).map(([a, b]) => `${a}.${b}.example.net`);
const queueId = fc.stringMatching(/^[A-Za-z0-9]{6,14}$/);
const CIPHERS = ['TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256', 'TLS_CHACHA20_POLY1305_SHA256'];

async function traceOf(raw: string): Promise<Trace> {
  const result = await readMessage(raw);
  if (!result.ok) throw new Error(`expected a trace, got ${result.problem.key}`);
  return result.trace;
}

describe('the address the server saw, not the one the client claimed', () => {
  it('Exim `from [ip] (helo=[literal])` keeps the connection’s IP', () => {
    fc.assert(
      fc.property(ipv4, ipv4, host, (seen, claimed, by) => {
        const f = parseReceived(`from [${seen}] (helo=[${claimed}]) by ${by} with esmtp (Exim 4.96)${DATE}`);
        return f.ip === seen && f.by === by;
      }),
    );
  });

  it('Yahoo/AOL `from <ip> (EHLO <name>)` keeps the IP and the EHLO name apart', () => {
    fc.assert(
      fc.property(ipv4, host, host, (ip, ehlo, by) => {
        const f = parseReceived(`from ${ip} (EHLO ${ehlo}) by ${by} with SMTP${DATE}`);
        return f.ip === ip && f.helo === ehlo && f.rdns === null;
      }),
    );
  });

  it('`from ip:port` keeps the IP without the port', () => {
    fc.assert(
      fc.property(ipv4, fc.integer({ min: 1024, max: 65535 }), host, (ip, port, by) => {
        const f = parseReceived(`from ${ip}:${port} by ${by} with ESMTP${DATE}`);
        return f.ip === ip && f.by === by;
      }),
    );
  });
});

describe('the protocol and the cipher', () => {
  it('Exim 4.9x `with esmtps tls <cipher>` or `(TLS1.3) tls <cipher>`: protocol esmtps, the cipher a detail', () => {
    fc.assert(
      fc.property(host, host, fc.constantFrom(...CIPHERS), fc.boolean(), queueId, (from, by, cipher, paren, id) => {
        const tls = paren ? `(TLS1.3) tls ${cipher}` : `tls ${cipher}`;
        const f = parseReceived(`from ${from} ([192.0.2.7]) by ${by} with esmtps ${tls} (Exim 4.96) id ${id}${DATE}`);
        return f.with?.toLowerCase() === 'esmtps' && f.tls === 'yes' && f.id === id && f.by === by;
      }),
    );
  });

  it('`with SMTP mgrt 1234`: extra words after the protocol do not change it', () => {
    fc.assert(
      fc.property(host, host, fc.integer({ min: 1, max: 99999 }), (from, by, n) => {
        const f = parseReceived(`from ${from} ([192.0.2.7]) by ${by} with SMTP mgrt ${n}${DATE}`);
        return f.with === 'SMTP' && f.by === by;
      }),
    );
  });
});

describe('comments that are not reverse-DNS names', () => {
  it.each([
    [
      'CommuniGate `(account user@domain [ip] verified)`',
      'from [192.0.2.9] (account alice@example.com [192.0.2.9] verified) by mail.example.org (CommuniGate Pro SMTP 6.3.4)',
      { ip: '192.0.2.9', rdns: null },
    ],
    [
      'MailMarshal `(Not Verified[ip])`',
      'from mail.example.com (Not Verified[192.0.2.9]) by relay.example.org with MailMarshal (v8,0,0,1)',
      { helo: 'mail.example.com', ip: '192.0.2.9', rdns: null },
    ],
    [
      'ZMailer `"EHLO name"`: the quote mark is no part of the name',
      'from host.example.com ("EHLO mail.example.com") by relay.example.org with ESMTP id <2025@relay.example.org>',
      { helo: 'mail.example.com', rdns: 'host.example.com' },
    ],
    [
      'ZMailer folded right after EHLO keeps the name',
      'from host.example.com ([192.0.2.9] "EHLO\n\tmail.example.com") by relay.example.org with ESMTP',
      { helo: 'mail.example.com', ip: '192.0.2.9' },
    ],
    [
      '`[UNAVAILABLE]. [ip]`: no name, the IP kept',
      'from mail.example.com ([UNAVAILABLE]. [192.0.2.9]) by relay.example.org with ESMTP',
      { helo: 'mail.example.com', ip: '192.0.2.9', rdns: null },
    ],
  ])('%s', (_, line, expected) => {
    const f = parseReceived(line.replace(/\n/g, ' ') + DATE);
    expect(f).toMatchObject(expected);
    if (f.rdns) expect(f.rdns).not.toMatch(/["\s]|^(account|not)$/i);
  });
});

describe('whole headers', () => {
  it('`from <mail address> by …` (a rules engine or a local user) has no organisation and draws no border', async () => {
    const trace = await traceOf(
      [
        `Received: from mx.example.org (mx.example.org [198.51.100.25]) by store.example.org with LMTP${DATE}`,
        `Received: from <alice@example.com> by mx.example.org with ESMTP${DATE}`,
      ].join('\n'),
    );
    expect(trace.hops[0]!.fromOrg === null || trace.hops[0]!.fromOrg === 'example.org').toBe(true);
    expect(trace.hops[0]!.role).not.toBe('border');
  });

  it('reads dates with the zone after the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const hh = String(h).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        const d = parseMailDate(`Feb 18 ${hh}:${mm}:00 2001 -0800`);
        return d !== null && d.offsetMinutes === -480 && d.epochSeconds === Date.UTC(2001, 1, 18, h + 8, m) / 1000;
      }),
    );
  });

  it('a Date: a second or two ahead of the first Received line is not clock skew', async () => {
    for (const ahead of [1, 2, 5]) {
      const trace = await traceOf(
        [
          `Received: from out.example.com (out.example.com [192.0.2.25]) by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:10 +0000`,
          `Received: from [203.0.113.4] by out.example.com with ESMTPSA; Tue, 14 Jan 2025 09:30:00 +0000`,
          `Date: Tue, 14 Jan 2025 09:30:${String(ahead).padStart(2, '0')} +0000`,
        ].join('\n'),
      );
      expect(trace.hops[0]!.skew).not.toBe('date');
      expect(trace.remarks.map((r) => r.key)).not.toContain('trace.remark.dateSkew');
    }
  });

  it('a header holding two journeys (a forwarded copy) is shown as two, not one “more than a week” hop', async () => {
    const trace = await traceOf(
      [
        `Received: from out.example.net (out.example.net [198.51.100.9]) by mx.example.org with ESMTPS; Tue, 21 Jan 2025 10:00:05 +0000`,
        `Received: from [203.0.113.7] by out.example.net with ESMTPSA; Tue, 21 Jan 2025 10:00:03 +0000`,
        `Received: from out.example.com (out.example.com [192.0.2.25]) by mx.example.net with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000`,
        `Received: from [203.0.113.4] by out.example.com with ESMTPSA; Tue, 14 Jan 2025 09:30:03 +0000`,
        'Date: Tue, 21 Jan 2025 10:00:00 +0000',
      ].join('\n'),
    );
    expect(trace.hops.map((h) => h.skew)).not.toContain('implausible');
    expect(trace.journeys).toBe(2);
    expect(trace.hops[2]!.journeyStart).toBe(true);
  });
});
