// The thin vertical slice, end to end: the doctor starts a session, the family page shows
// "choose your language", the family points at Tigrinya, the doctor sees "Tigrigna" live,
// the doctor ends the session; then the encrypted SQLite file holds exactly those events,
// readable only with the key from the data folder, and a verified backup was taken.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAINTENANCE_DELAY_MS } from '../../server/local/local-service';
import { listBackups, verifyBackup } from '../../server/local/store/backups';
import { openEncrypted } from '../../server/local/store/database';
import { KEY_FILE, parseHexKey } from '../../server/local/store/database-key';
import { startApp, type RunningApp } from './helpers/app-process';
import { axeViolations } from './helpers/axe';
import { launchChromium } from './helpers/browser';

let app: RunningApp;
let browser: Browser;
let doctor: Page;
let family: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  doctor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  family = await (await browser.newContext()).newPage();
  await doctor.goto(app.doctorUrl);
  await family.goto(app.familyUrl);
});

afterAll(async () => {
  await browser.close();
  const code = await app.stop();
  expect(code).toBe(0);
});

describe('the vertical slice', () => {
  it('hides the launch token from the address bar', () => {
    expect(doctor.url()).not.toContain('token');
    expect(family.url()).not.toContain('token');
  });

  it('runs from session start to end with both screens live', async () => {
    await expect.poll(() => axeViolations(doctor)).toEqual([]);
    await expect.poll(() => axeViolations(family)).toEqual([]);

    // Two taps: consultation type, then start.
    await doctor.getByLabel('Suivi de grossesse').check();
    await doctor.getByRole('button', { name: '2. Commencer' }).click();
    await doctor.getByRole('heading', { name: 'Consultation en cours' }).waitFor();

    // The family page, without reloading, now offers the languages in their own scripts.
    const tigrinya = family.getByRole('button', { name: /ትግርኛ/ });
    await tigrinya.waitFor();
    expect(await family.getByRole('button', { name: /العربية/ }).getAttribute('dir')).toBe('rtl');
    expect(await axeViolations(family)).toEqual([]);
    await tigrinya.click();
    await family.getByTestId('language-chosen').waitFor();
    expect(await family.evaluate(() => document.documentElement.lang)).toBe('ti');

    // The doctor sees the choice in French, live.
    await expect.poll(() => doctor.getByTestId('family-language').textContent()).toBe('Tigrigna');
    expect(await axeViolations(doctor)).toEqual([]);

    await doctor.getByRole('button', { name: 'Terminer la consultation' }).click();
    await doctor.getByRole('button', { name: 'Confirmer la fin' }).click();
    await doctor.getByRole('heading', { name: 'Consultation terminée' }).waitFor();
    // The family screen resets to the wordless welcome: nothing of this family stays.
    await expect.poll(() => family.locator('.family-welcome').count()).toBe(1);
    expect(await family.getByText('ትግርኛ').count()).toBe(0);
  });

  it('wrote the session and its events to the encrypted SQLite file', () => {
    const keyFile = join(app.dataDir, KEY_FILE);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = parseHexKey(readFileSync(keyFile, 'utf8'), keyFile);
    expect(readFileSync(app.databasePath).subarray(0, 16).toString('latin1')).not.toContain(
      'SQLite format',
    );
    const db = openEncrypted(app.databasePath, { key, readonly: true, fileMustExist: true });
    const sessions = db.prepare('SELECT * FROM sessions').all() as {
      id: string;
      consultation_type: string;
      language: string;
      ended_at: string | null;
    }[];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ consultation_type: 'pregnancy-followup', language: 'ti' });
    expect(sessions[0]?.ended_at).not.toBeNull();
    const events = db
      .prepare('SELECT type, data FROM events WHERE session_id = ? ORDER BY seq')
      .all(sessions[0]?.id);
    expect(events).toEqual([
      { type: 'session.started', data: '{"consultationType":"pregnancy-followup"}' },
      { type: 'language.chosen', data: '{"language":"ti"}' },
      { type: 'session.ended', data: '{}' },
    ]);
    db.close();
  });

  it('took a verified backup soon after start and another when the session ended', async () => {
    const keyFile = join(app.dataDir, KEY_FILE);
    const key = parseHexKey(readFileSync(keyFile, 'utf8'), keyFile);
    const backups = () => listBackups(join(app.dataDir, 'backups'));
    // The start-up backup waits a few seconds for the pages (MAINTENANCE_DELAY_MS); the
    // session-end one runs just after session.end answered.
    await vi.waitFor(
      () => {
        expect(
          backups()
            .map((b) => b.reason)
            .sort(),
        ).toEqual(['daily', 'session-end']);
      },
      { timeout: MAINTENANCE_DELAY_MS + 5_000 },
    );
    for (const backup of backups()) expect(verifyBackup(backup.file, key)).toEqual([]);
  });

  it('shows the statistics, computed by the local service, as a chart and a table', async () => {
    const errors: string[] = [];
    doctor.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await doctor.getByRole('button', { name: 'Statistiques' }).click();
    await doctor.getByRole('heading', { name: "Statistiques d'activité" }).waitFor();
    const figures = doctor.getByTestId('key-figures');
    await expect.poll(() => figures.locator('dd').first().textContent()).toBe('1');
    await doctor.getByText('Voir les données en tableau').nth(1).click();
    const languages = doctor.getByRole('table').filter({ hasText: 'Langue' });
    expect(await languages.getByRole('rowheader').allTextContents()).toEqual(['Tigrigna']);
    expect(await doctor.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await axeViolations(doctor)).toEqual([]);
    expect(errors).toEqual([]);
    await doctor.getByRole('button', { name: 'Retour à la consultation' }).click();
    await doctor.getByRole('heading', { name: 'Nouvelle consultation' }).waitFor();
  });
});
