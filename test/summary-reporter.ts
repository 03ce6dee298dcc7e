// Prints one plain "N passed, N failed" line per Vitest run and records it for scripts/test.mjs.
// An unhandled error (a rejection or exception outside any test) counts as a failure: Vitest fails
// the run for it, and a green count beside a red run would teach people to ignore red.
import { appendFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0, unhandled: unhandledErrors.length };
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && !module.children.size) counts.failed += 1;
    }
    counts.failed += counts.unhandled;
    const file = process.env.EJ_COUNTS_FILE;
    if (file) appendFileSync(file, `${JSON.stringify(counts)}\n`);
    console.log(
      `\nsuite: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.unhandled} unhandled errors`,
    );
  }
}
