// The browser side of the calls tests: Debian's Chromium with a fake camera and microphone,
// contexts that keep hold of every peer connection and socket a page opens, and the two
// parties' pages (an interpreter signed in and available, the clinic test page).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from './browser';
import { INTERPRETER_PASSWORD, type CallsHub } from './calls-hub';

export function launchCallBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...chromiumArgs,
      '--allow-loopback-in-peer-connection',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

// Runs before any page script: keeps every RTCPeerConnection and WebSocket the page creates,
// so the test can read getStats() and drop the hub link without hooks in the app itself.
const spyScript = `
  window.__pcs = [];
  window.__sockets = [];
  const NativePC = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePC {
    constructor(...args) { super(...args); window.__pcs.push(this); }
  };
  const NativeWS = window.WebSocket;
  window.WebSocket = class extends NativeWS {
    constructor(...args) { super(...args); window.__sockets.push(this); }
  };
`;

export async function newCallContext(
  browser: Browser,
  options: { relayOnly?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: options.viewport ?? { width: 1280, height: 860 },
    permissions: ['camera', 'microphone'],
  });
  await context.addInitScript(spyScript);
  if (options.relayOnly) {
    await context.addInitScript(() => {
      localStorage.setItem('interpretable.calls.relayOnly', '1');
    });
  }
  return context;
}

/** Signs an interpreter in on the hub's page and makes them available. */
export async function openInterpreter(context: BrowserContext, hubUrl: string, login: string) {
  const page = await context.newPage();
  await page.goto(hubUrl);
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(INTERPRETER_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('radio', { name: 'Disponible' }).check();
  await page.getByText('Statut actuel : Disponible').waitFor();
  return page;
}

export async function openClinic(
  context: BrowserContext,
  pageOrigin: string,
  hub: CallsHub,
): Promise<Page> {
  const page = await context.newPage();
  const query = new URLSearchParams({ hub: hub.url, token: hub.deviceToken });
  await page.goto(`${pageOrigin}/index.html?${query.toString()}`);
  return page;
}

/** Pages of `context` start with "audio only" chosen, as the device setup saves it
 * (renderer/calls/media-devices.ts): the interpreter joins calls without video. */
export async function chooseAudioOnly(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    localStorage.setItem(
      'interpretable.calls.devices',
      JSON.stringify({ cameraId: null, microphoneId: null, speakerId: null, audioOnly: true }),
    );
  });
}
