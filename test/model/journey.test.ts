// The state machine itself: preference order, fallbacks, and illegal events that change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, transition, type JourneyEvent, type JourneyState } from '../../src/model/journey';

const reply = { code: 550, enhanced: '5.1.1', text: 'User unknown' };
const EVENTS: JourneyEvent[] = [
  { type: 'SEND' },
  { type: 'SUBMIT_ACCEPTED', localDelivery: false },
  { type: 'SUBMIT_ACCEPTED', localDelivery: true },
  { type: 'SUBMIT_REJECTED', reply },
  { type: 'ERROR_SHOWN' },
  { type: 'HANDED_OFF' },
  {
    type: 'MX_ANSWER',
    records: [
      { preference: 20, exchange: 'mx2.example.org' },
      { preference: 10, exchange: 'mx1.example.org' },
    ],
  },
  { type: 'MX_ANSWER', records: [] },
  { type: 'MX_EMPTY', domain: 'nomx.example.net' },
  { type: 'NXDOMAIN' },
  { type: 'ADDRESS_ANSWER' },
  { type: 'ADDRESS_NONE' },
  { type: 'RCPT_ACCEPTED' },
  { type: 'RCPT_REJECTED', reply },
  { type: 'RCPT_DEFERRED', reply: { code: 451, enhanced: '4.7.1', text: 'Greylisted' } },
  { type: 'NO_ANSWER' },
  { type: 'RETRY_DUE' },
  { type: 'STILL_QUEUED' },
  { type: 'FILTER_PASSED' },
  { type: 'FILTER_SPAM' },
  { type: 'STORED' },
  { type: 'FETCHED' },
  { type: 'READ' },
  { type: 'BOUNCE_DELIVERED' },
];

const resolvingMx: JourneyState = { phase: 'resolving-mx' };

describe('transition', () => {
  it('tries the MX with the lowest preference first, keeping the others as fallbacks', () => {
    const next = transition(resolvingMx, EVENTS[6] as JourneyEvent);
    expect(next).toMatchObject({
      phase: 'resolving-host',
      route: { target: { exchange: 'mx1.example.org', preference: 10 } },
    });
    if (next.phase !== 'resolving-host') throw new Error('unreachable');
    expect(next.route.fallbacks.map((r) => r.exchange)).toEqual(['mx2.example.org']);
  });

  it('falls back to the next MX when the first does not answer', () => {
    const relaying = transition(transition(resolvingMx, EVENTS[6] as JourneyEvent), { type: 'ADDRESS_ANSWER' });
    const next = transition(relaying, { type: 'NO_ANSWER' });
    expect(next).toMatchObject({ phase: 'resolving-host', route: { target: { exchange: 'mx2.example.org' } } });
  });

  it('uses the domain itself as MX 0 when there is no MX record', () => {
    expect(transition(resolvingMx, { type: 'MX_EMPTY', domain: 'nomx.example.net' })).toMatchObject({
      phase: 'resolving-host',
      route: { target: { preference: 0, exchange: 'nomx.example.net' }, implicit: true },
    });
  });

  it('bounces at once on a null MX (556 5.1.10) and on NXDOMAIN (5.1.2)', () => {
    const nullMx = transition(resolvingMx, { type: 'MX_ANSWER', records: [{ preference: 0, exchange: '.' }] });
    expect(nullMx).toMatchObject({ phase: 'bouncing', failure: { status: '5.1.10', reply: { code: 556 } } });
    expect(transition(resolvingMx, { type: 'NXDOMAIN' })).toMatchObject({
      phase: 'bouncing',
      failure: { status: '5.1.2' },
    });
  });

  it('ignores events a state does not accept, returning the very same state', () => {
    expect(transition(INITIAL_STATE, { type: 'READ' })).toBe(INITIAL_STATE);
    expect(transition(resolvingMx, { type: 'SEND' })).toBe(resolvingMx);
    const done: JourneyState = { phase: 'done', outcome: 'delivered', failure: null };
    for (const event of EVENTS) expect(transition(done, event)).toBe(done);
  });

  it('never throws and always yields a known phase, whatever the events (property)', () => {
    const phases = new Set([
      'composing',
      'submitting',
      'refusing',
      'handing-off',
      'resolving-mx',
      'resolving-host',
      'relaying',
      'waiting-retry',
      'filtering',
      'storing',
      'retrieving',
      'reading',
      'bouncing',
      'done',
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENTS), { maxLength: 60 }), (events) => {
        let state = INITIAL_STATE;
        for (const event of events) {
          state = transition(state, event);
          expect(phases.has(state.phase)).toBe(true);
        }
      }),
    );
  });
});
