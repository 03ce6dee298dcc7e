// Issue 24: in the Lesson settings, which missions the lesson offers (the `missions` key). Unticking
// the last one offers them all again, as a link without the key does.
import { MISSION_IDS, type MissionId } from '../../model';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';

export function MissionChoice() {
  const t = useT();
  const offered = useJourney((s) => s.missionsOffered);
  const offerMissions = useJourney((s) => s.actions.offerMissions);
  const toggle = (id: MissionId, on: boolean) => offerMissions(on ? [...offered, id] : offered.filter((m) => m !== id));
  return (
    <fieldset className="ej-fields ej-mission-choice">
      <legend>{t('missions.settings')}</legend>
      {MISSION_IDS.map((id) => (
        <label key={id} className="ej-check">
          <input type="checkbox" checked={offered.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
          <span>{t(`mission.${id}.title`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
