// How trace times read on screen: delays in words, and UTC clock times with their date.
import type { MailDate } from '../../model/trace';
import { duration } from '../format';

/** 0 s, 2 s, 6 min, 1.5 h: header times have whole seconds, so never milliseconds. */
export function delayText(seconds: number, lang: string): string {
  if (seconds >= 60) return duration(seconds * 1000, lang);
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(seconds);
}

/** 2025-01-14 09:30:05, always UTC, so rows from different zones line up. */
export function utcText(date: MailDate | null): string {
  if (!date) return '';
  return new Date(date.epochSeconds * 1000).toISOString().replace('T', ' ').slice(0, 19);
}
