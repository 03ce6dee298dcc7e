// The button that opens "Cc, Bcc and options" (MoreOptions.tsx, loaded later), on the To field's label row.
import { useT } from './useT';

export const MORE_ID = 'ej-more-options';

/** The disclosure's button, on the To field's label row: it costs the form no height while closed. */
export function MoreToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="ej-more-toggle"
      aria-expanded={open}
      aria-controls={MORE_ID}
      title={t('compose.more.title')}
      onClick={onToggle}
    >
      {t('compose.more')}
    </button>
  );
}
