// Names in world edits, as hosts and learners write them: any legal address survives the `world`
// link, and case never makes two mailboxes of one (domains never differ by case; local parts do not
// at any provider of this world, as at most real ones).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, encodeEdits, type WorldEdit } from '../../src/model';
import { buildScenario, decodeEdits, planJourney } from '../../src/model/engine';
import { recipientFieldError } from '../../src/model/message/recipients';
import { withEdit } from '../../src/model/world/edits';

const absent = (address: string): WorldEdit => ({ kind: 'mailbox', address, value: 'absent' });

/** RFC 5322's atext, lower case (what a local part may hold without quotes), and some UTF-8 (RFC 6531). */
const ATEXT = [..."abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~-", 'ü', 'é', 'ß', 'я', '中'];
const atom = fc.array(fc.constantFrom(...ATEXT), { minLength: 1, maxLength: 8 }).map((c) => c.join(''));
const local = fc.array(atom, { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join('.'));

describe('the world link carries any legal address', () => {
  it.each(['b_ob', "o'brien", 'bob+lunch', 'jürgen', 'first.last'])('%s@example.org round-trips', (name) => {
    const edits = [absent(`${name}@example.org`)];
    const text = encodeEdits(edits);
    expect(text).toMatch(/^[A-Za-z0-9._*+-]+$/);
    expect(decodeEdits(text)).toEqual(edits);
  });

  it('every dot-atom local part round-trips (property)', () => {
    fc.assert(
      fc.property(local, (name) => {
        const edits = [
          absent(`${name}@example.org`),
          { kind: 'alias', address: `${name}@example.org`, value: 'bob@example.org' } as const,
        ];
        expect(decodeEdits(encodeEdits(edits))).toEqual(edits);
      }),
      { numRuns: 200 },
    );
  });

  it('links written before escaping existed open the same world', () => {
    expect(decodeEdits('b_bob_example.org_x*b_bob+lunch_example.org_p')).toEqual([
      absent('bob@example.org'),
      { kind: 'mailbox', address: 'bob+lunch@example.org', value: 'permanent' },
    ]);
  });

  it.each([
    'r___proto__.example.org',
    'b_bXZZob_example.org_x',
    'b_Bob_example.org_x',
    'b_bX5_example.org_x',
    'b_a..b_example.org_x',
  ])('%s is refused whole (the page says so and uses the default world)', (text) =>
    expect(decodeEdits(text)).toBeNull(),
  );
});

describe('case makes no second mailbox', () => {
  const outcome = (to: string, edits: readonly WorldEdit[]) => {
    const scenario = buildScenario({ ...DEFAULT_MESSAGE, to }, 'imap', null, edits);
    return scenario && planJourney(scenario).outcome;
  };

  it.each([
    ['Bob@example.org', 'bob@example.org'],
    ['bob@example.org', 'BOB@Example.ORG'],
  ])('an edit for %s applies to mail for %s', (edited, to) => {
    expect(outcome(to, [])).toBe('delivered');
    expect(outcome(to, [absent(edited)])).toBe('bounced');
  });

  it('two edits of one mailbox in different cases: the later replaces the earlier', () => {
    const edits = withEdit(withEdit([], absent('Bob@example.org')), {
      kind: 'mailbox',
      address: 'bob@example.org',
      value: 'ok',
    });
    expect(edits).toEqual([{ kind: 'mailbox', address: 'bob@example.org', value: 'ok' }]);
  });

  it('bob@… and Bob@… in one message is one address typed twice', () => {
    const { error } = recipientFieldError('to', 'bob@example.org, Bob@example.org', []);
    expect(error).toMatchObject({ key: 'error.recipient.twice' });
  });
});
