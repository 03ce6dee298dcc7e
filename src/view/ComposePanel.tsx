// The compose form: Send first (the page's one first action, issue 16), then the message, the mode switch
// and the scenario, all filled in already.
import { PresetSelect, RetrievalChoice } from './Choices';
import { Field } from './Field';
import { ModeToggle } from './ModeToggle';
import { useJourney } from './StoreContext';
import { useT } from './useT';

export function ComposePanel() {
  const t = useT();
  const status = useJourney((s) => s.status);
  const canPlan = useJourney((s) => s.plan !== null);
  const firstError = useJourney((s) => Object.values(s.errors)[0]);
  const { send, reset } = useJourney((s) => s.actions);
  const onTheWay = status === 'playing' || status === 'paused';
  const blocked = !canPlan && firstError;
  return (
    <section className="ej-card ej-compose" aria-labelledby="ej-compose-heading">
      <h2 id="ej-compose-heading">{t('compose.heading')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <div className="ej-buttons">
          <button
            type="submit"
            className="ej-primary"
            disabled={onTheWay || !canPlan}
            aria-describedby={blocked ? 'ej-send-reason' : undefined}
          >
            {t(status === 'finished' ? 'compose.sendAgain' : 'compose.send')}
          </button>
          <button type="button" onClick={reset} disabled={status === 'idle'}>
            {t('compose.reset')}
          </button>
        </div>
        <fieldset className="ej-fields" disabled={onTheWay}>
          <Field name="from" />
          <Field name="to" />
          <Field name="subject" />
          <Field name="body" multiline />
        </fieldset>
        <ModeToggle disabled={onTheWay} />
        <RetrievalChoice disabled={onTheWay} />
        <PresetSelect disabled={onTheWay} />
        {onTheWay && (
          <p className="ej-locked" role="note">
            {t('compose.locked')}
          </p>
        )}
        {blocked && (
          <p id="ej-send-reason" className="ej-error">
            {t('compose.sendBlocked', { reason: t(firstError) })}
          </p>
        )}
      </form>
    </section>
  );
}
