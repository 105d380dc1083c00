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

/** Busy CPU time of the whole machine so far (every core, from /proc/stat), in ms. */
function machineBusyMs(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1);
  const ticks = (fields ?? []).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
  const busy = ticks
    .slice(0, 8)
    .reduce((sum, value, index) => (index === 3 || index === 4 ? sum : sum + value), 0);
  return (busy * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** A window in which the machine counts as quiet when under a tenth of a core is busy. */
const QUIET_WINDOW_MS = 200;
const QUIET_SHARE = 0.1;

/**
 * Waits until the machine has been quiet for a whole window (at most `maxMs`), and says how
 * long that took. A fresh browser renderer keeps a core busy for a second or more after its
 * first page is ready (measured: 1.2 s of CPU on this machine); on two cores that would be
 * counted as the app's own start.
 */
export async function waitForQuietMachine(
  maxMs: number,
): Promise<{ waitedMs: number; quiet: boolean }> {
  const start = performance.now();
  for (;;) {
    const before = machineBusyMs();
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
    const waitedMs = performance.now() - start;
    if (machineBusyMs() - before <= QUIET_WINDOW_MS * QUIET_SHARE) return { waitedMs, quiet: true };
    if (waitedMs >= maxMs) return { waitedMs, quiet: false };
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
