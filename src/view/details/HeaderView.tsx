// The message header as it stands after the current step, newest field on top; new fields marked.
import { useState } from 'react';
import type { HeaderField } from '../../model';
import { useT } from '../useT';

const asText = (h: HeaderField) => `${h.name}: ${h.value}`.replace(/\r\n/g, '\n');

export function HeaderView({
  headers,
  previous,
  raw,
}: {
  headers: readonly HeaderField[];
  previous: readonly HeaderField[];
  raw: string;
}) {
  const t = useT();
  const [original, setOriginal] = useState(false);
  const before = new Set(previous);
  return (
    <div>
      <p className="ej-legend">{t('details.headersIntro')}</p>
      <button type="button" className="ej-small" aria-pressed={original} onClick={() => setOriginal(!original)}>
        {t(original ? 'details.hideOriginal' : 'details.showOriginal')}
      </button>
      {original ? (
        <pre className="ej-raw" tabIndex={0} aria-label={t('details.original')}>
          {raw}
        </pre>
      ) : (
        <ul className="ej-headers">
          {headers.map((h, i) => {
            const fresh = !before.has(h);
            return (
              <li key={`${h.name}-${i}`} data-new={fresh || undefined} data-field={h.name}>
                {fresh && <span className="ej-badge">{t('details.new')}</span>}
                <code>{asText(h)}</code>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
