// The step rows (steps/phases.ts) are the one list of step ids: every step a journey shows is named
// by its phase's row, and the row's part (trunk, bounce, branch) decides what several destinations share.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE } from '../../src/model';
import { buildScenario, planJourney } from '../../src/model/engine';
import { PHASES, partOf, type StepId } from '../../src/model/steps/phases';
import { everyJourney } from '../lesson/journeys';

const ROW_IDS = new Set<string>(Object.values(PHASES).flatMap((row) => [...row.ids]));

describe('step rows', () => {
  it('name every step every journey shows, and each id belongs to one row', () => {
    for (const { name, plan } of everyJourney())
      for (const step of plan.steps)
        expect(ROW_IDS.has(step.id) || step.id === 'forward', `${name}: ${step.id}`).toBe(true);
    const all = Object.values(PHASES).flatMap((row) => [...row.ids]);
    expect(all).toHaveLength(ROW_IDS.size);
  });

  it('the trunk is what Alice does before the sessions; the bounce comes once at the end', () => {
    const trunk: StepId[] = ['compose', 'webmail', 'submit', 'sent', 'refuse', 'handoff'];
    expect([...ROW_IDS].filter((id) => partOf(id) === 'trunk').sort()).toEqual([...trunk].sort());
    expect([...ROW_IDS].filter((id) => partOf(id) === 'bounce')).toEqual(['bounce', 'bounce-fetch', 'bounce-read']);
  });

  it('webmail posts the message once, however many destinations it has', () => {
    const setup = { client: 'webmail', submission: 587, keep: false } as const;
    const s = buildScenario({ ...DEFAULT_MESSAGE, to: 'bob@example.org, carol@example.com' }, 'imap', null, [], setup);
    const ids = planJourney(s!).steps.map((step) => step.id);
    expect(ids.filter((id) => id === 'webmail')).toHaveLength(1);
    expect(ids.filter((id) => id === 'store')).toHaveLength(2);
  });
});
