// `npm test`: every gate in order, each timed, stopping at the first failure.
// typecheck → lint (eslint, stylelint, prettier) → content:check → build → unit + e2e (Vitest, Chromium)
// → Electronegativity. The last line is the plain "N passed, N failed" summary CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = '.cache/vitest-results.json';
mkdirSync('.cache', { recursive: true });

const steps = [
  ['typecheck', npm, ['run', '--silent', 'typecheck']],
  ['lint', npm, ['run', '--silent', 'lint']],
  ['content', npm, ['run', '--silent', 'content:check']],
  ['build', npm, ['run', '--silent', 'build']],
  [
    'unit + e2e',
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}`,
    ],
  ],
  ['electronegativity', npm, ['run', '--silent', 'test:security']],
];

function summary() {
  try {
    const json = JSON.parse(readFileSync(results, 'utf8'));
    return `tests: ${json.numPassedTests} passed, ${json.numFailedTests} failed`;
  } catch {
    return null;
  }
}

const started = Date.now();
for (const [name, command, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    const line = summary();
    if (name === 'unit + e2e' && line) console.log(line);
    process.exit(run.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll gates passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(summary() ?? 'tests: 0 passed, 1 failed');
