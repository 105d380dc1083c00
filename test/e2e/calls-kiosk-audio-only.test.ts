// One screen (the single-window kiosk): the family's view lives inside the doctor's page and
// shows the call's own stream. An interpreter who joined audio-only must appear there as the
// audio-only sign in the family's language, never as a black video box. Real app of
// `npm start` (web shell, embedded demo hub), real Chromium, the demo interpreter.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseAudioOnly, launchCallBrowser, newCallContext } from './helpers/calls-browser';
import { startApp, type RunningApp } from './helpers/app-process';
import { signInDemoInterpreter } from './helpers/demo-interpreter';
import { chromiumAvailable } from './helpers/consultation-driver';
import { expectAxeClean } from './helpers/consultation-steps';
import { voiceOnlyText } from './helpers/voice-only-text';

const PIN = '2468';

describe.skipIf(!chromiumAvailable())('an audio-only interpreter on the one-screen kiosk', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchCallBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('shows the family the audio-only sign in their language inside the kiosk view', async () => {
    const [doctorCtx, interpreterCtx] = await Promise.all([
      newCallContext(browser),
      newCallContext(browser),
    ]);
    await chooseAudioOnly(interpreterCtx);
    const interpreter = await signInDemoInterpreter(app, interpreterCtx);
    const doctor = await doctorCtx.newPage();
    doctor.setDefaultTimeout(30_000);
    const [base = '', hash = ''] = app.doctorUrl.split('#');
    await doctor.goto(`${base}?layout=single${hash ? `#${hash}` : ''}`);

    // A kiosk PIN, a session, and the family's language chosen on the kiosk view.
    await doctor.getByTestId('open-settings').click();
    await doctor.getByTestId('new-pin').fill(PIN);
    await doctor.getByRole('button', { name: 'Enregistrer' }).click();
    await doctor.getByText('Réglages enregistrés.').waitFor();
    await doctor.getByTestId('open-settings').click();
    await doctor.getByLabel('Bilan de santé du nourrisson', { exact: true }).check();
    await doctor.getByRole('button', { name: '2. Commencer' }).click();
    await doctor.getByTestId('show-family').click();
    await doctor.getByTestId('kiosk').waitFor();
    await doctor.locator('button[lang="ar"]').click();
    await doctor.getByTestId('language-chosen').waitFor();
    await unlock(doctor);

    // The call, from the console; the interpreter joins audio-only.
    await doctor.getByRole('button', { name: 'Appeler un·e interprète en arabe' }).click();
    await interpreter.getByRole('button', { name: 'Accepter' }).click();
    await doctor.getByText('En appel avec Interprète de démonstration').waitFor();
    await doctor.getByText('L’interprète est passé·e en audio seul.').waitFor({ timeout: 20_000 });

    // Handed back to the family: the sign, labelled in Arabic, and no video box.
    await doctor.getByTestId('show-family').click();
    const kiosk = doctor.getByTestId('kiosk');
    await kiosk.getByTestId('interpreter-audio-only').waitFor({ timeout: 20_000 });
    const sign = kiosk.getByTestId('interpreter-audio-only').getByRole('img');
    expect(await sign.getAttribute('aria-label')).toBe(voiceOnlyText('ar'));
    expect(await kiosk.getByTestId('interpreter-video').count()).toBe(0);
    await expectAxeClean(doctor, 'one-screen kiosk, interpreter audio-only');
    await doctor.screenshot({ path: '/tmp/kiosk-ar-interpreter-audio-only.png' });

    // The console hangs up; the sign goes with the call.
    await unlock(doctor);
    await doctor.getByRole('button', { name: 'Raccrocher' }).click();
    await doctor.getByTestId('show-family').click();
    await doctor.getByTestId('kiosk').waitFor();
    expect(await doctor.getByTestId('interpreter-audio-only').count()).toBe(0);
  }, 150_000);
});

/** The PIN brings the console back (kiosk.test.ts covers the wrong ones). */
async function unlock(doctor: Page): Promise<void> {
  if (await doctor.getByTestId('kiosk-lock').isVisible()) {
    await doctor.getByTestId('kiosk-lock').click();
  }
  await doctor.getByTestId('kiosk-pin').fill(PIN);
  await doctor.getByTestId('kiosk-unlock').click();
  await doctor.getByTestId('kiosk').waitFor({ state: 'detached' });
}
