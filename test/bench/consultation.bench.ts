// Issue 4, "Responsiveness": what a family feels on the touch screen, on the built web shell
// (dist/) in Debian's Chromium.
//   tap:        tap → next card painted, family page CPU-throttled 4× (CDP), ≥ 200 taps.
//   cold start: spawn of `start.js --shell web` → first card's answer tile interactive in a
//               fresh browser context, a session already running; also its page-only part.
//   initial js: gzip size of the JS each page loads before it runs (entry + modulepreloads).
// Targets: tap p95 ≤ 50 ms, cold start ≤ 1.5 s, initial JS ≤ 250 KB gzip (KB = 1000 bytes).
import { readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../e2e/helpers/app-process';
import { launchChromium } from '../e2e/helpers/browser';
import { openDoctorBridge } from './consultation-bridge';
import { contentFile, initialJs, type InitialJs } from './consultation-bundle';
import { CARD, installFirstCardProbe, installTapProbe, type TapSample } from './consultation-probe';
import { percentile, type Figure } from './figures';

/** A yes/no card whose "yes" leads to the body map: a light and a heavy card to alternate. */
const FLOW = 'pain-assessment';
const FIRST_CARD = 'pain.question';
const SECOND_CARD = 'pain.where';
const WARMUP_TAPS = 20;
const TAPS = 240;
/** A shorter unthrottled pass, to tell the page's CPU from everything else. */
const UNTHROTTLED_TAPS = 60;
/** A tap with no new card after this long is a stuck screen, not a sample. */
const TAP_TIMEOUT_MS = 15_000;
/** Between taps: the family looks at the new card (far longer in real life) while the page
 * finishes with it (its sound starts, the service's confirmation arrives). */
const LOOK_MS = 300;
const COLD_RUNS = 5;
/** Before each cold start: the browser's own work (a new renderer, the last run's teardown) done. */
const SETTLE_MS = 500;
const THROTTLE = 4;
/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
const VIEWPORT = { width: 1280, height: 900 };

const kb = (bytes: number) => bytes / 1000;
const fixed = (ms: number) => ms.toFixed(1);
const median = (values: readonly number[]) => percentile(values, 50);
const nowMs = () => performance.timeOrigin + performance.now();

function printInitialJs(js: InitialJs): void {
  const list = js.chunks
    .map((chunk) => `${chunk.file} ${kb(chunk.gzipBytes).toFixed(1)}`)
    .join(', ');
  console.log(`  ${js.page} initial js chunks (KB gzip): ${list}`);
  if (js.unlisted.length > 0) {
    console.log(`  ${js.page}: static imports missing from the HTML: ${js.unlisted.join(', ')}`);
  }
}

/**
 * The web shell as a clinic runs it: doctor and family pages in one browser, the session
 * started on the doctor page, Arabic chosen on the family page, the flow started by the
 * doctor. Only the family page is throttled. Taps alternate "yes" (yes/no card → body map)
 * and "back" (body map → yes/no card); every tap's new card is checked, so a stuck screen
 * fails the benchmark instead of producing fast samples.
 */
async function measureTaps(browser: Browser, app: RunningApp) {
  // A touch screen: taps are trusted touch input (CDP Input.dispatchTouchEvent), with no
  // mouse moving over the page first.
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
  try {
    const doctor = await context.newPage();
    const family = await context.newPage();
    await doctor.goto(app.doctorUrl);
    await family.goto(app.familyUrl);
    await doctor.getByLabel('Bilan de santé du nourrisson').check();
    await doctor.getByRole('button', { name: '2. Commencer' }).click();
    await family.locator('button[lang=ar]').click();
    await doctor.getByTestId(`flow-${FLOW}`).click();
    await family.locator(`${CARD}[data-card-id="${FIRST_CARD}"]`).waitFor();

    const cdp = await context.newCDPSession(family);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    // tsx keeps function names through a `__name` helper the page does not have.
    await family.evaluate('window.__name = (fn) => fn');
    // The page reports each sample through a binding: no evaluate() round trip runs on the
    // throttled page while a tap is under way.
    const samples = sampleQueue();
    await family.exposeBinding('__reportTap', (_source, sample: TapSample) => {
      samples.push(sample);
    });
    await family.evaluate(installTapProbe, CARD);

    const throttled = await tapLoop(family, samples, WARMUP_TAPS, TAPS);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // CPU time rather than wall time, which a busy machine inflates: the family page's main
    // thread (Chromium's ThreadTime metric; Playwright's own in-page checks for each click are
    // in it too) and the app's process (/proc, Linux).
    const doctorCdp = await context.newCDPSession(doctor);
    const threadTime = async (session: CDPSession) => {
      const { metrics } = await session.send('Performance.getMetrics');
      return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
    };
    await cdp.send('Performance.enable');
    await doctorCdp.send('Performance.enable');
    const pageCpu0 = await threadTime(cdp);
    const doctorCpu0 = await threadTime(doctorCdp);
    const appCpu0 = processCpuMs(app.process.pid);
    const unthrottled = await tapLoop(family, samples, 10, UNTHROTTLED_TAPS);
    const tapsDone = 10 + UNTHROTTLED_TAPS;
    const pageCpuPerTap = ((await threadTime(cdp)) - pageCpu0) / tapsDone;
    const doctorCpuPerTap = ((await threadTime(doctorCdp)) - doctorCpu0) / tapsDone;
    const appCpuPerTap = (processCpuMs(app.process.pid) - appCpu0) / tapsDone;

    // The doctor's page gets the whole state on every change, timeline included; the family's
    // only its screen: how big each has grown.
    const bridge = await openDoctorBridge(app.doctorUrl);
    const state = await bridge.call('consultation.current', {});
    const screen = await bridge.call('consultation.screen', {});
    bridge.close();
    return {
      ...throttled,
      unthrottled: unthrottled.all,
      pageCpuPerTap,
      doctorCpuPerTap,
      appCpuPerTap,
      timelineEntries: state?.timeline.length ?? 0,
      stateBytes: JSON.stringify(state).length,
      screenBytes: JSON.stringify(screen).length,
    };
  } finally {
    await context.close();
  }
}

/** Samples reported by the page, in order, waited for one at a time. */
function sampleQueue() {
  const ready: TapSample[] = [];
  let waiting: ((sample: TapSample) => void) | null = null;
  return {
    push(sample: TapSample) {
      if (waiting) waiting(sample);
      else ready.push(sample);
      waiting = null;
    },
    next(timeoutMs: number): Promise<TapSample> {
      const sample = ready.shift();
      if (sample) return Promise.resolve(sample);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting = null;
          reject(new Error(`no new card painted ${String(timeoutMs)} ms after the tap`));
        }, timeoutMs);
        waiting = (value) => {
          clearTimeout(timer);
          resolve(value);
        };
      });
    },
  };
}

/** Taps yes/back alternately (the screen must show the yes/no card). */
async function tapLoop(
  family: Page,
  samples: ReturnType<typeof sampleQueue>,
  warmup: number,
  taps: number,
) {
  const answers: number[] = [];
  const backs: number[] = [];
  const inOrder: number[] = [];
  const free: number[] = [];
  for (let index = 0; index < warmup + taps; index++) {
    const answering = index % 2 === 0;
    const target = answering ? 'answer-yes' : 'family-back';
    const box = await family.getByTestId(target).boundingBox();
    if (!box) throw new Error(`${target} is not on screen`);
    await family.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const sample = await samples.next(TAP_TIMEOUT_MS).catch(async (error: unknown) => {
      const shot = join(tmpdir(), 'consultation-bench-stuck.png');
      await family.screenshot({ path: shot });
      const card = await family.locator(CARD).getAttribute('data-card-id', { timeout: 1_000 });
      const alert = await family.getByRole('alert').count();
      throw new Error(
        `${String(error)} (${target}); screen shows card ${String(card)}, ${alert} alert(s); ${shot}`,
      );
    });
    const expected = answering ? SECOND_CARD : FIRST_CARD;
    if (sample.cardId !== expected) {
      throw new Error(`tap ${index}: card ${String(sample.cardId)}, expected ${expected}`);
    }
    await family.waitForTimeout(LOOK_MS);
    if (index < warmup) continue;
    (answering ? answers : backs).push(sample.ms);
    inOrder.push(sample.ms);
    free.push(sample.freeMs);
  }
  return { all: [...answers, ...backs], answers, backs, inOrder, free };
}

/** CPU time (user + system) a process has used so far, from /proc; NaN elsewhere. */
function processCpuMs(pid: number | undefined): number {
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

function printLoad(when: string): void {
  const [one, five] = loadavg();
  const cores = cpus().length;
  const busy = (one ?? 0) > cores ? ' — machine busy: figures are inflated, rerun when idle' : '';
  console.log(
    `  load average ${when}: ${(one ?? 0).toFixed(1)} (1 min), ${(five ?? 0).toFixed(1)} (5 min) on ${cores} cores${busy}`,
  );
}

/**
 * One cold start. The browser is already running and the fresh context's blank page is ready
 * (the app's windows would be opened by the app itself; the browser's own start is not the
 * app's). From spawn: Node and the bundled server start, the embedded hub and the local
 * service open, URLs printed; a session with Arabic and the first flow is started over the
 * doctor's bridge (a few ms); the family page navigates, loads its JS, connects the bridge,
 * fetches the content pack and the Arabic texts, and renders the first card.
 */
async function coldStart(browser: Browser, throttle: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript(installFirstCardProbe, '[data-testid=answer-yes]');
  // The new page's renderer process up and the previous run's context gone before the spawn:
  // on two cores their start-up and teardown would otherwise be counted as the app's.
  await page.evaluate('1');
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const spawnedAt = nowMs();
  const app = await startApp();
  try {
    const readyAt = nowMs();
    const bridge = await openDoctorBridge(app.doctorUrl);
    const session = await bridge.call('session.start', { consultationType: 'infant-checkup' });
    await bridge.call('session.chooseLanguage', { sessionId: session.id, language: 'ar' });
    await bridge.call('consultation.startFlow', { sessionId: session.id, flowId: FLOW });
    bridge.close();
    const sessionAt = nowMs();
    await page.goto(app.familyUrl);
    const first = await page.evaluate(() => window.__firstCard);
    if (!first) throw new Error('first-card probe missing');
    const card = await page.locator(CARD).getAttribute('data-card-id');
    if (card !== FIRST_CARD) throw new Error(`cold start showed ${String(card)}`);
    return {
      total: first.epochMs - spawnedAt,
      server: readyAt - spawnedAt,
      session: sessionAt - readyAt,
      page: first.ms,
    };
  } finally {
    await context.close();
    await app.stop();
  }
}

export async function run(): Promise<Figure[]> {
  const family = initialJs('family');
  const doctor = initialJs('doctor');
  printInitialJs(family);
  printInitialJs(doctor);
  const pack = contentFile('pack.json');
  const arabic = contentFile('text/ar.json');
  console.log(
    `  lazy content (fetched once a language is chosen, not in the initial js): ` +
      `pack.json ${kb(pack.gzipBytes).toFixed(1)} KB gzip, ` +
      `text/ar.json ${kb(arabic.gzipBytes).toFixed(1)} KB gzip (${kb(arabic.bytes).toFixed(0)} KB raw)`,
  );

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
    console.log(
      `  taps (${THROTTLE}× throttled, ${taps.all.length} after ${WARMUP_TAPS} warm-up): ` +
        `yes→body map p50 ${fixed(median(taps.answers))} p95 ${fixed(percentile(taps.answers, 95))} ms, ` +
        `back→yes/no p50 ${fixed(median(taps.backs))} p95 ${fixed(percentile(taps.backs, 95))} ms, ` +
        `max ${fixed(Math.max(...taps.all))} ms`,
    );
    console.log(
      `  tap → page free again after the new card's frame (throttled; includes the sound starting):` +
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
    printLoad('after the taps');

    const runs = [];
    for (let index = 0; index < COLD_RUNS; index++) runs.push(await coldStart(browser, 1));
    for (const [index, one] of runs.entries()) {
      console.log(
        `  cold start ${index + 1}: ${fixed(one.total)} ms = server ready ${fixed(one.server)}` +
          ` + session over bridge ${fixed(one.session)} + navigation → interactive ${fixed(one.page)}` +
          ` (+ ${fixed(one.total - one.server - one.session - one.page)} unaccounted)`,
      );
    }
    const throttled = [];
    for (let index = 0; index < COLD_RUNS; index++) {
      throttled.push(await coldStart(browser, THROTTLE));
    }
    console.log(
      `  cold start with the page ${THROTTLE}× throttled: median ${fixed(median(throttled.map((r) => r.total)))} ms,` +
        ` page only ${fixed(median(throttled.map((r) => r.page)))} ms`,
    );
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
