// The missions are judged by the model: each one's starting world misses its goal, the learner's
// fix (edits made from the cards) reaches it, and the obvious wrong fixes do not.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, MISSION_IDS, messageForPreset, type WorldEdit } from '../../src/model';
import { buildScenario, MISSIONS, missionFor, missionGoalMet, planJourney, withEdit } from '../../src/model/engine';

/** Opens a mission, makes the learner's edits on top of its world, sends, and asks the model. */
function reached(id: string, learner: readonly WorldEdit[], answer: number | null = null): boolean {
  const mission = missionFor(id);
  if (!mission) throw new Error(`no mission ${id}`);
  const { preset, edits } = mission.start;
  const message = preset ? messageForPreset(preset, DEFAULT_MESSAGE) : DEFAULT_MESSAGE;
  const all = learner.reduce<WorldEdit[]>(withEdit, [...edits]);
  const scenario = buildScenario(message, 'imap', preset, all);
  if (!scenario) throw new Error(`mission ${id} has no scenario`);
  return missionGoalMet(id, { plan: planJourney(scenario), scenario, answer });
}

const DMARC = (value: 'none' | 'quarantine' | 'reject' | 'absent'): WorldEdit => ({
  kind: 'dmarc',
  domain: 'example.com',
  value,
});

/** Per mission: what solves it, and fixes that look tempting but must not. */
const SOLVED: Record<string, { fix: readonly WorldEdit[]; answer?: number; wrong: readonly (readonly WorldEdit[])[] }> =
  {
    forge: {
      fix: [DMARC('none')],
      wrong: [[DMARC('quarantine')], [DMARC('reject')], [{ kind: 'spoof', value: false }, DMARC('none')]],
    },
    'stop-the-spoof': {
      fix: [DMARC('reject')],
      wrong: [
        [DMARC('quarantine')],
        [{ kind: 'spoof', value: false }, DMARC('reject')],
        [{ kind: 'mailbox', address: 'bob@example.org', value: 'absent' }],
      ],
    },
    'forwarding-breaks': {
      fix: [{ kind: 'dkim', domain: 'example.com', value: true }],
      wrong: [[DMARC('none')], [DMARC('absent')], [{ kind: 'alias', address: 'bob@alumni.example.net', value: null }]],
    },
  };

describe('missions', () => {
  it('has one record per mission id, in the contract order', () => {
    expect(MISSIONS.map((m) => m.id)).toEqual(MISSION_IDS.filter((id) => MISSIONS.some((m) => m.id === id)));
    expect(missionFor('nope')).toBeNull();
    expect(missionGoalMet('nope', {} as never)).toBe(false);
  });

  for (const mission of MISSIONS) {
    const solved = SOLVED[mission.id];
    describe(mission.id, () => {
      it('opens in a world that misses the goal', () => {
        expect(reached(mission.id, [], mission.question?.correct ?? null)).toBe(false);
      });
      it('is reached by the fix made from the cards', () => {
        expect(solved).toBeDefined();
        expect(reached(mission.id, solved?.fix ?? [], solved?.answer ?? null)).toBe(true);
      });
      it('is not reached by the tempting wrong fixes', () => {
        for (const wrong of solved?.wrong ?? []) expect(reached(mission.id, wrong, solved?.answer ?? null)).toBe(false);
      });
      it('has hints to give', () => {
        expect(mission.hints).toBeGreaterThan(0);
      });
    });
  }
});
