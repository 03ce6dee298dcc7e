// `npm run test:stress`: the unit and component suites several times in a row while busy worker
// processes keep the CPUs loaded, as on a shared CI machine; fails on any failed test or unhandled
// error. Files run in a shuffled order each time (the seed is printed), so a test that only passes
// after another one shows up too. Options: --runs N (default 3), --busy N (default 2), --seed N;
// anything after a second `--` goes to Vitest, e.g. `npm run test:stress -- --runs 5 -- test/view`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const separator = process.argv.indexOf('--', 2);
const ownArgs = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const vitestArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const { values } = parseArgs({
  args: ownArgs,
  options: { runs: { type: 'string', default: '3' }, busy: { type: 'string', default: '2' }, seed: { type: 'string' } },
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 3);
const busy = Math.max(0, Number.parseInt(values.busy, 10) || 0);
const firstSeed = values.seed ? Number.parseInt(values.seed, 10) : Math.floor(Math.random() * 1_000_000);

/** Busy workers: each spins one CPU until it is stopped. */
const workers = Array.from({ length: busy }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
let vitest = null;
function stopAll() {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
  if (vitest && vitest.exitCode === null) vitest.kill('SIGTERM');
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    console.error(`\nstress: stopped by ${signal}; busy workers stopped.`);
    stopAll();
    process.exit(130);
  });

/** One full run of `vitest run`; resolves with its exit code and the counts its summary reporter wrote. */
function runOnce(seed) {
  const countsFile = join(tmpdir(), `email-journey-stress-${process.pid}-${seed}.jsonl`);
  const args = ['vitest', 'run', '--sequence.shuffle.files', `--sequence.seed=${seed}`, ...vitestArgs];
  return new Promise((resolve) => {
    vitest = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, EJ_COUNTS_FILE: countsFile } });
    vitest.on('exit', (code, signal) => {
      const counts = existsSync(countsFile)
        ? readFileSync(countsFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line))
        : [];
      rmSync(countsFile, { force: true });
      const sum = (key) => counts.reduce((total, c) => total + (c[key] ?? 0), 0);
      // No counts at all (Vitest crashed before reporting) is a failure too.
      const failed = sum('failed') + (counts.length === 0 || (code !== 0 && sum('failed') === 0) ? 1 : 0);
      resolve({ code: code ?? (signal ? 1 : 0), passed: sum('passed'), failed, unhandled: sum('unhandled') });
    });
  });
}

console.log(`stress: ${runs} run(s) of the unit and component tests beside ${busy} busy worker process(es).`);
const results = [];
const started = performance.now();
try {
  for (let i = 0; i < runs; i++) {
    const seed = firstSeed + i;
    console.log(`\n▶ stress run ${i + 1} of ${runs} (file order seed ${seed})`);
    const begun = performance.now();
    const result = await runOnce(seed);
    results.push({ ...result, seed, seconds: (performance.now() - begun) / 1000 });
  }
} finally {
  stopAll();
}

console.log('\nstress summary:');
for (const [i, r] of results.entries())
  console.log(
    `  run ${i + 1} (seed ${r.seed}): ${r.passed} passed, ${r.failed} failed, ${r.unhandled} unhandled errors, ${r.seconds.toFixed(1)} s`,
  );
console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
const passed = results.reduce((total, r) => total + r.passed, 0);
const failed = results.reduce((total, r) => total + r.failed, 0);
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => r.code !== 0) ? 1 : 0);
