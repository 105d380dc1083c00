// ICE restart asked by the interpreter's side: only the clinic (the offering side) can restart
// ICE, so when the interpreter's page is the one that sees the connection fail it asks the
// clinic through the hub (`restart-ice` signal). Here only the interpreter's page sees a
// failure: its RTCPeerConnection reports `failed` once (the state read and the event are
// simulated on that page; everything else — hub relay, clinic restart, renegotiation, media —
// is real). The clinic must renegotiate with fresh ICE credentials and media must flow again.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchCallBrowser,
  newCallContext,
  openClinic,
  openInterpreter,
} from './helpers/calls-browser';
import { buildClinicPage, serveStatic } from './helpers/calls-clinic-page';
import { startCallsHub, type CallsHub } from './helpers/calls-hub';
import { waitForMedia } from './helpers/calls-media';
import { toolAvailable } from './helpers/calls-tools';
import { CHROMIUM_PATH } from './helpers/browser';

const haveChromium = toolAvailable(CHROMIUM_PATH);

/** ICE ufrags of the page's latest peer connection: [local, remote]. */
function ufrags(page: Page): Promise<[string, string]> {
  return page.evaluate(() => {
    const pc = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.at(-1);
    const ufrag = (sdp: string | undefined) => /a=ice-ufrag:(\S+)/.exec(sdp ?? '')?.[1] ?? '';
    return [ufrag(pc?.localDescription?.sdp), ufrag(pc?.remoteDescription?.sdp)];
  });
}

/** The interpreter's connection says `failed` once, as Chromium does when ICE gives up. */
function failOnce(page: Page, state: 'failed' | null): Promise<void> {
  return page.evaluate((forced) => {
    const pc = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.at(-1);
    if (!pc) throw new Error('no peer connection');
    if (forced) {
      Object.defineProperty(pc, 'iceConnectionState', { configurable: true, get: () => forced });
    }
    pc.dispatchEvent(new Event('iceconnectionstatechange'));
    // The real state again for everything after this event.
    delete (pc as unknown as Record<string, unknown>).iceConnectionState;
  }, state);
}

describe.skipIf(!haveChromium)('ICE restart asked by the interpreter', () => {
  let browser: Browser;
  let site: { origin: string; close(): void };
  let hub: CallsHub;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    site = await serveStatic(await buildClinicPage());
    browser = await launchCallBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    site.close();
  });
  afterEach(async () => {
    for (const c of contexts) await c.close();
    contexts = [];
    await hub.close();
  });

  it('restarts from the clinic when only the interpreter’s side sees the connection fail', async () => {
    hub = await startCallsHub({ allowedOrigins: [site.origin] });
    const [clinicCtx, aminaCtx] = await Promise.all([
      newCallContext(browser),
      newCallContext(browser),
    ]);
    contexts.push(clinicCtx, aminaCtx);
    const amina = await openInterpreter(aminaCtx, hub.url, 'amina');
    const clinic = await openClinic(clinicCtx, site.origin, hub);
    await clinic.getByRole('button', { name: 'Appeler un·e interprète en arabe' }).click();
    await amina.getByRole('button', { name: 'Accepter' }).click();
    await clinic.getByText('En appel avec Amina K.').waitFor();
    await waitForMedia(clinic);
    await waitForMedia(amina);
    const [clinicBefore, aminaBefore] = await ufrags(clinic);
    // Count the restart requests the clinic's hub socket receives.
    await clinic.evaluate(() => {
      const w = window as unknown as { __sockets: WebSocket[]; restartAsked: number };
      w.restartAsked = 0;
      w.__sockets
        .filter((s) => s.url.endsWith('/ws'))
        .at(-1)
        ?.addEventListener('message', (event) => {
          const m = JSON.parse(String(event.data)) as { type: string; signal?: { kind: string } };
          if (m.type === 'call.signal' && m.signal?.kind === 'restart-ice') w.restartAsked += 1;
        });
    });

    await failOnce(amina, 'failed');
    await amina
      .getByText('Connexion instable : reconnexion en cours, ne raccrochez pas.')
      .waitFor();
    await clinic.waitForFunction(
      () => (window as unknown as { restartAsked: number }).restartAsked > 0,
    );
    // The clinic offered again with new ICE credentials, the interpreter took the offer and
    // answered with new ones of its own (it keeps asking until it is connected, so there may
    // be more than one round).
    const changed = (page: Page, side: 0 | 1, before: string) =>
      expect
        .poll(async () => (await ufrags(page))[side] !== before, { timeout: 10_000 })
        .toBe(true);
    await changed(clinic, 0, clinicBefore);
    await changed(amina, 1, clinicBefore);
    await changed(clinic, 1, aminaBefore);

    // The page reads its real ICE state again: connected, the warning goes, media flows.
    await failOnce(amina, null);
    await amina
      .getByText('Connexion instable : reconnexion en cours, ne raccrochez pas.')
      .waitFor({ state: 'hidden' });
    await waitForMedia(clinic);
    await waitForMedia(amina);
    await clinic.getByText('En appel avec Amina K.').waitFor();
    expect(hub.server.calls.dispatcher.activeCalls).toBe(1);
  }, 90_000);
});
