// Proves renderer/styles/fonts.css makes Chromium draw each script with the bundled font, not a
// system fallback: CSS.getPlatformFontsForNode reports the face that actually drew the glyphs.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';

const fixture = resolve(import.meta.dirname, '../fixtures/content/fonts');
let outDir = '';
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'fonts-e2e-'));
  await build({
    root: fixture,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir },
  });
  server = createServer(sirv(outDir));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.evaluate(() => document.fonts.ready);
});

afterAll(async () => {
  await browser.close();
  await new Promise((done) => server.close(done));
  rmSync(outDir, { recursive: true, force: true });
});

async function fontsUsedBy(
  selector: string,
): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

describe('bundled fonts', () => {
  it.each([
    ['#ti', 'Noto Sans Ethiopic'],
    ['#am', 'Noto Sans Ethiopic'],
    ['#ar', 'Noto Sans Arabic'],
    ['#ps', 'Noto Sans Arabic'],
    ['#ka', 'Noto Sans Georgian'],
    ['#bn', 'Noto Sans Bengali'],
    ['#wo', 'Noto Sans'],
    ['#ff', 'Noto Sans'],
  ])('%s is drawn with the bundled %s only', async (selector, family) => {
    const fonts = await fontsUsedBy(selector);
    // Spaces and punctuation may come from Noto Sans; every letter must come from a bundled face.
    expect(fonts.map((font) => font.familyName)).toContain(family);
    expect(fonts.every((font) => font.isCustomFont)).toBe(true);
  });
});
