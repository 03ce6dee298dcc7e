// Presentation helpers: simulated durations in words a learner reads at a glance, in their language.

/**
 * Intl formatters are slow to build (a millisecond or more on a slow laptop) and fast to use, and
 * a step change formats several values: build each one once per language and options.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

function unit(lang: string, value: number, name: 'millisecond' | 'second' | 'minute' | 'hour'): string {
  const options = { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 1 } as const;
  return cached(`n|${lang}|${name}`, () => new Intl.NumberFormat(lang, options)).format(value);
}

/** 25 ms, 1.9 s, 5 min, 2 h (or 1,9 Sek. in German). */
export function duration(ms: number, lang = 'en'): string {
  if (ms < 1000) return unit(lang, Math.round(ms), 'millisecond');
  if (ms < 60_000) return unit(lang, Math.round(ms / 100) / 10, 'second');
  if (ms < 3_600_000) return unit(lang, Math.round(ms / 60_000), 'minute');
  return unit(lang, Math.round(ms / 360_000) / 10, 'hour');
}

/** Wall-clock time of a simulated moment in a fixed UTC offset, in the reader's language (10:30:05). */
export function clockTime(epochSeconds: number, offsetMinutes: number, lang = 'en'): string {
  // Etc/GMT zones count the other way round: UTC+1 is Etc/GMT-1.
  const hours = offsetMinutes / 60;
  const timeZone = hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  const options = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone } as const;
  return cached(`d|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(lang, options)).format(epochSeconds * 1000);
}

/**
 * Builds the formatters a journey uses while the browser is idle, so the first step after Send
 * does not pay for them (building a date formatter took the longest frame of a journey).
 */
export function warmFormatters(lang: string, offsetsMinutes: readonly number[]): void {
  for (const offset of offsetsMinutes) clockTime(0, offset, lang);
  for (const ms of [1, 1000, 60_000, 3_600_000]) duration(ms, lang);
}
