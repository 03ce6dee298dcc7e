// A count of the reading's work (characters tokenised, lines scanned, dates tried, hops built), so
// tests can check that reading grows linearly by counting steps instead of timing a busy machine.

let steps = 0;

/** Adds `n` steps; called once per token, line, date or hop, never per character in a hot loop. */
export function addWork(n: number): void {
  steps += n;
}

/** Steps counted since the last reset (for tests and the benchmark). */
export function workDone(): number {
  return steps;
}

export function resetWork(): void {
  steps = 0;
}
