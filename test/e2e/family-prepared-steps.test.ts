// The family screen draws the steps one tap away before the tap (StepDeck): hidden, out of the
// accessibility tree, with no test ids, and a step the family comes back to starts fresh.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, compiledText } from './helpers/consultation-driver';
import { expectAxeClean, PLAY_TIMEOUT, useStage } from './helpers/consultation-steps';

describe.skipIf(!chromiumAvailable())('steps drawn ahead of the tap', () => {
  const stage = useStage();

  it(
    'keeps the next step hidden from eyes, screen readers and tests, then reveals it fresh',
    async () => {
      const { doctor, family, driver } = stage;
      await doctor.getByLabel('Bilan de santé du nourrisson', { exact: true }).check();
      await doctor.getByRole('button', { name: '2. Commencer' }).click();
      await driver.chooseLanguage('ar');
      await driver.startFlow('pain-assessment');
      await driver.waitForCard('pain.question');

      // Once the card is painted, the body map ("yes") is built beside it, hidden.
      const steps = family.locator('.consultation > .step');
      await expect.poll(() => steps.count()).toBeGreaterThan(1);
      await expect.poll(() => family.locator('.step .body-figure').count()).toBe(1);
      expect(await steps.evaluateAll((all) => all.filter((s) => s.checkVisibility()).length)).toBe(
        1,
      );
      expect(await family.locator('[data-testid="family-card"]').count()).toBe(1);
      const head = compiledText('ar', 'body.head');
      expect(await family.getByRole('button', { name: head }).count()).toBe(0);
      await expectAxeClean(family, 'yes/no card with the body map drawn ahead');

      // Revealed at the tap; chosen, then left with "back" before confirming…
      await driver.answerYesNo('yes');
      await driver.waitForCard('pain.where');
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
