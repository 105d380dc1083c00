// `npm run crash-loop [-- <iterations>]`: the full crash loop (default 100), with a summary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashLoop } from './crash-loop';

const iterations = Number(process.argv[2] ?? 100);
if (!Number.isInteger(iterations) || iterations < 1) {
  console.error('crash-loop: the iteration count must be a whole number ≥ 1');
  process.exit(2);
}
const dataDir = mkdtempSync(join(tmpdir(), 'interpretable-crash-'));
const t0 = Date.now();
try {
  const result = await crashLoop({
    dataDir,
    iterations,
    onIteration: (i, saved) => {
      if ((i + 1) % 10 === 0)
        console.log(`  ${i + 1}/${iterations} kills, ${saved} sessions checked`);
    },
  });
  console.log(
    `crash loop: ${result.iterations} SIGKILLs (${result.killedBeforeReady} during start-up), ` +
      `${result.reported} sessions reported saved, all present, integrity_check ok ` +
      `(${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
} catch (error) {
  console.error(`crash loop FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
