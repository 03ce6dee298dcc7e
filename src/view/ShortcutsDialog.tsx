// The "?" dialog: every keyboard shortcut, in one list (the one keyboard-help home).
import { useEffect, useRef } from 'react';
import { useT } from './useT';

const SHORTCUTS = [
  ['shortcuts.key.space', 'shortcuts.playPause'],
  ['shortcuts.key.right', 'shortcuts.forward'],
  ['shortcuts.key.left', 'shortcuts.back'],
  ['shortcuts.key.home', 'shortcuts.first'],
  ['shortcuts.key.end', 'shortcuts.last'],
  ['shortcuts.key.help', 'shortcuts.help'],
] as const;

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <div className="ej-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="ej-shortcuts-title"
        className="ej-dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === 'Tab') {
            // One control inside: Tab stays on it, Escape closes.
            e.preventDefault();
            if (e.key === 'Escape') onClose();
          }
        }}
      >
        <h2 id="ej-shortcuts-title">{t('shortcuts.title')}</h2>
        <dl>
          {SHORTCUTS.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{t(key)}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
        <p className="ej-legend">{t('shortcuts.note')}</p>
        <button type="button" ref={close} onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </div>
  );
}
