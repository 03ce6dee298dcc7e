// One journey's queue of host operations (configurations and commands): each runs after the one
// before has finished, so whatever is still loading (a language), the last thing asked for wins.
const ignore = () => {};

/** An operation either finishes at once or returns a promise of when it has finished. */
export type Operation = () => void | Promise<unknown>;

/**
 * Returns `run`: with nothing pending, an operation runs at once (attributes take effect without
 * waiting a tick); otherwise it waits its turn behind the operations already queued.
 */
export function createSequence(): (operation: Operation) => void {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const finished = () => {
    pending -= 1;
  };
  return (operation) => {
    if (pending === 0) {
      const waiting = operation();
      if (!waiting) return;
      pending += 1;
      tail = waiting.catch(ignore).finally(finished);
      return;
    }
    pending += 1;
    tail = tail.then(operation).catch(ignore).finally(finished);
  };
}
