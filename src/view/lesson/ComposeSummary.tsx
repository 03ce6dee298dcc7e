// Issue 16: once a journey is under way, the compose form yields its room to the picture: one line
// says which email travels, with Edit (back to the form) and, at the end, Send again.
import { useJourney } from '../StoreContext';
import { useT } from '../useT';

export function ComposeSummary() {
  const t = useT();
  const message = useJourney((s) => s.message);
  const finished = useJourney((s) => s.status === 'finished');
  const { reset, send } = useJourney((s) => s.actions);
  const edit = (button: HTMLElement) => {
    const root = button.closest('.ej');
    reset();
    // The form comes back in the next frame: its first field takes the focus the button had.
    requestAnimationFrame(() => root?.querySelector<HTMLElement>('.ej-compose input')?.focus());
  };
  return (
    <section className="ej-card ej-compose-summary" aria-labelledby="ej-compose-summary-heading">
      <h2 id="ej-compose-summary-heading">{t('summary.heading')}</h2>
      <p>
        <span className="ej-summary-route">{t('summary.route', { from: message.from, to: message.to })}</span>
        {message.subject.trim() !== '' && (
          <span className="ej-summary-subject">{t('summary.subject', { subject: message.subject })}</span>
        )}
      </p>
      <div className="ej-buttons">
        <button type="button" className="ej-small" onClick={(e) => edit(e.currentTarget)}>
          {t('summary.edit')}
        </button>
        {finished && (
          <button type="button" className="ej-small" onClick={send}>
            {t('compose.sendAgain')}
          </button>
        )}
      </div>
    </section>
  );
}
