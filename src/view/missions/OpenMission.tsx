// Issue 24: one open mission: its goal, the hints taken so far (each one counted), the Sends, its
// question if it asks one, and once the model says the goal is reached, what it shows. Success is
// announced to screen readers by the status line, which is always on the page.
import { useEffect, useId, useRef } from 'react';
import { atDepth } from '../../i18n';
import { missionFor, type Mission } from '../../model/engine';
import { NO_PROGRESS } from '../../store/journeyStore';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';

function Question({ mission, answer }: { mission: Mission; answer: number | null }) {
  const t = useT();
  const name = useId();
  const answerMission = useJourney((s) => s.actions.answerMission);
  const done = useJourney((s) => s.missionProgress[mission.id]?.done === true);
  if (!mission.question) return null;
  const choices = Array.from({ length: mission.question.choices }, (_, i) => i);
  return (
    <fieldset className="ej-mission-question" disabled={done}>
      <legend>{t({ key: `mission.${mission.id}.question` })}</legend>
      {choices.map((i) => (
        <label key={i} className="ej-check">
          <input type="radio" name={name} checked={answer === i} onChange={() => answerMission(i)} />
          <span>{t({ key: `mission.${mission.id}.choice.${i + 1}` })}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** What the status line says: success, a missed goal after a journey, a wrong answer, or nothing. */
function useStatusLine(mission: Mission): string {
  const t = useT();
  const progress = useJourney((s) => s.missionProgress[mission.id] ?? NO_PROGRESS);
  const finished = useJourney((s) => s.status === 'finished');
  if (progress.done) return t('missions.success', { title: t({ key: `mission.${mission.id}.title` }) });
  if (mission.question && progress.answer !== null && progress.answer !== mission.question.correct)
    return t('missions.wrong');
  if (finished && progress.attempts > 0 && (!mission.question || progress.answer !== null)) return t('missions.notYet');
  return '';
}

/** `takeFocus`: opened by the learner from the list, the mission's title takes the focus. */
export function OpenMission({ id, takeFocus }: { id: string; takeFocus: boolean }) {
  const mission = missionFor(id);
  return mission ? <MissionBody mission={mission} takeFocus={takeFocus} /> : null;
}

function MissionBody({ mission, takeFocus }: { mission: Mission; takeFocus: boolean }) {
  const t = useT();
  const { id } = mission;
  const heading = useRef<HTMLHeadingElement>(null);
  const progress = useJourney((s) => s.missionProgress[id] ?? NO_PROGRESS);
  const depth = useJourney((s) => s.depth);
  const { takeHint, closeMission } = useJourney((s) => s.actions);
  const status = useStatusLine(mission);
  // Opening a mission moves focus to its title, so a screen reader reads where the learner is.
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [id, takeFocus]);
  const hints = Array.from({ length: progress.hints }, (_, i) => i + 1);
  return (
    <div className="ej-mission">
      <h3 ref={heading} tabIndex={-1}>
        {t({ key: `mission.${id}.title` })}
      </h3>
      <p>
        <strong>{t('missions.goal')}:</strong> {t({ key: `mission.${id}.goal` })}
      </p>
      <p className="ej-mission-counts">
        <span data-attempts={progress.attempts}>{t('missions.attempts', { n: progress.attempts })}</span>
        {' · '}
        <span data-hints={progress.hints}>{t('missions.hintsUsed', { n: progress.hints, total: mission.hints })}</span>
      </p>
      {hints.length > 0 && (
        <ol className="ej-mission-hints" aria-label={t('missions.hintHeading')}>
          {hints.map((n) => (
            <li key={n}>{t({ key: `mission.${id}.hint.${n}` })}</li>
          ))}
        </ol>
      )}
      {progress.hints < mission.hints && !progress.done && (
        <button type="button" className="ej-small" onClick={takeHint}>
          {t('missions.hint')}
        </button>
      )}
      <Question mission={mission} answer={progress.answer} />
      <p role="status" className={progress.done ? 'ej-mission-success' : 'ej-mission-status'}>
        {status}
      </p>
      {progress.done && (
        <div className="ej-mission-learned">
          <h4>{t('missions.learned')}</h4>
          <p>{t(atDepth({ key: `mission.${id}.done` }, depth))}</p>
        </div>
      )}
      <button type="button" className="ej-small" onClick={closeMission}>
        {t('missions.back')}
      </button>
    </div>
  );
}
