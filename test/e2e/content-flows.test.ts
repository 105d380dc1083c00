// A content flow ("child's symptoms") run end to end in Arabic and Pashto (right to left,
// mirrored navigation), Tigrinya (Ethiopic script) and French: the family sees each card's
// compiled text in its language, drawn with the bundled font, with labelled pictograms that
// load; back works; numbers stay left to right; the doctor reads the answers in French; axe
// finds nothing. Screenshots of the RTL card screens go to test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-process';
import { axeViolations } from './helpers/axe';
import { launchChromium } from './helpers/browser';
import { chromiumAvailable, compiledText, ConsultationDriver } from './helpers/consultation-driver';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const FLOW = 'child-symptoms';
const FLOW_TITLE_FR = "Symptômes de l'enfant";
const FIRST_CARD = 'symptoms.question';
const CHOSEN_SYMPTOMS = ['symptoms.fever', 'symptoms.vomiting'];

const languages = [
  { code: 'ar', dir: 'rtl', font: 'Noto Sans Arabic', screenshot: true },
  { code: 'ps', dir: 'rtl', font: 'Noto Sans Arabic', screenshot: true },
  { code: 'ti', dir: 'ltr', font: 'Noto Sans Ethiopic', screenshot: false },
  { code: 'fr', dir: 'ltr', font: 'Noto Sans', screenshot: false },
] as const;

let app: RunningApp;
let browser: Browser;
let driver: ConsultationDriver;

async function box(locator: Locator): Promise<{ x: number; width: number; center: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} is not visible`);
  return { x: found.x, width: found.width, center: found.x + found.width / 2 };
}

/** The fonts Chromium actually drew the node's glyphs with (DevTools protocol). */
async function fontsUsedBy(
  page: Page,
  selector: string,
): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}

/** Left edges of the first two characters drawn in `locator`'s text node. */
async function glyphLefts(locator: Locator): Promise<number[]> {
  return locator.evaluate((element) => {
    const node = element.firstChild;
    if (!node) return [];
    return [0, 1].map((index) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().left;
    });
  });
}

describe.skipIf(!chromiumAvailable())(`the ${FLOW} flow in four languages`, () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startApp();
    browser = await launchChromium();
    const viewport = { width: 1280, height: 900 };
    const doctor = await (await browser.newContext({ locale: 'fr-FR', viewport })).newPage();
    const family = await (await browser.newContext({ viewport })).newPage();
    driver = new ConsultationDriver(doctor, family);
    await doctor.goto(app.doctorUrl);
    await family.goto(app.familyUrl);
  });

  afterAll(async () => {
    await browser.close();
    const code = await app.stop();
    expect(code, `the app exited with ${String(code)}:\n${app.output()}`).toBe(0);
  });

  describe.each(languages)('in $code', (language) => {
    const text = (cardId: string) => compiledText(language.code, cardId);
    const rtl = language.dir === 'rtl';

    beforeAll(async () => {
      await driver.startSession('child-symptoms');
      await driver.chooseLanguage(language.code);
      await driver.startFlow(FLOW);
      await driver.waitForCard(FIRST_CARD);
    });

    afterAll(async () => {
      await driver.endSession();
    });

    it(`shows the first card in ${language.code}, with <html dir=${language.dir}>`, async () => {
      const { family } = driver;
      expect(await driver.cardText.textContent()).toBe(text(FIRST_CARD));
      expect(text(FIRST_CARD)).not.toBe('');
      expect(await family.evaluate(() => document.documentElement.lang)).toBe(language.code);
      expect(await family.evaluate(() => document.documentElement.dir)).toBe(language.dir);
      if (language.screenshot) {
        await family.evaluate(() => document.fonts.ready);
        await family.screenshot({
          path: join(SCREENSHOTS, `family-card-${language.code}.png`),
          fullPage: true,
        });
      }
    });

    it(`draws the card text with the bundled ${language.font} only`, async () => {
      await driver.family.evaluate(() => document.fonts.ready);
      const fonts = await fontsUsedBy(driver.family, '[data-testid="family-card-text"]');
      expect(fonts.map((font) => font.familyName)).toContain(language.font);
      // Punctuation may come from Noto Sans; no glyph may come from a font of the system.
      expect(fonts.filter((font) => !font.isCustomFont)).toEqual([]);
    });

    it('names every pictogram with the card text and loads its images', async () => {
      const { family } = driver;
      const pictograms = driver.card.locator('.pictograms');
      expect(await pictograms.count()).toBeGreaterThan(0);
      for (const pictogram of await pictograms.all()) {
        expect(await pictogram.getAttribute('role')).toBe('img');
        expect(await pictogram.getAttribute('aria-label')).toBe(text(FIRST_CARD));
      }
      await expect
        .poll(() => driver.card.getByRole('img', { name: text(FIRST_CARD), exact: true }).count())
        .toBe(await pictograms.count());
      // The answer tiles: decorative images inside buttons named by the option's text.
      for (const id of CHOSEN_SYMPTOMS) {
        expect(await family.getByTestId(`answer-${id}`).textContent()).toBe(text(id));
        await family.getByRole('button', { name: text(id), exact: true }).waitFor();
      }
      const images = family.locator('.step img');
      expect(await images.count()).toBeGreaterThan(0);
      await expect
        .poll(() =>
          images.evaluateAll((all) =>
            (all as HTMLImageElement[])
              .filter((image) => !image.complete || image.naturalWidth === 0)
              .map((image) => image.src),
          ),
        )
        .toEqual([]);
    });

    it('leaves every answer tile clear of the fixed help bar once scrolled to', async () => {
      const hidden: string[] = [];
      // The step on screen (steps drawn ahead of time are skipped by the browser, unseen).
      const tiles = driver.family.locator('.step .answer-tile').filter({ visible: true });
      expect(await tiles.count()).toBeGreaterThan(0);
      for (const tile of await tiles.all()) {
        const pixels = await driver.hiddenUnderHelpBar(tile);
        const id = await tile.getAttribute('data-testid');
        if (pixels > 0) hidden.push(`${id ?? '?'}: ${String(pixels)} px hidden`);
      }
      expect(hidden).toEqual([]);
    });

    it('has no axe violations on the card screen', async () => {
      expect(await axeViolations(driver.family)).toEqual([]);
    });

    it(`puts back, its arrow and the progress in ${rtl ? 'right-to-left' : 'left-to-right'} order`, async () => {
      const { family } = driver;
      const back = family.getByTestId('family-back');
      const card = await box(driver.card);
      const backBox = await box(back);
      // The back button sits at the inline start: right of the card's middle in RTL.
      if (rtl) expect(backBox.center).toBeGreaterThan(card.center);
      else expect(backBox.center).toBeLessThan(card.center);

      const transform = await back
        .locator('svg.mirror-in-rtl')
        .evaluate((svg) => getComputedStyle(svg).transform);
      const scaleX = /^matrix\(([-\d.e]+),/.exec(transform)?.[1];
      if (rtl) expect(Number(scaleX), `transform: ${transform}`).toBeLessThan(0);
      else expect(transform === 'none' || Number(scaleX) > 0, `transform: ${transform}`).toBe(true);

      const dots = family.getByTestId('progress').locator('li');
      expect(await dots.count()).toBeGreaterThan(1);
      const first = await box(dots.first());
      const last = await box(dots.last());
      if (rtl) expect(first.x).toBeGreaterThan(last.x);
      else expect(first.x).toBeLessThan(last.x);
    });

    it('runs the flow to its end, with back, and the doctor reads the answers in French', async () => {
      const { family } = driver;
      const fr = (cardId: string) => compiledText('fr', cardId);

      await driver.answerMultiple(CHOSEN_SYMPTOMS);
      expect(await driver.waitForCard('question.since-days')).toBe(text('question.since-days'));

      // The number pad: Western digits, left to right even on an RTL page.
      await driver.typeNumber(12);
      const display = family.getByTestId('number-display');
      expect(await display.textContent()).toBe('12');
      expect(await display.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
      const [one, two] = await glyphLefts(display);
      expect(one).toBeLessThan(two ?? Number.NaN);
      expect((await box(family.getByTestId('digit-1'))).x).toBeLessThan(
        (await box(family.getByTestId('digit-2'))).x,
      );
      if (language.screenshot) {
        await family.screenshot({
          path: join(SCREENSHOTS, `family-number-${language.code}.png`),
          fullPage: true,
        });
      }
      // The fixed help bar must leave every answer control fully visible once scrolled to.
      expect
        .soft(await driver.hiddenUnderHelpBar('answer-done'), 'px of "done" under the help bar')
        .toBe(0);
      await driver.confirm();

      expect(await driver.waitForCard('symptoms.drinking')).toBe(text('symptoms.drinking'));
      // Back: the previous card comes again with the answer already given.
      await driver.back();
      expect(await driver.waitForCard('question.since-days')).toBe(text('question.since-days'));
      expect(await family.getByTestId('number-display').textContent()).toBe('12');
      await driver.confirm();

      expect(await driver.waitForCard('symptoms.drinking')).toBe(text('symptoms.drinking'));
      await driver.answerYesNo('yes');
      expect(await driver.waitForCard('symptoms.sleepy')).toBe(text('symptoms.sleepy'));
      await driver.answerYesNo('no');
      expect(await driver.waitForCard('info.doctor-examines')).toBe(text('info.doctor-examines'));
      await driver.next();
      await driver.waitForFlowEnd();

      await expect
        .poll(() => driver.timeline())
        .toEqual(
          expect.arrayContaining([
            `Parcours lancé : ${FLOW_TITLE_FR}`,
            `${fr(FIRST_CARD)} → ${CHOSEN_SYMPTOMS.map(fr).join(' ; ')}`,
            `${fr('question.since-days')} → 12 jours`,
            `${fr('symptoms.drinking')} → Oui`,
            `${fr('symptoms.sleepy')} → Non`,
            `Parcours terminé : ${FLOW_TITLE_FR}`,
          ]),
        );
    });
  });
});
