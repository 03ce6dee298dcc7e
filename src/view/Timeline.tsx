// Every step of the plan as a list of buttons: a short label (plain words at Beginner, with the protocol
// at Expert); the current one marked; click to jump.
import { memo, useDeferredValue } from 'react';
import type { Step } from '../model';
import { atDepth, type Translate } from '../i18n';
import { stepLabel } from './stepLabel';
import { useJourney } from './StoreContext';
import { useT } from './useT';
import './timeline.css';

type StepState = 'done' | 'current' | 'ahead';

interface ItemProps {
  step: Step;
  state: StepState;
  hidden: boolean;
  expert: boolean;
  /** Both stable (per language, per store), so an item's props change only with its state. */
  t: Translate;
  jumpTo: (index: number) => void;
}

/** One step; redrawn only when its own state changes (two or three of them per step change). */
const TimelineItem = memo(function TimelineItem({ step, state, hidden, expert, t, jumpTo }: ItemProps) {
  const label = hidden ? t('timeline.hidden') : t(atDepth(stepLabel(step), expert ? 'expert' : 'beginner'));
  const name = t({ key: `protocol.${step.protocol}` });
  const protocol = step.port === null ? name : `${name} ${step.port}`;
  return (
    <li data-state={state}>
      <button type="button" aria-current={state === 'current' ? 'step' : undefined} onClick={() => jumpTo(step.index)}>
        <span className="ej-visually-hidden">{t('timeline.step', { n: step.index + 1 })}</span>{' '}
        <span className="ej-timeline-n" aria-hidden="true">
          {step.index + 1}
        </span>{' '}
        <span className="ej-timeline-label">{label}</span>{' '}
        {!hidden && expert && <span className="ej-timeline-protocol">{protocol}</span>}
      </button>
    </li>
  );
});

export function Timeline() {
  const t = useT();
  const plan = useJourney((s) => s.plan);
  // Deferred like the caption: rendered just after the frame in which the step changes.
  const cursor = useDeferredValue(useJourney((s) => s.cursor));
  const checkpoints = useJourney((s) => s.checkpoints);
  const jumpTo = useJourney((s) => s.actions.jumpTo);
  const expert = useJourney((s) => s.depth === 'expert');
  if (!plan) return null;
  return (
    <nav className="ej-card ej-timeline" aria-label={t('timeline.label')}>
      <h3>{t('timeline.heading')}</h3>
      <ol>
        {plan.steps.map((step) => {
          const state = step.index < cursor ? 'done' : step.index === cursor ? 'current' : 'ahead';
          // With checkpoints on, steps ahead stay unnamed so the questions are not given away.
          return (
            <TimelineItem
              key={step.index}
              step={step}
              state={state}
              hidden={checkpoints && state === 'ahead'}
              expert={expert}
              t={t}
              jumpTo={jumpTo}
            />
          );
        })}
      </ol>
    </nav>
  );
}
