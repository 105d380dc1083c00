// A renderer module on its own in Chromium: bundled by esbuild (as the app's build would),
// its exports put on `window.module` of a blank page whose body the test writes. For DOM
// behaviour that only a real browser has (touch input, hit testing, frames).
import { build } from 'esbuild';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

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
