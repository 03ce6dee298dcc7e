// A forwarding address that shares its destination with other recipients (email-facts.md §8): one
// session to the forwarder answers every RCPT on its own, the forwarder sends on only its aliases, and
// a failure on the forwarded leg is bounced by the forwarder itself, to the SRS-decoded envelope sender.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, type Plan, type WorldEdit } from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planWithDetail } from '../../src/model/detail';

const BOB_FORWARDS: WorldEdit = { kind: 'alias', address: 'bob@alumni.example.net', value: 'bob@example.org' };

function planTo(to: string, edits: readonly WorldEdit[] = [BOB_FORWARDS], cc = ''): Plan {
  const scenario = buildScenario({ ...DEFAULT_MESSAGE, to, cc }, 'imap', null, edits);
  if (!scenario) throw new Error(`invalid: ${to}`);
  return planWithDetail(scenario);
}
const lines = (plan: Plan, id: string, n = 0) =>
  plan.steps.filter((s) => s.id === id)[n]?.transcript.map((l) => l.text) ?? [];
const outcomes = (plan: Plan) => plan.recipients.map((r) => [r.address, r.outcome, r.forwardedTo ?? null]);

describe('bob@alumni forwards, carol@alumni does not: one session to the forwarder', () => {
  const plan = planTo('bob@alumni.example.net, carol@alumni.example.net');

  it('speaks RCPT TO for both in one session; bob is taken, carol refused with her own 550', () => {
    const relays = plan.steps.filter((s) => s.id === 'relay');
    expect(relays.map((s) => `${s.from}->${s.to} ${s.result}`)).toEqual([
      'sender-mta->forwarder-1 accepted',
      'forwarder-1->recipient-mx accepted',
    ]);
    expect(relays[0]?.rcpt).toEqual(['bob@alumni.example.net', 'carol@alumni.example.net']);
    const session = lines(plan, 'relay');
    expect(session.filter((l) => l.startsWith('MAIL FROM:'))).toHaveLength(1);
    const rcpt = (who: string) => session[session.findIndex((l) => l.startsWith(`RCPT TO:<${who}>`)) + 1] ?? '';
    expect(rcpt('bob@alumni.example.net')).toMatch(/^250 /);
    expect(rcpt('carol@alumni.example.net')).toMatch(/^550 5\.1\.1 /);
  });

  it('sends only bob on, to bob@example.org; each result is right, whatever the order typed', () => {
    expect(plan.steps.filter((s) => s.id === 'forward').map((s) => s.envelope?.rcpt)).toEqual([['bob@example.org']]);
    expect(outcomes(plan)).toEqual([
      ['bob@alumni.example.net', 'delivered', 'bob@example.org'],
      ['carol@alumni.example.net', 'bounced', null],
    ]);
    const reversed = planTo('carol@alumni.example.net, bob@alumni.example.net');
    expect(outcomes(reversed)).toEqual([
      ['carol@alumni.example.net', 'bounced', null],
      ['bob@alumni.example.net', 'delivered', 'bob@example.org'],
    ]);
    expect(reversed.steps.filter((s) => s.id === 'forward')).toHaveLength(1);
  });

  it('carol is bounced by Alice’s own MTA, which the forwarder refused; only carol is listed', () => {
    const bounces = plan.steps.filter((s) => s.id === 'bounce');
    expect(bounces.map((s) => `${s.from}->${s.to}`)).toEqual(['sender-mta->sender-store']);
    const dsn = lines(plan, 'bounce');
    expect(dsn.filter((l) => l.startsWith('Final-Recipient:'))).toEqual([
      'Final-Recipient: rfc822; carol@alumni.example.net',
    ]);
    expect(dsn).toContain('Remote-MTA: dns; mx.alumni.example.net');
    expect(dsn).toContain('Reporting-MTA: dns; out1.example.com');
  });

  it('draws the forwarder once, and example.org as the only destination lane', () => {
    expect(plan.branches).toEqual(['example.org']);
    const ids = plan.nodes.map((n) => n.id);
    expect(ids.filter((id) => id === 'forwarder-1')).toHaveLength(1);
    expect(ids.some((id) => id.endsWith('@alumni.example.net'))).toBe(false);
  });
});

describe('forwarding mixed with example.org recipients', () => {
  it('bob@alumni (to bob@example.org) and dave@example.org: two sessions reach one MX, both delivered', () => {
    const plan = planTo('bob@alumni.example.net, dave@example.org');
    expect(plan.steps.filter((s) => s.id === 'relay').map((s) => `${s.from}->${s.to}`)).toEqual([
      'sender-mta->forwarder-1',
      'forwarder-1->recipient-mx',
      'sender-mta->recipient-mx',
    ]);
    expect(outcomes(plan)).toEqual([
      ['bob@alumni.example.net', 'delivered', 'bob@example.org'],
      ['dave@example.org', 'delivered', null],
    ]);
    expect(plan.branches).toEqual(['example.org']);
    expect(plan.outcome).toBe('delivered');
  });

  it('with carol@alumni and nobody@example.org too: two failures, one bounce from Alice’s MTA', () => {
    const plan = planTo(
      'bob@alumni.example.net, carol@alumni.example.net',
      [BOB_FORWARDS],
      'dave@example.org, nobody@example.org',
    );
    expect(outcomes(plan)).toEqual([
      ['bob@alumni.example.net', 'delivered', 'bob@example.org'],
      ['carol@alumni.example.net', 'bounced', null],
      ['dave@example.org', 'delivered', null],
      ['nobody@example.org', 'bounced', null],
    ]);
    const dsn = lines(plan, 'bounce');
    expect(dsn.filter((l) => l.startsWith('Final-Recipient:')).sort()).toEqual([
      'Final-Recipient: rfc822; carol@alumni.example.net',
      'Final-Recipient: rfc822; nobody@example.org',
    ]);
  });
});

describe('a bounce on the forwarded leg is the forwarder’s', () => {
  const plan = planTo('bob@alumni.example.net', [
    { kind: 'alias', address: 'bob@alumni.example.net', value: 'nobody@example.org' },
  ]);

  it('forwarder-1 writes the DSN and sends it to Alice’s store; out1 writes none', () => {
    expect(plan.outcome).toBe('bounced');
    const bounce = plan.steps.find((s) => s.id === 'bounce');
    expect(bounce).toMatchObject({ from: 'forwarder-1', to: 'sender-store', port: 25 });
    expect(bounce?.caption.key).toBe('step.bounce.forwarded');
    expect(bounce?.caption.params).toMatchObject({ mta: 'mx.alumni.example.net' });
    expect(plan.steps.filter((s) => s.from === 'sender-mta' && s.id === 'bounce')).toEqual([]);
    expect(plan.steps.at(-1)?.id).toBe('bounce-read');
  });

  it('the DSN comes from MAILER-DAEMON at the forwarder, with <>, to the SRS-decoded sender', () => {
    const dsn = lines(plan, 'bounce');
    expect(dsn).toContain('From: MAILER-DAEMON@mx.alumni.example.net');
    expect(dsn).toContain('Reporting-MTA: dns; mx.alumni.example.net');
    expect(dsn).toContain('Remote-MTA: dns; mx1.example.org');
    expect(dsn).toContain('MAIL FROM:<>');
    expect(dsn).toContain('RCPT TO:<alice@example.com>');
    expect(dsn).toContain('Final-Recipient: rfc822; bob@alumni.example.net');
    const srs = plan.steps.find((s) => s.id === 'forward')?.envelope?.mailFrom ?? '';
    expect(srs).toMatch(/^SRS0=.*=example\.com=alice@alumni\.example\.net$/);
    expect(plan.steps.find((s) => s.id === 'bounce')?.transcript).toContainEqual(
      expect.objectContaining({ note: { key: 'note.dsn.srs', params: { srs, sender: 'alice@example.com' } } }),
    );
  });

  it('a list’s failed copy bounces to the list’s own address: Alice is told nothing', () => {
    const list = planTo('friends@alumni.example.net', [
      { kind: 'alias', address: 'friends@alumni.example.net', value: 'nobody@example.org' },
      { kind: 'list', address: 'friends@alumni.example.net', value: true },
    ]);
    const bounce = list.steps.find((s) => s.id === 'bounce');
    expect(bounce).toMatchObject({ from: 'forwarder-1', to: 'forwarder-1' });
    expect(bounce?.envelope?.rcpt).toEqual(['friends-bounces@alumni.example.net']);
    expect(list.steps.some((s) => s.to === 'sender-store' && s.id.startsWith('bounce'))).toBe(false);
    expect(list.steps.some((s) => s.id === 'bounce-read')).toBe(false);
    expect(list.summary.key).toBe('summary.bounced.list');
  });
});
