// Issue 4, "Responsiveness": what a family feels on the touch screen, on the built web shell
// (dist/) in Debian's Chromium.
//   tap:        tap → next card painted, family page CPU-throttled 4× (CDP), ≥ 200 taps;
//               the finger rests 60 ms and each tap is timed from its lift (decision 0078).
//   cold start: spawn of `start.js --shell web` → first card's answer tile interactive in a
//               fresh browser context, a session already running; also its page-only part.
//   initial js: gzip size of the JS each page loads before it runs (entry + modulepreloads).
// Targets: tap p95 ≤ 50 ms, cold start ≤ 1.5 s, initial JS ≤ 250 KB gzip (KB = 1000 bytes).//
// The parts live beside it: the taps (consultation-taps.ts, consultation-tap-loop.ts), one
// cold start (consultation-cold-start.ts), CPU and load readings (consultation-cpu.ts), the
// lines printed beside the figures (consultation-report.ts).
import { startApp } from '../e2e/helpers/app-process';
import { launchChromium } from '../e2e/helpers/browser';
import { initialJs } from './consultation-bundle';
import { coldStart } from './consultation-cold-start';
import { printLoad } from './consultation-cpu';
import {
  kb,
  median,
  printColdStarts,
  printInitialJs,
  printLazyContent,
  printTaps,
  printThrottledColdStarts,
} from './consultation-report';
import { THROTTLE } from './consultation-setup';
import { measureTaps } from './consultation-taps';
import { percentile, type Figure } from './figures';

const COLD_RUNS = 5;

export async function run(): Promise<Figure[]> {
  const family = initialJs('family');
  const doctor = initialJs('doctor');
  printInitialJs(family);
  printInitialJs(doctor);
  printLazyContent();

  printLoad('at start');
  const browser = await launchChromium();
  try {
    const app = await startApp();
    let taps;
    try {
      taps = await measureTaps(browser, app);
    } finally {
      await app.stop();
    }
    printTaps(taps);
    printLoad('after the taps');

    const runs = [];
    for (let index = 0; index < COLD_RUNS; index++) runs.push(await coldStart(browser, 1));
    printColdStarts(runs);
    const throttled = [];
    for (let index = 0; index < COLD_RUNS; index++) {
      throttled.push(await coldStart(browser, THROTTLE));
    }
    printThrottledColdStarts(throttled);
    printLoad('at the end');

    return [
      { area: 'consultation', measure: 'tap p50', value: median(taps.all), unit: 'ms' },
      { area: 'consultation', measure: 'tap p95', value: percentile(taps.all, 95), unit: 'ms' },
      {
        area: 'consultation',
        measure: 'cold start',
        value: median(runs.map((r) => r.total)),
        unit: 'ms',
      },
      {
        area: 'consultation',
        measure: 'cold start page only',
        value: median(runs.map((r) => r.page)),
        unit: 'ms',
      },
      { area: 'consultation', measure: 'initial js', value: kb(family.gzipBytes), unit: 'KB' },
      {
        area: 'consultation',
        measure: 'initial js doctor',
        value: kb(doctor.gzipBytes),
        unit: 'KB',
      },
    ];
  } finally {
    await browser.close();
  }
}
