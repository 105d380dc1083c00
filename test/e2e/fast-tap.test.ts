// renderer/components/touch/fast-tap.ts in Chromium with real touch input (CDP): a tap acts
// once, as the finger lifts, and everything that is not a tap is left to the browser.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type * as FastTap from '../../renderer/components/touch/fast-tap';
import { chromiumAvailable } from './helpers/consultation-driver';
import { useModulePage } from './helpers/module-page';

const BODY = `
<button id="plain" style="width:200px;height:100px">plain</button>
<button id="off" disabled style="width:200px;height:100px">off</button>
<svg width="200" height="100"><g id="region" role="button" tabindex="0"><rect width="200" height="100" /></g></svg>
<div style="height:3000px"></div>
<script>
  window.clicks = [];
  window.trusted = 0;
  window.addEventListener('click', (e) => { if (e.isTrusted) window.trusted++; }, true);
  document.body.addEventListener('click', (e) => {
    window.clicks.push({ id: e.target.closest('[id]')?.id, trusted: e.isTrusted, detail: e.detail });
  });
</script>`;

interface Click {
  id: string;
  trusted: boolean;
  detail: number;
}

const center = async (page: Page, id: string) => {
  const box = await page.locator(`#${id}`).boundingBox();
  if (!box) throw new Error(`#${id} not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** One finger down at the first point, moved through the others, lifted at the last. */
async function drag(page: Page, points: { x: number; y: number }[]) {
  const cdp = await page.context().newCDPSession(page);
  const [first, ...rest] = points;
  if (!first) return;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [first] });
  for (const point of rest) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const clicks = (page: Page) =>
  page.evaluate(() => (window as unknown as { clicks: Click[] }).clicks);
const trustedClicks = (page: Page) =>
  page.evaluate(() => (window as unknown as { trusted: number }).trusted);
/** Lets the browser deliver anything it still would (its own click comes a task later). */
const settle = (page: Page) => page.waitForTimeout(150);

describe.skipIf(!chromiumAvailable())('fast tap', () => {
  const openPage = useModulePage('renderer/components/touch/fast-tap.ts', BODY, {
    hasTouch: true,
  });
  let page: Page;
  beforeEach(async () => {
    page = openPage();
    await page.evaluate(() => {
      const installed = (window as unknown as { module: typeof FastTap }).module;
      (window as unknown as { uninstall: () => void }).uninstall =
        installed.installFastTap(document);
    });
  });

  it('acts once as the finger lifts, and the browser adds no click of its own', async () => {
    const at = await center(page, 'plain');
    await page.touchscreen.tap(at.x, at.y);
    await settle(page);
    expect(await clicks(page)).toEqual([{ id: 'plain', trusted: false, detail: 1 }]);
    expect(await trustedClicks(page)).toBe(0);
    // The press state ends with the tap.
    expect(await page.locator('#plain').evaluate((b) => b.matches(':active'))).toBe(false);
  });

  it('taps a role="button" drawn in SVG too', async () => {
    const at = await center(page, 'region');
    await page.touchscreen.tap(at.x, at.y);
    await settle(page);
    expect(await clicks(page)).toEqual([{ id: 'region', trusted: false, detail: 1 }]);
  });

  it('never taps a disabled button', async () => {
    const at = await center(page, 'off');
    await page.touchscreen.tap(at.x, at.y);
    await settle(page);
    expect(await clicks(page)).toEqual([]);
  });

  it('leaves a finger that moved (a scroll, a slide off the button) to the browser', async () => {
    const at = await center(page, 'plain');
    await drag(page, [at, { x: at.x, y: at.y - 60 }, { x: at.x, y: at.y - 120 }]);
    await drag(page, [at, { x: at.x + 20, y: at.y }]);
    await settle(page);
    expect(await clicks(page)).toEqual([]);
    expect(await trustedClicks(page)).toBe(0);
  });

  it('accepts a finger that trembled within the slop', async () => {
    const at = await center(page, 'plain');
    await drag(page, [at, { x: at.x + 4, y: at.y + 3 }, { x: at.x + 6, y: at.y + 2 }]);
    await settle(page);
    expect(await clicks(page)).toEqual([{ id: 'plain', trusted: false, detail: 1 }]);
  });

  it('leaves the keyboard and the mouse alone', async () => {
    await page.locator('#plain').focus();
    await page.keyboard.press('Enter');
    await page.mouse.click(...(Object.values(await center(page, 'region')) as [number, number]));
    await settle(page);
    expect(await clicks(page)).toEqual([
      { id: 'plain', trusted: true, detail: 0 },
      { id: 'region', trusted: true, detail: 1 },
    ]);
  });

  it('swallows a browser click echoing a tap at the same place, and only that', async () => {
    const at = await center(page, 'plain');
    await page.touchscreen.tap(at.x, at.y);
    await page.mouse.click(at.x, at.y); // within the echo window, same place: dropped
    const region = await center(page, 'region');
    await page.mouse.click(region.x, region.y); // elsewhere: kept
    await settle(page);
    expect((await clicks(page)).map((click) => click.id)).toEqual(['plain', 'region']);
    await page.waitForTimeout(900);
    await page.mouse.click(at.x, at.y); // after the window: kept
    expect((await clicks(page)).map((click) => click.id)).toEqual(['plain', 'region', 'plain']);
  });

  it('is gone once removed: the browser clicks as usual', async () => {
    await page.evaluate(() => {
      (window as unknown as { uninstall: () => void }).uninstall();
    });
    const at = await center(page, 'plain');
    await page.touchscreen.tap(at.x, at.y);
    await settle(page);
    expect(await clicks(page)).toEqual([{ id: 'plain', trusted: true, detail: 1 }]);
  });
});
