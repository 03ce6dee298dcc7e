// The caption of the current step, the steps so far, and the polite live region that announces them.
import { zoneOffset } from '../model';
import { selectStep } from '../store/journeyStore';
import { clockTime, duration } from './format';
import { useJourney } from './StoreContext';
import { useLang, useT } from './useT';

export function Narration() {
  const t = useT();
  const lang = useLang();
  const plan = useJourney((s) => s.plan);
  const cursor = useJourney((s) => s.cursor);
  const status = useJourney((s) => s.status);
  const step = useJourney(selectStep);
  const expert = useJourney((s) => s.depth === 'expert');
  const senderDomain = useJourney((s) => s.scenario?.sender.domain ?? '');
  const total = plan?.steps.length ?? 0;
  const finished = status === 'finished' && plan;
  const port = expert && step?.port != null ? t('narration.port', { port: step.port }) : null;
  const meta = step
    ? [t('narration.stepOf', { n: cursor + 1, total }), t({ key: `protocol.${step.protocol}` }), port]
        .filter(Boolean)
        .join(' · ')
    : '';
  const time = step ? clockTime(step.endsAt, zoneOffset(senderDomain), lang) : '';
  const clock = !step
    ? ''
    : step.simulatedMs > 0
      ? t('narration.clock', { time, took: duration(step.simulatedMs, lang) })
      : t('narration.clockStart', { time });
  const caption = step ? t(step.caption) : t('narration.idle');
  // Announced once per step (this text changes only when the cursor or status does).
  const announcement = finished
    ? `${t(`outcome.${plan.outcome}`)}. ${t(plan.summary)}`
    : step
      ? `${meta}. ${caption}`
      : '';
  return (
    <section className="ej-narration" aria-labelledby="ej-narration-heading">
      <h2 id="ej-narration-heading" className="ej-visually-hidden">
        {t('narration.heading')}
      </h2>
      {finished && (
        <p className="ej-outcome" data-outcome={plan.outcome}>
          <strong>{t(`outcome.${plan.outcome}`)}</strong> {t(plan.summary)}
        </p>
      )}
      {meta && <p className="ej-step-meta">{meta}</p>}
      <p className="ej-caption">{caption}</p>
      {clock && <p className="ej-clock">{clock}</p>}
      {step?.myth && (
        <aside className="ej-myth" aria-label={t('myth.heading')}>
          <strong>{t('myth.heading')}: </strong>
          {t(step.myth)}
        </aside>
      )}
      <div className="ej-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </section>
  );
}
