// Forging and defending (issue 24), over random worlds: a forgery with no aligned pass meets the From:
// domain's DMARC policy; an aligned DKIM pass always passes DMARC; with MTA-STS enforce or DANE with
// DNSSEC nothing ever crosses in plaintext; every result agrees with email-facts.md §9.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, type Plan, type WorldEdit } from '../../src/model';
import { applyEdits, buildScenario, DEFAULT_WORLD, plan } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';
import { pctBucket, spfResult } from '../../src/model/journey/auth';
import { journey, planOf, type JourneyName } from '../journeys';
import { worldEdit as worldEditArbitrary } from './arbitraries';

const RUNS = { numRuns: 150 };
const planIn = (edits: readonly WorldEdit[]): Plan => {
  const p = plan(DEFAULT_MESSAGE, applyEdits(DEFAULT_WORLD, edits));
  if (!p) throw new Error('the default message always plans');
  return p;
};
/** The results the MX wrote (the `data-auth` of its badges), as a record. */
const auth = (p: Plan): Record<string, string> =>
  Object.fromEntries(
    (p.steps.find((s) => s.auth)?.auth ?? '').split(';').flatMap((pair) => (pair ? [pair.split('=')] : [])),
  );

const noise = fc.array(worldEditArbitrary, { maxLength: 6 });
const spoof: WorldEdit = { kind: 'spoof', value: true };
const exact: WorldEdit = { kind: 'forgery', value: 'exact' };
const policy = (value: 'none' | 'quarantine' | 'reject' | 'absent'): WorldEdit => ({
  kind: 'dmarc',
  domain: 'example.com',
  value,
});
const full: WorldEdit = { kind: 'dmarc-pct', domain: 'example.com', value: 100 };
const rua: WorldEdit = { kind: 'dmarc-rua', domain: 'example.com', value: true };
/** Edits that could make a forgery reach the MX differently (another MX list, a dead domain): kept out. */
const aboutDelivery = (e: WorldEdit) =>
  e.kind === 'servfail' ||
  ['mx', 'domain', 'reach', 'mailbox', 'alias', 'greylisting', 'size-limit', 'spam', 'list', 'attachment'].includes(
    e.kind,
  );

describe('a forged From: with no aligned pass', () => {
  const outcomes = { reject: 'rejected', quarantine: 'quarantined', none: 'delivered', absent: 'delivered' } as const;
  for (const [p, outcome] of Object.entries(outcomes) as [keyof typeof outcomes, string][])
    it(`is ${outcome} when example.com's policy is ${p} (pct=100)`, () => {
      fc.assert(
        fc.property(noise, (before) => {
          const edits = [...before.filter((e) => !aboutDelivery(e)), spoof, exact, policy(p), full];
          const result = planIn(edits);
          expect(result.outcome).toBe(outcome);
          expect(auth(result).dmarc).toBe(p === 'absent' ? 'none' : 'fail');
        }),
        RUNS,
      );
    });
});

describe('DMARC', () => {
  it('passes whenever DKIM passes for the From: domain, whatever SPF says', () => {
    const spf = fc.constantFrom('provider', 'softfail', 'neutral', 'other', 'permerror', 'none' as const);
    fc.assert(
      fc.property(spf, fc.constantFrom('none', 'quarantine', 'reject' as const), (value, p) => {
        const result = planIn([{ kind: 'spf', domain: 'example.com', value }, policy(p)]);
        expect(auth(result)).toMatchObject({ dkim: 'pass', dmarc: 'pass' });
        expect(result.outcome).toBe('delivered');
      }),
      RUNS,
    );
  });

  it('applies pct= by the Message-ID: inside the share the policy, outside it the next lower one', () => {
    // The spoofer's Message-ID falls at 15 of 100: pct=50 applies p=reject, pct=10 lowers it to quarantine.
    expect(pctBucket('<a1b2c3d4-0001@bulk-sender.example>')).toBe(15);
    const at = (pct: number) =>
      planIn([spoof, policy('reject'), { kind: 'dmarc-pct', domain: 'example.com', value: pct }]);
    expect(at(50).outcome).toBe('rejected');
    expect(at(10).outcome).toBe('quarantined');
    expect(at(0).outcome).toBe('quarantined');
  });

  it('does not stop a lookalike or a display name: every check passes for the forger’s own domain', () => {
    for (const value of ['lookalike', 'homograph', 'display-name'] as const) {
      const result = planIn([spoof, { kind: 'forgery', value }, policy('reject')]);
      expect(auth(result), value).toEqual({ spf: 'pass', dkim: 'pass', dmarc: 'pass' });
      expect(result.outcome).toBe('delivered');
    }
  });

  it('a forgery choice without a spoofer changes nothing: Alice’s own journey, word for word', () => {
    const own = planIn([{ kind: 'forgery', value: 'lookalike' }]);
    expect(own.steps.map((s) => s.caption)).toEqual(planIn([]).steps.map((s) => s.caption));
  });

  it('sends an aggregate report to the rua address once DMARC was evaluated', () => {
    const result = planIn([spoof, policy('reject'), { kind: 'dmarc-rua', domain: 'example.com', value: true }]);
    const report = result.steps.at(-1);
    expect(report).toMatchObject({ id: 'report-dmarc', from: 'recipient-mx', to: 'sender-store', token: 'report' });
    expect(report?.caption.params?.rua).toBe('dmarc-reports@example.com');
    expect(result.outcome).toBe('rejected');
  });
});

describe('SPF (RFC 7208 §4, §4.6.4)', () => {
  it('gives the qualifier of the first match, neutral without one, permerror past ten look-ups', () => {
    expect(spfResult('v=spf1 ip4:192.0.2.0/24 -all', '192.0.2.25')).toBe('pass');
    expect(spfResult('v=spf1 ip4:192.0.2.0/24 -all', '203.0.113.66')).toBe('fail');
    expect(spfResult('v=spf1 ip4:192.0.2.0/24 ~all', '203.0.113.66')).toBe('softfail');
    expect(spfResult('v=spf1 ip4:192.0.2.0/24 ?all', '203.0.113.66')).toBe('neutral');
    expect(spfResult('v=spf1 ip4:192.0.2.0/24', '203.0.113.66')).toBe('neutral');
    expect(spfResult(null, '203.0.113.66')).toBe('none');
    const includes = Array.from({ length: 11 }, (_, i) => `include:_spf${i}.mailer.example`).join(' ');
    expect(spfResult(`v=spf1 ${includes} -all`, '192.0.2.25')).toBe('permerror');
  });

  it('counts look-ups as evaluation reaches them: a match before the eleventh ends it (§4.6.2)', () => {
    const includes = Array.from({ length: 11 }, (_, i) => `include:_spf${i}.mailer.example`).join(' ');
    expect(spfResult(`v=spf1 ip4:192.0.2.0/24 ${includes} -all`, '192.0.2.25')).toBe('pass');
    expect(spfResult(`v=spf1 ${includes} ip4:192.0.2.0/24 -all`, '192.0.2.25')).toBe('permerror');
  });

  it('the permerror record really gives permerror for Alice’s own relay, and DKIM still carries DMARC', () => {
    const result = planIn([{ kind: 'spf', domain: 'example.com', value: 'permerror' }]);
    expect(auth(result)).toEqual({ spf: 'permerror', dkim: 'pass', dmarc: 'pass' });
  });

  it('is checked for the envelope sender: a softfail forgery with no DMARC is delivered, and says so', () => {
    const result = planIn([spoof, policy('absent'), { kind: 'spf', domain: 'example.com', value: 'softfail' }]);
    expect(auth(result)).toEqual({ spf: 'softfail', dkim: 'fail', dmarc: 'none' });
    expect(result.outcome).toBe('delivered');
  });
});

describe('transport security between the relays', () => {
  const strip: WorldEdit = { kind: 'mitm', value: true };
  const defended = fc.constantFrom<WorldEdit[]>(
    [{ kind: 'mta-sts', domain: 'example.org', value: 'enforce' }],
    [{ kind: 'dane', domain: 'example.org', value: 'dnssec' }],
  );
  const plain = (p: Plan) => p.steps.filter((s) => s.intercepted || (s.tls === 'plain' && s.id === 'relay'));

  it('with MTA-STS enforce or DANE with DNSSEC, never delivers in plaintext: the message waits', () => {
    fc.assert(
      fc.property(noise, defended, (before, defence) => {
        const result = planIn([
          ...before.filter((e) => e.kind !== 'mitm' && e.kind !== 'mta-sts' && e.kind !== 'dane'),
          strip,
          ...defence,
        ]);
        expect(plain(result)).toEqual([]);
        expect(result.edges.filter((e) => e.tls === 'plain')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('without them, a stripped STARTTLS delivers in plaintext with the eavesdropper’s copy', () => {
    for (const extra of [[], [{ kind: 'dane', domain: 'example.org', value: 'no-dnssec' }]] as WorldEdit[][]) {
      const result = planIn([strip, ...extra]);
      expect(result.outcome).toBe('delivered');
      expect(plain(result).map((s) => s.id)).toEqual(['relay']);
      expect(result.edges.find((e) => e.id === 'sender-mta->recipient-mx')?.tls).toBe('plain');
      expect(result.nodes.some((n) => n.id === 'mitm' && n.kind === 'attacker')).toBe(true);
    }
  });

  it('MTA-STS testing delivers in plaintext and sends a TLS report over HTTPS', () => {
    const result = planIn([
      strip,
      { kind: 'mta-sts', domain: 'example.org', value: 'testing' },
      { kind: 'tls-rpt', domain: 'example.org', value: true },
    ]);
    expect(result.outcome).toBe('delivered');
    expect(result.steps.at(-1)).toMatchObject({
      id: 'report-tls',
      protocol: 'HTTPS',
      caption: { key: 'step.report.tls.testing' },
    });
  });

  it('every SMTP line between servers says how it crossed; the default journey is all TLS', () => {
    const result = planIn([]);
    const tls = Object.fromEntries(result.edges.flatMap((e) => (e.tls ? [[e.id, e.tls]] : [])));
    expect(tls).toEqual({ 'sender-msa->sender-mta': 'tls', 'sender-mta->recipient-mx': 'tls' });
  });
});

describe('DKIM signing turned off', () => {
  const unsigned: WorldEdit = { kind: 'dkim-signing', domain: 'example.com', value: 'unsigned' };
  const field = (p: Plan, name: string) => p.steps.at(-1)?.headers.filter((h) => h.name === name) ?? [];
  /** The journey with every header written (plan() alone only routes). */
  const detailed = (edits: readonly WorldEdit[]): Plan => {
    const scenario = buildScenario(DEFAULT_MESSAGE, 'imap', null, edits);
    if (!scenario) throw new Error('the default message always plans');
    return planWithDetail(scenario);
  };

  it('adds no DKIM-Signature, so the MX writes dkim=none with nothing to name (RFC 8601 §2.7.1)', () => {
    const result = detailed([unsigned]);
    expect(field(result, 'DKIM-Signature')).toEqual([]);
    expect(auth(result).dkim).toBe('none');
    const [results] = field(result, 'Authentication-Results');
    expect(results?.value).toContain('dkim=none (no signature);');
    expect(results?.value).not.toContain('header.d=');
  });

  it('signed mail keeps its DKIM-Signature and names d= and s= in the results', () => {
    const result = detailed([]);
    expect(field(result, 'DKIM-Signature')).toHaveLength(1);
    expect(field(result, 'Authentication-Results')[0]?.value).toContain(
      'dkim=pass header.d=example.com header.s=s2025',
    );
  });
});

describe('DKIM with no key published (RFC 6376 §6.1.2)', () => {
  it('is a permerror, not a fail: the signature can never be verified', () => {
    const result = planIn([{ kind: 'dkim', domain: 'example.com', value: false }]);
    expect(auth(result).dkim).toBe('permerror');
    expect(result.steps.find((s) => s.id === 'check-dkim')?.caption.key).toBe('step.check.dkim.permerror');
  });
});

describe('the README’s forging journeys end as their rows say', () => {
  it('dkim-broken-quarantine: DKIM and SPF both fail, so DMARC quarantines into Junk', () => {
    const result = planOf('dkim-broken-quarantine');
    expect(auth(result)).toEqual({ spf: 'fail', dkim: 'fail', dmarc: 'fail' });
    expect(result.outcome).toBe('quarantined');
  });
});

describe('the forged-sender question', () => {
  const asked = (p: Plan) => p.steps.some((s) => s.checkpoint?.id === 'forged-sender');
  it('is asked where a forgery’s SPF fails, never on Alice’s own mail or a softfail', () => {
    expect(asked(planOf('spoof-no-dmarc'))).toBe(true);
    expect(asked(planOf('spf-permerror'))).toBe(false);
    expect(asked(planOf('spoof-softfail'))).toBe(false);
    expect(asked(planOf('dmarc-quarantine'))).toBe(false);
  });
});

/** A catalogue journey with every header and transcript line written. */
const detailOf = (name: JourneyName): Plan => {
  const { init } = journey(name);
  const scenario = buildScenario(init.message, init.retrieval, init.preset, init.edits, init.setup);
  if (!scenario) throw new Error(`no plan for ${name}`);
  return planWithDetail(scenario);
};
const reportText = (p: Plan, id: string) =>
  (p.steps.find((s) => s.id === id)?.transcript ?? []).map((l) => l.text).join('\n');

describe('the TLS report (RFC 8460)', () => {
  it('names DANE’s policy type tlsa, is plain JSON, and nests each policy inside policies[]', () => {
    const text = reportText(detailOf('dane-enforced'), 'report-tls');
    expect(text).toContain('Content-Type: application/tlsrpt+json');
    const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as {
      policies: { policy: Record<string, string>; summary: Record<string, number>; 'failure-details': unknown[] }[];
    };
    expect(json.policies[0]?.policy['policy-type']).toBe('tlsa');
    expect(json.policies[0]?.summary['total-failure-session-count']).toBe(1);
    expect(json.policies[0]?.['failure-details']).toHaveLength(1);
  });

  it('names MTA-STS’s policy type sts', () => {
    expect(reportText(detailOf('mta-sts-testing'), 'report-tls')).toContain('"policy-type": "sts"');
  });
});

describe('the lookalike mix-up (myth 10)', () => {
  const told = (p: Plan) => p.steps.some((s) => s.myth?.key === 'myth.10');
  it('is put right where a forger uses a domain of its own, not at the sender’s exact address', () => {
    expect(told(planIn([spoof, { kind: 'forgery', value: 'lookalike' }, policy('reject')]))).toBe(true);
    expect(told(planIn([spoof, exact, policy('reject')]))).toBe(false);
  });
});

describe('pct= sampling (RFC 7489 §6.6.4)', () => {
  it('files the message as the disposition says, and the aggregate report says it was sampled out', () => {
    const result = detailOf('spoof-pct');
    expect(result.outcome).toBe('quarantined');
    expect(result.steps.find((s) => s.id === 'filter')?.caption.key).toBe('step.filter.quarantine');
    expect(reportText(result, 'report-dmarc')).toContain(
      '<disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf><reason><type>sampled_out</type></reason>',
    );
  });

  it('gives no reason when the policy applied in full', () => {
    const text = reportText(
      planWithDetail(buildScenario(DEFAULT_MESSAGE, 'imap', 'dmarc-reject', [full, rua])!),
      'report-dmarc',
    );
    expect(text).toContain('<disposition>reject</disposition>');
    expect(text).not.toContain('<reason>');
  });
});
