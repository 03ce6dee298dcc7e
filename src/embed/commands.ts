// Host commands (DESIGN.md): send, play, pause, step, back, reset, set. Anything else is ignored.
import type { JourneyStore } from '../store/journeyStore';

export const COMMANDS = ['send', 'play', 'pause', 'step', 'back', 'reset', 'set'] as const;
export type Command = (typeof COMMANDS)[number];
/** The commands that only move the journey (`set` changes its configuration). */
export type PlaybackCommand = Exclude<Command, 'set'>;

export const isCommand = (value: unknown): value is Command =>
  typeof value === 'string' && (COMMANDS as readonly string[]).includes(value);

/** Runs a playback command; `set` is handled by the caller, which owns the configuration. */
export function runCommand(store: JourneyStore, command: Exclude<Command, 'set'>): void {
  const { actions } = store.getState();
  const run: Record<Exclude<Command, 'set'>, () => void> = {
    send: actions.send,
    play: actions.play,
    pause: actions.pause,
    step: actions.stepForward,
    back: actions.stepBack,
    reset: actions.reset,
  };
  run[command]();
}
