// Open-ended input: whatever is pasted, reading never throws, and its cost grows linearly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReceived, readMessage, SAMPLES } from '../../../src/model/trace';

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
 * Linear time without timing a target: the work for 16× the input may take at most 48× as long
 * (quadratic would be 256×). The 100 ms budget for 1 MB lives in `npm run bench`.
 */
describe('reading cost grows linearly', () => {
  const best = async (text: string) => {
    let fastest = Infinity;
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      await readMessage(text);
      fastest = Math.min(fastest, performance.now() - start);
    }
    return fastest;
  };

  it.each([
    ['many Received lines', (n: number) => SAMPLES.webmail.split('\n\n')[0]!.concat('\n').repeat(n)],
    [
      'one endless comment',
      (n: number) => `Received: from a (${'(x '.repeat(n * 200)}; Tue, 14 Jan 2025 09:30:05 +0000\n`,
    ],
    ['one line of brackets', (n: number) => `Received: ${'[<"'.repeat(n * 300)}\n`],
  ])('%s', async (_, make) => {
    await best(make(2)); // warm up the JIT
    const small = await best(make(10));
    const large = await best(make(160));
    expect(large / Math.max(small, 0.5)).toBeLessThan(48);
  });
});
