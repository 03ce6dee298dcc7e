// Simulated Internet time: a fixed start (so every run is the same) and RFC 5322 date-times.

/** The moment Alice presses Send: Tue, 14 Jan 2025 10:30:00 +0100 (09:30:00 UTC). */
export const START_EPOCH_SECONDS = 1_736_847_000;

const DAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']; // 1 Jan 1970 was a Thursday
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Civil date from days since 1970-01-01 (Howard Hinnant's algorithm), so the model needs no Date. */
function civil(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `Tue, 14 Jan 2025 10:30:00 +0100`: RFC 5322 §3.3 date-time with a numeric offset. */
export function rfc5322Date(epochSeconds: number, offsetMinutes: number): string {
  const local = Math.floor(epochSeconds) + offsetMinutes * 60;
  const days = Math.floor(local / 86_400);
  const secondsOfDay = local - days * 86_400;
  const { year, month, day } = civil(days);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const time = `${pad(Math.floor(secondsOfDay / 3600))}:${pad(Math.floor((secondsOfDay % 3600) / 60))}:${pad(secondsOfDay % 60)}`;
  return `${DAYS[((days % 7) + 7) % 7]}, ${day} ${MONTHS[month - 1]} ${year} ${time} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

export { zoneOffset } from './directory';

/** When the reader's IMAP app logged in and began to idle: a few minutes before Alice presses Send,
 *  so that IDLE can honestly announce the message when it is filed (RFC 2177). */
export const IDLE_SINCE_SECONDS = START_EPOCH_SECONDS - 140;

/** The wall-clock part of a date-time, `10:27:40`, for captions and notes. */
export const clockOf = (epochSeconds: number, offsetMinutes: number): string =>
  rfc5322Date(epochSeconds, offsetMinutes).split(' ')[4] ?? '';
