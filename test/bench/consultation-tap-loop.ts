// The taps themselves: trusted touch taps on "yes" and "back" in turn, each waited for until
// the page reports its new card painted (through a binding, see consultation-probe.ts), and
// checked, so a stuck screen fails the benchmark instead of producing fast samples.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { CARD, type TapSample } from './consultation-probe';
import { FIRST_CARD, SECOND_CARD } from './consultation-setup';

/** A tap with no new card after this long is a stuck screen, not a sample. */
const TAP_TIMEOUT_MS = 15_000;
/** Between taps: the family looks at the new card (far longer in real life) while the page
 * finishes with it (its sound starts, the service's confirmation arrives). */
const LOOK_MS = 300;

/** Samples reported by the page, in order, waited for one at a time. */
export function sampleQueue() {
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

export type SampleQueue = ReturnType<typeof sampleQueue>;

/** A finger's tap at (x, y): trusted touch input (CDP Input.dispatchTouchEvent), pressed,
 * resting `holdMs` on the screen, lifted. The wait is the benchmark's, not the page's. */
export type Finger = (x: number, y: number) => Promise<void>;

export function finger(cdp: CDPSession, holdMs: number): Finger {
  const press = (x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  const lift = () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  return async (x, y) => {
    // Lifted at once: both sent together, as Playwright's tap does (CDP answers a touch only
    // once the page has handled it, so awaiting the press would hold the finger that long).
    if (holdMs === 0) {
      await Promise.all([press(x, y), lift()]);
      return;
    }
    await press(x, y);
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    await lift();
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Taps yes/back alternately (the screen must show the yes/no card). */
export async function tapLoop(
  family: Page,
  tap: Finger,
  samples: SampleQueue,
  counts: { warmup: number; taps: number },
) {
  const { warmup, taps } = counts;
  const answers: number[] = [];
  const backs: number[] = [];
  const inOrder: number[] = [];
  const free: number[] = [];
  const fromHandler: number[] = [];
  const fromPress: number[] = [];
  const boxes: Partial<Record<string, Box | null>> = {};
  for (let index = 0; index < warmup + taps; index++) {
    const answering = index % 2 === 0;
    const target = answering ? 'answer-yes' : 'family-back';
    // Each button's place is read once: a finger does not query the page before it taps, and
    // that query's own work on the throttled page was measured to delay the next tap's input.
    // The card checked after each tap shows the right button was hit.
    const box = (boxes[target] ??= await family.getByTestId(target).boundingBox());
    if (!box) throw new Error(`${target} is not on screen`);
    await tap(box.x + box.width / 2, box.y + box.height / 2);
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
    fromHandler.push(sample.handlerMs);
    fromPress.push(sample.fromPressMs);
  }
  return { all: [...answers, ...backs], answers, backs, inOrder, free, fromHandler, fromPress };
}
