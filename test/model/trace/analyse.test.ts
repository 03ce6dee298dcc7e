// From a whole header to hops: order, delays across time zones, clock skew, trust, and verdicts.
import { describe, expect, it } from 'vitest';
import { analyseTrace, readMessage, SAMPLES, type Trace } from '../../../src/model/trace';

async function traceOf(raw: string): Promise<Trace> {
  const result = await readMessage(raw);
  if (!result.ok) throw new Error(`expected a trace, got ${result.problem.key}`);
  return result.trace;
}

const received = (...values: string[]) => values.map((value) => ({ key: 'received', value }));

describe('hops and delays', () => {
  it('orders hops oldest first and measures delays across time zones (email-facts §4)', () => {
    // The header of email-facts §4, newest on top; dates in +0100 and +0000.
    const trace = analyseTrace([
      ...received(
        'from filter.example.org (filter.example.org [198.51.100.40]) by store.example.org with LMTP id kT2hAp0x for <bob@example.org>; Tue, 14 Jan 2025 09:30:07 +0000',
        'from mx1.example.org (mx1.example.org [198.51.100.25]) by filter.example.org (Postfix) with ESMTP id 6C1F3A04B2 for <bob@example.org>; Tue, 14 Jan 2025 09:30:06 +0000',
        'from out1.example.com (out1.example.com [192.0.2.25]) by mx1.example.org (Postfix) with ESMTPS id 9F3A21C0B7 for <bob@example.org>; Tue, 14 Jan 2025 09:30:05 +0000',
        'from smtp.example.com (smtp.example.com [192.0.2.10]) by out1.example.com (Postfix) with ESMTPS id 5D2E8800A1 for <bob@example.org>; Tue, 14 Jan 2025 10:30:03 +0100',
        'from [203.0.113.45] (dsl-45.example.net [203.0.113.45]) by smtp.example.com (Postfix) with ESMTPSA id 4Xk2Qd0Zz3z9 for <bob@example.org>; Tue, 14 Jan 2025 10:30:01 +0100',
      ),
      { key: 'date', value: 'Tue, 14 Jan 2025 10:30:00 +0100' },
    ]);
    expect(trace.hops.map((h) => h.byHost)).toEqual([
      'smtp.example.com',
      'out1.example.com',
      'mx1.example.org',
      'filter.example.org',
      'store.example.org',
    ]);
    expect(trace.hops.map((h) => h.delaySeconds)).toEqual([1, 2, 2, 1, 1]);
    expect(trace.hops.map((h) => h.delayFrom)).toEqual(['date', 'hop', 'hop', 'hop', 'hop']);
    expect(trace.totalSeconds).toBe(7);
    expect(trace.hops.map((h) => h.line)).toEqual([5, 4, 3, 2, 1]);
    expect(trace.hops.map((h) => h.role)).toEqual(['submission', 'internal', 'border', 'internal', 'delivery']);
    expect(trace.receivingOrg).toBe('example.org');
    expect(trace.hops.map((h) => h.upstream)).toEqual([true, true, false, false, false]);
    expect(trace.hops.map((h) => h.fields.tls)).toEqual(['yes', 'yes', 'yes', 'no', 'no']);
  });

  it('flags a time earlier than the previous hop as clock skew and shows 0; the next hop is measured from it (email-facts §4)', () => {
    const trace = analyseTrace(
      received(
        'from b.example.org by c.example.org with ESMTP; Tue, 14 Jan 2025 09:30:10 +0000',
        'from a.example.org by b.example.org with ESMTP; Tue, 14 Jan 2025 09:29:00 +0000', // clock 1 min slow
        'from x.example.com by a.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000',
      ),
    );
    expect(trace.hops.map((h) => h.delaySeconds)).toEqual([null, 0, 70]);
    // One slow clock flags one hop: the hop after it is later than its predecessor, so not flagged.
    expect(trace.hops.map((h) => h.skew)).toEqual([null, 'negative', null]);
    expect(trace.hops[1]!.notes.map((n) => n.key)).toContain('trace.note.skew');
  });

  it('does not make a Date: more than a week before the first hop a week-long hop: it says so once', () => {
    const trace = analyseTrace([
      ...received('from a.example.com by b.example.org with ESMTP; Tue, 28 Jan 2025 09:30:00 +0000'),
      { key: 'date', value: 'Tue, 14 Jan 2025 09:30:00 +0000' },
    ]);
    expect(trace.hops[0]).toMatchObject({ skew: null, delaySeconds: null });
    expect(trace.remarks.map((r) => r.key)).toContain('trace.remark.dateOld');
    expect(trace.totalSeconds).toBe(0);
  });

  it('takes a Date: a second or two after the first hop as no skew at all', () => {
    const trace = analyseTrace([
      ...received('from a.example.com by b.example.org with ESMTP; Tue, 14 Jan 2025 09:30:00 +0000'),
      { key: 'date', value: 'Tue, 14 Jan 2025 09:30:02 +0000' },
    ]);
    expect(trace.hops[0]).toMatchObject({ skew: null, delaySeconds: 0, delayFrom: 'date' });
    expect(trace.hops[0]!.notes.map((n) => n.key)).not.toContain('trace.note.slightSkew');
  });

  it('counts Date: against the journey it belongs to when a header holds two', () => {
    const trace = analyseTrace([
      ...received(
        'from b.example.org by c.example.net with ESMTPSA; Tue, 28 Jan 2025 10:00:00 +0000',
        'from a.example.com by b.example.org with ESMTP; Tue, 14 Jan 2025 09:30:03 +0000',
      ),
      { key: 'date', value: 'Tue, 14 Jan 2025 09:30:00 +0000' },
    ]);
    expect(trace.journeys).toBe(2);
    expect(trace.hops.map((h) => [h.delayFrom, h.delaySeconds, h.skew])).toEqual([
      ['date', 3, null],
      [null, null, null],
    ]);
  });

  it('counts transit from the first hop when Date: lies after it (a fast sender clock)', async () => {
    const trace = await traceOf(SAMPLES['small-server']);
    // Not a red flag: the sender's device wrote Date:, and its clock runs ahead.
    expect(trace.hops[0]!.skew).toBe('date');
    expect(trace.hops[0]!.notes.map((n) => n.key)).toContain('trace.note.dateAhead');
    expect(trace.totalSeconds).toBe(4);
    expect(trace.remarks.map((r) => r.key)).toContain('trace.remark.dateSkew');
  });

  it('skips a hop without a readable date and measures the next from the last known time', () => {
    const trace = analyseTrace([
      ...received(
        'from b.example.org by c.example.org with ESMTP; Tue, 14 Jan 2025 09:30:09 +0000',
        'from a.example.org by b.example.org with ESMTP; sometime',
        'from x.example.com by a.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000',
      ),
      { key: 'date', value: 'Tue, 14 Jan 2025 09:30:00 +0000' },
    ]);
    expect(trace.hops.map((h) => h.delaySeconds)).toEqual([5, null, 4]);
    expect(trace.hops[1]!.notes.map((n) => n.key)).toContain('trace.note.noDate');
  });
});

describe('Authentication-Results', () => {
  it('takes the topmost one of the receiving organisation and counts the others as foreign', async () => {
    const trace = await traceOf(SAMPLES.forwarded);
    expect(trace.receivingOrg).toBe('example.net');
    expect(trace.auth).toMatchObject({ authservId: 'mx.example.net', fromReceiver: true, others: 1, position: 1 });
    expect(trace.auth!.verdicts.map((v) => `${v.method}=${v.result}`)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass']);
    expect(trace.auth!.verdicts.find((v) => v.method === 'spf')!.about).toBe(
      'SRS0=ab12=UK=example.com=alice@example.org',
    );
  });

  it('ignores a forged one on top that names another organisation', () => {
    const trace = analyseTrace([
      {
        key: 'authentication-results',
        value: 'mx.evil.example; spf=pass smtp.mailfrom=bank.example; dkim=pass; dmarc=pass',
      },
      ...received('from mail.example.com by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000'),
      {
        key: 'authentication-results',
        value: 'mx.example.org; spf=fail smtp.mailfrom=bank.example; dkim=none; dmarc=fail header.from=bank.example',
      },
    ]);
    expect(trace.auth).toMatchObject({ authservId: 'mx.example.org', fromReceiver: true, position: 2 });
    expect(trace.auth!.verdicts.map((v) => v.result)).toEqual(['fail', 'none', 'fail']);
  });

  it('falls back to the topmost one, marked foreign, when none names the receiver', () => {
    const trace = analyseTrace([
      {
        key: 'authentication-results',
        value: 'spf=pass (sender IP is 192.0.2.5) smtp.mailfrom=example.com; dkim=pass header.d=example.com',
      },
      ...received('from mail.example.com by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000'),
    ]);
    expect(trace.auth).toMatchObject({ authservId: '', fromReceiver: false });
    expect(trace.remarks.map((r) => r.key)).toContain('trace.remark.authForeign');
  });

  it('prefers a passing DKIM result when several signatures were checked', () => {
    const trace = analyseTrace([
      {
        key: 'authentication-results',
        value: 'mx.example.org; dkim=fail header.d=old.example; dkim=pass header.i=@example.com',
      },
      ...received('from mail.example.com by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000'),
    ]);
    expect(trace.auth!.verdicts).toEqual([{ method: 'dkim', result: 'pass', about: 'example.com' }]);
  });
});

describe('the bundled samples', () => {
  it.each([
    ['webmail', 6, ['webmail', 'internal', 'internal', 'border', 'internal', 'internal'], 6],
    ['small-server', 5, ['submission', 'border', 'filter', 'filter', 'delivery'], 4],
    ['forwarded', 5, ['submission', 'border', 'internal', 'border', 'delivery'], 7],
    ['greylisted', 4, ['local', 'filter', 'border', 'delivery'], 363],
  ] as const)('%s', async (name, count, roles, total) => {
    const trace = await traceOf(SAMPLES[name]);
    expect(trace.hops).toHaveLength(count);
    expect(trace.hops.map((h) => h.role)).toEqual(roles);
    expect(trace.totalSeconds).toBe(total);
    expect(trace.auth?.fromReceiver).toBe(true);
    // Documentation names only (RFC 2606, RFC 5737, RFC 3849) and private or loopback addresses.
    for (const hop of trace.hops) {
      for (const host of [hop.byHost, hop.fromHost].filter(Boolean))
        expect(host).toMatch(/example\.(com|org|net)$|^2001:db8:|^localhost$/);
      if (hop.fields.ip)
        expect(hop.fields.ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113|127\.0\.0|10\.|192\.168\.|2001:db8:)/);
    }
  });

  it('greylisting shows as one slow hop with the receiver’s note', async () => {
    const trace = await traceOf(SAMPLES.greylisted);
    expect(trace.hops[2]).toMatchObject({ delaySeconds: 361, skew: null });
    expect(trace.hops[2]!.notes.map((n) => n.key)).toContain('trace.note.slow');
    expect(trace.remarks.map((r) => r.key)).toContain('trace.remark.greylist');
  });
});

describe('clock skew never cascades', () => {
  const stamp = (s: number) =>
    `Tue, 14 Jan 2025 09:${String(30 + Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')} +0000`;
  /** Received lines from oldest to newest at these seconds after 09:30:00. */
  const chain = (...seconds: number[]) =>
    analyseTrace(
      received(
        ...seconds.map((s, i) => `from h${i}.example.org by h${i + 1}.example.org with ESMTP; ${stamp(s)}`).reverse(),
      ),
    );

  it('flags only the hop whose clock is behind, not the hops after it', () => {
    expect(chain(0, 100, 40, 101, 102).hops.map((h) => h.skew)).toEqual([null, null, 'negative', null, null]);
  });

  it('flags only the hop earlier than the one before it by more than the tolerance', () => {
    expect(chain(0, 20, 12, 30).hops.map((h) => h.skew)).toEqual([null, null, 'slight', null]);
    expect(chain(0, 20, 9, 30).hops.map((h) => h.skew)).toEqual([null, null, 'negative', null]);
  });
});
