// @vitest-environment node
// Which lines can be believed, and every verdict at the hop of the server that wrote it: a sender
// without a public name never joins the receiver's organisation; Authentication-Results below the
// receiver's border are untrusted whatever they name; Microsoft 365's Junk decision, a forwarded
// message's ARC chain and DMARC alignment, SpamAssassin and rspamd, decoded.
import { describe, expect, it } from 'vitest';
import { readMessage, type SpamVerdict, type Trace, type VerdictItem } from '../../../src/model/trace';
import { corpusFiles, corpusPresent } from './corpusFiles';

async function traceOf(raw: string): Promise<Trace> {
  const result = await readMessage(raw);
  if (!result.ok) throw new Error(`expected a trace, got ${result.problem.key}`);
  return result.trace;
}

const at = (second: number) => `; Tue, 14 Jan 2025 09:30:${String(second).padStart(2, '0')} +0000`;
const items = (trace: Trace, kind: VerdictItem['kind']) =>
  trace.verdicts.flatMap((g) => g.items.filter((i) => i.kind === kind).map((i) => ({ group: g, item: i })));
function first(trace: Trace, kind: VerdictItem['kind']) {
  const found = items(trace, kind)[0];
  if (!found) throw new Error(`no ${kind} verdict`);
  return found;
}

describe('a sending server without a public domain', () => {
  it.each(['droplet-7a3f', 'web-5d9c8b7f4-x2k1q', 'mailer.local', 'box.lan', 'relay.internal', 'build01.corp'])(
    '%s stays outside the receiving organisation, behind a drawn border',
    async (name) => {
      const trace = await traceOf(
        [
          `Received: from mx.example.org (mx.example.org [198.51.100.25]) by store.example.org with LMTP${at(7)}`,
          `Received: from ${name} (unknown [203.0.113.9]) by mx.example.org with ESMTP${at(5)}`,
          `Received: from localhost (localhost [127.0.0.1]) by ${name} with ESMTP${at(3)}`,
        ].join('\n'),
      );
      expect(trace.receivingOrg).toBe('example.org');
      expect(trace.hops[0]).toMatchObject({ byOrg: null, upstream: true });
      expect(trace.hops[1]).toMatchObject({ role: 'border', upstream: false });
      expect(trace.hops[0]!.notes.map((n) => n.key)).toContain('trace.note.upstream');
    },
  );
});

describe('Authentication-Results written outside the receiver', () => {
  it('are untrusted below the receiver’s border even when they name the receiver', async () => {
    const trace = await traceOf(
      [
        `Received: from out.example.com (out.example.com [192.0.2.25]) by mx.example.org with ESMTPS${at(5)}`,
        `Received: from [203.0.113.4] by out.example.com with ESMTPSA${at(3)}`,
        'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.com; dmarc=pass header.from=example.com',
      ].join('\n'),
    );
    expect(trace.auth?.fromReceiver).toBe(false);
    expect(trace.verdicts).toHaveLength(1);
    expect(trace.verdicts[0]).toMatchObject({ hop: 1, trusted: false });
  });

  it('are the receiver’s right below its own border line, where Gmail writes them', async () => {
    const trace = await traceOf(
      [
        `Received: from out.example.com (out.example.com [192.0.2.25]) by mx.google.com with ESMTPS${at(5)}`,
        'Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=example.com; dmarc=pass header.from=example.com',
        `Received: from [203.0.113.4] by out.example.com with ESMTPSA${at(3)}`,
      ].join('\n'),
    );
    expect(trace.auth?.fromReceiver).toBe(true);
    expect(trace.verdicts[0]).toMatchObject({ hop: 2, trusted: true, writer: 'mx.google.com' });
  });
});

const M365_JUNK = [
  'Received: from DM6PR10MB1234.namprd10.prod.outlook.com (2603:10b6:5:1::1) by SN6PR10MB5678.namprd10.prod.outlook.com with HTTPS; Tue, 14 Jan 2025 09:30:09 +0000',
  'Received: from BN8NAM11FT012.eop-nam11.prod.protection.outlook.com (2603:10b6:408:1::2) by DM6PR10MB1234.namprd10.prod.outlook.com (2603:10b6:5:1::1) with Microsoft SMTP Server (version=TLS1_2) id 15.20.1; Tue, 14 Jan 2025 09:30:08 +0000',
  'Authentication-Results: spf=softfail (sender IP is 203.0.113.9) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=000',
  'Received-SPF: SoftFail (protection.outlook.com: domain of transitioning example.com discourages use of 203.0.113.9 as permitted sender)',
  'Received: from mail.example.net (203.0.113.9) by BN8NAM11FT012.mail.protection.outlook.com (10.13.1.1) with Microsoft SMTP Server id 15.20.1 via Frontend Transport; Tue, 14 Jan 2025 09:30:06 +0000',
  'X-MS-Exchange-Organization-SCL: 6',
  'X-Forefront-Antispam-Report: CIP:203.0.113.9;CTRY:US;LANG:en;SCL:6;SRV:;IPV:NLI;SFV:SPM;H:mail.example.net;PTR:mail.example.net;CAT:SPOOF;SFS:(13230031);DIR:INB;',
  'X-Microsoft-Antispam: BCL:7;',
  'X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:J;OFR:SpamFilterAuthJ;',
  'From: Alice <alice@example.com>',
  'To: bob@contoso.onmicrosoft.com',
  'Subject: Invoice',
  'Date: Tue, 14 Jan 2025 09:30:04 +0000',
].join('\n');

describe('a Microsoft 365 message that went to Junk', () => {
  it('shows why at the Microsoft hop: SCL, SFV, BCL and the Junk folder, decoded', async () => {
    const trace = await traceOf(M365_JUNK);
    const { group } = first(trace, 'spam');
    const item = first(trace, 'spam').item as SpamVerdict;
    expect(trace.hops[group.hop! - 1]!.byOrg).toBe('outlook.com');
    expect(group.trusted).toBe(true);
    expect(item).toMatchObject({ filter: 'microsoft', spam: true, folder: 'junk' });
    const meaning = Object.fromEntries(item.codes.map((c) => [c.name, c.meaning.key]));
    expect(meaning).toMatchObject({
      SCL: 'traceWhy.ms.scl.spam',
      SFV: 'traceWhy.ms.sfv.SPM',
      CAT: 'traceWhy.ms.cat.SPOOF',
      IPV: 'traceWhy.ms.ipv.NLI',
      BCL: 'traceWhy.ms.bcl.mid',
      CIP: 'traceWhy.ms.cip',
      CTRY: 'traceWhy.ms.ctry',
      PTR: 'traceWhy.ms.ptr',
      dest: 'traceWhy.ms.dest.J',
    });
  });

  it('takes Microsoft’s Authentication-Results (no authserv-id) as the receiver’s, with the DMARC failure spelled out', async () => {
    const trace = await traceOf(M365_JUNK);
    const { group, item } = first(trace, 'dmarc');
    expect(group.trusted).toBe(true);
    expect(item).toMatchObject({ result: 'fail', fromDomain: 'example.com', disposition: 'quarantine' });
    const spf = first(trace, 'spf');
    expect(spf.item).toMatchObject({ result: 'softfail', domain: 'example.com', clientIp: '203.0.113.9' });
  });
});

const FORWARDED = [
  `Received: from fwd.alumni.example.net (fwd.alumni.example.net [198.51.100.77]) by mx.example.org with ESMTPS${at(9)}`,
  'Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com; dkim=pass header.d=example.com header.s=s2025; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com; arc=pass (i=1 spf=pass dkim=pass dmarc=pass)',
  'ARC-Seal: i=1; a=rsa-sha256; t=1736847005; cv=none; d=alumni.example.net; s=arc2025; b=AAAA',
  'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=alumni.example.net; s=arc2025; h=from:to:subject; bh=BBBB; b=CCCC',
  'ARC-Authentication-Results: i=1; fwd.alumni.example.net; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
  `Received: from out1.example.com (out1.example.com [192.0.2.25]) by fwd.alumni.example.net with ESMTPS${at(6)}`,
  'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s2025; h=from:to:subject:date; bh=DDDD; b=EEEE',
  `Received: from [203.0.113.45] by out1.example.com with ESMTPSA${at(3)}`,
  'From: Alice <alice@example.com>',
  'To: bob@alumni.example.net',
  'Date: Tue, 14 Jan 2025 09:30:02 +0000',
].join('\n');

describe('a forwarded message', () => {
  it('shows its ARC chain: who sealed it, cv=, what it vouched for, intact', async () => {
    const trace = await traceOf(FORWARDED);
    const { item } = first(trace, 'arc');
    expect(item).toMatchObject({
      result: 'pass',
      intact: true,
      instances: [
        { instance: 1, sealer: 'alumni.example.net', cv: 'none', vouched: ['spf=pass', 'dkim=pass', 'dmarc=pass'] },
      ],
    });
  });

  it('spells out which identifier aligned with From: and passed DMARC (DKIM, not the forwarder’s SPF)', async () => {
    const trace = await traceOf(FORWARDED);
    const { group, item } = first(trace, 'dmarc');
    expect(group).toMatchObject({ writer: 'mx.example.org', trusted: true, hop: 3 });
    expect(item).toMatchObject({
      result: 'pass',
      fromDomain: 'example.com',
      mode: 'relaxed',
      policy: 'reject',
      disposition: 'none',
    });
    expect(item.kind === 'dmarc' && item.alignments).toEqual([
      { method: 'spf', domain: 'example.com', passed: false, aligned: true },
      { method: 'dkim', domain: 'example.com', passed: true, aligned: true },
    ]);
    const { item: dkim } = first(trace, 'dkim');
    expect(dkim).toMatchObject({ result: 'pass', domain: 'example.com', selector: 's2025' });
  });

  it('calls a chain with a gap or a failed validation broken', async () => {
    const broken = FORWARDED.replace('cv=none', 'cv=fail');
    const { item } = first(await traceOf(broken), 'arc');
    expect(item).toMatchObject({ intact: false });
  });
});

describe('SpamAssassin and rspamd, decoded', () => {
  const base = `Received: from out.example.com (out.example.com [192.0.2.25]) by mx.example.org with ESMTPS${at(5)}`;

  it('reads SpamAssassin’s flag, score, threshold and rules, each with a meaning', async () => {
    const trace = await traceOf(
      [
        'X-Spam-Flag: YES',
        'X-Spam-Status: Yes, score=7.3 required=5.0 tests=BAYES_99,URIBL_BLACK,RCVD_IN_SBL autolearn=no version=3.4.6',
        base,
      ].join('\n'),
    );
    const item = first(trace, 'spam').item as SpamVerdict;
    expect(item).toMatchObject({ filter: 'spamassassin', spam: true });
    expect(item.codes.map((c) => [c.name, c.value, c.meaning.key])).toEqual([
      ['X-Spam-Flag', 'YES', 'traceWhy.sa.yes'],
      ['score', '7.3', 'traceWhy.sa.score'],
      ['BAYES_99', '', 'traceWhy.rule.bayes'],
      ['URIBL_BLACK', '', 'traceWhy.rule.uri'],
      ['RCVD_IN_SBL', '', 'traceWhy.rule.rbl'],
    ]);
  });

  it('reads rspamd’s action, score and symbols', async () => {
    const trace = await traceOf(
      [
        'X-Spamd-Result: default: False [2.40 / 15.00]; R_SPF_ALLOW(-0.20)[+ip4:192.0.2.0/24]; BAYES_HAM(-3.00)[99.99%]; MIME_GOOD(-0.10)[text/plain]',
        'X-Rspamd-Action: no action',
        base,
      ].join('\n'),
    );
    const item = first(trace, 'spam').item as SpamVerdict;
    expect(item).toMatchObject({ filter: 'rspamd', spam: false });
    expect(item.codes.map((c) => c.meaning.key)).toEqual([
      'traceWhy.rspamd.no_action',
      'traceWhy.rspamd.score',
      'traceWhy.rule.spf',
      'traceWhy.rule.bayes',
      'traceWhy.rule.mime',
    ]);
  });
});

describe.runIf(corpusPresent())('verdicts on the real corpus', () => {
  it('are read from every file without an exception, each at a hop of the trace', async () => {
    let groups = 0;
    for (const f of corpusFiles()) {
      const result = await readMessage(f.bytes);
      if (!result.ok) continue;
      for (const g of result.trace.verdicts) {
        groups += 1;
        expect(g.hop === null || (g.hop >= 1 && g.hop <= result.trace.hops.length), f.name).toBe(true);
        if (g.trusted) expect(result.trace.hops[g.hop! - 1]!.upstream, f.name).toBe(false);
      }
    }
    expect(groups).toBeGreaterThanOrEqual(80);
  });

  it('puts every Microsoft spam verdict at a Microsoft hop', async () => {
    for (const f of corpusFiles().filter((x) =>
      /X-Forefront-Antispam-Report:/i.test(new TextDecoder().decode(x.bytes)),
    )) {
      const result = await readMessage(f.bytes);
      if (!result.ok) continue;
      for (const { group } of items(result.trace, 'spam'))
        expect(result.trace.hops[group.hop! - 1]!.byOrg, f.name).toBe('outlook.com');
    }
  });
});
