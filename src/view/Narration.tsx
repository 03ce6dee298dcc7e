// The caption of the current step, the steps so far, and the polite live region that announces them.
// Issue 16: the caption is chosen by depth (atDepth), reports its reading time to the store, and the
// common mix-up shows while the journey stands still, with Next when the pace waits for the learner.
import { useDeferredValue, useEffect } from 'react';
import { isKnown } from '../i18n';
import { zoneOffset, type Text } from '../model';
import { clockTime, duration } from './format';
import { shownText, wordCount } from './lesson/captionWords';
import { NextButton } from './NextButton';
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
  const depth = useJourney((s) => s.depth);
  const expert = depth === 'expert';
  const setReading = useJourney((s) => s.actions.setReading);
  const senderDomain = useJourney((s) => s.scenario?.sender.domain ?? '');
  const total = plan?.steps.length ?? 0;
  const finished = status === 'finished' && plan;
  const port = expert && step?.port != null ? t('narration.port', { port: step.port }) : null;
  const protocol = expert && step ? t({ key: `protocol.${step.protocol}` }) : null;
  // The step line and clock are journey words too (en-journey.ts): shown once they are in.
  const worded = step !== null && isKnown('narration.stepOf', lang);
  const meta = worded
    ? [t('narration.stepOf', { n: cursor + 1, total }), protocol, port].filter(Boolean).join(' · ')
    : '';
  const time = step ? clockTime(step.endsAt, zoneOffset(senderDomain)) : '';
  const clock = !worded
    ? ''
    : step.simulatedMs > 0
      ? t('narration.clock', { time, took: duration(step.simulatedMs, lang) })
      : t('narration.clockStart', { time });
  // The journey's words arrive just after the first screen; until then a caption stays empty
  // rather than showing a catalogue key.
  const say = (text: Text | null | undefined) => shownText(text, depth, lang, t);
  const caption = step ? say(step.caption) : t('narration.idle');
  const outcome = finished ? say({ key: `outcome.${plan.outcome}` }) : '';
  // The mix-up is read while the journey stands still, never as a flash during playback, and not
  // while a question waits (it would push the question out of its box, and may give its answer away).
  const asking = useJourney((s) => s.pending !== null);
  const still = status !== 'playing' && !asking;
  const myth = still && step?.myth ? say(step.myth) : '';
  useEffect(() => {
    if (step && caption) setReading(step.index, wordCount(caption));
  }, [step, caption, setReading]);
  // Announced once per step (this text changes only when the cursor or status does).
  const announcement = finished ? `${outcome}. ${say(plan.summary)}` : step ? `${meta}. ${caption}` : '';
  return (
    // `part`: a host page can style the caption card, e.g. a worksheet leaves it out (lesson.css).
    <section className="ej-card ej-narration" part="narration" aria-labelledby="ej-narration-heading">
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
      {myth && (
        <aside className="ej-myth" aria-label={t('myth.heading')}>
          <strong>{t('myth.heading')}: </strong>
          {myth}
        </aside>
      )}
      <NextButton />
      <div className="ej-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </section>
  );
}
