// A prediction question before a key step (checkpoints=1): choose, see whether you were right and why
// (feedback of its own for each choice), go on.
import { useEffect, useRef } from 'react';
import { useJourney } from './StoreContext';
import { useT } from './useT';
import './detail.css';
import '../i18n/detail';

export function CheckpointCard() {
  const t = useT();
  const pending = useJourney((s) => s.pending);
  const checkpoint = useJourney((s) => (s.pending === null ? null : (s.plan?.steps[s.pending]?.checkpoint ?? null)));
  const given = useJourney((s) => (s.pending === null ? undefined : s.answers[s.pending]));
  const { answer, proceed } = useJourney((s) => s.actions);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending !== null) heading.current?.focus({ preventScroll: true });
  }, [pending]);
  useEffect(() => {
    if (given) next.current?.focus({ preventScroll: true });
  }, [given]);
  if (pending === null || !checkpoint) return null;
  return (
    <section className="ej-checkpoint" aria-labelledby="ej-checkpoint-q" data-checkpoint={checkpoint.id}>
      <h3 id="ej-checkpoint-q" tabIndex={-1} ref={heading}>
        <span className="ej-checkpoint-tag">{t('checkpoint.tag')}</span> {t(checkpoint.question)}
      </h3>
      <ul className="ej-choices">
        {checkpoint.choices.map((choice, i) => {
          const chosen = given?.choice === i;
          const right = given && i === checkpoint.correct;
          return (
            <li key={i}>
              <button
                type="button"
                onClick={() => answer(i)}
                disabled={Boolean(given)}
                aria-pressed={chosen}
                data-result={given ? (right ? 'right' : chosen ? 'wrong' : undefined) : undefined}
              >
                {t(choice)}
                {given && right && <span className="ej-result"> ✓ {t('checkpoint.right')}</span>}
                {given && chosen && !right && <span className="ej-result"> ✗ {t('checkpoint.notThis')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {given && (
        <div className="ej-feedback" role="status" data-feedback={given.correct ? 'right' : 'wrong'}>
          <p>
            <strong>{t(given.correct ? 'checkpoint.correct' : 'checkpoint.incorrect')}</strong>{' '}
            {t(checkpoint.feedback[given.choice] ?? checkpoint.explanation)}
          </p>
          {!given.correct && <p>{t(checkpoint.explanation)}</p>}
        </div>
      )}
      <button type="button" ref={next} className={given ? 'ej-primary' : 'ej-small'} onClick={proceed}>
        {t(given ? 'checkpoint.continue' : 'checkpoint.skip')}
      </button>
    </section>
  );
}
