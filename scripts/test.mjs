// `npm test`: every check in order (Chromium, types, lint, unit and component tests, build,
// browser tests), stopping at the first failure, then one closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const countsFile = join(tmpdir(), `email-journey-counts-${process.pid}.jsonl`);
const env = { ...process.env, EJ_COUNTS_FILE: countsFile };
const stages = [
  ['Chromium for the browser tests', 'node', ['scripts/ensure-chromium.mjs']],
  ['type check', 'npx', ['tsc', '-p', '.']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit and component tests', 'npx', ['vitest', 'run']],
  ['production build', 'npm', ['run', 'build', '--silent']],
  ['browser tests', 'npx', ['vitest', 'run', '-c', 'vitest.browser.config.ts']],
];

function totals() {
  if (!existsSync(countsFile)) return { passed: 0, failed: 0 };
  return readFileSync(countsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), { passed: 0, failed: 0 });
}

let failedStage = null;
for (const [name, command, args] of stages) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    failedStage = name;
    break;
  }
}
const { passed, failed } = totals();
rmSync(countsFile, { force: true });
if (failedStage) console.error(`\n✗ ${failedStage} failed.`);
// A failed stage with no failed test case (type error, lint, build) still counts as one failure.
console.log(`\ntotal: ${passed} passed, ${failed + (failedStage && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStage ? 1 : 0);
