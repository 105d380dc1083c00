// renderer/components/touch/hover-events.ts in Chromium: pointer and mouse over, out and move
// events never reach the page's own listeners; presses, clicks and CSS :hover still do.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as HoverEvents from '../../renderer/components/touch/hover-events';
import { launchChromium } from './helpers/browser';
import { chromiumAvailable } from './helpers/consultation-driver';
import { modulePage } from './helpers/module-page';

const BODY = `
<style>#target:hover { color: rgb(255, 0, 0); }</style>
<button id="target" style="width:200px;height:100px">target</button>
<p id="elsewhere" style="height:100px">elsewhere</p>
<script>
  window.seen = [];
  const types = ['pointerover', 'pointerout', 'pointermove', 'mouseover', 'mouseout', 'mousemove',
    'pointerdown', 'pointerup', 'click'];
  for (const type of types) document.getElementById('target').addEventListener(type, () => {
    if (!window.seen.includes(type)) window.seen.push(type);
  });
</script>`;

type HoverModule = typeof HoverEvents;

const seen = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { seen: string[] }).seen].sort());

async function moveInClickAndLeave(page: Page) {
  const target = await page.locator('#target').boundingBox();
  const elsewhere = await page.locator('#elsewhere').boundingBox();
  if (!target || !elsewhere) throw new Error('not on screen');
  await page.mouse.move(target.x + 10, target.y + 10);
  await page.mouse.move(target.x + 50, target.y + 50, { steps: 3 });
  await page.mouse.down();
  await page.mouse.up();
  const hovered = await page
    .locator('#target')
    .evaluate((button) => getComputedStyle(button).color);
  await page.mouse.move(elsewhere.x + 10, elsewhere.y + 10);
  return hovered;
}

describe.skipIf(!chromiumAvailable())('hover events kept from the page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    page = await modulePage(browser, 'renderer/components/touch/hover-events.ts', BODY);
    return () => page.context().close();
  });

  it('stops over, out and move events; presses, clicks and :hover are untouched', async () => {
    await page.evaluate(() => {
      const hover = (window as unknown as { module: HoverModule }).module;
      hover.keepHoverEventsFromPage(window);
    });
    const hovered = await moveInClickAndLeave(page);
    expect(await seen(page)).toEqual(['click', 'pointerdown', 'pointerup']);
    expect(hovered).toBe('rgb(255, 0, 0)');
  });

  it('lets everything through once removed', async () => {
    await page.evaluate(() => {
      const hover = (window as unknown as { module: HoverModule }).module;
      hover.keepHoverEventsFromPage(window)();
    });
    await moveInClickAndLeave(page);
    expect(await seen(page)).toEqual([
      'click',
      'mousemove',
      'mouseout',
      'mouseover',
      'pointerdown',
      'pointermove',
      'pointerout',
      'pointerover',
      'pointerup',
    ]);
  });
});
