// Issue 24: the missions the teacher offers, in order, each marked done or to do.
import { useEffect, useRef } from 'react';
import type { MissionId } from '../../model';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';

/** `returnTo`: the mission just left, whose button takes the focus back. */
export function MissionList({ returnTo }: { returnTo: string | null }) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (returnTo) list.current?.querySelector<HTMLElement>(`[data-mission-item="${returnTo}"] button`)?.focus();
  }, [returnTo]);
  const offered = useJourney((s) => s.missionsOffered);
  const progress = useJourney((s) => s.missionProgress);
  const openMission = useJourney((s) => s.actions.openMission);
  const open = (id: MissionId) => openMission(id);
  return (
    <>
      <p>{t('missions.intro')}</p>
      <ol className="ej-mission-list" ref={list}>
        {offered.map((id) => {
          const done = progress[id]?.done === true;
          return (
            <li key={id} data-mission-item={id} data-done={done ? 'true' : 'false'}>
              <button type="button" className="ej-small" onClick={() => open(id)}>
                {t(`mission.${id}.title`)}
              </button>{' '}
              <span className={done ? 'ej-mission-done' : 'ej-mission-todo'}>
                {done ? `✓ ${t('missions.done')}` : t('missions.todo')}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
