// The missions are judged by the model: each one's starting world misses its goal, the learner's
// fix (edits made from the cards) reaches it, and the obvious wrong fixes do not.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, t } from '../../src/i18n';
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
const MITM_OFF: WorldEdit = { kind: 'mitm', value: false };
const NO_SPOOF: WorldEdit = { kind: 'spoof', value: false };
const RUA: WorldEdit = { kind: 'dmarc-rua', domain: 'example.com', value: true };
const OPEN_RELAY: WorldEdit = { kind: 'forgery', value: 'open-relay' };
const MX_DOWN: WorldEdit = { kind: 'reach', host: 'mx1.example.org', value: 'timeout' };

/** Per mission: what solves it, and fixes that look tempting but must not. */
const SOLVED: Record<string, { fix: readonly WorldEdit[]; answer?: number; wrong: readonly (readonly WorldEdit[])[] }> =
  {
    forge: {
      fix: [DMARC('none')],
      wrong: [
        [DMARC('quarantine')],
        [DMARC('reject')],
        [NO_SPOOF, DMARC('none')],
        // A lookalike reaches the inbox, but it is not a message from alice@example.com.
        [{ kind: 'forgery', value: 'lookalike' }],
        [{ kind: 'forgery', value: 'display-name' }],
        // An open relay hides the forger's address; its own fails example.com's SPF just the same.
        [OPEN_RELAY],
      ],
    },
    'stop-the-spoof': {
      fix: [DMARC('reject'), RUA],
      wrong: [
        [DMARC('reject')],
        [DMARC('quarantine'), RUA],
        [NO_SPOOF, DMARC('reject'), RUA],
        [{ kind: 'mailbox', address: 'bob@example.org', value: 'absent' }, RUA],
      ],
    },
    lookalike: {
      fix: [],
      answer: 0,
      wrong: [[{ kind: 'forgery', value: 'exact' }], [NO_SPOOF]],
    },
    eavesdrop: {
      fix: [{ kind: 'mitm', value: true }],
      wrong: [
        [
          { kind: 'mitm', value: true },
          { kind: 'mta-sts', domain: 'example.org', value: 'enforce' },
        ],
      ],
    },
    'stop-the-downgrade': {
      fix: [{ kind: 'mta-sts', domain: 'example.org', value: 'enforce' }],
      wrong: [
        [MITM_OFF],
        [MX_DOWN, { kind: 'reach', host: 'mx2.example.org', value: 'timeout' }],
        [{ kind: 'mta-sts', domain: 'example.org', value: 'testing' }],
        // TLSA records count only in a zone signed with DNSSEC (RFC 7672 §2.2).
        [{ kind: 'dane', domain: 'example.org', value: 'no-dnssec' }],
      ],
    },
    'forwarding-breaks': {
      fix: [{ kind: 'dkim-signing', domain: 'example.com', value: 'signed' }],
      wrong: [
        [DMARC('none')],
        [DMARC('absent')],
        [{ kind: 'alias', address: 'bob@alumni.example.net', value: null }],
        [{ kind: 'dkim-signing', domain: 'example.com', value: 'broken' }],
        [{ kind: 'arc-trust', domain: 'alumni.example.net', value: false }],
      ],
    },
  };

/** More ways to solve a mission: DANE with DNSSEC stops the downgrade too. */
const ALSO_SOLVED: readonly [string, readonly WorldEdit[]][] = [
  ['stop-the-downgrade', [{ kind: 'dane', domain: 'example.org', value: 'dnssec' }]],
  ['forge', [DMARC('absent')]],
  // pct= samples: the forgery falls at 15 of 100, so p=quarantine at pct=10 leaves it out (RFC 7489 §6.6.4).
  ['forge', [DMARC('quarantine'), { kind: 'dmarc-pct', domain: 'example.com', value: 10 }]],
  // Through an open relay the forgery still claims alice@example.com: it gets in where a direct one would.
  ['forge', [OPEN_RELAY, DMARC('none')]],
  // Bob's MX trusts the forwarder's ARC seal: DMARC still fails, local policy delivers (RFC 8617 §7.2).
  ['forwarding-breaks', [{ kind: 'arc-trust', domain: 'alumni.example.net', value: true }]],
];

describe('missions', () => {
  beforeAll(() => loadLanguage('de'));

  it('has one record per mission id, in the contract order', () => {
    expect(MISSIONS.map((m) => m.id)).toEqual(MISSION_IDS.filter((id) => MISSIONS.some((m) => m.id === id)));
    expect(missionFor('nope')).toBeNull();
    expect(missionGoalMet('nope', {} as never)).toBe(false);
  });

  it.each(ALSO_SOLVED)('%s is also solved by %j', (id, fix) => expect(reached(id, fix)).toBe(true));

  it('forge’s words name every way in, not only a missing policy or p=none', () => {
    expect(t('mission.forge.done')).toContain('pct=');
    expect(t('mission.forge.hint.2')).toContain('never pass for example.com');
    expect(t('mission.stop-the-spoof.hint.3')).toContain('after the final dot (end of DATA)');
    expect(t('mission.forwarding-breaks.hint.3')).toContain('the key is in DNS');
  });

  it('MTA-STS enforce on the card says the message waits in the queue, as the journey shows', () => {
    expect(t('card.mta-sts.enforce')).toBe('enforce (TLS, or wait in the queue)');
    expect(t('card.mta-sts.enforce', undefined, 'de')).toContain('Warteschlange');
  });

  it('lookalike needs the right answer, not only the journey', () => {
    expect(reached('lookalike', [], null)).toBe(false);
    expect(reached('lookalike', [], 1)).toBe(false);
    expect(reached('lookalike', [], 2)).toBe(false);
  });

  for (const mission of MISSIONS) {
    const solved = SOLVED[mission.id];
    describe(mission.id, () => {
      // lookalike's world already lets the forgery through: its goal is the learner's answer why.
      it('opens in a world that misses the goal (or, with a question, until it is answered)', () => {
        expect(reached(mission.id, [], null)).toBe(false);
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
