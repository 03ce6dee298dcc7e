// `npm test`: every check (Chromium; then types, lint, format, the build, the LMS packages and the
// unit and component tests side by side; then the browser tests), stopping after the first step
// with a failure, then the time of each check and one closing "N passed, N failed" line (the line
// CI reads).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const countsFile = join(tmpdir(), `email-journey-counts-${process.pid}.jsonl`);
// Caches live in node_modules/.cache (ignored by git): a second run checks only what changed.
const cache = 'node_modules/.cache/email-journey';
// The browser tests' LMS packages (test/browser/lms.e2e.ts reads them from here, same flags).
const packages = `${cache}/lms-packages`;
const env = { ...process.env, EJ_COUNTS_FILE: countsFile, EJ_LMS_PACKAGES: packages };

/**
 * Steps run one after another; the checks inside a step run at once. They are independent, and tsc,
 * ESLint, Prettier and the builds are mostly one thread each, so they leave room on two cores that
 * Vitest fills (the browser tests need the build, so they come after).
 */
const steps = [
  [['Chromium for the browser tests', 'node', ['scripts/ensure-chromium.mjs']]],
  [
    ['unit and component tests', 'npx', ['vitest', 'run']],
    ['type check', 'npx', ['tsc', '-p', '.', '--incremental', '--tsBuildInfoFile', `${cache}/tsc.tsbuildinfo`]],
    ['lint', 'npx', ['eslint', '.', '--cache', '--cache-location', `${cache}/eslint`]],
    [
      'format',
      'npx',
      ['prettier', '--check', '.', '--log-level', 'warn', '--cache', '--cache-location', `${cache}/prettier`],
    ],
    ['production build', 'npm', ['run', 'build', '--silent']],
    ['LMS packages', 'node', ['scripts/package.mjs', '--speed=20', '--pace=auto', `--out=${packages}`]],
  ],
  [['browser tests', 'npx', ['vitest', 'run', '-c', 'vitest.browser.config.ts']]],
];

function totals() {
  if (!existsSync(countsFile)) return { passed: 0, failed: 0 };
  return readFileSync(countsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), { passed: 0, failed: 0 });
}

/**
 * Runs one check; its time and whether it passed. Alone, its output streams as it comes; beside
 * others, it is held and printed whole when it ends, so outputs never interleave.
 */
function run([name, command, args], alone) {
  const begun = performance.now();
  if (alone) console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const child = spawn(command, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (status) => {
      const ms = performance.now() - begun;
      if (!alone) {
        console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name, ms, ok: status === 0 });
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = [];
const started = performance.now();
let failedStage = null;
for (const step of steps) {
  const begun = performance.now();
  if (step.length > 1) console.log(`\n▶ at once (each prints as it ends): ${step.map(([name]) => name).join(', ')}`);
  const results = await Promise.all(step.map((check) => run(check, step.length === 1)));
  if (step.length > 1) timings.push([results.map((r) => r.name).join(' ∥ '), performance.now() - begun]);
  for (const { name, ms } of results) timings.push([step.length > 1 ? `  ${name}` : name, ms]);
  failedStage = results.find((r) => !r.ok)?.name ?? null;
  if (failedStage) break;
}
const { passed, failed } = totals();
rmSync(countsFile, { force: true });
console.log('\ntime per check:');
for (const [name, ms] of timings) console.log(`  ${seconds(ms).padStart(8)}  ${name}`);
console.log(`  ${seconds(performance.now() - started).padStart(8)}  in all`);
if (failedStage) console.error(`\n✗ ${failedStage} failed.`);
// A failed check with no failed test case (type error, lint, build) still counts as one failure.
console.log(`\ntotal: ${passed} passed, ${failed + (failedStage && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStage ? 1 : 0);
