// Issue 16: the panel of the teacher's "Lesson settings" menu: projector theme, predictions, pace,
// speed, depth, language and the presentation layout, and the link that opens the lesson this way.
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n';
import type { Depth, Pace } from '../../store/journeyStore';
import { Segmented } from '../Choices';
import { useHost } from '../HostContext';
import { useJourney, useJourneyStore } from '../StoreContext';
import { useCopy } from '../useCopy';
import { useT } from '../useT';
import { lessonQuery } from './lessonLink';
import { MissionChoice } from '../missions/MissionChoice';
import '../more.css';
import './settings.css';

const SPEEDS = [0.25, 0.5, 1, 2, 3] as const;

function LessonLink() {
  const t = useT();
  const host = useHost();
  const store = useJourneyStore();
  // Re-read whenever a setting changes (this component re-renders with the menu).
  const state = useJourney((s) => s);
  const [copied, copy] = useCopy();
  const query = lessonQuery(host.shareQuery(store.getState()), state);
  const link = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  return (
    <div className="ej-settings-link">
      <label>
        <span>{t('settings.link')}</span>
        <input className="ej-control" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="ej-small" onClick={() => void copy(link)}>
        {t('settings.copy')}
      </button>{' '}
      <span role="status">{copied === 'copied' ? t('settings.copied') : ''}</span>
    </div>
  );
}

export function SettingsPanel({ id }: { id: string }) {
  const t = useT();
  const s = useJourney((state) => state);
  const { setDisplay, setSpeed, setDepth } = s.actions;
  const paces = (['step', 'auto'] as Pace[]).map((p) => ({ value: p, label: t(`settings.pace.${p}`) }));
  const depths = (['beginner', 'expert'] as Depth[]).map((d) => ({ value: d, label: t(`depth.${d}`) }));
  return (
    <div className="ej-card ej-settings-panel" id={id} role="group" aria-label={t('settings.open')}>
      <label className="ej-check">
        <input
          type="checkbox"
          checked={s.theme === 'contrast'}
          onChange={(e) => setDisplay({ theme: e.target.checked ? 'contrast' : 'light' })}
        />
        <span>{t('settings.projector')}</span>
      </label>
      <label className="ej-check">
        <input
          type="checkbox"
          checked={s.layout === 'present'}
          onChange={(e) => setDisplay({ layout: e.target.checked ? 'present' : 'full' })}
        />
        <span>{t('settings.layout')}</span>
      </label>
      <label className="ej-check">
        <input
          type="checkbox"
          checked={s.checkpoints}
          onChange={(e) => setDisplay({ checkpoints: e.target.checked })}
        />
        <span>{t('settings.checkpoints')}</span>
      </label>
      <Segmented
        name="pace"
        legend={t('settings.pace')}
        options={paces}
        value={s.pace}
        onChange={s.actions.setPace}
        stack
      />
      <Segmented
        name="lesson-depth"
        legend={t('settings.depth')}
        options={depths}
        value={s.depth}
        onChange={setDepth}
      />
      <label className="ej-speed">
        <span>{t('settings.speed')}</span>
        <select className="ej-control" value={String(s.speed)} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((speed) => (
            <option key={speed} value={String(speed)}>{`${speed}×`}</option>
          ))}
          {!(SPEEDS as readonly number[]).includes(s.speed) && <option value={String(s.speed)}>{`${s.speed}×`}</option>}
        </select>
      </label>
      <label className="ej-speed">
        <span>{t('settings.language')}</span>
        <select className="ej-control" value={s.lang} onChange={(e) => setDisplay({ lang: e.target.value })}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code] ?? code}
            </option>
          ))}
        </select>
      </label>
      <MissionChoice />
      <LessonLink />
    </div>
  );
}
