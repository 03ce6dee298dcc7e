// Polite notices about configuration values we could not use (from the URL, attributes or the frame's origin).
import { Fragment, useState, type ReactNode } from 'react';
import type { Translate } from '../i18n';
import { useT } from './useT';
import './detail.css';

/** A configuration value that could not be used, and what was used instead. */
export interface Notice {
  key: string;
  /** As it came (shortened when huge): it is shown with its invisible characters written out. */
  value: string;
  fallback: string;
  /** Catalogue key of a hint on valid values. */
  hint: string;
}

/** Invisible characters that could hide or reorder text: controls, bidi marks and overrides, separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * A value from outside (URL, attribute, frame origin) as a notice shows it: every invisible or bidi
 * control character written out (`<U+202E>`), so none can hide text or reorder the sentence.
 */
export const visible = (raw: string): string =>
  raw.replace(INVISIBLE, (char) => `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);

/** Marks a placeholder in the translated sentence, so the values can be put in as isolated elements. */
const slot = (name: string) => `\uE000${name}\uE001`;

/**
 * The notice's sentence with the outside value and the fallback each in a <bdi>: whatever
 * direction their characters have, they never reorder the words around them.
 */
function sentence(t: Translate, n: Notice): ReactNode[] {
  const values: Record<string, string> = {
    value: n.value === '' ? t('notice.emptyValue') : visible(n.value),
    fallback: visible(n.fallback),
  };
  const text = t('notice.badValue', {
    key: n.key,
    value: slot('value'),
    fallback: slot('fallback'),
    hint: t({ key: n.hint }),
  });
  return text
    .split(/\uE000(\w+)\uE001/)
    .map((part, i) => (i % 2 === 1 ? <bdi key={i}>{values[part]}</bdi> : <Fragment key={i}>{part}</Fragment>));
}

export function Notices({ notices }: { notices: readonly Notice[] }) {
  const t = useT();
  // Dismissing hides these notices; a new set (an attribute changed again) is shown afresh.
  const [dismissed, setDismissed] = useState<readonly Notice[] | null>(null);
  if (dismissed === notices || notices.length === 0) return null;
  return (
    <aside className="ej-card ej-notices" role="status" aria-labelledby="ej-notices-heading">
      <h2 id="ej-notices-heading">{t('notice.heading')}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.key}>{sentence(t, n)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(notices)}>
        {t('notice.dismiss')}
      </button>
    </aside>
  );
}
