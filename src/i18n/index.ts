// Looks up catalogue strings and fills their {placeholders}; the only place views get text from.
import type { Text } from '../model/types';
import { en, type MessageKey } from './en';

export type Catalogue = Readonly<Record<string, string>>;

const catalogues: Record<string, Catalogue> = { en };

export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Translate a catalogue key (views) or a model Text. Unknown keys show the key, never crash. */
export function t(key: MessageKey | Text, params?: Readonly<Record<string, string | number>>, lang = 'en'): string {
  const text = typeof key === 'string' ? { key, params } : key;
  const catalogue: Catalogue = catalogues[lang] ?? en;
  const template = catalogue[text.key] ?? (en as Catalogue)[text.key] ?? text.key;
  return format(template, text.params ?? {});
}

export function hasMessage(key: string): boolean {
  return key in en;
}
