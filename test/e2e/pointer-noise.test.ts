// renderer/components/touch/pointer-noise.ts in Chromium: pointer, touch and mouse events
// never reach listeners inside the body (where the React root is); the document still hears
// them (fast tap, the inactivity timer), and clicks, keys and CSS :hover are untouched.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type * as PointerNoise from '../../renderer/components/touch/pointer-noise';
import { chromiumAvailable } from './helpers/consultation-driver';
import { useModulePage } from './helpers/module-page';

const BODY = `
<style>#target:hover { color: rgb(255, 0, 0); }</style>
<div id="root"><button id="target" style="width:200px;height:100px">target</button></div>
<p id="elsewhere" style="height:100px">elsewhere</p>
<script>
  window.inRoot = [];
  window.onDocument = [];
  const types = ['pointerover', 'pointerout', 'pointermove', 'pointerdown', 'pointerup',
    'gotpointercapture', 'lostpointercapture', 'mouseover', 'mouseout', 'mousemove',
    'mousedown', 'mouseup', 'touchstart', 'touchend', 'click', 'keydown'];
  for (const type of types) {
    document.getElementById('root').addEventListener(type, () => {
      if (!window.inRoot.includes(type)) window.inRoot.push(type);
    }, true);
    document.addEventListener(type, () => {
      if (!window.onDocument.includes(type)) window.onDocument.push(type);
    }, true);
  }
</script>`;

interface Heard {
  inRoot: string[];
  onDocument: string[];
}

const heard = (page: Page) =>
  page.evaluate(() => {
    const seen = window as unknown as Heard;
    return { inRoot: [...seen.inRoot].sort(), onDocument: [...seen.onDocument].sort() };
  });

/** A mouse moved in, pressed and moved out, a finger tap, then Enter on the button. */
async function everyKindOfInput(page: Page) {
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
  await page.touchscreen.tap(target.x + 20, target.y + 20);
  await page.locator('#target').focus();
  await page.keyboard.press('Enter');
  return hovered;
}

const ALL = [
  'click',
  'gotpointercapture',
  'keydown',
  'lostpointercapture',
  'mousedown',
  'mousemove',
  'mouseout',
  'mouseover',
  'mouseup',
  'pointerdown',
  'pointermove',
  'pointerout',
  'pointerover',
  'pointerup',
  'touchend',
  'touchstart',
];

describe.skipIf(!chromiumAvailable())('pointer noise kept from React', () => {
  const openPage = useModulePage('renderer/components/touch/pointer-noise.ts', BODY, {
    hasTouch: true,
  });
  let page: Page;
  beforeEach(() => {
    page = openPage();
  });

  it('lets only clicks and keys into the body; the document and :hover still see it all', async () => {
    await page.evaluate(() => {
      const noise = (window as unknown as { module: typeof PointerNoise }).module;
      noise.keepPointerNoiseFromReact(document.body);
    });
    const hovered = await everyKindOfInput(page);
    expect(await heard(page)).toEqual({ inRoot: ['click', 'keydown'], onDocument: ALL });
    expect(hovered).toBe('rgb(255, 0, 0)');
  });

  it('lets everything through once removed', async () => {
    await page.evaluate(() => {
      const noise = (window as unknown as { module: typeof PointerNoise }).module;
      noise.keepPointerNoiseFromReact(document.body)();
    });
    await everyKindOfInput(page);
    expect(await heard(page)).toEqual({ inRoot: ALL, onDocument: ALL });
  });
});
