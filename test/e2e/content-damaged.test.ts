// A damaged content bundle (decision 0072), on a throwaway copy of the build: with one byte of
// a language's texts changed in place, the family who picks that language sees the usual alert
// with the CONTENT_DAMAGED reason under it (never a blank card) and the doctor is told; with a
// damaged pack.json the app refuses to start, with the code and a message, before it opens
// (or creates) anything in the data folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, startAppExpectingExit, type RunningApp } from './helpers/app-process';
import { launchChromium } from './helpers/browser';
import { copyBuiltApp, type BuiltCopy } from './helpers/built-copy';
import { chromiumAvailable, ConsultationDriver } from './helpers/consultation-driver';
import { expectAxeClean } from './helpers/consultation-steps';

/** Changes one letter of a text in a bundle file: same size, still valid JSON, wrong hash. */
function damageOneByte(file: string): void {
  const bytes = readFileSync(file);
  const at = bytes.indexOf('"text":"') + '"text":"'.length;
  bytes[at] = bytes[at] === 0x78 ? 0x79 : 0x78; // "x", or "y" where it was "x"
  writeFileSync(file, bytes);
  JSON.parse(bytes.toString('utf8'));
}

let copy: BuiltCopy;
beforeAll(() => {
  copy = copyBuiltApp();
  damageOneByte(join(copy.rendererDir, 'content/text/ar.json'));
});
afterAll(() => {
  copy.remove();
});

describe.skipIf(!chromiumAvailable())('a damaged language file', () => {
  let app: RunningApp;
  let browser: Browser;
  let doctor: Page;
  let family: Page;
  let driver: ConsultationDriver;

  beforeAll(async () => {
    // The pack is intact: the app starts as usual.
    app = await startApp([], { start: copy.start });
    browser = await launchChromium();
    doctor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    family = await (await browser.newContext()).newPage();
    await doctor.goto(app.doctorUrl);
    await family.goto(app.familyUrl);
    driver = new ConsultationDriver(doctor, family);
  });

  afterAll(async () => {
    await browser.close();
    expect(await app.stop()).toBe(0);
  });

  it('shows the family an alert with the CONTENT_DAMAGED reason, and tells the doctor', async () => {
    await driver.startSession('vaccination');
    await driver.tap(family.locator('button.language-tile[lang="ar"]'));
    const reason =
      /^CONTENT_DAMAGED: content\/text\/ar\.json: does not match the content manifest\. Rebuild or reinstall/;

    await family.getByTestId('family-content-failed').waitFor();
    expect(await family.getByRole('alert').textContent()).toContain(
      "Le contenu n'a pas pu être chargé",
    );
    expect(await family.locator('.family-alert-detail').textContent()).toMatch(reason);
    expect(await family.getByTestId('language-chosen').count()).toBe(0);
    expect(await family.evaluate(() => document.documentElement.lang)).toBe('ar');
    await expectAxeClean(family, 'family screen with damaged texts');

    // The family's alert says the doctor is told: the doctor's page loads the same file.
    const notice = doctor.getByTestId('content-failure');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('Contenu endommagé');
    expect(await notice.locator('.error-code').textContent()).toMatch(reason);
    // The doctor's own French content is intact: the flows are still there.
    await doctor.getByRole('heading', { name: 'Parcours', exact: true }).waitFor();
    await expectAxeClean(doctor, 'doctor screen with the family’s texts damaged');
  });
});

describe('a damaged pack.json at start', () => {
  it('stops with CONTENT_DAMAGED and a message, and leaves the data folder untouched', async () => {
    const broken = copyBuiltApp();
    const dataDir = mkdtempSync(join(tmpdir(), 'interpretable-e2e-'));
    try {
      damageOneByte(join(broken.rendererDir, 'content/pack.json'));
      const { code, output } = await startAppExpectingExit(dataDir, { start: broken.start });
      expect(code).toBe(1);
      expect(output.trim()).toMatch(
        /^npm start failed: CONTENT_DAMAGED: content\/pack\.json: does not match the content manifest\. Rebuild or reinstall the app \(npm run build\)/,
      );
      expect(output).not.toMatch(/^\s+at /m); // a message, not a stack trace
      expect(output).not.toContain('Press Ctrl-C'); // it never served the pages
      expect(readdirSync(dataDir)).toEqual([]); // no key, no session log created or opened
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      broken.remove();
    }
  });
});
