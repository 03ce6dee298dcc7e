// Received lines as real mail systems write them, and the fields the parser must read from each.
import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../../src/model/trace';
import type { ReceivedFields } from '../../../src/model/trace';

const utc = (iso: string) => Date.parse(iso) / 1000;

interface Case {
  style: string;
  line: string;
  expected: Partial<ReceivedFields>;
  at: string | null;
}

const CASES: Case[] = [
  {
    style: 'Postfix, submission with login',
    line: `from [203.0.113.45] (dsl-45.example.net [203.0.113.45])
\tby smtp.example.com (Postfix) with ESMTPSA id 4Xk2Qd0Zz3z9
\tfor <bob@example.org>; Tue, 14 Jan 2025 10:30:01 +0100`,
    expected: {
      helo: '203.0.113.45',
      rdns: 'dsl-45.example.net',
      ip: '203.0.113.45',
      by: 'smtp.example.com',
      with: 'ESMTPSA',
      id: '4Xk2Qd0Zz3z9',
      for: 'bob@example.org',
      software: 'Postfix',
      tls: 'yes',
      authenticated: true,
      handOver: 'smtp',
    },
    at: '2025-01-14T09:30:01Z',
  },
  {
    style: 'Postfix with a TLS comment and unknown reverse DNS',
    line: `from mail.example.com (unknown [192.0.2.25]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
 key-exchange X25519 server-signature RSA-PSS (2048 bits)) (No client certificate requested)
 by mx.example.org (Postfix) with ESMTP id 6C1F3A04B2 for <bob@example.org>; Tue, 14 Jan 2025 09:30:06 +0000 (UTC)`,
    expected: {
      helo: 'mail.example.com',
      rdns: null,
      ip: '192.0.2.25',
      by: 'mx.example.org',
      with: 'ESMTP',
      tls: 'yes',
      authenticated: false,
    },
    at: '2025-01-14T09:30:06Z',
  },
  {
    style: 'Exim with helo= and a port',
    line: `from mail.example.com ([192.0.2.5]:41234 helo=smtp.example.com)
\tby mx.example.org with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96)
\t(envelope-from <alice@example.com>) id 1tXa9Q-0004Zt-1x for bob@example.org;
\tTue, 14 Jan 2025 09:30:03 +0000`,
    expected: {
      helo: 'smtp.example.com',
      rdns: 'mail.example.com',
      ip: '192.0.2.5',
      by: 'mx.example.org',
      id: '1tXa9Q-0004Zt-1x',
      for: 'bob@example.org',
      software: 'Exim',
      tls: 'yes',
    },
    at: '2025-01-14T09:30:03Z',
  },
  {
    style: 'Exim, local delivery',
    line: 'from alice by host.example.net with local (Exim 4.96) (envelope-from <alice@example.net>) id 1tXb-000A; Tue, 14 Jan 2025 09:30:00 +0000',
    expected: { by: 'host.example.net', with: 'local', handOver: 'local', tls: 'local', software: 'Exim' },
    at: '2025-01-14T09:30:00Z',
  },
  {
    style: 'Sendmail with a TLS version comment and GMT',
    line: `from mail.example.com (mail.example.com [192.0.2.5])
\tby mx.example.org (8.17.1/8.17.1) with ESMTPS id 50E9U5Xk012345
\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
\tfor <bob@example.org>; Tue, 14 Jan 2025 09:30:05 GMT`,
    expected: {
      rdns: 'mail.example.com',
      ip: '192.0.2.5',
      by: 'mx.example.org',
      id: '50E9U5Xk012345',
      software: 'Sendmail',
      tls: 'yes',
      for: 'bob@example.org',
    },
    at: '2025-01-14T09:30:05Z',
  },
  {
    style: 'Sendmail local submission (no from clause)',
    line: '(from alice@localhost) by host.example.net (8.17.1/8.17.1/Submit) id 50E9U0aB012345; Tue, 14 Jan 2025 10:30:01 +0100',
    expected: { helo: null, ip: null, by: 'host.example.net', with: null, handOver: 'none', software: 'Sendmail' },
    at: '2025-01-14T09:30:01Z',
  },
  {
    style: 'qmail from the network, HELO in a comment',
    line: 'from unknown (HELO mail.example.com) (192.0.2.5) by mx.example.net with SMTP; 14 Jan 2025 09:30:05 -0000',
    expected: { helo: 'mail.example.com', rdns: null, ip: '192.0.2.5', by: 'mx.example.net', with: 'SMTP', tls: 'no' },
    at: '2025-01-14T09:30:05Z',
  },
  {
    style: 'qmail invoked locally (nothing but a comment and a date)',
    line: '(qmail 12345 invoked by uid 89); 14 Jan 2025 09:30:00 -0000',
    expected: { helo: null, by: null, with: null, software: 'qmail', unparsed: null },
    at: '2025-01-14T09:30:00Z',
  },
  {
    style: 'Microsoft 365 front door (bare IPs in parentheses)',
    line: `from mail.example.com (192.0.2.5) by AM4PEPF00027A64.mail.protection.example.org (10.167.16.75) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8335.10 via Frontend Transport; Tue, 14 Jan 2025 09:30:03 +0000`,
    expected: {
      helo: 'mail.example.com',
      ip: '192.0.2.5',
      by: 'AM4PEPF00027A64.mail.protection.example.org',
      with: 'Microsoft SMTP Server',
      id: '15.20.8335.10',
      via: 'Frontend Transport',
      software: 'Microsoft Exchange',
      tls: 'yes',
      handOver: 'smtp',
    },
    at: '2025-01-14T09:30:03Z',
  },
  {
    style: 'Microsoft 365 internal hop over IPv6 with HTTPS',
    line: 'from DB9PR04MB8412.eurprd04.prod.example.org (2001:db8:10a6:1::12) by AS8P189CA0041.eurprd04.prod.example.org with HTTPS; Tue, 14 Jan 2025 09:30:04 +0000',
    expected: {
      helo: 'DB9PR04MB8412.eurprd04.prod.example.org',
      ip: '2001:db8:10a6:1::12',
      with: 'HTTPS',
      handOver: 'http',
      tls: 'yes',
    },
    at: '2025-01-14T09:30:04Z',
  },
  {
    style: 'Gmail web injection (with HTTP, a PST comment)',
    line: 'by 2001:db8:a05:6a10::1 with HTTP; Tue, 14 Jan 2025 01:30:00 -0800 (PST)',
    expected: { helo: null, by: '2001:db8:a05:6a10::1', with: 'HTTP', handOver: 'http', tls: 'unknown' },
    at: '2025-01-14T09:30:00Z',
  },
  {
    style: 'Gmail outbound (SMTPS, reverse DNS with a trailing dot, comment after for)',
    line: `from mail-sor-f69.example.com (mail-sor-f69.example.com. [192.0.2.69])
        by mx.example.org with SMTPS id a640c23a62f3a-ab2c1d8e9f0sor1234567
        for <bob@example.org>
        (Google Transport Security);
        Tue, 14 Jan 2025 01:30:01 -0800 (PST)`,
    expected: { rdns: 'mail-sor-f69.example.com', ip: '192.0.2.69', with: 'SMTPS', tls: 'yes', for: 'bob@example.org' },
    at: '2025-01-14T09:30:01Z',
  },
  {
    style: 'Amazon SES outbound',
    line: `from a8-30.smtp-out.example.net (a8-30.smtp-out.example.net [198.51.100.30])
 by mx.example.org (Postfix) with ESMTPS id 4YXkF24m0Qz4x8p for <bob@example.org>; Tue, 14 Jan 2025 09:30:02 +0000 (UTC)`,
    expected: { rdns: 'a8-30.smtp-out.example.net', ip: '198.51.100.30', with: 'ESMTPS', tls: 'yes' },
    at: '2025-01-14T09:30:02Z',
  },
  {
    style: 'IPv6 literal with the IPv6: tag',
    line: 'from mail.example.com (mail.example.com [IPv6:2001:db8::25]) by mx.example.org (Postfix) with ESMTPS id 1A2B; Tue, 14 Jan 2025 09:30:02 +0000',
    expected: { rdns: 'mail.example.com', ip: '2001:db8::25' },
    at: '2025-01-14T09:30:02Z',
  },
  {
    style: 'LMTP delivery into the store',
    line: 'from mx.example.org by store.example.org with LMTP id 8Cj2Lq8x (envelope-from <alice@example.net>) for <bob@example.org>; Tue, 14 Jan 2025 09:30:05 +0000',
    expected: { helo: 'mx.example.org', by: 'store.example.org', with: 'LMTP', handOver: 'lmtp', tls: 'no' },
    at: '2025-01-14T09:30:05Z',
  },
  {
    style: 'missing clauses: only by and a date',
    line: 'by relay.example.org; Tue, 14 Jan 2025 09:30:05 +0000',
    expected: { helo: null, ip: null, by: 'relay.example.org', with: null, handOver: 'none', tls: 'unknown' },
    at: '2025-01-14T09:30:05Z',
  },
  {
    style: 'no semicolon before the date',
    line: 'from a.example.com by b.example.org with ESMTP id 77 Tue, 14 Jan 2025 09:30:05 +0000',
    expected: { helo: 'a.example.com', by: 'b.example.org', id: '77' },
    at: '2025-01-14T09:30:05Z',
  },
  {
    style: 'words before any clause are kept as unparsed',
    line: 'garbage words from a.example.com by b.example.org with ESMTP; Tue, 14 Jan 2025 09:30:05 +0000',
    expected: { helo: 'a.example.com', unparsed: 'garbage words' },
    at: '2025-01-14T09:30:05Z',
  },
  {
    style: 'an unreadable date',
    line: 'from a.example.com by b.example.org with ESMTP; yesterday-ish',
    expected: { by: 'b.example.org', dateText: 'yesterday-ish' },
    at: null,
  },
];

describe('parseReceived', () => {
  it.each(CASES)('$style', ({ line, expected, at }) => {
    // Fields come unfolded from the MIME parser; unfold here the same way (RFC 5322 §2.2.3).
    const fields = parseReceived(line.replace(/\r?\n(?=[ \t])/g, ''));
    expect(fields).toMatchObject(expected);
    expect(fields.date?.epochSeconds ?? null).toBe(at === null ? null : utc(at));
  });

  it('cuts a field longer than any real one and reports the rest as unparsed', () => {
    const fields = parseReceived(
      `from a.example.com by b.example.org with ESMTP ${'x'.repeat(10_000)}; Tue, 14 Jan 2025 09:30:05 +0000`,
    );
    expect(fields.by).toBe('b.example.org');
    expect(fields.unparsed).toContain('xxx');
  });

  it('survives an unclosed comment and stray brackets', () => {
    const fields = parseReceived('from a.example.com (unknown [192.0.2.1 by b.example.org with (ESMTP; date');
    expect(fields.helo).toBe('a.example.com');
  });
});
