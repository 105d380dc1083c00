// One cold start of the app, from the spawn of `start.js --shell web` to the first card's
// answer tile interactive in a fresh browser context, split into its parts.
import type { Browser } from 'playwright-core';
import { startApp } from '../e2e/helpers/app-process';
import { openDoctorBridge } from './consultation-bridge';
import { waitForQuietMachine } from './consultation-cpu';
import { CARD, installFirstCardProbe } from './consultation-probe';
import { FIRST_CARD, FLOW, VIEWPORT } from './consultation-setup';

/** Before each cold start, the browser's own work (a new renderer's start, the last run's
 * teardown) is waited out; a machine still busy after this long is reported, not hidden. */
const SETTLE_MAX_MS = 5_000;
const nowMs = () => performance.timeOrigin + performance.now();

/**
 * One cold start. The browser is already running and the fresh context's blank page is ready
 * (the app's windows would be opened by the app itself; the browser's own start is not the
 * app's). From spawn: Node and the bundled server start, the embedded hub and the local
 * service open, URLs printed; a session with Arabic and the first flow is started over the
 * doctor's bridge (a few ms); the family page navigates, loads its JS, connects the bridge,
 * fetches the content pack and the Arabic texts, and renders the first card.
 */
export async function coldStart(browser: Browser, throttle: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript(installFirstCardProbe, '[data-testid=answer-yes]');
  // The new page's renderer process up and the previous run's context gone before the spawn:
  // on two cores their start-up and teardown would otherwise be counted as the app's.
  await page.evaluate('1');
  const settled = await waitForQuietMachine(SETTLE_MAX_MS);
  const spawnedAt = nowMs();
  const app = await startApp();
  try {
    const readyAt = nowMs();
    const bridge = await openDoctorBridge(app.doctorUrl);
    const session = await bridge.call('session.start', { consultationType: 'infant-checkup' });
    await bridge.call('session.chooseLanguage', { sessionId: session.id, language: 'ar' });
    await bridge.call('consultation.startFlow', { sessionId: session.id, flowId: FLOW });
    bridge.close();
    const sessionAt = nowMs();
    await page.goto(app.familyUrl);
    const first = await page.evaluate(() => window.__firstCard);
    if (!first) throw new Error('first-card probe missing');
    const card = await page.locator(CARD).getAttribute('data-card-id');
    if (card !== FIRST_CARD) throw new Error(`cold start showed ${String(card)}`);
    return {
      total: first.epochMs - spawnedAt,
      server: readyAt - spawnedAt,
      session: sessionAt - readyAt,
      page: first.ms,
      settledMs: settled.waitedMs,
      quietBefore: settled.quiet,
    };
  } finally {
    await context.close();
    await app.stop();
  }
}

export type ColdStart = Awaited<ReturnType<typeof coldStart>>;
