// Presentation helpers: simulated durations and clock times in words a learner reads at a glance,
// in their language.
//
// Why not Intl: the first Intl formatter a page builds starts ICU, which took 20–50 ms on this
// machine (80–200 ms on a slow laptop), the longest task of start-up. The units and separators
// are catalogue strings instead (unit.*, number.*), so a translator sets them with the rest.
import { t } from '../i18n';

type Unit = 'millisecond' | 'second' | 'minute' | 'hour';

/**
 * A size in tenths, rounded half away from zero on the shortest decimal that names it, as Intl
 * does: 0.15 → 2 and 123.14999999999999 → 1231, where arithmetic on the binary value would give
 * 1 and 1232.
 */
function tenthsOf(size: number): number {
  const text = String(size);
  if (text.includes('e')) return Math.round(size * 10); // below a millionth or above 1e21: no tie near
  const [whole = '0', fraction = ''] = text.split('.');
  const tenths = Number(whole + (fraction[0] ?? '0'));
  return (fraction[1] ?? '0') >= '5' ? tenths + 1 : tenths;
}

/** 1234.56 → "1,234.6" in English, "1.234,6" in German: at most one decimal, grouped thousands. */
export function decimal(value: number, lang = 'en'): string {
  const tenths = tenthsOf(Math.abs(value));
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, t('number.group', {}, lang));
  const fraction = tenths % 10 ? `${t('number.decimal', {}, lang)}${tenths % 10}` : '';
  return `${value < 0 && tenths > 0 ? '-' : ''}${whole}${fraction}`;
}

/** A value in a unit's short form ("1.9 sec", "1,9 Sek."). */
export function unit(lang: string, value: number, name: Unit): string {
  return t(`unit.${name}`, { n: decimal(value, lang) }, lang);
}

/** 25 ms, 1.9 sec, 5 min, 2 hr (or 1,9 Sek. in German). */
export function duration(ms: number, lang = 'en'): string {
  const size = Math.abs(ms);
  if (size < 1000) return unit(lang, Math.round(ms), 'millisecond');
  if (size < 60_000) return unit(lang, Math.round(ms / 100) / 10, 'second');
  if (size < 3_600_000) return unit(lang, Math.round(ms / 60_000), 'minute');
  return unit(lang, Math.round(ms / 360_000) / 10, 'hour');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Wall-clock time of a simulated moment in a fixed UTC offset (10:30:05). Both languages write
 * the 24-hour clock as HH:MM:SS; a language that does not would add a catalogue pattern here.
 */
export function clockTime(epochSeconds: number, offsetMinutes: number): string {
  const local = new Date((epochSeconds + offsetMinutes * 60) * 1000);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}
