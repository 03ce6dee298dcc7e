// Replay controls for a trace: restart, back, play/pause, forward, to-scale or equal timing, speed.
import { Segmented } from '../Choices';
import { TransportButtons } from '../TransportButtons';
import { useT } from '../useT';
import type { Timing } from '../../store/traceStore';
import { useTrace } from './TraceContext';

const SPEEDS = [0.5, 1, 2, 4] as const;

export function TracePlayback() {
  const t = useT();
  const status = useTrace((s) => s.status);
  const cursor = useTrace((s) => s.cursor);
  const count = useTrace((s) => s.trace?.hops.length ?? 0);
  const timing = useTrace((s) => s.timing);
  const speed = useTrace((s) => s.speed);
  const actions = useTrace((s) => s.actions);
  const playing = status === 'playing';
  const none = count === 0;
  return (
    <div className="ej-card ej-playback ejt-playback" role="group" aria-label={t('trace.playback.label')}>
      <TransportButtons
        playing={playing}
        playLabel={t('trace.playback.replay')}
        actions={actions}
        disabled={{
          restart: none,
          back: none || status === 'idle' || cursor <= 0,
          play: none,
          forward: none || status === 'finished',
        }}
      />
      <Segmented<Timing>
        name="trace-timing"
        legend={t('trace.timing.legend')}
        value={timing}
        onChange={actions.setTiming}
        options={[
          { value: 'scale', label: t('trace.timing.scale') },
          { value: 'equal', label: t('trace.timing.equal') },
        ]}
      />
      <label className="ej-speed">
        <span>{t('playback.speed')}</span>
        <select className="ej-control" value={String(speed)} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>{`${s}×`}</option>
          ))}
        </select>
      </label>
      <span className="ejt-position" aria-hidden="true">
        {cursor >= 0 ? t('trace.playback.position', { hop: cursor + 1, count }) : t('trace.playback.ready', { count })}
      </span>
    </div>
  );
}
