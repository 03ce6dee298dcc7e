// The four playback buttons shared by the journey and the tracer: restart, back, play/pause, forward.
import { PlaybackIcon } from './PlaybackIcon';
import { useT } from './useT';

export interface TransportProps {
  playing: boolean;
  /** The word on the play button when not playing ("Play", "Replay"). */
  playLabel: string;
  onRestart: () => void;
  onBack: () => void;
  onPlay: () => void;
  onPause: () => void;
  onForward: () => void;
  disabled: { restart: boolean; back: boolean; play: boolean; forward: boolean };
}

export function TransportButtons(p: TransportProps) {
  const t = useT();
  const playText = p.playing ? t('controls.pause') : p.playLabel;
  return (
    <div className="ej-playback-buttons">
      <button
        type="button"
        onClick={p.onRestart}
        disabled={p.disabled.restart}
        aria-label={t('playback.restart')}
        title={t('playback.restart')}
      >
        <PlaybackIcon name="restart" />
      </button>
      <button
        type="button"
        onClick={p.onBack}
        disabled={p.disabled.back}
        aria-label={t('playback.back')}
        title={t('playback.back')}
      >
        <PlaybackIcon name="back" />
      </button>
      <button
        type="button"
        className="ej-primary"
        onClick={p.playing ? p.onPause : p.onPlay}
        disabled={p.disabled.play}
        aria-label={playText}
      >
        <PlaybackIcon name={p.playing ? 'pause' : 'play'} /> {playText}
      </button>
      <button
        type="button"
        onClick={p.onForward}
        disabled={p.disabled.forward}
        aria-label={t('playback.forward')}
        title={t('playback.forward')}
      >
        <PlaybackIcon name="forward" />
      </button>
    </div>
  );
}
