// Polite notices about configuration values we could not use (from the URL or attributes).
import { useState } from 'react';
import { useT } from './useT';

/** A configuration value that could not be used, and what was used instead. */
export interface Notice {
  key: string;
  value: string;
  fallback: string;
  /** Catalogue key of a hint on valid values. */
  hint: string;
}

export function Notices({ notices }: { notices: readonly Notice[] }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <aside className="ej-card ej-notices" role="status" aria-labelledby="ej-notices-heading">
      <h2 id="ej-notices-heading">{t('notice.heading')}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.key}>
            {t('notice.badValue', {
              key: n.key,
              value: n.value === '' ? t('notice.emptyValue') : n.value,
              fallback: n.fallback,
              hint: t({ key: n.hint }),
            })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </aside>
  );
}
