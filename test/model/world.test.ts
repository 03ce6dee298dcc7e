// Property tests of the world (issue 13): random worlds × random messages always end in a legal
// outcome, a refused recipient gets exactly one bounce, a down primary MX with an up secondary
// always delivers via the secondary, and identical inputs give identical plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComposedMessage, type Plan } from '../../src/model';
import { applyEdits, DEFAULT_WORLD } from '../../src/model/engine';
import { plan } from '../../src/model/engine';
import { ADDRESSES, worldEdit as edit } from './arbitraries';

const message: fc.Arbitrary<ComposedMessage> = fc.record({
  from: fc.constantFrom('alice@example.com', 'carol@example.com', 'bob@example.org'),
  to: fc.constantFrom(...ADDRESSES, 'grace@nomx.example.net', 'x@nomail.example.net', 'bob@example.invalid'),
  // Several recipients too; a list that repeats the To address is refused by the form (plan null).
  cc: fc.constantFrom('', 'carol@example.com', 'dave@example.org, erin@example.net'),
  bcc: fc.constantFrom('', 'frank@example.net', 'nobody@example.org'),
  subject: fc.string({ maxLength: 40 }),
  body: fc.string({ maxLength: 80 }),
});

const retrieval = fc.constantFrom('imap' as const, 'pop3' as const);
// Each run plans a whole random world; 150 of them cover every edit kind many times over.
const RUNS = { numRuns: 150 };

/** What each outcome's last step must be. */
const LAST_STEP: Record<Plan['outcome'], string> = {
  delivered: 'read',
  quarantined: 'read',
  bounced: 'bounce-read',
  rejected: 'refuse',
  deferred: 'queue',
};

describe('random worlds × random messages', () => {
  it('always end in a legal outcome, with numbered steps and a last step that fits it', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), message, retrieval, (edits, m, r) => {
        const p = plan(m, applyEdits(DEFAULT_WORLD, edits), r);
        if (!p) return; // a message the form would refuse (e.g. an empty subject is fine, a bad sender is not)
        expect(Object.keys(LAST_STEP)).toContain(p.outcome);
        expect(p.steps.map((s) => s.index)).toEqual(p.steps.map((_, i) => i));
        // A spoof refused at the MX ends with the refusal going back to the spoofer (no bounce).
        const last = p.outcome === 'rejected' && p.steps[0]?.from === 'spoofer' ? 'reply' : LAST_STEP[p.outcome];
        // With several recipients the outcome sums them up; a bounce, if any, still comes last.
        // Reports (DMARC, TLS) travel after the journey's last step, and change no outcome.
        const journey = p.steps.filter((s) => !s.id.startsWith('report-'));
        if (p.recipients.length === 1 || p.outcome === 'bounced') expect(journey.at(-1)?.id).toBe(last);
        const ids = new Set(p.nodes.map((n) => n.id));
        for (const s of p.steps) expect(ids.has(s.from) && ids.has(s.to)).toBe(true);
      }),
      RUNS,
    );
  });

  it("a refused recipient gets one bounce per reporting MTA, back in the sender's own mailbox store", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), message, retrieval, (edits, m, r) => {
        const p = plan(m, applyEdits(DEFAULT_WORLD, edits), r);
        const refusedAtMx = p?.steps.some((s) => s.id === 'reply' && s.result === 'refused');
        if (!p || !refusedAtMx) return;
        const bounces = p.steps.filter((s) => s.token === 'bounce' && s.to === 'sender-store');
        // A refusal in the spoofer's own session goes back to the spoofer: nobody bounces to the forged
        // sender (RFC 7489 §7). If a forwarder accepted the forgery and a later MX refuses it, the
        // forwarder bounces to the envelope sender it was given: backscatter reaches the real Alice.
        const refusedToSpoofer = p.steps.some((s) => s.id === 'reply' && s.result === 'refused' && s.to === 'spoofer');
        expect(p.outcome).toBe(refusedToSpoofer ? 'rejected' : 'bounced');
        // The sending MTA bounces what it could not deliver; a forwarder bounces its own onward copy.
        const reporters = new Set(bounces.map((s) => s.from));
        expect(bounces).toHaveLength(refusedToSpoofer ? 0 : reporters.size);
        if (!refusedToSpoofer) expect(bounces.length).toBeGreaterThan(0);
        for (const s of reporters) expect(['sender-mta', 'forwarder-1']).toContain(s);
      }),
      RUNS,
    );
  });

  it('a down primary MX with an up secondary always delivers via the secondary', () => {
    const harmless = fc.oneof(
      fc.record({
        kind: fc.constant('greylisting' as const),
        host: fc.constant('mx1.example.org'),
        value: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('spam' as const),
        host: fc.constant('filter.example.org'),
        value: fc.constant(false),
      }),
      fc.record({ kind: fc.constant('dkim' as const), domain: fc.constant('example.com'), value: fc.boolean() }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('timeout' as const, 'refused' as const),
        fc.array(harmless, { maxLength: 3 }),
        fc.constantFrom('bob@example.org', 'dave@example.org'),
        retrieval,
        (how, extra, to, r) => {
          const world = applyEdits(DEFAULT_WORLD, [...extra, { kind: 'reach', host: 'mx1.example.org', value: how }]);
          const p = plan({ from: 'alice@example.com', to, cc: '', bcc: '', subject: 'Hi', body: 'Hello' }, world, r);
          expect(p?.outcome).toBe('delivered');
          const relays = p?.steps.filter((s) => s.id === 'relay') ?? [];
          expect(relays.map((s) => `${s.to} ${s.result}`)).toEqual([
            `recipient-mx ${how === 'timeout' ? 'no-answer' : 'refused'}`,
            'recipient-mx2 accepted',
          ]);
        },
      ),
      RUNS,
    );
  });

  it('identical inputs give identical plans', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), message, retrieval, (edits, m, r) => {
        const once = plan(m, applyEdits(DEFAULT_WORLD, edits), r);
        const again = plan({ ...m }, applyEdits(DEFAULT_WORLD, [...edits]), r);
        expect(JSON.stringify(again)).toBe(JSON.stringify(once));
      }),
      { numRuns: 150 },
    );
  });

  it('never changes the world it was given', () => {
    const before = JSON.stringify(DEFAULT_WORLD);
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => void applyEdits(DEFAULT_WORLD, edits)),
      { numRuns: 100 },
    );
    expect(JSON.stringify(DEFAULT_WORLD)).toBe(before);
  });
});
