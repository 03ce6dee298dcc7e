// What a host (the element, the iframe page) does to a mounted journey: new configurations and
// commands, applied one after the other behind whatever is still loading, so the last one wins.
import { runCommand, type PlaybackCommand } from './commands';
import type { ConfigKey, ConfigNotice, JourneyConfig } from './config';
import type { JourneyStore } from '../store/journeyStore';
import type { JourneyInit } from '../store/state';
import { initFromConfig } from './init';
import { keepLearnersWork } from './learnersWork';
import { applyConfig, type MountedJourney } from './mount';
import { createSequence } from './sequence';

export interface JourneyControl {
  /**
   * Applies a new configuration in turn, with its notices; when `step` or `autoplay` is among the
   * changed keys, goes where it asks.
   */
  configure(config: JourneyConfig, notices: readonly ConfigNotice[], changed: readonly ConfigKey[]): void;
  /** Runs a host command in turn, after the operations before it. */
  command(command: PlaybackCommand): void;
}

/** Goes where changed `step` or `autoplay` attributes ask: to the step (paused), then playing. */
function goWhereAsked(store: JourneyStore, config: JourneyConfig, changed: readonly ConfigKey[]): void {
  const { actions } = store.getState();
  if (changed.includes('step') && config.step !== null) actions.jumpTo(config.step - 1);
  if (!changed.includes('autoplay') || !config.autoplay) return;
  const { status } = store.getState();
  if (status === 'idle' || status === 'finished') actions.send();
  else actions.play();
}

/**
 * `config` is the configuration the journey was mounted with: what the learner changes after it is
 * kept when the host changes other keys (learnersWork.ts).
 */
export function controlJourney(
  journey: MountedJourney,
  config: JourneyConfig,
  languages: readonly string[],
  notices: readonly ConfigNotice[] = [],
): JourneyControl {
  const { store } = journey;
  const run = createSequence();
  run(() => journey.started);
  let shown = JSON.stringify(notices);
  let configurations = 0;
  /** The host's last configuration, as the store took it. */
  let last: JourneyInit = initFromConfig(config, languages);
  return {
    configure(next, nextNotices, changed) {
      // Configurations queued behind a loading language are skipped when a newer one follows:
      // only the last can matter, and 1,000 quick changes must not mean 1,000 redraws.
      const turn = ++configurations;
      const keep = (init: JourneyInit) => {
        const kept = keepLearnersWork(store.getState(), init, last, changed);
        last = init;
        return kept;
      };
      run(() => (turn === configurations ? applyConfig(store, next, languages, keep) : undefined));
      if (changed.includes('step') || changed.includes('autoplay')) run(() => goWhereAsked(store, next, changed));
      if (JSON.stringify(nextNotices) === shown) return;
      shown = JSON.stringify(nextNotices);
      journey.showNotices(nextNotices);
    },
    command(command) {
      run(() => runCommand(store, command));
    },
  };
}
