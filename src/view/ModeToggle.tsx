// The Same domain / Cross domain switch; choosing rewrites the recipient's address.
import type { Mode } from '../model';
import { selectMode } from '../store/journeyStore';
import { useJourney } from './StoreContext';
import { useT } from './useT';

const MODES: Mode[] = ['cross-domain', 'same-domain'];

export function ModeToggle({ disabled }: { disabled: boolean }) {
  const t = useT();
  const mode = useJourney(selectMode);
  const setMode = useJourney((s) => s.actions.setMode);
  return (
    <fieldset className="ej-mode" disabled={disabled}>
      <legend>{t('mode.legend')}</legend>
      {MODES.map((m) => (
        <label key={m} className="ej-mode-option" data-mode={m}>
          <input type="radio" name="ej-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
          <span className="ej-mode-name">{t(`mode.${m}`)}</span>
          <span className="ej-mode-hint">{t(`mode.${m}.hint`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
