// The caption of the current step, the steps so far, and the polite live region that announces them.
import { useDeferredValue } from 'react';
import { zoneOffset } from '../model';
import { isKnown } from '../i18n';
import { clockTime, duration } from './format';
import { useJourney } from './StoreContext';
import { useLang, useT } from './useT';

export function Narration() {
  const t = useT();
  const lang = useLang();
  const plan = useJourney((s) => s.plan);
  // Deferred: the picture moves on in the frame the step changes; the words follow a frame later,
  // rendered in slices, so a slow laptop never drops a frame at a step change.
  const cursor = useDeferredValue(useJourney((s) => s.cursor));
  const status = useDeferredValue(useJourney((s) => s.status));
  const step = plan?.steps[cursor] ?? null;
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
  const time = step ? clockTime(step.endsAt, zoneOffset(senderDomain)) : '';
  const clock = !step
    ? ''
    : step.simulatedMs > 0
      ? t('narration.clock', { time, took: duration(step.simulatedMs, lang) })
      : t('narration.clockStart', { time });
  // The journey's words arrive just after the first screen; until then a caption stays empty
  // rather than showing a catalogue key.
  const say = (text: { key: string } | null | undefined) => (text && isKnown(text.key, lang) ? t(text) : '');
  const caption = step ? say(step.caption) : t('narration.idle');
  const outcome = finished ? say({ key: `outcome.${plan.outcome}` }) : '';
  // Announced once per step (this text changes only when the cursor or status does).
  const announcement = finished ? `${outcome}. ${say(plan.summary)}` : step ? `${meta}. ${caption}` : '';
  return (
    <section className="ej-card ej-narration" aria-labelledby="ej-narration-heading">
      <h2 id="ej-narration-heading" className="ej-visually-hidden">
        {t('narration.heading')}
      </h2>
      {finished && (
        <p className="ej-outcome" data-outcome={plan.outcome}>
          <strong>{outcome}</strong> {say(plan.summary)}
        </p>
      )}
      {meta && <p className="ej-step-meta">{meta}</p>}
      <p className="ej-caption" data-caption={step ? step.id : 'idle'}>
        {caption}
      </p>
      {clock && <p className="ej-clock">{clock}</p>}
      {step?.myth && isKnown(step.myth.key, lang) && (
        <aside className="ej-myth" aria-label={t('myth.heading')}>
          <strong>{t('myth.heading')}: </strong>
          {say(step.myth)}
        </aside>
      )}
      <div className="ej-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </section>
  );
}
