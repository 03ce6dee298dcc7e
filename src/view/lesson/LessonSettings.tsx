// Issue 16: the teacher's "Lesson settings" menu button. Its panel (SettingsPanel.tsx) is a chunk of
// its own, not part of the first load: fetched while the browser is idle (App.tsx), or when the menu
// is opened before that.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { withStyles } from '../laterStyles';
import { useT } from '../useT';

export const loadSettingsPanel = () => withStyles(import('./SettingsPanel'));
const SettingsPanel = lazy(() => loadSettingsPanel().then((m) => ({ default: m.SettingsPanel })));

/** The menu button and its panel; Escape or a second press closes it and gives focus back. */
export function LessonSettings() {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const here = wrap.current;
    here?.addEventListener('keydown', onKey);
    return () => here?.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="ej-settings" ref={wrap}>
      <button
        type="button"
        className="ej-small"
        ref={button}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('settings.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SettingsPanel id={id} />
        </Suspense>
      )}
    </div>
  );
}
