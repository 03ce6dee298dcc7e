// Header dates in the forms real servers write, all converted to UTC.
import { describe, expect, it } from 'vitest';
import { parseMailDate } from '../../../src/model/trace';

const utc = (iso: string) => Date.parse(iso) / 1000;

describe('parseMailDate', () => {
  it.each([
    ['Tue, 14 Jan 2025 10:30:01 +0100', '2025-01-14T09:30:01Z', 60],
    ['Tue, 14 Jan 2025 01:30:00 -0800 (PST)', '2025-01-14T09:30:00Z', -480],
    ['14 Jan 2025 09:30:00 -0000', '2025-01-14T09:30:00Z', 0],
    ['Tue, 14 Jan 2025 09:30:05 GMT', '2025-01-14T09:30:05Z', 0],
    ['Tue, 14 Jan 25 4:30:05 EST', '2025-01-14T09:30:05Z', -300],
    ['Tue, 14 Jan 2025 11:30 +0200', '2025-01-14T09:30:00Z', 120],
    ['Tue, 14 Jan 2025 15:00:05 +0530', '2025-01-14T09:30:05Z', 330],
    ['Tue,  4 Mar 2025 09:30:05 +0000', '2025-03-04T09:30:05Z', 0],
    ['Tue Jan 14 09:30:05 2025', '2025-01-14T09:30:05Z', 0],
    ['2025-01-14T10:30:05+01:00', '2025-01-14T09:30:05Z', 60],
    ['Wed, 01 Jan 2025 00:30:00 +0100', '2024-12-31T23:30:00Z', 60],
    ['Thu, 29 Feb 2024 12:00:00 +0000', '2024-02-29T12:00:00Z', 0],
    ['Fri, 31 Dec 1999 23:59:60 +0000', '2000-01-01T00:00:00Z', 0],
  ])('%s', (text, iso, offset) => {
    const date = parseMailDate(text);
    expect(date?.epochSeconds).toBe(utc(iso));
    expect(date?.offsetMinutes).toBe(offset);
  });

  it('assumes UTC for a missing or unknown zone and says so', () => {
    expect(parseMailDate('Tue, 14 Jan 2025 09:30:05')).toMatchObject({
      epochSeconds: utc('2025-01-14T09:30:05Z'),
      zoneKnown: false,
    });
    expect(parseMailDate('Tue, 14 Jan 2025 09:30:05 XYZ')?.zoneKnown).toBe(false);
    expect(parseMailDate('Tue, 14 Jan 2025 09:30:05 +0000')?.zoneKnown).toBe(true);
  });

  it('reads two-digit years as RFC 5322 §4.3 says', () => {
    expect(parseMailDate('14 Jan 99 09:30:05 +0000')?.epochSeconds).toBe(utc('1999-01-14T09:30:05Z'));
    expect(parseMailDate('14 Jan 49 09:30:05 +0000')?.epochSeconds).toBe(utc('2049-01-14T09:30:05Z'));
  });

  it.each(['', 'yesterday', '32 Jan 2025 10:00:00 +0000', '14 Foo 2025 10:00:00 +0000', '14 Jan 2025 25:00:00 +0000'])(
    'finds no date in %j',
    (text) => expect(parseMailDate(text)).toBeNull(),
  );
});
