// The cards and the compact world form: what each node offers, the edits its controls make, the
// plain words of every edit, and a `world` value that round-trips and never lets anything bad in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/catalogues';
import { cardFor, describeEdit, editFor } from '../../src/model/engine';
import { encodeEdits, PRESETS, MAX_EDITS, MAX_WORLD_TEXT, type NodeId, type WorldEdit } from '../../src/model';
import { decodeEdits } from '../../src/model/engine';
import { applyEdits, hasCard } from '../../src/model/engine';
import { scenarioFor } from './helpers';
import { worldEdit as worldEditArbitrary } from './arbitraries';

const english: Record<string, string> = en;
const german: Record<string, string> = de;

describe('cards', () => {
  const s = scenarioFor();

  it('servers and DNS have cards; a node with nothing to change has none', () => {
    const nodes: NodeId[] = [
      'sender-client',
      'sender-msa',
      'dns',
      'recipient-mx',
      'recipient-mx2',
      'relay-1',
      'recipient-store',
    ];
    for (const node of nodes) expect(cardFor(node, s)?.controls.length, node).toBeGreaterThan(0);
    // The outgoing relay, the reading server and the reader's app have a card that tells (and, for
    // the reader, chooses how it reads: a setting, not a world edit), with no world edit on it.
    for (const node of ['sender-mta', 'recipient-imap', 'recipient-pop3', 'recipient-client'] as const)
      expect(cardFor(node, s)?.controls, node).toEqual([]);
    expect(cardFor('sender-store', s)).toBeNull();
  });

  it('the first picture marks exactly the nodes that have a card, in every preset and edited world', () => {
    const nodes: NodeId[] = [
      'sender-client',
      'sender-msa',
      'sender-mta',
      'dns',
      'relay-1',
      'relay-2',
      'recipient-mx',
      'recipient-mx2',
      'recipient-store',
      'recipient-imap',
      'recipient-pop3',
      'recipient-client',
      'sender-store',
      'spoofer',
      'mitm',
    ];
    const scenarios = [s, scenarioFor({ to: 'carol@example.com' }), ...PRESETS.map((p) => scenarioFor({}, p))];
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), fc.array(worldEditArbitrary, { maxLength: 6 }), (scenario, edits) => {
        const world = applyEdits(scenario.world, edits);
        for (const node of nodes)
          expect(hasCard(node, scenario, world), node).toBe(cardFor(node, scenario, world) !== null);
      }),
    );
  });

  it('the attackers’ cards: the spoofer forges and meets the forged domain’s records; the man in the middle meets the defences', () => {
    const forged = scenarioFor({}, 'spoof-quarantine');
    const spoofer = cardFor('spoofer', forged);
    expect(spoofer?.controls.map((c) => c.id)).toEqual([
      'spf:example.com',
      'dmarc:example.com',
      'spoof:app',
      'dmarc-pct:example.com',
      'dmarc-align:example.com',
      'dmarc-rua:example.com',
      'forgery:app',
    ]);
    const forgery = spoofer?.controls.find((c) => c.edit === 'forgery');
    expect(forgery && editFor(forgery, 'lookalike')).toEqual({ kind: 'forgery', value: 'lookalike' });
    expect(forgery && editFor(forgery, '<b>x</b>')).toEqual({ kind: 'forgery', value: 'exact' });
    const mitm = cardFor('mitm', scenarioFor({}, 'starttls-stripped'));
    expect(mitm?.controls.map((c) => c.id)).toEqual([
      'mta-sts:example.org',
      'dane:example.org',
      'tls-rpt:example.org',
      'mitm:app',
    ]);
    const sts = mitm?.controls.find((c) => c.edit === 'mta-sts');
    expect(sts && editFor(sts, 'enforce')).toEqual({ kind: 'mta-sts', domain: 'example.org', value: 'enforce' });
  });

  it('every label and choice is in the English and German catalogues', () => {
    for (const node of [
      'sender-client',
      'sender-msa',
      'dns',
      'recipient-mx',
      'relay-1',
      'recipient-store',
      'spoofer',
      'mitm',
    ] as NodeId[]) {
      const card = cardFor(node, s);
      for (const text of [
        card?.title,
        ...(card?.controls ?? []).flatMap((c) => [c.label, ...c.choices.map((x) => x.label)]),
      ]) {
        expect(english[text?.key ?? ''], text?.key).toBeTypeOf('string');
        expect(german[text?.key ?? ''], text?.key).toBeTypeOf('string');
      }
    }
  });

  it('the MX card shows the current state and its controls make the edits', () => {
    const card = cardFor('recipient-mx', s);
    const reach = card?.controls.find((c) => c.edit === 'reach');
    expect(reach).toMatchObject({ id: 'reach:mx1.example.org', kind: 'choice', value: 'up' });
    expect(reach && editFor(reach, 'timeout')).toEqual({ kind: 'reach', host: 'mx1.example.org', value: 'timeout' });
    // A value the control cannot take keeps the current value: a view cannot build a bad edit.
    expect(reach && editFor(reach, '<script>')).toEqual({ kind: 'reach', host: 'mx1.example.org', value: 'up' });
    const user = card?.controls.find((c) => c.edit === 'mailbox');
    expect(user && editFor(user, false)).toEqual({ kind: 'mailbox', address: 'bob@example.org', value: 'absent' });
  });

  it("the DNS card edits the MX list of the recipient domain and the sender domain's policies", () => {
    const card = cardFor('dns', s);
    const mx = card?.controls.find((c) => c.kind === 'mx-list');
    expect(mx?.value).toEqual([
      { preference: 10, exchange: 'mx1.example.org' },
      { preference: 20, exchange: 'mx2.example.org' },
    ]);
    const swapped = [{ preference: 5, exchange: 'mx2.example.org' }];
    expect(mx && editFor(mx, swapped)).toEqual({ kind: 'mx', domain: 'example.org', value: swapped });
    expect(mx && editFor(mx, [{ preference: -1, exchange: 'x' }])).toMatchObject({ value: mx?.value });
    expect(card?.controls.map((c) => c.id)).toEqual([
      'mx:example.org',
      'domain:example.org',
      'servfail:example.org',
      'spf:example.com',
      'dkim:example.com',
      'dmarc:example.com',
      // Issue 24: DKIM signing and DMARC's tags.
      'dkim-signing:example.com',
      'dmarc-pct:example.com',
      'dmarc-align:example.com',
      'dmarc-rua:example.com',
    ]);
  });
});

describe('describeEdit', () => {
  it('says every kind of edit in plain words, in English and German', () => {
    fc.assert(
      fc.property(worldEditArbitrary, (edit) => {
        const text = describeEdit(edit);
        expect(english[text.key], text.key).toBeTypeOf('string');
        expect(german[text.key], text.key).toBeTypeOf('string');
      }),
      { numRuns: 400 },
    );
  });

  it('names the server: "mx1.example.org does not answer"', () => {
    expect(describeEdit({ kind: 'reach', host: 'mx1.example.org', value: 'timeout' })).toEqual({
      key: 'edit.reach.timeout',
      params: { host: 'mx1.example.org' },
    });
  });
});

describe('the compact world form', () => {
  const canonical = (edits: readonly WorldEdit[]) =>
    edits.filter((e) => e.kind !== 'alias' || e.value === null || !e.value.includes('_'));

  it('round-trips any list of edits', () => {
    fc.assert(
      fc.property(fc.array(worldEditArbitrary, { maxLength: MAX_EDITS }), (edits) => {
        const list = canonical(edits);
        const text = encodeEdits(list);
        expect(text).toMatch(/^[A-Za-z0-9.*_-]*$/);
        expect(decodeEdits(text)).toEqual(list);
      }),
    );
  });

  it('reads the documented example', () => {
    expect(decodeEdits('r_mx1.example.org_t*g_mx2.example.org_1')).toEqual([
      { kind: 'reach', host: 'mx1.example.org', value: 'timeout' },
      { kind: 'greylisting', host: 'mx2.example.org', value: true },
    ]);
    expect(decodeEdits('')).toEqual([]);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    'r_mx1.example.org',
    'r_mx1.example.org_t_extra',
    'r_www.google.com_t',
    'z_mx1.example.org_0',
    'z_mx1.example.org_101',
    'm_example.org_10_mx1.example.org_20_mx2.example.org_30_mx3.example.org',
    'b_bob_example.org_q',
    'q_1',
    '*',
    'r_mx1.example.org_t*',
    'r_MX1.example.org_t',
    'x'.repeat(MAX_WORLD_TEXT + 1),
    Array.from({ length: MAX_EDITS + 1 }, () => 'w_1').join('*'),
  ])('refuses %s', (text) => {
    expect(decodeEdits(text)).toBeNull();
  });

  it('never throws, and whatever it accepts encodes back to the same text (any string)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const edits = decodeEdits(text);
        if (edits !== null) expect(encodeEdits(edits)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
