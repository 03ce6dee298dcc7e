// Durations and clock times read the same as Intl would write them, without starting ICU at run time.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n';
import { clockTime, decimal, duration } from '../../src/view/format';
import { delayText } from '../../src/view/trace/timeText';

beforeAll(() => loadLanguage('de'));

describe('format', () => {
  it('writes durations in short units, in English and German', () => {
    expect(duration(25)).toBe('25 ms');
    expect(duration(1900)).toBe('1.9 sec');
    expect(duration(1900, 'de')).toBe('1,9 Sek.');
    expect(duration(5 * 60_000, 'de')).toBe('5 Min.');
    expect(duration(2 * 3_600_000)).toBe('2 hr');
    expect(delayText(0, 'en')).toBe('0 sec');
    expect(delayText(6 * 60, 'de')).toBe('6 Min.');
  });

  it('agrees with Intl on numbers, in both languages', () => {
    // Rounding works on the decimal a number is written as, not on its binary value.
    expect([0.15, 1.45, 123.14999999999999, 999.9499999999999].map((v) => decimal(v))).toEqual([
      '0.2',
      '1.5',
      '123.1',
      '999.9',
    ]);
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e7, max: 1e7, noNaN: true })),
        fc.constantFrom('en', 'de'),
        (value, lang) => {
          const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
          // Intl writes a negative number that rounds to zero as "-0"; a duration never shows that.
          expect(decimal(value, lang)).toBe(intl.replace(/^-0$/, '0'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl on the clock in whole-hour offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), fc.integer({ min: -12, max: 14 }), (epoch, hours) => {
        const timeZone = hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
        const intl = new Intl.DateTimeFormat('en', {
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hourCycle: 'h23',
          timeZone,
        }).format(epoch * 1000);
        expect(clockTime(epoch, hours * 60)).toBe(intl);
      }),
    );
  });
});
