// Issue 16: with pace=step the journey waits after each step; this says so and offers Next (Space, →).
import { useJourney } from './StoreContext';
import { useT } from './useT';

export function NextButton() {
  const t = useT();
  const waiting = useJourney(
    (s) => s.pace === 'step' && s.status === 'paused' && s.progress >= 1 && s.pending === null,
  );
  const stepForward = useJourney((s) => s.actions.stepForward);
  if (!waiting) return null;
  return (
    <p className="ej-next">
      <span>{t('pace.waiting')}</span>{' '}
      <button type="button" className="ej-primary" onClick={stepForward} aria-keyshortcuts="Space ArrowRight">
        {t('pace.next')}
      </button>
    </p>
  );
}
