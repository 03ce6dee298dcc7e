// Open-ended input: whatever is pasted, reading never throws, and its cost grows linearly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReceived, readMessage, SAMPLES } from '../../../src/model/trace';
import { resetWork, workDone } from '../../../src/model/trace/work';

const sample = fc.constantFrom(...Object.values(SAMPLES));

/** A sample with random damage: characters cut out, inserted or replaced at random places. */
const mutated = fc
  .tuple(
    sample,
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 12 }),
  )
  .map(([text, edits]) =>
    edits.reduce((s, [at, cut, insert]) => {
      const i = at % (s.length + 1);
      return s.slice(0, i) + insert + s.slice(i + cut);
    }, text),
  );

const headerish = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom(
        'Received: ',
        'Date: ',
        '\n ',
        '(',
        ')',
        '[',
        ']',
        '<',
        '>',
        ';',
        ' from ',
        ' by ',
        ' with ',
        ' id ',
        ' for ',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('reading is total', () => {
  it('never throws on random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(headerish, mutated, fc.string({ unit: 'binary' })), async (text) => {
        const result = await readMessage(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const result = await readMessage(bytes);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('parses any single Received value into a complete record', () => {
    const keys = Object.keys(parseReceived('from a by b with ESMTP; Tue, 14 Jan 2025 09:30:05 +0000')).sort();
    fc.assert(
      fc.property(headerish, (value) => {
        const fields = parseReceived(value);
        expect(Object.keys(fields).sort()).toEqual(keys);
        expect(['yes', 'no', 'unknown', 'local']).toContain(fields.tls);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Linear work without timing anything: the reader counts its steps (characters tokenised, lines
 * scanned, dates tried, hops built), and 16× the input may cost at most 1.25 × 16× the steps.
 * Re-reading earlier lines for every new one (quadratic) would cost about 80× here. Timing belongs
 * to `npm run bench` (the 100 ms per MB budget), not to a test on a busy machine.
 */
describe('reading cost grows linearly', () => {
  const steps = async (text: string) => {
    resetWork();
    await readMessage(text);
    return workDone();
  };

  it.each([
    ['many Received lines', (n: number) => SAMPLES.webmail.split('\n\n')[0]!.concat('\n').repeat(n)],
    [
      'one endless comment',
      (n: number) => `Received: from a (${'(x '.repeat(n * 200)}; Tue, 14 Jan 2025 09:30:05 +0000\n`,
    ],
    ['one line of brackets', (n: number) => `Received: ${'[<"'.repeat(n * 300)}\n`],
    ['many lines without a date', (n: number) => 'Received: from a.example by b.example with SMTP\n'.repeat(n * 20)],
  ])('%s', async (_, make) => {
    const small = await steps(make(10));
    const large = await steps(make(160));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(16 * 1.25);
  });
});
