// The four playback buttons shared by the journey and the tracer: restart, back, play/pause, forward.
import { PlaybackIcon, type PlaybackIconName } from './PlaybackIcon';
import { useT } from './useT';

/** What both stores' actions offer for playback. */
export interface Transport {
  restart(): void;
  stepBack(): void;
  play(): void;
  pause(): void;
  stepForward(): void;
}

export interface TransportProps {
  playing: boolean;
  /** The word on the play button when not playing ("Play", "Replay"). */
  playLabel: string;
  actions: Transport;
  disabled: { restart: boolean; back: boolean; play: boolean; forward: boolean };
  /** Whether Play is drawn as the primary action (not while another button is the page's first action). */
  primary?: boolean;
}

/** A button that shows only an icon: its name is read out and shown as a tooltip. */
function IconButton(p: { icon: PlaybackIconName; label: string; onClick: () => void; disabled: boolean }) {
  return (
    <button type="button" onClick={p.onClick} disabled={p.disabled} aria-label={p.label} title={p.label}>
      <PlaybackIcon name={p.icon} />
    </button>
  );
}

export function TransportButtons({ playing, playLabel, actions, disabled, primary = true }: TransportProps) {
  const t = useT();
  const playText = playing ? t('controls.pause') : playLabel;
  return (
    <div className="ej-playback-buttons">
      <IconButton icon="restart" label={t('playback.restart')} onClick={actions.restart} disabled={disabled.restart} />
      <IconButton icon="back" label={t('playback.back')} onClick={actions.stepBack} disabled={disabled.back} />
      <button
        type="button"
        className={primary ? 'ej-primary' : undefined}
        onClick={playing ? actions.pause : actions.play}
        disabled={disabled.play}
        aria-label={playText}
      >
        <PlaybackIcon name={playing ? 'pause' : 'play'} /> {playText}
      </button>
      <IconButton
        icon="forward"
        label={t('playback.forward')}
        onClick={actions.stepForward}
        disabled={disabled.forward}
      />
    </div>
  );
}
