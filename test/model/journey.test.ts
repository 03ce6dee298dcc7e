// The state machine as a table: every (state × event) pair, the next phase it leads to, and the
// promise that any pair not in the table leaves the state exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INITIAL_STATE,
  transition,
  type JourneyEvent,
  type JourneyState,
  type Phase,
  type Route,
} from '../../src/model/journey/machine';

const reply = { code: 550, enhanced: '5.1.1', text: 'User unknown' };
const grey = { code: 451, enhanced: '4.7.1', text: 'Greylisted, try again later' };
const mx1 = { preference: 10, exchange: 'mx1.example.org' };
const mx2 = { preference: 20, exchange: 'mx2.example.org' };
const route: Route = { target: mx1, fallbacks: [mx2], implicit: false, rank: 0 };
const lastRoute: Route = { target: mx2, fallbacks: [], implicit: false, rank: 1 };
const failure = { reply, status: '5.1.1' };

/** One sample event of every kind (and of every payload that leads somewhere else). */
const EVENTS: Record<string, JourneyEvent> = {
  SEND: { type: 'SEND', webmail: false },
  'SEND webmail': { type: 'SEND', webmail: true },
  FORGED: { type: 'FORGED', target: mx1 },
  POSTED: { type: 'POSTED' },
  SENT_FILED: { type: 'SENT_FILED' },
  'SUBMIT_ACCEPTED remote': { type: 'SUBMIT_ACCEPTED', localDelivery: false },
  'SUBMIT_ACCEPTED local': { type: 'SUBMIT_ACCEPTED', localDelivery: true },
  SUBMIT_REJECTED: { type: 'SUBMIT_REJECTED', reply, stage: 'auth' },
  ERROR_SHOWN: { type: 'ERROR_SHOWN' },
  HANDED_OFF: { type: 'HANDED_OFF' },
  FORWARDED: { type: 'FORWARDED' },
  MX_ANSWER: { type: 'MX_ANSWER', records: [mx2, mx1] },
  'MX_ANSWER null': { type: 'MX_ANSWER', records: [{ preference: 0, exchange: '.' }] },
  'MX_ANSWER empty': { type: 'MX_ANSWER', records: [] },
  MX_EMPTY: { type: 'MX_EMPTY', domain: 'nomx.example.net' },
  NXDOMAIN: { type: 'NXDOMAIN' },
  'ADDRESS_ANSWER found': { type: 'ADDRESS_ANSWER', found: true },
  'ADDRESS_ANSWER none': { type: 'ADDRESS_ANSWER', found: false },
  RCPT_ACCEPTED: { type: 'RCPT_ACCEPTED', replies: {} },
  RCPT_REJECTED: { type: 'RCPT_REJECTED', reply, stage: 'rcpt', replies: { 'bob@example.org': reply } },
  RCPT_DEFERRED: { type: 'RCPT_DEFERRED', reply: grey, replies: {} },
  NO_ANSWER: { type: 'NO_ANSWER', how: 'timeout' },
  CHECKED: { type: 'CHECKED', pass: true },
  DATA_ACCEPTED: { type: 'DATA_ACCEPTED', folder: 'INBOX' },
  DATA_REJECTED: { type: 'DATA_REJECTED', reply },
  REPLY_RECEIVED: { type: 'REPLY_RECEIVED' },
  RETRY_DUE: { type: 'RETRY_DUE' },
  STILL_QUEUED: { type: 'STILL_QUEUED' },
  FILTER_PASSED: { type: 'FILTER_PASSED' },
  FILTER_SPAM: { type: 'FILTER_SPAM' },
  STORED: { type: 'STORED' },
  'LOGGED_IN idle': { type: 'LOGGED_IN', idle: true },
  'LOGGED_IN plain': { type: 'LOGGED_IN', idle: false },
  NOTIFIED: { type: 'NOTIFIED' },
  FETCHED: { type: 'FETCHED' },
  READ: { type: 'READ' },
  BOUNCE_STORED: { type: 'BOUNCE_STORED' },
  BOUNCE_FETCHED: { type: 'BOUNCE_FETCHED' },
  BOUNCE_READ: { type: 'BOUNCE_READ' },
};

/** One sample state of every phase (a few phases twice, where a field changes what follows). */
const STATES: Record<string, JourneyState> = {
  composing: INITIAL_STATE,
  posting: { phase: 'posting' },
  submitting: { phase: 'submitting' },
  'filing-sent remote': { phase: 'filing-sent', localDelivery: false },
  'filing-sent local': { phase: 'filing-sent', localDelivery: true },
  refusing: { phase: 'refusing', failure },
  'handing-off': { phase: 'handing-off' },
  forwarding: { phase: 'forwarding' },
  'resolving-mx': { phase: 'resolving-mx' },
  'resolving-host A': { phase: 'resolving-host', route, family: 'A', found: false },
  'resolving-host AAAA': { phase: 'resolving-host', route, family: 'AAAA', found: false },
  'resolving-host AAAA last': { phase: 'resolving-host', route: lastRoute, family: 'AAAA', found: false },
  relaying: { phase: 'relaying', route, attempt: 1 },
  'relaying last': { phase: 'relaying', route: lastRoute, attempt: 1 },
  'checking spf': { phase: 'checking', route, check: 'spf' },
  'checking dmarc': { phase: 'checking', route, check: 'dmarc' },
  'replying permanent': { phase: 'replying', route, attempt: 1, failure, temporary: false, stage: 'rcpt' },
  'replying forged': {
    phase: 'replying',
    route: { ...route, forged: true },
    attempt: 1,
    failure,
    temporary: false,
    stage: 'data',
  },
  'replying temporary': { phase: 'replying', route, attempt: 1, failure, temporary: true, stage: 'rcpt' },
  'waiting-retry': { phase: 'waiting-retry', route, attempt: 1, failure },
  filtering: { phase: 'filtering', rank: 0, mx: 'mx1.example.org', folder: 'INBOX' },
  storing: { phase: 'storing', folder: 'INBOX', local: false },
  'logging-in': { phase: 'logging-in', folder: 'INBOX' },
  notifying: { phase: 'notifying' },
  fetching: { phase: 'fetching' },
  reading: { phase: 'reading', folder: 'INBOX' },
  'reading junk': { phase: 'reading', folder: 'Junk' },
  bouncing: { phase: 'bouncing', failure },
  'bounce-fetching': { phase: 'bounce-fetching', failure },
  'bounce-reading': { phase: 'bounce-reading', failure },
  done: { phase: 'done', outcome: 'delivered', failure: null },
};

/** Every pair that moves: `state sample / event sample` → the phase (or outcome) it leads to. */
const MOVES: Record<string, Phase | `done:${string}`> = {
  'composing / SEND': 'submitting',
  'composing / SEND webmail': 'posting',
  'composing / FORGED': 'relaying',
  'posting / POSTED': 'submitting',
  'submitting / SUBMIT_ACCEPTED remote': 'filing-sent',
  'submitting / SUBMIT_ACCEPTED local': 'filing-sent',
  'filing-sent remote / SENT_FILED': 'handing-off',
  'filing-sent local / SENT_FILED': 'storing',
  'submitting / SUBMIT_REJECTED': 'refusing',
  'refusing / ERROR_SHOWN': 'done:rejected',
  'handing-off / HANDED_OFF': 'resolving-mx',
  'forwarding / FORWARDED': 'resolving-mx',
  'resolving-mx / MX_ANSWER': 'resolving-host',
  'resolving-mx / MX_ANSWER null': 'bouncing',
  'resolving-mx / MX_EMPTY': 'resolving-host',
  'resolving-mx / NXDOMAIN': 'bouncing',
  'resolving-host A / ADDRESS_ANSWER found': 'resolving-host',
  'resolving-host A / ADDRESS_ANSWER none': 'resolving-host',
  'resolving-host AAAA / ADDRESS_ANSWER found': 'relaying',
  'resolving-host AAAA / ADDRESS_ANSWER none': 'resolving-host',
  'resolving-host AAAA last / ADDRESS_ANSWER found': 'relaying',
  'resolving-host AAAA last / ADDRESS_ANSWER none': 'bouncing',
  'relaying / RCPT_ACCEPTED': 'checking',
  'relaying / RCPT_REJECTED': 'replying',
  'relaying / RCPT_DEFERRED': 'replying',
  'relaying / NO_ANSWER': 'resolving-host',
  'relaying last / RCPT_ACCEPTED': 'checking',
  'relaying last / RCPT_REJECTED': 'replying',
  'relaying last / RCPT_DEFERRED': 'replying',
  'relaying last / NO_ANSWER': 'waiting-retry',
  'checking spf / CHECKED': 'checking',
  'checking dmarc / DATA_ACCEPTED': 'filtering',
  'checking dmarc / DATA_REJECTED': 'replying',
  'replying permanent / REPLY_RECEIVED': 'bouncing',
  'replying forged / REPLY_RECEIVED': 'done:rejected',
  'replying temporary / REPLY_RECEIVED': 'waiting-retry',
  'waiting-retry / RETRY_DUE': 'relaying',
  'waiting-retry / STILL_QUEUED': 'done:deferred',
  'filtering / FILTER_PASSED': 'storing',
  'filtering / FILTER_SPAM': 'storing',
  'storing / STORED': 'logging-in',
  'logging-in / LOGGED_IN idle': 'notifying',
  'logging-in / LOGGED_IN plain': 'reading',
  'notifying / NOTIFIED': 'fetching',
  'fetching / FETCHED': 'reading',
  'reading / READ': 'done:delivered',
  'reading junk / READ': 'done:quarantined',
  'bouncing / BOUNCE_STORED': 'bounce-fetching',
  'bounce-fetching / BOUNCE_FETCHED': 'bounce-reading',
  'bounce-reading / BOUNCE_READ': 'done:bounced',
};

const where = (s: JourneyState) => (s.phase === 'done' ? `done:${s.outcome}` : s.phase);

const PAIRS = Object.entries(STATES).flatMap(([stateName, state]) =>
  Object.entries(EVENTS).map(([eventName, event]) => ({ key: `${stateName} / ${eventName}`, state, event })),
);

describe('transition, every (state × event) pair', () => {
  it('covers every phase and every event type', () => {
    const phases = new Set(Object.values(STATES).map((s) => s.phase));
    expect(phases.size).toBe(23);
    expect(new Set(Object.values(EVENTS).map((e) => e.type)).size).toBe(33);
  });

  it.each(PAIRS)('$key', ({ key, state, event }) => {
    const next = transition(state, event);
    const expected = MOVES[key];
    if (expected === undefined) expect(next).toBe(state);
    else expect(where(next)).toBe(expected);
  });

  it('lists no move for a pair that does not exist', () => {
    const keys = new Set(PAIRS.map((p) => p.key));
    expect(Object.keys(MOVES).filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('transition details', () => {
  const resolvingMx: JourneyState = { phase: 'resolving-mx' };

  it('tries the MX with the lowest preference first, keeping the others as fallbacks', () => {
    const next = transition(resolvingMx, EVENTS.MX_ANSWER as JourneyEvent);
    expect(next).toMatchObject({ phase: 'resolving-host', family: 'A', route: { target: mx1, fallbacks: [mx2] } });
  });

  it('asks A, then AAAA, then falls back to the next MX (rank 1) when the first does not answer', () => {
    let state = transition(resolvingMx, EVENTS.MX_ANSWER as JourneyEvent);
    state = transition(state, { type: 'ADDRESS_ANSWER', found: true });
    expect(state).toMatchObject({ phase: 'resolving-host', family: 'AAAA', found: true });
    state = transition(transition(state, { type: 'ADDRESS_ANSWER', found: false }), {
      type: 'NO_ANSWER',
      how: 'timeout',
    });
    expect(state).toMatchObject({ phase: 'resolving-host', family: 'A', route: { target: mx2, rank: 1 } });
  });

  it('uses the domain itself as MX 0 when there is no MX record', () => {
    expect(transition(resolvingMx, EVENTS.MX_EMPTY as JourneyEvent)).toMatchObject({
      route: { target: { preference: 0, exchange: 'nomx.example.net' }, implicit: true },
    });
  });

  it('bounces at once on a null MX (556 5.1.10) and on NXDOMAIN (5.1.2)', () => {
    expect(transition(resolvingMx, EVENTS['MX_ANSWER null'] as JourneyEvent)).toMatchObject({
      phase: 'bouncing',
      failure: { status: '5.1.10', reply: { code: 556 } },
    });
    expect(transition(resolvingMx, EVENTS.NXDOMAIN as JourneyEvent)).toMatchObject({ failure: { status: '5.1.2' } });
  });

  it('never throws and always yields a known phase, whatever the events (property)', () => {
    const phases = new Set(Object.values(STATES).map((s) => s.phase));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.values(EVENTS)), { maxLength: 80 }), (events) => {
        let state = INITIAL_STATE;
        for (const event of events) {
          state = transition(state, event);
          expect(phases.has(state.phase)).toBe(true);
        }
      }),
    );
  });
});
