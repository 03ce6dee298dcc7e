// @vitest-environment node
// Where the token is at each moment of a step: it must travel, turn back at a refusing door, stop at a break.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrivedAt, BREAK_AT, distanceAlong, tokensAt, TRAVEL_SHARE, TURN_AT } from '../../../src/view/graph/motion';
import { step } from './steps';

const FROM = { x: 0, y: 0 };
const TO = { x: 300, y: 0 };
const xAt = (s: ReturnType<typeof step>, progress: number, jump = false) =>
  tokensAt(s, progress, FROM, TO, jump).envelope!.x;

describe('tokensAt: an accepted hop', () => {
  const hop = step();

  it('starts at the sender, travels, and arrives at the receiver', () => {
    expect(xAt(hop, 0)).toBe(0);
    const early = xAt(hop, 0.15);
    const middle = xAt(hop, 0.3);
    expect(early).toBeGreaterThan(0);
    expect(middle).toBeGreaterThan(early);
    expect(middle).toBeLessThan(300);
    expect(xAt(hop, TRAVEL_SHARE)).toBe(300);
    expect(xAt(hop, 1)).toBe(300);
  });

  it('property: the envelope only moves forward while it travels', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [p, q] = a < b ? [a, b] : [b, a];
        expect(xAt(hop, p)).toBeLessThanOrEqual(xAt(hop, q));
      }),
    );
  });

  it('follows a curve when the edge has one', () => {
    const there = tokensAt(hop, 0.3, FROM, TO, false, { x: 150, y: -120 }).envelope!;
    expect(there.y).toBeLessThan(0);
  });

  it('with reduced motion it is drawn where it arrives, at once', () => {
    expect(xAt(hop, 0, true)).toBe(300);
  });

  it('draws nothing without a step or its ends', () => {
    expect(tokensAt(null, 0.5, FROM, TO, false)).toEqual({ envelope: null, question: null });
    expect(tokensAt(hop, 0.5, undefined, TO, false).envelope).toBeNull();
  });
});

describe('tokensAt: attempts that fail', () => {
  it('a refused message goes to the door, stops, and comes back', () => {
    const refused = step({ result: 'refused', code: 550 });
    const door = xAt(refused, TRAVEL_SHARE / 2);
    expect(door).toBeCloseTo(300 * TURN_AT, 5);
    expect(xAt(refused, 0.15)).toBeGreaterThan(0);
    expect(xAt(refused, 0.45)).toBeLessThan(door);
    expect(xAt(refused, 1)).toBe(0);
    for (let p = 0; p <= 1; p += 0.05) expect(xAt(refused, p)).toBeLessThan(300);
  });

  it('a deferred message is turned back the same way', () => {
    expect(xAt(step({ result: 'deferred', code: 451 }), 1)).toBe(0);
  });

  it('an attempt with no answer never gets past the break', () => {
    const lost = step({ result: 'no-answer' });
    expect(xAt(lost, TRAVEL_SHARE / 2)).toBeCloseTo(300 * BREAK_AT, 5);
    for (let p = 0; p <= 1; p += 0.05) expect(xAt(lost, p)).toBeLessThanOrEqual(300 * BREAK_AT + 1e-9);
  });

  it('a reply travelling back (token answer) makes the whole trip', () => {
    expect(xAt(step({ result: 'refused', code: 535, token: 'answer' }), 1)).toBe(300);
  });

  it('distanceAlong keeps every trip inside its edge', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('accepted', 'refused', 'deferred', 'no-answer', 'request', 'response' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (result, travel) => {
          const d = distanceAlong({ result, token: 'message' }, travel);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('tokensAt: a DNS look-up', () => {
  const lookup = step({ kind: 'lookup', to: 'dns', result: 'request', token: 'question' });

  it('the message waits at the relay while the question goes out and the answer comes back', () => {
    const out = tokensAt(lookup, 0.25, FROM, TO, false);
    const back = tokensAt(lookup, 0.75, FROM, TO, false);
    expect(out.envelope).toMatchObject({ x: 0, y: 0 });
    expect(out.question).toMatchObject({ answering: false });
    expect(out.question!.x).toBeGreaterThan(0);
    expect(back.question).toMatchObject({ answering: true });
    expect(tokensAt(lookup, 1, FROM, TO, false).question!.x).toBe(0);
  });
});

describe('arrivedAt', () => {
  it('a refusal shows when the message reaches the door; an accepted hop when it arrives', () => {
    expect(arrivedAt(step({ result: 'refused' }), TRAVEL_SHARE / 2 - 0.01)).toBe(false);
    expect(arrivedAt(step({ result: 'refused' }), TRAVEL_SHARE / 2)).toBe(true);
    expect(arrivedAt(step(), TRAVEL_SHARE / 2)).toBe(false);
    expect(arrivedAt(step(), TRAVEL_SHARE)).toBe(true);
    expect(arrivedAt(step({ kind: 'lookup' }), 0.5)).toBe(true);
  });
});
