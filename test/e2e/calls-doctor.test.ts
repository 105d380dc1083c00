// The call from the real doctor screen of `npm start` (web shell, embedded demo hub with its
// demo clinic device) to the demo interpreter: the panel in the session screen, media proved
// by counters, the consultation's context on the interpreter's side, a phrasebook card pushed
// by the interpreter reaching the family screen.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-process';
import { signInDemoInterpreter } from './helpers/demo-interpreter';
import { CHROMIUM_PATH } from './helpers/browser';
import { launchCallBrowser, newCallContext } from './helpers/calls-browser';
import { waitForMedia } from './helpers/calls-media';
import { toolAvailable } from './helpers/calls-tools';

const haveChromium = toolAvailable(CHROMIUM_PATH);

describe.skipIf(!haveChromium)('interpreter call from the doctor screen', () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchCallBrowser();
  }, 60_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser.close();
    await app.stop();
  });

  it('calls the demo interpreter in the family’s language and shares the consultation', async () => {
    const [doctorCtx, familyCtx, interpreterCtx] = await Promise.all([
      newCallContext(browser),
      newCallContext(browser),
      newCallContext(browser),
    ]);
    contexts.push(doctorCtx, familyCtx, interpreterCtx);

    const interpreter = await signInDemoInterpreter(app, interpreterCtx);

    const doctor = await doctorCtx.newPage();
    await doctor.goto(app.doctorUrl);
    await doctor.getByRole('radio', { name: 'Vaccination' }).check();
    await doctor.getByLabel('Langue de la famille (facultatif)').selectOption({ label: 'Arabe' });
    await doctor.getByRole('button', { name: '2. Commencer' }).click();

    await doctor.getByRole('button', { name: 'Appeler un·e interprète en arabe' }).click();
    await interpreter.getByText('Demande en Arabe — Vaccination', { exact: false }).waitFor();
    await interpreter.getByRole('button', { name: 'Accepter' }).click();
    await doctor.getByText('En appel avec Interprète de démonstration').waitFor();
    await waitForMedia(doctor);
    await waitForMedia(interpreter);
    // Opened once the call's media is proved: an open family page makes the doctor's page
    // start a second, mirror connection (calls-family-mirror.test.ts), and waitForMedia reads
    // the page's newest one. Opening late also shows a family page can join mid-call.
    const family = await familyCtx.newPage();
    await family.goto(app.familyUrl);

    // The consultation's context: at least the phrasebook of this consultation type.
    const push = interpreter.getByRole('button', { name: /^Afficher à la famille : / }).first();
    await push.waitFor();
    await doctor.screenshot({ path: '/tmp/calls-doctor.png', fullPage: true });
    await interpreter.screenshot({ path: '/tmp/calls-demo-interpreter.png', fullPage: true });
    const label = (await push.getAttribute('aria-label')) ?? '';
    await push.click();
    await interpreter.getByText('Envoyé à la famille', { exact: false }).waitFor();
    await family.getByTestId('pushed-card').waitFor();
    await family.screenshot({ path: '/tmp/calls-family.png', fullPage: true });
    expect(label).not.toBe('');

    await doctor.getByRole('button', { name: 'Raccrocher' }).click();
    await interpreter.getByText('Appel terminé.').waitFor();
  }, 120_000);
});
