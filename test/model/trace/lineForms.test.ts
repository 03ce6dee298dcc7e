// @vitest-environment node
// The line forms real servers write around RFC 5321 §4.4's grammar
//   Received: from <EHLO name> (<TCP-info>) by <host> [via …] [with <protocol>] [id <id>] [for <path>] ; <date-time>
// where TCP-info is an address literal `[192.0.2.5]`, optionally after the reverse-DNS name, and
// `id` is an atom or a msg-id `<…>` (RFC 5321 §4.4, RFC 5322 §3.6.4). Each case states the fields.
import { describe, expect, it } from 'vitest';
import { analyseTrace, parseReceived, readMessage, type ReceivedFields } from '../../../src/model/trace';

const DATE = '; Tue, 14 Jan 2025 09:30:05 +0000';

const FORMS: [string, string, Partial<ReceivedFields>][] = [
  [
    'Yahoo: the proxy address first, then (EHLO name) (client address)',
    'from 127.0.0.1  (EHLO reactive-outpost.com) (74.206.28.55)\n  by mta1007.mail.sp2.yahoo.com with SMTP',
    { helo: 'reactive-outpost.com', rdns: null, ip: '74.206.28.55', by: 'mta1007.mail.sp2.yahoo.com', with: 'SMTP' },
  ],
  [
    'qmail: reverse name, (HELO name), (address)',
    'from dial.suednet.com.br (HELO hq.lindsayelec.com) (200.141.184.56) by mail.example.org with SMTP',
    { helo: 'hq.lindsayelec.com', rdns: 'dial.suednet.com.br', ip: '200.141.184.56' },
  ],
  [
    'Cyrus: final delivery with LMTPA (the MTA logged in to the store, not the sender)',
    'from compute1.internal (compute1.nyi.internal [10.202.2.41])\n\t by sloti52n10 (Cyrus 3.7.0) with LMTPA',
    { by: 'sloti52n10', with: 'LMTPA', handOver: 'lmtp', authenticated: false, ip: '10.202.2.41' },
  ],
  [
    'fetchmail / Exim / Domino: a bare [address] after the host, outside a comment',
    'from host29.guest.zone.eu [217.146.66.6] by mx4.example.co.jp',
    { helo: 'host29.guest.zone.eu', ip: '217.146.66.6', by: 'mx4.example.co.jp' },
  ],
  [
    'ident: user@address inside the comment',
    'from mail.example.com (root@130.183.70.10) by relay.example.org with SMTP',
    { helo: 'mail.example.com', ip: '130.183.70.10', rdns: null },
  ],
  [
    'ident before a reverse name and literal: (user@host [address])',
    'from mail.example.com (alice@dsl-45.example.net [203.0.113.45]) by relay.example.org with ESMTP',
    { rdns: 'dsl-45.example.net', ip: '203.0.113.45' },
  ],
  [
    'a port glued to the address with a fifth number: [10.0.8.6.13219]',
    'from relay.example.com ([10.0.8.6.13219]) by mx.example.org with ESMTP',
    { ip: '10.0.8.6' },
  ],
  [
    'a port after the literal: [address]:port',
    'from localhost (localhost [127.0.0.1]:10025) by mx.example.org (Postfix) with ESMTP',
    { ip: '127.0.0.1', rdns: 'localhost' },
  ],
  [
    'a literal with a port as the EHLO name',
    'from [192.0.2.135]:25 by mx.example.org with ESMTP',
    { helo: '192.0.2.135', ip: '192.0.2.135' },
  ],
  [
    'IPv4-mapped IPv6 from a dual-stack socket: [::ffff:address]',
    'from mail.example.com (mail.example.com [::ffff:192.0.2.7]) by mx.example.org with ESMTPS',
    { ip: '192.0.2.7', rdns: 'mail.example.com' },
  ],
  [
    'an IPv6 literal with its tag: [IPv6:2001:db8::1]',
    'from mail.example.com (mail.example.com [IPv6:2001:db8::1]) by mx.example.org with ESMTPS',
    { ip: '2001:db8::1' },
  ],
  [
    'CommuniGate: the word HELO before an address literal',
    'from HELO [192.0.2.44] ([198.51.100.8] verified) by mail.example.org (CommuniGate Pro SMTP 6.3) with ESMTP',
    { helo: '192.0.2.44', ip: '198.51.100.8' },
  ],
  [
    'CommuniGate: (HELO [literal]) in the comment',
    'from mail.example.com ([198.51.100.8] HELO [10.0.0.5]) by mail.example.org with ESMTP',
    { helo: '10.0.0.5', ip: '198.51.100.8' },
  ],
  [
    'id as a msg-id <…> (RFC 5321 §4.4 allows both forms)',
    'from urchin.netscape.com ([198.95.250.59]) by mm1.sprynet.com with ESMTP id <148217-12799>',
    { id: '148217-12799', ip: '198.95.250.59' },
  ],
  ['id as an atom', 'by mail.example.org id 12632412E9', { id: '12632412E9', by: 'mail.example.org' }],
  [
    'by host followed by a comma',
    'from a.example.com (a.example.com [192.0.2.1]) by mx.example.org, with ESMTP',
    { by: 'mx.example.org' },
  ],
  [
    'Microsoft 365: front end to mailbox server over HTTPS',
    'from HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com\n (2603:1096:100:18::29) by SLXP216MB0381.KORP216.PROD.OUTLOOK.COM with HTTPS\n via SL2P216CA0019.KORP216.PROD.OUTLOOK.COM',
    {
      helo: 'HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com',
      ip: '2603:1096:100:18::29',
      by: 'SLXP216MB0381.KORP216.PROD.OUTLOOK.COM',
      with: 'HTTPS',
      handOver: 'http',
      tls: 'yes',
    },
  ],
];

describe('Received line forms', () => {
  it.each(FORMS)('%s', (_, line, expected) => {
    const fields = parseReceived(`${line}${DATE}`);
    expect(fields).toMatchObject(expected);
    expect(fields.date?.epochSeconds).toBe(Date.parse('2025-01-14T09:30:05Z') / 1000);
  });

  it('reads the date after a `;` an unclosed comment swallowed', () => {
    const fields = parseReceived(
      'from jsj1wlrmd001.webex.com (by jsj1wlrmd001.webex.com (8.12.10/8.12.11) with ESMTP id m8MKKPTs022429 for <x@example.com>; Mon, 22 Sep 2008 20:20:25 GMT',
    );
    expect(fields.helo).toBe('jsj1wlrmd001.webex.com');
    expect(fields.date?.epochSeconds).toBe(Date.parse('2008-09-22T20:20:25Z') / 1000);
  });
});

describe('header forms', () => {
  const HEADER = [
    'Received: from mx.example.org (mx.example.org [198.51.100.25]) by store.example.org with LMTP; Tue, 14 Jan 2025 09:30:07 +0000',
    'Received: from out.example.com (out.example.com [192.0.2.25]) by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000',
    'Date: Tue, 14 Jan 2025 09:30:00 +0000',
    '',
  ];

  it('reads classic Mac OS line ends (CR only) as lines', async () => {
    const result = await readMessage(new TextEncoder().encode(HEADER.join('\r')));
    expect(result.ok && result.trace.hops.map((h) => h.byHost)).toEqual(['mx.example.org', 'store.example.org']);
  });

  it('joins continuation lines that lost their leading space (an Office 365 bounce) to their Received field', async () => {
    const text = [
      'Received: from SG2APC01FT009.eop-APC01.prod.protection.outlook.com',
      '(10.152.250.58) by SG2APC01HT074.eop-APC01.prod.protection.outlook.com',
      '(10.152.250.248) with Microsoft SMTP Server id 15.20.1038.13; Sun, 5',
      'Aug 2018 03:46:51 +0000',
      'DKIM-Signature: v=1; a=rsa-sha256; d=outlook.com;',
      's=selector1;',
      'Date: Sun, 5 Aug 2018 03:46:50 +0000',
      '',
    ].join('\n');
    const result = await readMessage(text);
    if (!result.ok) throw new Error(result.problem.key);
    expect(result.trace.stray).toEqual([]);
    expect(result.trace.hops[0]!.fields).toMatchObject({
      ip: '10.152.250.58',
      by: 'SG2APC01HT074.eop-APC01.prod.protection.outlook.com',
      date: { epochSeconds: Date.parse('2018-08-05T03:46:51Z') / 1000 },
    });
  });

  it('reads a UTF-16 file with a byte-order mark (Notepad’s “Unicode”), both byte orders', async () => {
    const text = `\ufeff${HEADER.join('\r\n')}`;
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      le[2 * i] = c & 0xff;
      le[2 * i + 1] = c >> 8;
      be[2 * i] = c >> 8;
      be[2 * i + 1] = c & 0xff;
    }
    for (const bytes of [le, be]) {
      const result = await readMessage(bytes);
      expect(result.ok && result.trace.hops.length).toBe(2);
    }
  });
});

describe('roles from the whole chain', () => {
  const received = (...values: string[]) => values.map((value) => ({ key: 'received', value }));

  it('Microsoft 365: the newest HTTPS hop is the delivery into the mailbox, and one provider is one organisation', () => {
    const trace = analyseTrace(
      received(
        'from HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com (2603:1096:100:18::29) by SLXP216MB0381.KORP216.PROD.OUTLOOK.COM with HTTPS via SL2P216CA0019.KORP216.PROD.OUTLOOK.COM; Mon, 21 May 2018 05:08:01 +0000',
        'from HE1EUR01FT042.eop-EUR01.prod.protection.outlook.com (10.152.0.60) by HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com (10.152.1.254) with Microsoft SMTP Server id 15.20.776.10; Mon, 21 May 2018 05:07:58 +0000',
        'from LO4P123CA0318.outlook.office365.com (2603:10a6:600:197::17) by HE1EUR01FT042.mail.protection.outlook.com (10.152.0.108) with Microsoft SMTP Server id 15.20.776.10; Mon, 21 May 2018 05:07:58 +0000',
        'from mail.example.com (mail.example.com [192.0.2.5]) by LO4P123CA0318.outlook.office365.com with ESMTPS; Mon, 21 May 2018 05:07:57 +0000',
      ),
    );
    expect(trace.hops.map((h) => h.role)).toEqual(['border', 'internal', 'internal', 'delivery']);
    expect(new Set(trace.hops.map((h) => h.byOrg))).toEqual(new Set(['outlook.com']));
  });

  it('Gmail webmail: the oldest HTTP line is the webmail front end', () => {
    const trace = analyseTrace(
      received(
        'from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:03 +0000',
        'by 2002:a05:6a10:8c0d:b0:4b1:2c3:1e2f with HTTP; Tue, 14 Jan 2025 01:30:01 -0800',
      ),
    );
    expect(trace.hops.map((h) => h.role)).toEqual(['webmail', 'border']);
  });

  it('Fastmail: internal names belong to the organisation around them', () => {
    const trace = analyseTrace(
      received(
        'from compute1.internal (compute1.nyi.internal [10.202.2.41]) by sloti52n10 (Cyrus 3.7.0) with LMTPA; Thu, 29 Sep 2022 10:00:03 -0400',
        'from mx4.messagingengine.com (localhost [127.0.0.1]) by compute1.internal (Postfix) with ESMTP id 62B9B1F2005A; Thu, 29 Sep 2022 10:00:02 -0400',
        'from mail.example.com (mail.example.com [192.0.2.5]) by mx4.messagingengine.com (Postfix) with ESMTPS id BC363B18220; Thu, 29 Sep 2022 10:00:01 -0400',
      ),
    );
    expect(trace.receivingOrg).toBe('fastmail.com');
    expect(trace.hops.map((h) => h.byOrg)).toEqual(['fastmail.com', 'fastmail.com', 'fastmail.com']);
    expect(trace.hops.map((h) => h.role)).toEqual(['border', 'filter', 'delivery']);
  });
});
