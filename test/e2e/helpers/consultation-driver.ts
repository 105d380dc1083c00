// Drives one consultation through the real UI, the way a doctor and a family do: the doctor
// starts a session and runs flows on the doctor page, the family picks its language and
// answers on the family page. Each step waits for what the screen shows, never for a fixed
// time. Compiled texts are read from dist/ so tests compare the screen with the content.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  consultationTypes,
  type ConsultationTypeId,
} from '../../../shared/domain/consultation-types';
import { CHROMIUM_PATH } from './browser';

const TEXT_DIR = join(import.meta.dirname, '../../../dist/renderer/content/text');
const WAIT_MS = 10_000;

/** True when Chromium is installed. Locally its absence skips the suite; under CI=true it
 * throws, so a runner without a browser fails instead of passing with nothing tested. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${CHROMIUM_PATH} is required for the e2e tests in CI (set CHROME_PATH).`);
  }
  return false;
}

const textCache = new Map<string, Record<string, { text: string }>>();

/** The compiled text of `cardId` in `language`, as the family page receives it. */
export function compiledText(language: string, cardId: string): string {
  let texts = textCache.get(language);
  if (!texts) {
    const file = join(TEXT_DIR, `${language}.json`);
    texts = (JSON.parse(readFileSync(file, 'utf8')) as { texts: Record<string, { text: string }> })
      .texts;
    textCache.set(language, texts);
  }
  const text = texts[cardId]?.text;
  if (text === undefined) throw new Error(`no text for card ${cardId} in ${language}`);
  return text;
}

export type YesNo = 'yes' | 'no' | 'dont-know';

export class ConsultationDriver {
  constructor(
    readonly doctor: Page,
    readonly family: Page,
  ) {
    doctor.setDefaultTimeout(WAIT_MS);
    family.setDefaultTimeout(WAIT_MS);
  }

  // --- doctor page -------------------------------------------------------------------------

  /** Home screen → consultation type → "2. Commencer"; resolves once the session runs. */
  async startSession(type: ConsultationTypeId): Promise<void> {
    const label = consultationTypes.find((candidate) => candidate.id === type)?.labelFr;
    if (!label) throw new Error(`unknown consultation type ${type}`);
    await this.doctor.getByLabel(label, { exact: true }).check();
    await this.doctor.getByRole('button', { name: '2. Commencer' }).click();
    await this.doctor.getByRole('heading', { name: 'Consultation en cours' }).waitFor();
  }

  /** Starts a flow from the doctor's list (folded "other flows" included). */
  async startFlow(flowId: string): Promise<void> {
    const button = this.doctor.getByTestId(`flow-${flowId}`);
    if (!(await button.isVisible())) await this.doctor.getByText('Autres parcours').click();
    await button.click();
  }

  /** The doctor's live timeline, one string per line (time stripped). */
  async timeline(): Promise<string[]> {
    const lines = await this.doctor.getByTestId('timeline').locator('li').allTextContents();
    return lines.map((line) => line.replace(/^\d{2}:\d{2}\s*/, ''));
  }

  /** Ends the session (with its confirmation) and goes back to the doctor's home screen. */
  async endSession(): Promise<void> {
    await this.doctor.getByRole('button', { name: 'Terminer la consultation' }).click();
    await this.doctor.getByRole('button', { name: 'Confirmer la fin' }).click();
    await this.doctor
      .getByTestId('summary')
      .waitFor()
      .catch(async (error: unknown) => {
        const shown = await this.doctor.locator('body').innerText();
        throw new Error(`no summary after ending the session; the doctor sees:\n${shown}`, {
          cause: error,
        });
      });
    await this.doctor.getByRole('button', { name: 'Nouvelle consultation' }).click();
    await this.doctor.getByRole('heading', { name: 'Nouvelle consultation' }).waitFor();
    await this.family.getByTestId('family-welcome').waitFor();
  }

  // --- family page -------------------------------------------------------------------------

  /** Touches the language's tile; resolves once the page runs in that language. */
  async chooseLanguage(code: string): Promise<void> {
    const tile = this.family.locator(`button.language-tile[lang="${code}"]`);
    try {
      await tile.waitFor({ timeout: WAIT_MS });
    } catch {
      throw new Error(`the family's language picker offers no tile button[lang=${code}]`);
    }
    await this.tap(tile);
    await this.family.getByTestId('language-chosen').waitFor();
    await this.family.waitForFunction((lang) => document.documentElement.lang === lang, code);
  }

  /** A family tap on what is visible of `target`: it is scrolled to the middle of the screen
   * (or as far as the page scrolls), then touched in the middle of its part above the fixed
   * help bar. A target entirely under the bar cannot be touched, and the click fails. */
  async tap(target: Locator | string): Promise<void> {
    const locator = this.familyLocator(target);
    const { top, bottom, width } = await this.scrolledIntoView(locator);
    await locator.click({ position: { x: width / 2, y: (top + bottom) / 2 } });
  }

  /** How many pixels of `target` stay hidden under the fixed help bar once it is scrolled
   * into view as far as the page allows (0 when a family can see all of it). */
  async hiddenUnderHelpBar(target: Locator | string): Promise<number> {
    const { bottom, height } = await this.scrolledIntoView(this.familyLocator(target));
    return Math.max(0, Math.round(height - bottom));
  }

  private familyLocator(target: Locator | string): Locator {
    return typeof target === 'string' ? this.family.getByTestId(target) : target;
  }

  /** Scrolls `locator` to the middle of the viewport; returns the visible band of it not
   * covered by the help bar, in the element's own coordinates. */
  private scrolledIntoView(
    locator: Locator,
  ): Promise<{ top: number; bottom: number; width: number; height: number }> {
    return locator.evaluate((element) => {
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const rect = element.getBoundingClientRect();
      const bar = document.querySelector('.help-bar');
      const limit =
        bar && !bar.contains(element) ? bar.getBoundingClientRect().top : window.innerHeight;
      return {
        top: Math.max(0, -rect.top),
        bottom: Math.min(rect.height, limit - rect.top),
        width: rect.width,
        height: rect.height,
      };
    });
  }

  get card(): Locator {
    return this.family.getByTestId('family-card');
  }

  get cardText(): Locator {
    return this.family.getByTestId('family-card-text');
  }

  /** Waits until the family sees `cardId`; returns the text shown. */
  async waitForCard(cardId: string): Promise<string> {
    await this.family
      .locator(`[data-testid="family-card"][data-card-id="${cardId}"]`)
      .waitFor({ timeout: WAIT_MS });
    return (await this.cardText.textContent()) ?? '';
  }

  /** Multiple choice: toggles each option's tile (by its card id), then "done". */
  async answerMultiple(optionCardIds: readonly string[]): Promise<void> {
    for (const id of optionCardIds) await this.tap(`answer-${id}`);
    await this.tap('answer-done');
  }

  /** Single choice: one tap on the option's tile. */
  async answerSingle(optionCardId: string): Promise<void> {
    await this.tap(`answer-${optionCardId}`);
  }

  async answerYesNo(value: YesNo): Promise<void> {
    await this.tap(`answer-${value}`);
  }

  /** Types the digits on the number pad (without confirming). */
  async typeNumber(value: number): Promise<void> {
    for (const digit of String(value)) await this.tap(`digit-${digit}`);
  }

  /** The "done" tile: confirms a multiple choice, a number, a body map or a date. */
  async confirm(): Promise<void> {
    await this.tap('answer-done');
  }

  /** Number pad: clears what is there, types `value`, confirms. */
  async answerNumber(value: number): Promise<void> {
    const display = this.family.getByTestId('number-display');
    while (((await display.textContent()) ?? '–') !== '–') {
      await this.tap('digit-clear');
    }
    await this.typeNumber(value);
    await this.tap('answer-done');
  }

  async answerPain(value: number): Promise<void> {
    await this.tap(`pain-${String(value)}`);
  }

  /** Information card: the forward arrow. */
  async next(): Promise<void> {
    await this.tap('answer-next');
  }

  async back(): Promise<void> {
    await this.tap('family-back');
  }

  /** Resolves once no flow runs (the calm "please wait" screen). */
  async waitForFlowEnd(): Promise<void> {
    await this.family.getByTestId('family-wait').waitFor({ timeout: WAIT_MS });
  }
}
