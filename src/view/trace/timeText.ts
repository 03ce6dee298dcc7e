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
