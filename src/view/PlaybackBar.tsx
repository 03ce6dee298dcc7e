// Playback controls: restart, step back, play/pause, step forward, speed, both clocks, and a link to this step.
import { useMemo, useState } from 'react';
import { TransportButtons } from './TransportButtons';
import { useCopy } from './useCopy';
import { useCaptionWords } from './lesson/captionWords';
import { lessonTotalMs, selectCanSend, selectLessonElapsedMs } from '../store/journeyStore';
import { useHost } from './HostContext';
import { useJourney, useJourneyStore } from './StoreContext';
import { useT } from './useT';

export const SPEED_PRESETS = [
  { key: 'slow', value: 0.5 },
  { key: 'normal', value: 1 },
  { key: 'fast', value: 3 },
] as const;

const minutesSeconds = (ms: number) => {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

function LessonClock() {
  const t = useT();
  // The total changes only with the plan, speed, language or depth; per frame only the elapsed whole
  // seconds are read, so this re-renders once a second. Both count each caption's reading time, as
  // playback does (issue 16).
  const plan = useJourney((s) => s.plan);
  const speed = useJourney((s) => s.speed);
  const words = useCaptionWords();
  const total = useMemo(() => lessonTotalMs(plan, speed, words), [plan, speed, words]);
  const elapsed = useJourney((s) => Math.round(selectLessonElapsedMs(s, words) / 1000) * 1000);
  return (
    <span className="ej-lesson-clock">
      {t('playback.lessonClock', { elapsed: minutesSeconds(elapsed), total: minutesSeconds(total) })}
    </span>
  );
}

function CopyLink() {
  const t = useT();
  const store = useJourneyStore();
  const host = useHost();
  const [state, copy] = useCopy();
  const [link, setLink] = useState('');
  const [textLeftOut, setTextLeftOut] = useState(false);
  const onCopy = () => {
    const url = `${location.origin}${location.pathname}?${host.shareQuery(store.getState())}`;
    setLink(url);
    setTextLeftOut(host.shareLeavesTextOut?.(store.getState()) ?? false);
    void copy(url);
  };
  return (
    <div className="ej-copy-link">
      <button type="button" className="ej-small" onClick={onCopy}>
        {t('playback.copyLink')}
      </button>
      <span role="status" className="ej-copy-status">
        {state === 'copied' ? t('playback.copied') : ''}
        {state !== 'idle' && textLeftOut ? ` ${t('share.textLeftOut')}` : ''}
      </span>
      {/* The clipboard refused (permissions, insecure page): show the link to copy by hand. */}
      {state === 'failed' && (
        <input
          className="ej-link-field"
          readOnly
          value={link}
          aria-label={t('playback.linkField')}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}

export function PlaybackBar() {
  const t = useT();
  const status = useJourney((s) => s.status);
  const speed = useJourney((s) => s.speed);
  // Play waits for the engine in the first moment (store/whenEngine.ts); stepping needs the plan itself.
  const canPlay = useJourney(selectCanSend);
  const hasPlan = useJourney((s) => s.plan !== null);
  const atStart = useJourney((s) => s.cursor <= 0 && s.pending === null);
  const actions = useJourney((s) => s.actions);
  // Issue 16: before Send, the compose form's Send is the one first action; Play is primary otherwise.
  const sendIsFirst = useJourney((s) => s.status === 'idle' && s.controls === 'full' && s.layout !== 'present');
  const playing = status === 'playing';
  const preset = SPEED_PRESETS.find((p) => p.value === speed);
  return (
    <div className="ej-card ej-playback" role="group" aria-label={t('playback.label')}>
      <TransportButtons
        playing={playing}
        playLabel={t('playback.play')}
        actions={actions}
        primary={!sendIsFirst}
        disabled={{
          restart: !hasPlan,
          back: !hasPlan || status === 'idle' || atStart,
          play: !canPlay,
          forward: !hasPlan || status === 'finished',
        }}
      />
      <label className="ej-speed">
        <span>{t('playback.speed')}</span>
        <select
          className="ej-control"
          value={preset ? String(preset.value) : 'custom'}
          onChange={(e) => actions.setSpeed(Number(e.target.value))}
        >
          {SPEED_PRESETS.map((p) => (
            <option key={p.key} value={String(p.value)}>
              {t(`playback.speed.${p.key}`)}
            </option>
          ))}
          {!preset && <option value="custom">{`${speed}×`}</option>}
        </select>
      </label>
      <LessonClock />
      <CopyLink />
    </div>
  );
}
