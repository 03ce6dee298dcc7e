// Issue 24: the Missions panel (later tier): the list of offered missions with what is done, or the
// open mission, marked `data-mission="<id>"` (the contract). Keyboard only: every control is a
// button, a radio or a link in the page's order; Close gives focus back to the Missions button.
import { useEffect, useId, useRef, useState } from 'react';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';
import { MissionList } from './MissionList';
import { OpenMission } from './OpenMission';
import './missions.css';

export function MissionPanel() {
  const t = useT();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const mission = useJourney((s) => s.mission);
  const offered = useJourney((s) => s.missionsOffered);
  const done = useJourney((s) => offered.filter((id) => s.missionProgress[id]?.done).length);
  const { showMissions, closeMission } = useJourney((s) => s.actions);
  // The mission last open: back in the list, its button takes the focus.
  const [left, setLeft] = useState<string | null>(null);
  if (mission && mission !== left) setLeft(mission);
  // Opened by the learner's Missions button, the panel takes the focus (it sits below the picture),
  // and a mission opened later from its list gives it to its own title (OpenMission.tsx). Opened by a
  // link or the host page as the page loads, neither takes it: an embedded lesson must not pull the
  // focus (and the scroll) away from the page around it. That mission stays quiet until it is left,
  // also when the panel re-renders (a card's change must keep the focus in the card's dialog).
  const [quiet, setQuiet] = useState(mission);
  if (quiet && mission !== quiet) setQuiet(null);
  useEffect(() => {
    const root = panel.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (root?.activeElement?.matches('[data-missions-toggle]')) heading.current?.focus();
  }, []);
  const close = () => {
    closeMission();
    showMissions(false);
    // Back to the button that opened the panel (in the same root: page, frame or shadow root).
    const root = panel.current?.closest('.ej');
    root?.querySelector<HTMLElement>('[data-missions-toggle]')?.focus();
  };
  return (
    <section
      ref={panel}
      className="ej-card ej-missions"
      aria-labelledby={headingId}
      data-mission={mission ?? undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <div className="ej-missions-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('missions.heading')}
        </h2>
        <p data-missions-done={`${done}/${offered.length}`}>
          {t('missions.progress', { done, total: offered.length })}
        </p>
        <button type="button" className="ej-small" onClick={close}>
          {t('missions.close')}
        </button>
      </div>
      {mission ? <OpenMission id={mission} takeFocus={mission !== quiet} /> : <MissionList returnTo={left} />}
    </section>
  );
}
