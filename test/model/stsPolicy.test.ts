// @vitest-environment node
// The MTA-STS policy the sending relay looks up and fetches before it connects (RFC 8461 §3; email-facts
// §9): a TXT record that only says a policy exists, then the policy itself over HTTPS, kept for max_age.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, type Plan, type Step, type WorldEdit } from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';
import { STS_ID } from '../../src/model/world/zoneEdits';
import { layoutGraph } from '../../src/view/graph/layout';
import { bubblesAt } from '../../src/view/graph/marks';

const sts = (value: 'testing' | 'enforce'): WorldEdit => ({ kind: 'mta-sts', domain: 'example.org', value });
const detail = (preset: Parameters<typeof buildScenario>[2], edits: readonly WorldEdit[] = []): Plan => {
  const s = buildScenario(DEFAULT_MESSAGE, 'imap', preset, edits);
  if (!s) throw new Error('the default message always plans');
  return planWithDetail(s);
};
const lookup = (p: Plan): Step => {
  const step = p.steps.find((s) => s.id === 'dns-mx');
  if (!step) throw new Error('no MX look-up');
  return step;
};
const text = (step: Step) => step.transcript.map((l) => l.text);

describe('the MTA-STS policy fetch', () => {
  it('follows the MX question in the same step: the TXT record, then the policy over HTTPS', () => {
    const step = lookup(detail('mta-sts-enforce'));
    const lines = text(step);
    expect(lines).toEqual(
      expect.arrayContaining([
        ';; QUESTION: example.org. IN MX',
        ';; QUESTION: _mta-sts.example.org. IN TXT',
        'GET /.well-known/mta-sts.txt HTTP/1.1',
        'Host: mta-sts.example.org',
        'HTTP/1.1 200 OK',
        'version: STSv1',
        'mode: enforce',
        'mx: mx1.example.org',
        'mx: mx2.example.org',
        'max_age: 604800',
      ]),
    );
    expect(lines.some((l) => l.includes(`"v=STSv1; id=${STS_ID}"`))).toBe(true);
    // The policy file is the HTTPS server's reply; the request is the relay's.
    const said = (text: string) => step.transcript.find((l) => l.text === text)?.who;
    expect([said('GET /.well-known/mta-sts.txt HTTP/1.1'), said('mode: enforce'), said('max_age: 604800')]).toEqual([
      'client',
      'server',
      'server',
    ]);
    // The DNS answer comes before the HTTPS fetch, and both before any connection to the MX.
    expect(lines.findIndex((l) => l.includes('_mta-sts'))).toBeLessThan(lines.indexOf('Host: mta-sts.example.org'));
    expect(step.transcript.filter((l) => l.who === 'note').map((l) => l.note?.key)).toEqual([
      'note.mta-sts.txt',
      'note.mta-sts.fetch',
      'note.mta-sts.cached',
    ]);
  });

  it('is an HTTP exchange: an empty line ends the request and the reply header, and the policy is the body', () => {
    const lines = lookup(detail('mta-sts-enforce')).transcript.filter((l) => l.who !== 'dns' && l.who !== 'note');
    const wire = lines.map((l) => `${l.who}:${l.text}`);
    const request = wire.indexOf('client:GET /.well-known/mta-sts.txt HTTP/1.1');
    expect(wire.slice(request, request + 3)).toEqual([
      'client:GET /.well-known/mta-sts.txt HTTP/1.1',
      'client:Host: mta-sts.example.org',
      'client:',
    ]);
    const reply = wire.indexOf('server:HTTP/1.1 200 OK');
    expect(wire.slice(reply, reply + 4)).toEqual([
      'server:HTTP/1.1 200 OK',
      'server:Content-Type: text/plain',
      'server:',
      'server:version: STSv1',
    ]);
  });

  it('names its policy with an id of letters and digits that dates from before the message was sent', () => {
    // sts-id = 1*32(ALPHA / DIGIT) (RFC 8461 §3.1); a policy published after the message's Date
    // (14 Jan 2025) could not have been fetched for it.
    expect(STS_ID).toMatch(/^[A-Za-z0-9]{1,32}$/);
    const sent = lookup(detail('mta-sts-enforce')).startsAt;
    const published =
      Date.UTC(Number(STS_ID.slice(0, 4)), Number(STS_ID.slice(4, 6)) - 1, Number(STS_ID.slice(6, 8))) / 1000;
    expect(published).toBeLessThan(sent);
  });

  it('is told in its own caption, corrects "MTA-STS is a DNS record that encrypts", and is drawn', () => {
    const step = lookup(detail('mta-sts-enforce'));
    expect(step.caption.key).toBe('step.dns-mx.found.mta-sts');
    expect(step.caption.params).toMatchObject({ mode: 'enforce', days: 7 });
    expect(step.myth?.key).toBe('myth.13');
    expect(step.policy).toEqual({
      question: { key: 'dns.q.mta-sts', params: { domain: 'example.org' } },
      answer: { key: 'dns.a.mta-sts', params: { mode: 'enforce' } },
    });
  });

  it('says testing for a policy in testing mode, and adds no step', () => {
    const testing = detail(null, [sts('testing')]);
    expect(text(lookup(testing))).toContain('mode: testing');
    expect(lookup(testing).policy?.answer.params?.mode).toBe('testing');
    expect(testing.steps.map((s) => s.id)).toEqual(detail(null).steps.map((s) => s.id));
  });

  it('is not asked when the domain publishes no policy, nor by a forger, which ignores it', () => {
    for (const p of [detail(null), detail('spoof-no-dmarc', [sts('enforce')])]) {
      const step = p.steps.find((s) => s.id === 'dns-mx');
      expect(step?.policy).toBeUndefined();
      expect((step ? text(step) : []).join('\n')).not.toContain('mta-sts');
      expect(p.steps.some((s) => s.myth?.key === 'myth.13')).toBe(false);
    }
  });
});

describe('the policy bubbles', () => {
  it('come after the MX answer, on rows of their own: below it wide, above the resolver tall', () => {
    const plan = detail('mta-sts-enforce');
    const step = lookup(plan);
    for (const orientation of ['wide', 'tall'] as const) {
      const layout = layoutGraph(plan, 'cross-domain', orientation);
      const resolver = layout.nodes.find((n) => n.node.id === 'dns')!;
      expect(bubblesAt(layout, step, false).map((b) => b.key)).toEqual(['question']);
      const marks = bubblesAt(layout, step, true);
      expect(marks.map((b) => b.key)).toEqual(['question', 'answer', 'policy-question', 'policy-answer']);
      const [question, answer, policyQuestion, policyAnswer] = marks;
      expect(policyQuestion?.text).toEqual(step.policy?.question);
      expect(policyAnswer!.y).toBeGreaterThan(policyQuestion!.y);
      if (orientation === 'wide') expect(policyQuestion!.y).toBeGreaterThan(answer!.y);
      else expect(policyAnswer!.y).toBeLessThan(Math.min(question!.y, resolver.y));
    }
  });
});
