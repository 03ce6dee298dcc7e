// `npm test`: every check in order (Chromium, types, lint, format, unit and component tests, build,
// browser tests), stopping at the first failure, then the time of each stage and one closing
// "N passed, N failed" line (the line CI reads).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const countsFile = join(tmpdir(), `email-journey-counts-${process.pid}.jsonl`);
const env = { ...process.env, EJ_COUNTS_FILE: countsFile };
// Caches live in node_modules/.cache (ignored by git): a second run checks only what changed.
const cache = 'node_modules/.cache/email-journey';
const stages = [
  ['Chromium for the browser tests', 'node', ['scripts/ensure-chromium.mjs']],
  ['type check', 'npx', ['tsc', '-p', '.', '--incremental', '--tsBuildInfoFile', `${cache}/tsc.tsbuildinfo`]],
  ['lint', 'npx', ['eslint', '.', '--cache', '--cache-location', `${cache}/eslint`]],
  [
    'format',
    'npx',
    ['prettier', '--check', '.', '--log-level', 'warn', '--cache', '--cache-location', `${cache}/prettier`],
  ],
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

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = [];
const started = performance.now();
let failedStage = null;
for (const [name, command, args] of stages) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const begun = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  timings.push([name, performance.now() - begun]);
  if (result.status !== 0) {
    failedStage = name;
    break;
  }
}
const { passed, failed } = totals();
rmSync(countsFile, { force: true });
console.log('\ntime per stage:');
for (const [name, ms] of timings) console.log(`  ${seconds(ms).padStart(8)}  ${name}`);
console.log(`  ${seconds(performance.now() - started).padStart(8)}  in all`);
if (failedStage) console.error(`\n✗ ${failedStage} failed.`);
// A failed stage with no failed test case (type error, lint, build) still counts as one failure.
console.log(`\ntotal: ${passed} passed, ${failed + (failedStage && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStage ? 1 : 0);
