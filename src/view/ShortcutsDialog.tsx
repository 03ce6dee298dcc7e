// The "?" dialog: every keyboard shortcut, in one list (the one keyboard-help home).
import { Dialog } from './Dialog';
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
  return (
    <Dialog title={t('shortcuts.title')} closeLabel={t('shortcuts.close')} onClose={onClose}>
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
    </Dialog>
  );
}
