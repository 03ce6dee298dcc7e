// How trace times read on screen: delays in words, and UTC clock times with their date.
import type { MailDate } from '../../model/trace';
import { duration, unit } from '../format';

/** 0 sec, 2 sec, 6 min, 1.5 hr: header times have whole seconds, so never milliseconds. */
export function delayText(seconds: number, lang: string): string {
  return Math.abs(seconds) < 60 ? unit(lang, seconds, 'second') : duration(seconds * 1000, lang);
}

/** 2025-01-14 09:30:05, always UTC, so rows from different zones line up. */
export function utcText(date: MailDate | null): string {
  if (!date) return '';
  return new Date(date.epochSeconds * 1000).toISOString().replace('T', ' ').slice(0, 19);
}

/**
 * One formatter per language, made on the first local time it shows and kept: a table of thousands
 * of hops formats each row's time with it. Western digits in every language (`-u-nu-latn`), as the
 * catalogues write them, so an Arabic page's times match its codes and durations.
 */
const localFormats = new Map<string, Intl.DateTimeFormat | null>();
function localFormat(lang: string): Intl.DateTimeFormat | null {
  if (!localFormats.has(lang)) {
    let made: Intl.DateTimeFormat | null = null;
    try {
      // dateStyle cannot be combined with timeZoneName: the fields are named one by one.
      made = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZoneName: 'short',
      });
    } catch {
      // An engine without this language's data: the UTC time beside it still says when.
    }
    localFormats.set(lang, made);
  }
  return localFormats.get(lang) ?? null;
}

/** The same moment in the reader's own time zone, with the zone's name, beside the UTC time. */
export function localText(date: MailDate | null, lang: string): string {
  if (!date) return '';
  try {
    return localFormat(lang)?.format(new Date(date.epochSeconds * 1000)) ?? '';
  } catch {
    return '';
  }
}
