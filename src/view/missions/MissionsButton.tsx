// Issue 24: the Missions button beside the lesson tools. Its panel (MissionPanel.tsx) comes with the
// later tier: pressed before that is in, the panel appears as soon as it is.
import { useAskLater } from '../LaterContext';
import { useJourney } from '../StoreContext';
import { useT } from '../useT';

export function MissionsButton() {
  const t = useT();
  const askLater = useAskLater();
  const shown = useJourney((s) => s.missionsShown);
  const { showMissions, closeMission } = useJourney((s) => s.actions);
  return (
    <button
      type="button"
      className="ej-small"
      data-missions-toggle=""
      aria-expanded={shown}
      onClick={() => {
        if (shown) closeMission();
        showMissions(!shown);
        askLater();
      }}
    >
      {t('missions.open')}
    </button>
  );
}
