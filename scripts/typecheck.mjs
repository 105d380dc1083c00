// Typechecks each layer against its own environment (lib/types), then the tests.
// One tsc per layer is what makes "shared/ uses no DOM and no node:*" a compile error.
import { spawnSync } from 'node:child_process';

const projects = ['shared', 'renderer', 'server', 'electron'].map((l) => `tsconfig.${l}.json`);
projects.push('tsconfig.json');
let failed = false;
for (const project of projects) {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed = true;
    console.error(`typecheck failed: ${project}`);
  }
}
process.exit(failed ? 1 : 0);
