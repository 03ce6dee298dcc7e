// Issue 16: the teacher's "Lesson settings" menu button. Its panel (SettingsPanel.tsx) comes with the
// later tier: opened before that is in, it appears as soon as it is.
import { useEffect, useId, useRef, useState } from 'react';
import { useAskLater, useLater } from '../LaterContext';
import { useT } from '../useT';

/** The menu button and its panel; Escape or a second press closes it and gives focus back. */
export function LessonSettings() {
  const t = useT();
  const later = useLater();
  const askLater = useAskLater();
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
        onClick={() => {
          setOpen(!open);
          askLater();
        }}
      >
        {t('settings.open')}
      </button>
      {open && later && <later.SettingsPanel id={id} />}
    </div>
  );
}
