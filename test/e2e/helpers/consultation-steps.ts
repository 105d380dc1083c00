// The pieces the consultation, kiosk and family-screen tests share: a running app with a
// doctor page and a family page, the two flows the tests play (pain with the body map, and
// the consents), the session log read back with the key from the data folder, screenshots
// and axe checks that say which screen failed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { openEncrypted } from '../../../server/local/store/database';
import { KEY_FILE, parseHexKey } from '../../../server/local/store/database-key';
import { startApp, type RunningApp } from './app-process';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { ConsultationDriver, type YesNo } from './consultation-driver';

export const SCREENSHOTS = join(import.meta.dirname, '../../../test-results/screenshots');

export interface Stage {
  app: RunningApp;
  browser: Browser;
  doctor: Page;
  family: Page;
  driver: ConsultationDriver;
}

const VIEWPORT = { width: 1280, height: 900 };

/** A fresh app (own data folder), a French doctor page and a family page. */
export async function openStage(options: { doctorQuery?: string } = {}): Promise<Stage> {
  const app = await startApp();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
    const doctor = await (
      await browser.newContext({ locale: 'fr-FR', viewport: VIEWPORT })
    ).newPage();
    const family = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    const [base = '', hash = ''] = app.doctorUrl.split('#');
    await doctor.goto(`${base}${options.doctorQuery ?? ''}${hash ? `#${hash}` : ''}`);
    await family.goto(app.familyUrl);
    const driver = new ConsultationDriver(doctor, family);
    for (const page of [doctor, family]) page.setDefaultTimeout(30_000);
    return { app, browser, doctor, family, driver };
  } catch (error) {
    await browser?.close();
    await app.stop();
    throw error;
  }
}

/** Timeouts for a loaded machine (CI runners, benchmarks next door): a stage takes seconds. */
export const STAGE_TIMEOUT = 180_000;
export const PLAY_TIMEOUT = 300_000;

/** The stage of a describe block: opened before its tests, closed after them. */
export function useStage(options: { doctorQuery?: string } = {}): Stage {
  const stage = {} as Stage;
  beforeAll(async () => {
    Object.assign(stage, await openStage(options));
  }, STAGE_TIMEOUT);
  afterAll(() => closeStage('app' in stage ? stage : undefined), STAGE_TIMEOUT);
  return stage;
}

export async function closeStage(stage: Stage | undefined): Promise<void> {
  if (!stage) return;
  await stage.browser.close();
  expect(await stage.app.stop()).toBe(0);
}

export interface LoggedEvent {
  type: string;
  data: Record<string, unknown>;
}

/** Every event of the app's sessions, in log order, read with the key from the data folder. */
export function loggedEvents(app: RunningApp): LoggedEvent[] {
  const keyFile = join(app.dataDir, KEY_FILE);
  const key = parseHexKey(readFileSync(keyFile, 'utf8'), keyFile);
  const db = openEncrypted(app.databasePath, { key, readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT type, data FROM events ORDER BY session_id, seq').all() as {
      type: string;
      data: string;
    }[];
    return rows.map((row) => ({
      type: row.type,
      data: JSON.parse(row.data) as LoggedEvent['data'],
    }));
  } finally {
    db.close();
  }
}

/** What both screens show, for the message of a failed test. */
export async function describeScreens(stage: Stage | undefined): Promise<string> {
  if (!stage) return 'no stage';
  const shown = async (page: Page) =>
    page
      .locator('body')
      .innerText({ timeout: 5_000 })
      .catch((error: unknown) => String(error));
  return `doctor (${stage.doctor.url()}):\n${await shown(stage.doctor)}\n\nfamily:\n${await shown(stage.family)}`;
}

/** Saves a PNG under test-results/screenshots/ and returns its path. */
export async function shoot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}

/** axe-core finds nothing on the screen; the message names the screen that failed. */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

/** An infant check-up in Arabic with the pain flow started, its first card on the family's
 * screen. `beforeFlow` runs once the language is chosen (a page probe to install, say). */
export async function openArabicPainQuestion(
  driver: ConsultationDriver,
  beforeFlow: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await driver.startSession('infant-checkup');
  await driver.chooseLanguage('ar');
  await beforeFlow();
  await driver.startFlow('pain-assessment');
  await driver.waitForCard('pain.question');
}

/** The pain flow: "it hurts" → two body regions → a face → days → the doctor examines. */
export interface PainAnswers {
  regions: readonly [string, string];
  score: 0 | 2 | 4 | 6 | 8 | 10;
  days: number;
}

export async function playPainFlow(
  driver: ConsultationDriver,
  answers: PainAnswers,
  onScreen: (kind: 'yes-no' | 'body-map' | 'pain-scale' | 'number') => Promise<void> = () =>
    Promise.resolve(),
): Promise<void> {
  await driver.waitForCard('pain.question');
  await onScreen('yes-no');
  await driver.answerYesNo('yes');
  await driver.waitForCard('pain.where');
  for (const region of answers.regions) await driver.tap(`region-${region}`);
  await onScreen('body-map');
  await driver.confirm();
  await driver.waitForCard('pain.how-much');
  await onScreen('pain-scale');
  await driver.answerPain(answers.score);
  await driver.waitForCard('question.since-days');
  await onScreen('number');
  await driver.answerNumber(answers.days);
  await driver.waitForCard('info.doctor-examines');
  await driver.next();
  await driver.waitForFlowEnd();
}

/** The consent cards with a yes/no, in the order the flow asks them. */
export const consentCards = [
  'consent.screen',
  'consent.interpreter',
  'consent.data-on-pc',
] as const;
export type ConsentAnswers = Record<(typeof consentCards)[number], 'yes' | 'no'>;

/** The consent flow, card by card: explanations go on with "next", each consent gets `answers`.
 * A "no" shows "you can change your mind" (and "no" to the screen ends the flow there). */
export async function playConsentFlow(
  driver: ConsultationDriver,
  answers: ConsentAnswers,
): Promise<void> {
  const route: [string, YesNo | 'next'][] = [
    ['consent.screen-explain', 'next'],
    ['consent.screen', answers['consent.screen']],
  ];
  if (answers['consent.screen'] === 'no') route.push(['consent.change-mind', 'next']);
  else {
    route.push(
      ['consent.interpreter-explain', 'next'],
      ['consent.interpreter-secret', 'next'],
      ['consent.interpreter-family', 'next'],
      ['consent.interpreter', answers['consent.interpreter']],
    );
    if (answers['consent.interpreter'] === 'no') route.push(['consent.change-mind', 'next']);
    route.push(
      ['consent.data-explain', 'next'],
      ['consent.data-deleted', 'next'],
      ['consent.data-on-pc', answers['consent.data-on-pc']],
    );
    if (answers['consent.data-on-pc'] === 'no') route.push(['consent.change-mind', 'next']);
    route.push(['consent.thanks', 'next']);
  }
  for (const [cardId, action] of route) {
    await driver.waitForCard(cardId);
    if (action === 'next') await driver.next();
    else await driver.answerYesNo(action);
  }
  await driver.waitForFlowEnd();
}

/** The doctor searches the phrasebook and pushes the card; the family sees it. */
export async function pushPhrase(stage: Stage, search: string, cardId: string): Promise<void> {
  await stage.doctor.getByTestId('phrase-search').fill(search);
  await stage.doctor.getByTestId(`phrase-${cardId}`).click();
  await stage.family.getByTestId('pushed-card').waitFor();
}

/** Ends the session from the doctor's console and waits for the summary. */
export async function endSession(doctor: Page): Promise<void> {
  await doctor.getByRole('button', { name: 'Terminer la consultation' }).click();
  await doctor.getByRole('button', { name: 'Confirmer la fin' }).click();
  await doctor.getByTestId('summary-text').waitFor();
}

/** The focused element shows a visible ring (outline, box-shadow or, in SVG, a thick stroke). */
export function focusRingVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    // Body-map regions are SVG shapes: their ring is a thick focus-coloured stroke.
    const stroke = element instanceof SVGElement && parseFloat(style.strokeWidth) >= 4;
    return element.matches(':focus-visible') && (outline || shadow || stroke);
  });
}

/** Presses Tab until `testId` has the focus (fails after `max` presses). */
export async function tabTo(page: Page, testId: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute('data-testid') ?? null,
    );
    if (focused === testId) return;
  }
  throw new Error(`Tab never reached [data-testid=${testId}]`);
}
