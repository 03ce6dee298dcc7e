// The step rows (steps/phases.ts) are the one list of step ids: every step a journey shows is named
// by its phase's row, and the row's part (trunk, bounce, branch) decides what several destinations share.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE } from '../../src/model';
import { buildScenario, planJourney } from '../../src/model/engine';
import { PHASES, partOf, type StepId } from '../../src/model/steps/phases';
import { everyJourney } from '../journeys';

const ROW_IDS = new Set<string>(Object.values(PHASES).flatMap((row) => [...row.ids]));

describe('step rows', () => {
  it('name every step every journey shows, and each id belongs to one row', () => {
    for (const { name, plan } of everyJourney())
      for (const step of plan.steps) expect(ROW_IDS.has(step.id), `${name}: ${step.id}`).toBe(true);
    const all = Object.values(PHASES).flatMap((row) => [...row.ids]);
    expect(all).toHaveLength(ROW_IDS.size);
  });

  it('the trunk is what Alice does before the sessions; the bounce comes once at the end', () => {
    const trunk: StepId[] = ['compose', 'webmail', 'submit', 'sent', 'refuse', 'handoff'];
    expect([...ROW_IDS].filter((id) => partOf(id) === 'trunk').sort()).toEqual([...trunk].sort());
    // The reports (issue 24) also come once, after everything else.
    expect([...ROW_IDS].filter((id) => partOf(id) === 'bounce')).toEqual([
      'bounce',
      'bounce-fetch',
      'bounce-read',
      'report-dmarc',
      'report-tls',
    ]);
  });

  it('webmail posts the message once, however many destinations it has', () => {
    const setup = { client: 'webmail', submission: 587, keep: false } as const;
    const s = buildScenario({ ...DEFAULT_MESSAGE, to: 'bob@example.org, carol@example.com' }, 'imap', null, [], setup);
    const ids = planJourney(s!).steps.map((step) => step.id);
    expect(ids.filter((id) => id === 'webmail')).toHaveLength(1);
    expect(ids.filter((id) => id === 'store')).toHaveLength(2);
  });
});

describe('forwarding is a phase of the machine', () => {
  const forwards = { kind: 'alias', address: 'bob@alumni.example.net', value: 'bob@example.org' } as const;
  const s = buildScenario({ ...DEFAULT_MESSAGE, to: 'bob@alumni.example.net' }, 'imap', null, [forwards]);
  const steps = planJourney(s!).steps;
  const forward = steps.find((step) => step.id === 'forward');

  it('the forwarder works on its own node, then asks DNS for the target like any sending MTA', () => {
    expect(forward).toMatchObject({ from: 'forwarder-1', to: 'forwarder-1', kind: 'local', result: 'accepted' });
    expect(steps[steps.indexOf(forward!) + 1]?.id).toBe('dns-mx');
  });

  it('the new envelope and ARC seal travel on even in the quick plan; the target’s mailbox now waits', () => {
    expect(forward?.envelope?.rcpt).toEqual(['bob@example.org']);
    expect(forward?.headers.map((h) => h.name).slice(0, 3)).toEqual([
      'ARC-Seal',
      'ARC-Message-Signature',
      'ARC-Authentication-Results',
    ]);
    expect(forward?.mailbox).toMatchObject({ server: 'absent', phone: 'waiting' });
  });
});
