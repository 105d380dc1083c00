// CPU time rather than wall time, which a busy machine inflates: a page's main thread
// (Chromium's ThreadTime metric over CDP) and a process (/proc, Linux); and the load average,
// printed so inflated figures can be told apart.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { CDPSession } from 'playwright-core';

/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time of the page's main thread so far (Performance.enable must have been sent). */
export async function threadTimeMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
}

/** CPU time (user + system) a process has used so far, from /proc; NaN elsewhere. */
export function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // Fields after the ")" that closes the command name: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

export function printLoad(when: string): void {
  const [one, five] = loadavg();
  const cores = cpus().length;
  const busy = (one ?? 0) > cores ? ' — machine busy: figures are inflated, rerun when idle' : '';
  console.log(
    `  load average ${when}: ${(one ?? 0).toFixed(1)} (1 min), ${(five ?? 0).toFixed(1)} (5 min) on ${cores} cores${busy}`,
  );
}
