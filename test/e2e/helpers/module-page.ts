// A renderer module on its own in Chromium: bundled by esbuild (as the app's build would),
// its exports put on `window.module` of a blank page whose body the test writes. For DOM
// behaviour that only a real browser has (touch input, hit testing, frames).
import { build } from 'esbuild';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './browser';

const bundles = new Map<string, Promise<string>>();

function bundle(entry: string): Promise<string> {
  let script = bundles.get(entry);
  if (!script) {
    script = build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      globalName: 'module',
      write: false,
      target: 'chrome120',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entry, script);
  }
  return script;
}

export async function modulePage(
  browser: Browser,
  entry: string,
  body: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const script = await bundle(entry);
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.route('http://module.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>test</title></head><body>${body}</body></html>`,
    }),
  );
  await page.goto('http://module.test/');
  await page.addScriptTag({ content: script });
  return page;
}

/**
 * For a describe block: one Chromium for the file and, before each test, a fresh page on the
 * module (its own context, closed after the test). Returns the current test's page.
 */
export function useModulePage(
  entry: string,
  body: string,
  options: BrowserContextOptions = {},
): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    const opened = await modulePage(browser, entry, body, options);
    page = opened;
    return () => opened.context().close();
  });
  return () => {
    if (!page) throw new Error('no page: call it inside a test');
    return page;
  };
}
