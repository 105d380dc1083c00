// The consultation benchmark's explanatory lines, printed beside its figures: what each page
// loads, how the taps and cold starts split up. Not figures themselves (many, one line each).
import { contentFile, type InitialJs } from './consultation-bundle';
import type { ColdStart } from './consultation-cold-start';
import { THROTTLE } from './consultation-setup';
import { HOLD_MS, WARMUP_TAPS, type TapResults } from './consultation-taps';
import { percentile } from './figures';

export const kb = (bytes: number) => bytes / 1000;
const fixed = (ms: number) => ms.toFixed(1);
export const median = (values: readonly number[]) => percentile(values, 50);

export function printInitialJs(js: InitialJs): void {
  const list = js.chunks
    .map((chunk) => `${chunk.file} ${kb(chunk.gzipBytes).toFixed(1)}`)
    .join(', ');
  console.log(`  ${js.page} initial js chunks (KB gzip): ${list}`);
  if (js.unlisted.length > 0) {
    console.log(`  ${js.page}: static imports missing from the HTML: ${js.unlisted.join(', ')}`);
  }
}

/** The content fetched once a language is chosen, measured apart from the initial JS. */
export function printLazyContent(): void {
  const pack = contentFile('pack.json');
  const arabic = contentFile('text/ar.json');
  console.log(
    `  lazy content (fetched once a language is chosen, not in the initial js): ` +
      `pack.json ${kb(pack.gzipBytes).toFixed(1)} KB gzip, ` +
      `text/ar.json ${kb(arabic.gzipBytes).toFixed(1)} KB gzip (${kb(arabic.bytes).toFixed(0)} KB raw)`,
  );
}

export function printTaps(taps: TapResults): void {
  console.log(
    `  taps (${THROTTLE}× throttled, finger resting ${HOLD_MS} ms, timed from the lift;` +
      ` ${taps.all.length} after ${WARMUP_TAPS} warm-up): ` +
      `yes→body map p50 ${fixed(median(taps.answers))} p95 ${fixed(percentile(taps.answers, 95))} ms, ` +
      `back→yes/no p50 ${fixed(median(taps.backs))} p95 ${fixed(percentile(taps.backs, 95))} ms, ` +
      `max ${fixed(Math.max(...taps.all))} ms`,
  );
  console.log(
    `  the same taps from the page's first pointerup listener (without the input's wait for the` +
      ` main thread): p50 ${fixed(median(taps.fromHandler))} p95 ${fixed(percentile(taps.fromHandler, 95))} ms`,
  );
  console.log(
    `  the same taps as the browser measures them (Event Timing per interaction, as Interaction to` +
      ` Next Paint, 8 ms steps, < 16 counted as 16): p50 ${fixed(median(taps.browser))}` +
      ` p95 ${fixed(percentile(taps.browser, 95))} ms`,
  );
  const { instant } = taps;
  console.log(
    `  ${instant.all.length} taps with the finger lifted at once (throttled; the lift waits for the` +
      ` press's own work): from the press p50 ${fixed(median(instant.fromPress))}` +
      ` p95 ${fixed(percentile(instant.fromPress, 95))} ms, from the lift p50 ${fixed(median(instant.all))}` +
      ` p95 ${fixed(percentile(instant.all, 95))} ms; Event Timing p95 ${fixed(percentile(instant.browser, 95))} ms`,
  );
  console.log(
    `  tap → page idle again after the new card's frame (throttled; React's state caught up, the sound scheduled):` +
      ` p50 ${fixed(median(taps.free))} p95 ${fixed(percentile(taps.free, 95))} ms`,
  );
  const edge = 40;
  console.log(
    `  throttled tap p50, first ${edge} vs last ${edge} taps: ${fixed(median(taps.inOrder.slice(0, edge)))}` +
      ` → ${fixed(median(taps.inOrder.slice(-edge)))} ms; the doctor's state ends with` +
      ` ${taps.timelineEntries} timeline entries, ${kb(taps.stateBytes).toFixed(1)} KB of JSON;` +
      ` the family's screen state ${kb(taps.screenBytes).toFixed(1)} KB`,
  );
  console.log(
    `  taps unthrottled (${taps.unthrottled.length}): p50 ${fixed(median(taps.unthrottled))}` +
      ` p95 ${fixed(percentile(taps.unthrottled, 95))} ms; CPU per tap: family page main thread` +
      ` ${fixed(taps.pageCpuPerTap)} ms (×${THROTTLE} = ${fixed(taps.pageCpuPerTap * THROTTLE)} ms throttled),` +
      ` doctor page main thread ${fixed(taps.doctorCpuPerTap)} ms, app process ${fixed(taps.appCpuPerTap)} ms`,
  );
}

/** Each unthrottled cold start, split into its parts. */
export function printColdStarts(runs: readonly ColdStart[]): void {
  for (const [index, one] of runs.entries()) {
    console.log(
      `  cold start ${index + 1}: ${fixed(one.total)} ms = server ready ${fixed(one.server)}` +
        ` + session over bridge ${fixed(one.session)} + navigation → interactive ${fixed(one.page)}` +
        ` (+ ${fixed(one.total - one.server - one.session - one.page)} unaccounted);` +
        ` machine ${one.quietBefore ? 'quiet' : 'STILL BUSY'} after ${fixed(one.settledMs)} ms of waiting`,
    );
  }
}

export function printThrottledColdStarts(throttled: readonly ColdStart[]): void {
  console.log(
    `  cold start with the page ${THROTTLE}× throttled: median ${fixed(median(throttled.map((r) => r.total)))} ms,` +
      ` page only ${fixed(median(throttled.map((r) => r.page)))} ms`,
  );
}
