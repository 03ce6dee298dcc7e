// Issue 16: at the end of a journey with prediction questions, the score and each question's answer.
import { useJourney } from './StoreContext';
import { useT } from './useT';
import './detail.css';
import '../i18n/detail';

export function Recap() {
  const t = useT();
  const plan = useJourney((s) => s.plan);
  const answers = useJourney((s) => s.answers);
  const finished = useJourney((s) => s.status === 'finished');
  const asked = plan?.steps.filter((step) => step.checkpoint) ?? [];
  if (!finished || asked.length === 0) return null;
  const right = asked.filter((step) => answers[step.index]?.correct).length;
  return (
    <section className="ej-card ej-recap" aria-labelledby="ej-recap-heading" data-recap={`${right}/${asked.length}`}>
      <h2 id="ej-recap-heading">{t('recap.heading')}</h2>
      <p className="ej-recap-score">
        <strong>{t('recap.score', { right, total: asked.length })}</strong>
      </p>
      <ol>
        {asked.map((step) => {
          const checkpoint = step.checkpoint!;
          const given = answers[step.index];
          const verdict = !given ? 'skipped' : given.correct ? 'right' : 'wrong';
          const correct = checkpoint.choices[checkpoint.correct];
          return (
            <li key={step.index} data-checkpoint={checkpoint.id} data-result={verdict}>
              <p>
                <strong>{t(`recap.${verdict}`)}:</strong> {t(checkpoint.question)}
              </p>
              {given && !given.correct && (
                <p>{t('recap.yours', { choice: t(checkpoint.choices[given.choice] ?? checkpoint.question) })}</p>
              )}
              {correct && <p>{t('recap.answer', { choice: t(correct) })}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
