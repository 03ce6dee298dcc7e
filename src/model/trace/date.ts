// Reads the date-times mail servers write, strict RFC 5322 ones and the odd ones real servers
// produce, into UTC epoch seconds without the Date object (the model has no clock).
import type { MailDate } from './types';
import { addWork } from './work';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Named zones: RFC 5322 §4.3's obsolete US zones plus names common in real headers. */
// prettier-ignore
const ZONES: Readonly<Record<string, number>> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180, bst: 60, ist: 330, jst: 540, aest: 600,
};

/** Day number since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** RFC 5322 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx; three digits add 1900. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (text.length === 3) return 1900 + n;
  return n;
}

function zone(text: string | undefined): { offset: number; known: boolean } {
  if (!text) return { offset: 0, known: false };
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return { offset: numeric[1] === '-' && minutes > 0 ? -minutes : minutes, known: true }; // -0000: UTC, zone not told
  }
  const named = ZONES[text.toLowerCase()];
  return named === undefined ? { offset: 0, known: false } : { offset: named, known: true };
}

interface Parts {
  year: string;
  month: number;
  day: string;
  hour: string;
  minute: string;
  second: string | undefined;
  zone: string | undefined;
}

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

// Each pattern is a flat sequence without nested repetition, so matching stays linear.
const RFC =
  /(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5}\b)?/i;
// asctime, with the zone before the year (`PST 2001`) or after it (`2001 -0800`, seen in real lines).
const ASCTIME =
  /([a-z]{3,9})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(?:([a-z]{1,5}|[+-]\d{4})\s+)?(\d{4})(?:\s+([+-]\d{4}|[a-z]{1,5}\b))?/i;
const ISO = /(\d{4})-(\d{2})-(\d{2})[T\s]+(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?/i;

/** Each form's pattern and which capture group holds year, month, day, hour, minute, second, zone. */
const FORMS: readonly { pattern: RegExp; groups: readonly number[] }[] = [
  // RFC 5322 first: nearly every header date has that form. An ISO date has no month name, so
  // the RFC pattern cannot match inside one.
  { pattern: RFC, groups: [3, 2, 1, 4, 5, 6, 7] },
  { pattern: ISO, groups: [1, 2, 3, 4, 5, 6, 7] },
  { pattern: ASCTIME, groups: [7, 1, 2, 3, 4, 5, 6] },
];

function split(text: string): Parts | null {
  for (const { pattern, groups } of FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [year, month, day, hour, minute, second, before] = groups.map((g) => m[g]);
    // asctime's zone may follow the year (group 8) instead of preceding it.
    const zone = before ?? (pattern === ASCTIME ? m[8] : undefined);
    const monthNumber = /^\d+$/.test(month!) ? Number(month) : monthIndex(month!);
    if (monthNumber > 0)
      return { year: year!, month: monthNumber, day: day!, hour: hour!, minute: minute!, second, zone };
  }
  return null;
}

/** The longest date text worth reading; anything longer is not a date. */
const MAX_DATE_TEXT = 200;

/** Reads a header date-time; null when there is none to be found. Comments like `(PST)` are ignored. */
export function parseMailDate(input: string): MailDate | null {
  const head = input.slice(0, MAX_DATE_TEXT);
  addWork(head.length);
  const text = head.includes('(') ? head.replace(/\([^()]*\)/g, ' ') : head;
  const parts = split(text);
  if (!parts) return null;
  const [year, day, hour, minute] = [fullYear(parts.year), Number(parts.day), Number(parts.hour), Number(parts.minute)];
  const second = Number(parts.second ?? 0);
  if (parts.month < 1 || parts.month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return null;
  const { offset, known } = zone(parts.zone);
  const local = daysFromCivil(year, parts.month, day) * 86_400 + hour * 3600 + minute * 60 + second;
  return { epochSeconds: local - offset * 60, offsetMinutes: offset, zoneKnown: known };
}
