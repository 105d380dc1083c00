// The calls the set-up benchmark places, one of each kind at a time: through the app (the
// clinic test page's call panel, the interpreter's hub page, driven by their buttons) and
// through the bare pages (driven by their window.__bare handles, and accepted with a click
// on their "Accepter" button like the app: decision 0080). Both are timed the same way
// (calls-setup-timing.ts) and both hang up and wait until the interpreter is free again.
import type { BrowserContext, Page } from 'playwright-core';
import { INTERPRETER_PASSWORD, type CallsHub } from '../e2e/helpers/calls-hub';
import { bareClinic, bareInterpreter } from './calls-setup-bare-pages';
import { armTimers, firstFrameAfterAccept, type TimedCall } from './calls-setup-timing';

/** The bare pages' handles (set by calls-setup-bare-pages.ts in the page). */
interface BareWindow {
  __bare: { request(): void; ringing(): boolean; hangup(): void };
}

/** Opens the bare clinic (the hub's device token) and the bare interpreter (bilal, signed in
 * over the hub's API) on a blank page of the test site. */
export async function openBarePages(
  contexts: { clinic: BrowserContext; interpreter: BrowserContext },
  options: {
    hub: CallsHub;
    siteOrigin: string;
    render: boolean;
    constraints: MediaStreamConstraints;
  },
): Promise<{ clinic: Page; interpreter: Page }> {
  const { hub, siteOrigin, render, constraints } = options;
  const wsUrl = `${hub.url.replace(/^http/, 'ws')}ws`;
  const signInResponse = await fetch(new URL('/api/sign-in', hub.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: 'bilal', password: INTERPRETER_PASSWORD }),
  });
  const { token } = (await signInResponse.json()) as { token: string };
  const clinic = await contexts.clinic.newPage();
  const interpreter = await contexts.interpreter.newPage();
  await clinic.goto(`${siteOrigin}/blank.html`);
  await interpreter.goto(`${siteOrigin}/blank.html`);
  await clinic.evaluate(bareClinic, { ws: wsUrl, token: hub.deviceToken, render, constraints });
  await interpreter.evaluate(bareInterpreter, { ws: wsUrl, token, render, constraints });
  return { clinic, interpreter };
}

export async function setPresence(page: Page, label: 'Disponible' | 'Hors ligne'): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
  await page.getByText(`Statut actuel : ${label}`).waitFor();
}

/** How long the interpreter takes to press "Accepter" once it rings: a person who sees the
 * call and presses at once needs about a second. What a page does while it rings (opening the
 * camera for the preview, preparing its answer: decision 0075) is done by then, on both
 * sides of the comparison; what is timed starts at the press. */
const REACTION_MS = 1000;

/** One call through the app: requested on the call panel, accepted on the interpreter page. */
export async function appCall(clinic: Page, interpreter: Page): Promise<TimedCall> {
  await clinic.getByRole('button', { name: /ppeler un·e interprète en arabe/ }).click();
  const accept = interpreter.getByRole('button', { name: 'Accepter' });
  await accept.waitFor();
  await interpreter.waitForTimeout(REACTION_MS);
  await armTimers(clinic, interpreter);
  await accept.click();
  const timed = await firstFrameAfterAccept(clinic, interpreter);
  await clinic.getByRole('button', { name: 'Raccrocher' }).click();
  await interpreter.getByText('Statut actuel : Disponible').waitFor();
  return timed;
}

/** One call between the bare pages. */
export async function bareCall(clinic: Page, interpreter: Page): Promise<TimedCall> {
  await clinic.evaluate(() => {
    (window as unknown as BareWindow).__bare.request();
  });
  await interpreter.waitForFunction(
    () => (window as unknown as BareWindow).__bare.ringing(),
    null,
    { polling: 5 },
  );
  await interpreter.waitForTimeout(REACTION_MS);
  await armTimers(clinic, interpreter);
  await interpreter.getByRole('button', { name: 'Accepter' }).click();
  const timed = await firstFrameAfterAccept(clinic, interpreter);
  await clinic.evaluate(() => {
    (window as unknown as BareWindow).__bare.hangup();
  });
  await interpreter.waitForTimeout(150); // the hub sets bilal online again
  return timed;
}

/** Runs `call` while the bare interpreter is offline, so the app's request rings amina only. */
export async function withBareOffline<T>(
  bareInterpreter: Page,
  call: () => Promise<T>,
): Promise<T> {
  const set = (status: string) =>
    bareInterpreter.evaluate((s) => {
      const sockets = (window as unknown as { __sockets: WebSocket[] }).__sockets;
      sockets.at(-1)?.send(JSON.stringify({ v: 1, type: 'presence.set', status: s }));
    }, status);
  await set('offline');
  await bareInterpreter.waitForTimeout(50);
  try {
    return await call();
  } finally {
    await set('online');
    await bareInterpreter.waitForTimeout(50);
  }
}
