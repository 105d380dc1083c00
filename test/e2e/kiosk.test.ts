// Kiosk behaviour: the doctor sets a PIN and a 15 s inactivity in the settings; on one screen
// the family view offers nothing of the doctor's console, a wrong PIN is refused, the right
// one brings the console back; the family page of the two-window mode has no doctor control;
// an untouched family screen goes back to its welcome picture and a touch brings the same card
// back; after the end nothing of the family stays. Five wrong PINs lock the pad (fresh app).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, compiledText } from './helpers/consultation-driver';
import {
  describeScreens,
  endSession,
  expectAxeClean,
  PLAY_TIMEOUT,
  useStage,
} from './helpers/consultation-steps';

const PIN = '2468';
const INACTIVITY_SECONDS = 15;

/** Settings → new PIN (and inactivity) → "Enregistrer"; back to the home screen. */
async function configureKiosk(doctor: Page, inactivitySeconds?: number): Promise<void> {
  await doctor.getByTestId('open-settings').click();
  await doctor.getByTestId('new-pin').fill(PIN);
  if (inactivitySeconds !== undefined) {
    await doctor.getByTestId('inactivity-seconds').fill(String(inactivitySeconds));
  }
  await doctor.getByRole('button', { name: 'Enregistrer' }).click();
  await doctor.getByText('Réglages enregistrés.').waitFor();
}

async function backHome(doctor: Page): Promise<void> {
  await doctor.getByTestId('open-settings').click();
  await doctor.getByRole('heading', { name: 'Nouvelle consultation' }).waitFor();
}

async function startSessionAndShowFamily(doctor: Page): Promise<void> {
  await doctor.getByLabel('Bilan de santé du nourrisson', { exact: true }).check();
  await doctor.getByRole('button', { name: '2. Commencer' }).click();
  await doctor.getByRole('heading', { name: 'Consultation en cours' }).waitFor();
  await doctor.getByTestId('show-family').click();
  await doctor.getByTestId('kiosk').waitFor();
}

async function tryPin(doctor: Page, pin: string): Promise<void> {
  if (await doctor.getByTestId('kiosk-lock').isVisible()) {
    await doctor.getByTestId('kiosk-lock').click();
  }
  const input = doctor.getByTestId('kiosk-pin');
  await input.fill(pin);
  await doctor.getByTestId('kiosk-unlock').click();
  // The pad empties its field once the service has answered: one try at a time.
  await expect
    .poll(() =>
      doctor.evaluate(
        () => document.querySelector<HTMLInputElement>('[data-testid="kiosk-pin"]')?.value ?? '',
      ),
    )
    .toBe('');
}

/**
 * What of the doctor's console a page offers: controls that can be seen, or reached by
 * keyboard or a screen reader. On one screen the console stays mounted under the family view
 * (the interpreter call lives in it) but hidden and inert, so none of it counts.
 */
async function doctorControls(page: Page): Promise<number> {
  const selectors = [
    '[data-testid^="flow-"]',
    '[data-testid="phrase-search"]',
    '[data-testid="open-settings"]',
    '[data-testid="show-family"]',
    '[data-testid="pause"]',
  ];
  return page.evaluate((list) => {
    const offered = (element: Element) =>
      element instanceof HTMLElement &&
      element.checkVisibility() &&
      element.closest('[inert]') === null;
    const controls = [...document.querySelectorAll(list.join(','))].filter(offered);
    const end = [...document.querySelectorAll('button')].filter(
      (button) => button.textContent.includes('Terminer la consultation') && offered(button),
    );
    return controls.length + end.length;
  }, selectors);
}

describe.skipIf(!chromiumAvailable())('the kiosk', () => {
  const stage = useStage({ doctorQuery: '?layout=single' });
  beforeEach(({ onTestFailed }) => {
    onTestFailed(async () => {
      console.error(await describeScreens(stage));
    });
  });

  it('takes a PIN and a 15 s inactivity in the settings (axe-clean, as the statistics)', async () => {
    const { doctor } = stage;
    await configureKiosk(doctor, INACTIVITY_SECONDS);
    await expectAxeClean(doctor, 'doctor settings');
    await doctor.getByRole('button', { name: 'Statistiques' }).click();
    await doctor.getByTestId('key-figures').waitFor();
    await expectAxeClean(doctor, 'doctor statistics');
    await doctor.getByRole('button', { name: 'Retour à la consultation' }).click();
    await doctor.getByRole('heading', { name: 'Nouvelle consultation' }).waitFor();
  });

  it(
    'shows only the family interface on one screen; only the right PIN brings the console back',
    async () => {
      const { doctor, driver } = stage;
      await startSessionAndShowFamily(doctor);
      expect(await doctorControls(doctor)).toBe(0);
      // The console is still there (its interpreter call must not end), hidden and inert.
      expect(await doctor.locator('.doctor[hidden][inert]').count()).toBe(1);
      await doctor.locator('button[lang="ar"]').click();
      await doctor.getByTestId('language-chosen').waitFor();
      expect(await doctorControls(doctor)).toBe(0);

      await tryPin(doctor, '1357');
      await expect.poll(() => doctor.getByRole('alert').textContent()).toMatch(/\S/);
      expect(await doctor.getByTestId('kiosk').isVisible()).toBe(true);
      expect(await doctorControls(doctor)).toBe(0);

      await tryPin(doctor, PIN);
      await doctor.getByTestId('kiosk').waitFor({ state: 'detached' });
      await doctor.getByRole('button', { name: 'Terminer la consultation' }).waitFor();
      await driver.startFlow('pain-assessment');
    },
    PLAY_TIMEOUT,
  );

  it('gives the two-window family page no doctor control', async () => {
    const { family, driver } = stage;
    await family.getByTestId('language-chosen').waitFor();
    if (await family.getByTestId('family-welcome').isVisible()) {
      await family.locator('.welcome-touch').click();
    }
    await driver.waitForCard('pain.question');
    expect(await doctorControls(family)).toBe(0);
    expect(await family.getByTestId('kiosk-lock').count()).toBe(0);
  });

  it(
    `goes back to the welcome picture after ${String(INACTIVITY_SECONDS)} s untouched; a touch brings the same card back`,
    async () => {
      const { family, driver } = stage;
      await driver.tap(driver.cardText); // a touch: the countdown starts again from here
      const touched = Date.now();
      await family.getByTestId('family-welcome').waitFor({ timeout: 60_000 });
      const idleFor = (Date.now() - touched) / 1000;
      expect(idleFor).toBeGreaterThanOrEqual(INACTIVITY_SECONDS - 1);
      expect(idleFor).toBeLessThan(INACTIVITY_SECONDS + 15);
      expect(await family.getByTestId('family-card').count()).toBe(0);
      await expectAxeClean(family, 'family welcome after inactivity');
      await family.locator('.welcome-touch').click();
      expect(await driver.waitForCard('pain.question')).toBe(compiledText('ar', 'pain.question'));
    },
    PLAY_TIMEOUT,
  );

  it(
    'resets the family screen at the end: nothing of the previous family remains',
    async () => {
      const { doctor, family, driver } = stage;
      await driver.answerYesNo('yes');
      await driver.waitForCard('pain.where');
      const seen = [
        compiledText('ar', 'pain.question'),
        compiledText('ar', 'pain.where'),
        compiledText('ar', 'answer.yes'),
      ];
      await endSession(doctor);
      await family.getByTestId('family-welcome').waitFor();
      const html = await family.content();
      for (const text of seen) expect(html).not.toContain(text);
      expect(html).not.toContain('العربية');
      expect(await family.locator('[data-card-id], [data-testid^="answer-"]').count()).toBe(0);
      expect(await family.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(await family.evaluate(() => document.documentElement.dir)).toBe('ltr');
    },
    PLAY_TIMEOUT,
  );
});

describe.skipIf(!chromiumAvailable())('the kiosk PIN pad', () => {
  const stage = useStage({ doctorQuery: '?layout=single' });
  beforeEach(({ onTestFailed }) => {
    onTestFailed(async () => {
      console.error(await describeScreens(stage));
    });
  });

  it(
    'locks after five wrong PINs, even against the right one',
    async () => {
      const { doctor } = stage;
      await configureKiosk(doctor);
      await backHome(doctor);
      await startSessionAndShowFamily(doctor);
      const alert = doctor.getByRole('alert');
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await tryPin(doctor, `000${String(attempt)}`);
        // The console is French: the service's code chooses the words.
        await expect.poll(() => alert.textContent()).toMatch(/Code PIN incorrect/);
        expect(await alert.textContent()).not.toMatch(/Trop d’essais/);
      }
      await tryPin(doctor, PIN);
      await expect
        .poll(() => alert.textContent())
        .toMatch(/Trop d’essais : réessayez dans \d+ s\./);
      expect(await doctor.getByTestId('kiosk').isVisible()).toBe(true);
      expect(await doctorControls(doctor)).toBe(0);
    },
    PLAY_TIMEOUT,
  );
});
