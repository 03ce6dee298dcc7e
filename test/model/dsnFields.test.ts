// The bounce as a real MTA writes it (RFC 3464, RFC 3834; the December audit's F6, F16, N18): a
// session that starts with the receiving server's greeting and the reporting MTA's name, a report
// whose Arrival-Date is when the original reached that MTA (not when it failed), and a header with
// its own Message-ID and Auto-Submitted.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, messageForPreset, type Plan } from '../../src/model';
import { planFor } from './helpers';

const lines = (plan: Plan) => plan.steps.find((s) => s.id === 'bounce')?.transcript.map((l) => l.text) ?? [];
const handedToRelay = (plan: Plan) => plan.steps.find((s) => s.id === 'handoff')!;
const SENDER_DATE = /^Arrival-Date: (.*)$/;

describe.each([
  ['unknown-user', planFor(messageForPreset('unknown-user', DEFAULT_MESSAGE), 'unknown-user')],
  [
    'several recipients, one refused',
    planFor({ to: 'bob@example.org', cc: 'carol@example.com', bcc: 'nobody@example.org' }),
  ],
])('%s', (_, plan) => {
  const dsn = lines(plan);

  it('the session starts with the store’s greeting and the reporting MTA’s EHLO, before MAIL FROM:<>', () => {
    const greeting = dsn.indexOf('220 store.example.com ESMTP');
    expect(greeting).toBeGreaterThanOrEqual(0);
    expect(dsn[greeting + 1]).toBe('EHLO out1.example.com');
    expect(dsn.indexOf('MAIL FROM:<>')).toBeGreaterThan(greeting);
  });

  it('Arrival-Date is when out1 received the message, before the refusal', () => {
    const arrival = dsn.find((l) => SENDER_DATE.test(l))!;
    const date = dsn.find((l) => l.startsWith('Date: '))!;
    expect(arrival).not.toBe(`Arrival-Date: ${date.slice(6)}`);
    const handoff = handedToRelay(plan);
    const refusal = plan.steps.find((s) => s.rcptCodes || s.result === 'refused')!;
    expect(handoff.endsAt).toBeLessThan(refusal.endsAt);
    // The arrival second is the hand-off's, in the sender's zone (10:30:03 in email-facts §8).
    expect(arrival).toMatch(/10:30:0[0-4] /);
  });

  it('the report has its own Message-ID and says it was written automatically', () => {
    expect(dsn.some((l) => /^Message-ID: <[^@>]+@out1\.example\.com>$/.test(l))).toBe(true);
    expect(dsn).toContain('Auto-Submitted: auto-replied');
    const header = plan.steps.find((s) => s.id === 'bounce')!.headers.map((h) => h.name);
    expect(header).toEqual(expect.arrayContaining(['Message-ID', 'Auto-Submitted']));
  });
});

// Postfix's mailq (F15): heading, queue id, size, the arrival time in ctime format (not the last
// try), the sender; the last try's reason naming the host with its address; no line is the client's.
describe.each([
  ['all-mx-down', 'connect to mx2.example.org[198.51.100.26]:25: Connection timed out'],
  ['greylisted', 'host mx1.example.org[198.51.100.25] said: 451 4.7.1'],
] as const)('mailq in %s', (preset, reason) => {
  const plan = planFor(messageForPreset(preset, DEFAULT_MESSAGE), preset);
  const queue = plan.steps.find((s) => s.id === 'queue')!.transcript;

  it('lists the message as Postfix does, from the time it arrived', () => {
    const text = queue.map((l) => l.text);
    expect(text).toContain('-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------');
    const row = text.find((l) => l.startsWith('5D2E8800A1'))!;
    expect(row).toMatch(/^5D2E8800A1 +\d+ Tue Jan 14 10:30:0[0-4] {2}alice@example\.com$/);
    expect(text.some((l) => l.includes(reason))).toBe(true);
    expect(queue.filter((l) => l.who === 'client')).toEqual([]);
  });
});
