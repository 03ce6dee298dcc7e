// "Copy table": the hops as tab-separated text, with the text shown to copy by hand when refused.
import { useCopy } from '../useCopy';
import { useT } from '../useT';

export function CopyTable({ text }: { text: () => string }) {
  const t = useT();
  const [state, copy] = useCopy();
  return (
    <div className="ejt-copy">
      <button type="button" className="ej-small" onClick={() => void copy(text())}>
        {t('trace.table.copy')}
      </button>
      <span role="status">
        {state === 'copied' ? t('trace.table.copied') : state === 'failed' ? t('trace.table.copyManual') : ''}
      </span>
      {state === 'failed' && (
        <textarea
          readOnly
          value={text()}
          aria-label={t('trace.table.copyField')}
          rows={4}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
