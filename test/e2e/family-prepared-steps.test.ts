// The family screen draws the steps one tap away before the tap (StepDeck): skipped by the
// browser (content-visibility: hidden), out of the accessibility tree and the tab order, with
// no test ids and no sound, and a step the family comes back to starts fresh.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  compiledText,
  type ConsultationDriver,
} from './helpers/consultation-driver';
import {
  expectAxeClean,
  openArabicPainQuestion,
  PLAY_TIMEOUT,
  useStage,
} from './helpers/consultation-steps';

/** Records the source of every clip the page starts, in order. */
function recordClipsStarted(page: Page) {
  return page.evaluate(() => {
    const started: string[] = [];
    (window as unknown as { clipsStarted: string[] }).clipsStarted = started;
    const original: unknown = Reflect.get(HTMLMediaElement.prototype, 'play');
    const play = original as (this: HTMLMediaElement) => Promise<void>;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      started.push(this.src);
      return play.call(this);
    };
  });
}

const clipsStarted = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { clipsStarted: string[] }).clipsStarted.map((src) =>
      src.replace(/^.*\/audio\/ar\/(.+)\.[0-9a-f]{16}\.ogg$/, '$1'),
    ),
  );

/** Names in Chromium's own accessibility tree (what a screen reader is given). */
async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => String(node.name?.value ?? ''))
    .filter((name) => name !== '');
}

/** Every element Tab reaches, walking once round the page. */
async function tabStops(page: Page): Promise<{ inHiddenStep: boolean; label: string }[]> {
  const stops: { inHiddenStep: boolean; label: string }[] = [];
  await page.locator('body').focus();
  for (let index = 0; index < 40; index++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const active = document.activeElement;
        return {
          inHiddenStep: active?.closest('.step-slot[data-shown="false"]') != null,
          label: active?.getAttribute('aria-label') ?? active?.textContent ?? '',
        };
      }),
    );
  }
  return stops;
}

/** The Arabic pain question on screen, with the body map ("yes") drawn ahead beside it. */
async function openWithBodyMapAhead(stage: { family: Page; driver: ConsultationDriver }) {
  await openArabicPainQuestion(stage.driver);
  await expect.poll(() => stage.family.locator('.step .body-figure').count()).toBe(1);
}

/** Waits until `frames` frames have been drawn, each followed by a task: what the page queues
 * after a paint (afterNextPaint) has run by then. */
const afterFrames = (page: Page, frames: number) =>
  page.evaluate(async (count) => {
    for (let index = 0; index < count; index++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, frames);

describe.skipIf(!chromiumAvailable())('steps drawn ahead of the tap', () => {
  const stage = useStage();

  it(
    'keeps the next step hidden from eyes, screen readers and tests, then reveals it fresh',
    async () => {
      const { family, driver } = stage;
      await openArabicPainQuestion(driver, () => recordClipsStarted(family));

      // Once the card is painted, the body map ("yes") is built beside it, hidden.
      const steps = family.locator('.step-deck .step');
      await expect.poll(() => steps.count()).toBeGreaterThan(1);
      await expect.poll(() => family.locator('.step .body-figure').count()).toBe(1);
      expect(await steps.evaluateAll((all) => all.filter((s) => s.checkVisibility()).length)).toBe(
        1,
      );
      expect(await family.locator('[data-testid="family-card"]').count()).toBe(1);
      const head = compiledText('ar', 'body.head');
      expect(await family.getByRole('button', { name: head }).count()).toBe(0);
      // Not given to a screen reader, not reachable by Tab, and silent: only the card on
      // screen started its sound.
      const where = compiledText('ar', 'pain.where');
      const names = await accessibleNames(family);
      expect(names).toContain(compiledText('ar', 'pain.question'));
      expect(names).not.toContain(head);
      expect(names).not.toContain(where);
      const stops = await tabStops(family);
      expect(stops.filter((stop) => stop.inHiddenStep)).toEqual([]);
      expect(stops.length).toBeGreaterThan(0);
      await expect.poll(() => clipsStarted(family)).toContain('pain.question');
      expect(new Set(await clipsStarted(family))).toEqual(new Set(['pain.question']));
      await expectAxeClean(family, 'yes/no card with the body map drawn ahead');

      // Revealed at the tap, with its sound; chosen, then left with "back" before confirming…
      await driver.answerYesNo('yes');
      await driver.waitForCard('pain.where');
      await expect.poll(async () => (await clipsStarted(family)).at(-1)).toBe('pain.where');
      expect(await accessibleNames(family)).toContain(head);
      await driver.tap('region-head');
      await expect
        .poll(() => family.getByTestId('region-head').getAttribute('aria-pressed'))
        .toBe('true');
      await driver.back();
      await driver.waitForCard('pain.question');
      // …the body map comes back with nothing chosen: the family never confirmed it.
      await driver.answerYesNo('yes');
      await driver.waitForCard('pain.where');
      expect(await family.getByTestId('region-head').getAttribute('aria-pressed')).toBe('false');
      expect(await family.getByRole('button', { name: head }).count()).toBe(1);
      // The doctor's timeline holds the two "yes", nothing from the unconfirmed body map.
      expect(await driver.timeline()).toEqual([
        'Parcours lancé : Évaluation de la douleur',
        'Est-ce que ça fait mal ? → Oui',
        'Est-ce que ça fait mal ? → Oui',
      ]);
    },
    PLAY_TIMEOUT,
  );
});

describe.skipIf(!chromiumAvailable())('the focus when the card changes', () => {
  const stage = useStage();

  /** The card whose text has the focus, or what has it instead. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (active?.matches('.card-text'))
        return active.closest('[data-card-id]')?.getAttribute('data-card-id') ?? '';
      return active?.getAttribute('data-testid') ?? active?.tagName ?? 'none';
    });

  it(
    'follows the new card when its step leaves, and stays where the family put it otherwise',
    async () => {
      const { family, driver } = stage;
      await openWithBodyMapAhead(stage);

      // A keyboard "yes": the button leaves with its step, the body map's text takes the focus
      // (a screen reader reads it) and the next Tab stays inside the step on screen.
      await family.getByTestId('answer-yes').focus();
      await family.keyboard.press('Enter');
      await driver.waitForCard('pain.where');
      await expect.poll(() => focused(family)).toBe('pain.where');
      await family.keyboard.press('Tab');
      expect(
        await family.evaluate(
          () => document.activeElement?.closest('.step-slot[data-shown="true"]') != null,
        ),
      ).toBe(true);

      // "Back" leaves with its step too: the question's text takes the focus.
      await driver.back();
      await driver.waitForCard('pain.question');
      await expect.poll(() => focused(family)).toBe('pain.question');

      // Focus elsewhere (the help bar) is left there when the card changes (the "yes" here is
      // a click that moves no focus).
      const helpButton = family.locator('.help-bar button').first();
      await helpButton.focus();
      const helpId = await helpButton.getAttribute('data-testid');
      await family.getByTestId('answer-yes').dispatchEvent('click');
      // React has caught up (the test ids moved); its effects and the frames after them run.
      await driver.waitForCard('pain.where');
      await afterFrames(family, 3);
      expect(await focused(family)).toBe(helpId);
    },
    PLAY_TIMEOUT,
  );
});

describe.skipIf(!chromiumAvailable())('a tap onto a step drawn ahead', () => {
  const stage = useStage();

  it(
    'shows the next card in the tap’s own task, and stays whole when a second tap beats React',
    async () => {
      const { family, driver } = stage;
      await openWithBodyMapAhead(stage);

      // "Yes", then "back" on the card it revealed, both inside one task: nothing is painted
      // and React has not rendered in between.
      const seen = await family.evaluate(() => {
        const shownCard = () =>
          document
            .querySelector('.step-slot[data-shown="true"] [data-card-id]')
            ?.getAttribute('data-card-id');
        const testIdCard = () =>
          document.querySelector('[data-testid="family-card"]')?.getAttribute('data-card-id');
        document.querySelector<HTMLElement>('[data-testid="answer-yes"]')?.click();
        const afterYes = { shown: shownCard(), testId: testIdCard() };
        document.querySelector<HTMLElement>('.step-slot[data-shown="true"] .back-button')?.click();
        return { afterYes, afterBack: shownCard() };
      });
      // The body map is on screen before React moved the test ids (decision 0077)…
      expect(seen.afterYes).toEqual({ shown: 'pain.where', testId: 'pain.question' });
      // …and the second tap went through React's caught-up state: back to the question.
      expect(seen.afterBack).toBe('pain.question');

      // Everything then agrees: one step shown, the one holding the test ids, the service's.
      await expect
        .poll(() => driver.timeline())
        .toEqual(['Parcours lancé : Évaluation de la douleur', 'Est-ce que ça fait mal ? → Oui']);
      await driver.waitForCard('pain.question');
      expect(
        await family
          .locator('.step-slot[data-shown="true"]')
          .evaluateAll((slots) =>
            slots.map((slot) => slot.querySelector('[data-testid]') !== null),
          ),
      ).toEqual([true]);
      await driver.answerYesNo('yes');
      await driver.waitForCard('pain.where');
      expect(await family.locator('.step-slot[data-shown="true"]').count()).toBe(1);
    },
    PLAY_TIMEOUT,
  );
});
