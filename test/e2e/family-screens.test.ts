// Each family screen in Arabic and Pashto, photographed under test-results/screenshots/ and
// checked for mirroring: back button on the right, progress dots from right to left, pain
// faces from 0 on the right to 10 on the left. In Arabic the pain flow is answered with the
// keyboard alone (Tab, Enter, Space), with a visible focus ring on every stop. axe finds
// nothing on any of these screens.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './helpers/consultation-driver';
import {
  expectAxeClean,
  focusRingVisible,
  PLAY_TIMEOUT,
  pushPhrase,
  shoot,
  tabTo,
  useStage,
} from './helpers/consultation-steps';

const centerX = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.left + rect.width / 2;
  });

/** Mirroring of the card screen: back on the right, progress running right to left. */
async function expectMirroredCard(family: Page): Promise<void> {
  expect(await family.evaluate(() => document.documentElement.dir)).toBe('rtl');
  const width = family.viewportSize()?.width ?? 0;
  expect(await centerX(family, '[data-testid="family-back"]')).toBeGreaterThan(width / 2);
  const dots = await family
    .getByTestId('progress')
    .locator('li')
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().left));
  expect(dots.length).toBeGreaterThan(1);
  expect(dots).toEqual([...dots].sort((a, b) => b - a));
}

/** Keyboard only: Tab to the control, then Enter or Space; the focus ring shows each stop. */
async function press(family: Page, testId: string, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  await tabTo(family, testId, 80);
  expect(await focusRingVisible(family), `focus ring on ${testId}`).toBe(true);
  await family.keyboard.press(key === ' ' ? 'Space' : key);
}

describe.skipIf(!chromiumAvailable()).each([
  { language: 'ar', keyboard: true },
  { language: 'ps', keyboard: false },
])('the family screens in $language', ({ language, keyboard }) => {
  const stage = useStage();

  it(
    'are mirrored, axe-clean and photographed',
    async () => {
      const { doctor, family, driver } = stage;
      const snap = (screen: string) => shoot(family, `family-${language}-${screen}`);
      await doctor.getByLabel('Bilan de santé du nourrisson', { exact: true }).check();
      await doctor.getByRole('button', { name: '2. Commencer' }).click();
      await family.locator('button.language-tile').first().waitFor();
      await snap('language-picker');
      await driver.chooseLanguage(language);

      await driver.startFlow('pain-assessment');
      await driver.waitForCard('pain.question');
      await snap('yes-no');
      await expectMirroredCard(family);
      await expectAxeClean(family, `yes-no card (${language})`);
      if (keyboard) await press(family, 'answer-yes');
      else await driver.answerYesNo('yes');

      await driver.waitForCard('pain.where');
      if (keyboard) {
        await press(family, 'region-belly', ' ');
        await press(family, 'region-head', 'Enter');
      } else {
        await driver.tap('region-belly');
        await driver.tap('region-head');
      }
      await expect.poll(() => family.locator('.body-region[aria-pressed="true"]').count()).toBe(2);
      await snap('body-map');
      await expectMirroredCard(family);
      await expectAxeClean(family, `body map (${language})`);
      if (keyboard) await press(family, 'answer-done');
      else await driver.confirm();

      await driver.waitForCard('pain.how-much');
      await snap('pain-faces');
      await expectMirroredCard(family);
      const faces = await family
        .locator('.pain-faces [data-testid^="pain-"]')
        .evaluateAll((tiles) =>
          tiles.map((tile) => [
            tile.getAttribute('data-testid'),
            tile.getBoundingClientRect().left,
          ]),
        );
      expect(faces.map(([id]) => id)).toEqual([
        'pain-0',
        'pain-2',
        'pain-4',
        'pain-6',
        'pain-8',
        'pain-10',
      ]);
      const lefts = faces.map(([, left]) => Number(left));
      expect(lefts, '0 on the right, 10 on the left').toEqual([...lefts].sort((a, b) => b - a));
      await expectAxeClean(family, `pain faces (${language})`);
      if (keyboard) await press(family, 'pain-6');
      else await driver.answerPain(6);

      await driver.waitForCard('question.since-days');
      await expectAxeClean(family, `number pad (${language})`);
      if (keyboard) {
        await press(family, 'digit-3');
        await press(family, 'answer-done');
      } else await driver.answerNumber(3);
      await driver.waitForCard('info.doctor-examines');
      if (keyboard) await press(family, 'answer-next');
      else await driver.next();

      await driver.waitForFlowEnd();
      await snap('wait');
      await expectAxeClean(family, `wait screen (${language})`);

      await pushPhrase(stage, 'peser', 'phrase.weigh');
      await snap('pushed-card');
      await expectAxeClean(family, `pushed card (${language})`);
      const close = await centerX(family, '[data-testid="pushed-close"]');
      expect(close).toBeGreaterThan(0);
      if (keyboard) await press(family, 'pushed-close');
      else await driver.tap('pushed-close');
      await family.getByTestId('pushed-card').waitFor({ state: 'detached' });

      // The doctor's timeline shows the family's keyboard answers like taps.
      const timeline = (await doctor.getByTestId('timeline').textContent()) ?? '';
      expect(timeline).toMatch(/6\/10/);
    },
    PLAY_TIMEOUT,
  );
});
