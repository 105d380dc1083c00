// Proves renderer/styles/fonts.css makes Chromium draw every language's card texts with the font
// the app bundles for it, not a system fallback: CSS.getPlatformFontsForNode reports the faces
// that actually drew the glyphs, and whether each came from a web font. The page holds, for every
// language of assets/content/languages.json, all of its texts (cards and UI), so a character that
// no bundled face has (a Chinese character missing from the subset, say) fails here.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LanguagesFile } from '../../shared/content/language';
import { TextFile } from '../../shared/content/pack-files';
import { launchChromium } from './helpers/browser';

const root = resolve(import.meta.dirname, '../..');
const content = join(root, 'assets/content');
const { languages } = LanguagesFile.parse(
  JSON.parse(readFileSync(join(content, 'languages.json'), 'utf8')),
);

/** A language's texts, file by file; `only` keeps the texts whose id starts with one of them. */
function textsOf(code: string, only?: readonly string[]): string[] {
  const dir = join(content, 'text', code);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = TextFile.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      return Object.entries(file.texts)
        .filter(([id]) => !only || only.some((prefix) => id.startsWith(prefix)))
        .map(([, entry]) => entry.text);
    });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Card texts exist for every language the app offers (content:check). Each language has a
// paragraph with all its texts in the text weight (400) and a heading with its greeting and UI
// texts in the weight of titles and buttons (700): the whole pack in bold would make a page this
// machine's Chromium takes too long to lay out, Nastaliq above all.
const withCards = languages.filter((language) => textsOf(language.code).length > 0);

let pageDir = '';
let outDir = '';
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), 'fonts-page-'));
  outDir = mkdtempSync(join(tmpdir(), 'fonts-e2e-'));
  const paragraphs = withCards.flatMap((language) => {
    const text = escapeHtml(textsOf(language.code).join(' '));
    const titles = escapeHtml(textsOf(language.code, ['ui.', language.greetingCard]).join(' '));
    const attributes = `lang="${language.code}" dir="${language.direction}"`;
    return [
      `<p id="${language.code}" ${attributes}>${text}</p>`,
      `<h2 id="${language.code}-bold" ${attributes}>${titles}</h2>`,
    ];
  });
  const fontsCss = relative(pageDir, join(root, 'renderer/styles/fonts.css'));
  writeFileSync(
    join(pageDir, 'index.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8" /><title>fonts</title>` +
      `<link rel="stylesheet" href="${fontsCss}" /></head><body>${paragraphs.join('')}</body></html>`,
  );
  await build({
    root: pageDir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true },
  });
  server = createServer(sirv(outDir));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/index.html`, { timeout: 120_000 });
  await page.evaluate(() => document.fonts.ready);
}, 180_000);

afterAll(async () => {
  await browser.close();
  await new Promise((done) => server.close(done));
  rmSync(outDir, { recursive: true, force: true });
  rmSync(pageDir, { recursive: true, force: true });
});

async function fontsUsedBy(
  selector: string,
): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root: document } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: document.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

describe('bundled fonts', () => {
  it('covers every language of the pack, Urdu and Chinese included', () => {
    expect(withCards.map((language) => language.code)).toEqual(
      expect.arrayContaining(['ur', 'zh', 'ti', 'ar', 'fr']),
    );
    expect(withCards).toHaveLength(languages.length);
  });

  it.each(
    withCards.flatMap((language) => [
      [`#${language.code}`, language.fontFamily],
      [`#${language.code}-bold`, language.fontFamily],
    ]),
  )('%s: every card text is drawn with the bundled %s only', async (selector, family) => {
    const fonts = await fontsUsedBy(selector);
    // Spaces, digits and punctuation may come from a fallback face, but a bundled one: no glyph
    // from a font of the PC.
    expect(fonts.filter((font) => !font.isCustomFont)).toEqual([]);
    // The language's own face draws most of the glyphs.
    const [main] = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount);
    expect(main?.familyName).toBe(family);
  });

  it('gives Nastaliq the line height it needs', async () => {
    const { fontSize, lineHeight } = await page.$eval('#ur', (element) =>
      getComputedStyle(element),
    );
    expect(Number.parseFloat(lineHeight) / Number.parseFloat(fontSize)).toBeCloseTo(2.2, 1);
  });

  it('draws Chinese with the bundled subset, not a system CJK font', async () => {
    const fonts = await fontsUsedBy('#zh');
    expect(fonts).toEqual([
      expect.objectContaining({ familyName: 'Noto Sans SC', isCustomFont: true }),
    ]);
  });
});
