// The tap measurement: the app's doctor and family pages driven through a consultation, the
// family page throttled and then not, with the CPU each side spends per tap and how big the
// states sent to each page have grown by the end.
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../e2e/helpers/app-process';
import { openDoctorBridge } from './consultation-bridge';
import { processCpuMs, threadTimeMs } from './consultation-cpu';
import { CARD, installTapProbe, SHOWN_CARD, type TapSample } from './consultation-probe';
import { FIRST_CARD, FLOW, THROTTLE, VIEWPORT } from './consultation-setup';
import {
  finger,
  sampleQueue,
  tapLoop,
  type Finger,
  type SampleQueue,
} from './consultation-tap-loop';

export const WARMUP_TAPS = 20;
const TAPS = 240;
/** How long the benchmark's finger rests on the screen: a brisk tap. The press's own work
 * (hit test, press state, the touch listeners) is done while it rests, as with a real finger;
 * the family then waits from the lift, when the tap acts. */
export const HOLD_MS = 60;
/** A shorter throttled pass with the finger lifted at once, as Playwright's tap does: the lift
 * then queues behind the press's own work, which no finger's tap does; printed beside. */
const INSTANT_TAPS = 100;
/** A shorter unthrottled pass, to tell the page's CPU from everything else. */
const UNTHROTTLED_TAPS = 60;
/** Event Timing reports no interaction shorter than this (its smallest threshold). */
const EVENT_TIMING_FLOOR_MS = 16;

/** Each of the taps' latency as the browser measured it (Event Timing, per interaction, as
 * Interaction to Next Paint counts it); those it did not report, below its floor, counted at
 * the floor. */
async function browserLatencies(family: Page, taps: number): Promise<number[]> {
  const reported = await family.evaluate(() => [...(window.__interactionMs?.values() ?? [])]);
  const unreported = Math.max(0, taps - reported.length);
  return [...reported, ...Array<number>(unreported).fill(EVENT_TIMING_FLOOR_MS)];
}

/** Warm-up taps, then `taps` measured ones, with the browser's own latencies for those. */
async function measuredPass(family: Page, tap: Finger, samples: SampleQueue, taps: number) {
  await tapLoop(family, tap, samples, { warmup: WARMUP_TAPS, taps: 0 });
  await family.evaluate(() => {
    window.__interactionMs?.clear();
  });
  const measured = await tapLoop(family, tap, samples, { warmup: 0, taps });
  return { ...measured, browser: await browserLatencies(family, taps) };
}

/**
 * The web shell as a clinic runs it: doctor and family pages in one browser, the session
 * started on the doctor page, Arabic chosen on the family page, the flow started by the
 * doctor. Only the family page is throttled. Taps alternate "yes" (yes/no card → body map)
 * and "back" (body map → yes/no card); every tap's new card is checked, so a stuck screen
 * fails the benchmark instead of producing fast samples.
 */
export async function measureTaps(browser: Browser, app: RunningApp) {
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
    await family.evaluate(installTapProbe, SHOWN_CARD);

    const throttled = await measuredPass(family, finger(cdp, HOLD_MS), samples, TAPS);
    const instant = await measuredPass(family, finger(cdp, 0), samples, INSTANT_TAPS);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // CPU time rather than wall time, which a busy machine inflates: the family page's main
    // thread (Chromium's ThreadTime metric; Playwright's own in-page checks for each click are
    // in it too) and the app's process (/proc, Linux).
    const doctorCdp = await context.newCDPSession(doctor);
    await cdp.send('Performance.enable');
    await doctorCdp.send('Performance.enable');
    const pageCpu0 = await threadTimeMs(cdp);
    const doctorCpu0 = await threadTimeMs(doctorCdp);
    const appCpu0 = processCpuMs(app.process.pid);
    const unthrottled = await tapLoop(family, finger(cdp, HOLD_MS), samples, {
      warmup: 10,
      taps: UNTHROTTLED_TAPS,
    });
    const tapsDone = 10 + UNTHROTTLED_TAPS;
    const pageCpuPerTap = ((await threadTimeMs(cdp)) - pageCpu0) / tapsDone;
    const doctorCpuPerTap = ((await threadTimeMs(doctorCdp)) - doctorCpu0) / tapsDone;
    const appCpuPerTap = (processCpuMs(app.process.pid) - appCpu0) / tapsDone;

    // The doctor's page gets the whole state on every change, timeline included; the family's
    // only its screen: how big each has grown.
    const bridge = await openDoctorBridge(app.doctorUrl);
    const state = await bridge.call('consultation.current', {});
    const screen = await bridge.call('consultation.screen', {});
    bridge.close();
    return {
      ...throttled,
      instant,
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

export type TapResults = Awaited<ReturnType<typeof measureTaps>>;
