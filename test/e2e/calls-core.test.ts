// Interpreter calls end to end: the clinic's real call panel (test page) and two interpreters
// in separate browser contexts, against the real hub on loopback, in Debian's Chromium with
// fake camera and microphone. Media is proved by getStats() counters, never by stream events.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../shared/calls/call-context';
import {
  launchCallBrowser,
  newCallContext,
  openClinic,
  openInterpreter,
} from './helpers/calls-browser';
import { buildClinicPage, serveStatic } from './helpers/calls-clinic-page';
import { startCallsHub, type CallsHub } from './helpers/calls-hub';
import { mediaCounters, waitForMedia } from './helpers/calls-media';
import { toolAvailable } from './helpers/calls-tools';
import { axeViolations } from './helpers/axe';
import { CHROMIUM_PATH } from './helpers/browser';

const haveChromium = toolAvailable(CHROMIUM_PATH);

function context(version: number, cardFrench: string, cardFamily: string): CallContext {
  return {
    version,
    language: 'ar',
    consultationType: 'vaccination',
    card: {
      id: `card-${version}`,
      french: cardFrench,
      family: cardFamily,
      pictograms: ['pictograms/pregnant-woman.svg'],
    },
    answers: [
      {
        questionFrench: 'Votre enfant a-t-il de la fièvre ?',
        questionFamily: 'هل يعاني طفلك من الحمى؟',
        answerFrench: 'Non',
        answerFamily: 'لا',
        at: '2026-11-29T09:00:00.000Z',
      },
    ],
    phrasebook: [
      {
        id: 'phrase-wait',
        french: 'Merci de patienter un instant.',
        family: 'يرجى الانتظار لحظة.',
      },
      { id: 'phrase-pain', french: 'Avez-vous mal ?', family: 'هل تشعر بألم؟' },
    ],
  };
}

describe.skipIf(!haveChromium)('interpreter calls', () => {
  let browser: Browser;
  let pageDir: string;
  let site: { origin: string; close(): void };
  let hub: CallsHub;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    pageDir = await buildClinicPage();
    site = await serveStatic(pageDir);
    browser = await launchCallBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    site.close();
  });
  beforeEach(async () => {
    hub = await startCallsHub({ allowedOrigins: [site.origin] });
  });
  afterEach(async () => {
    for (const c of contexts) await c.close();
    contexts = [];
    await hub.close();
  });

  async function parties() {
    const [clinicCtx, aminaCtx, bilalCtx] = await Promise.all([
      newCallContext(browser),
      newCallContext(browser),
      newCallContext(browser),
    ]);
    contexts.push(clinicCtx, aminaCtx, bilalCtx);
    const [amina, bilal] = await Promise.all([
      openInterpreter(aminaCtx, hub.url, 'amina'),
      openInterpreter(bilalCtx, hub.url, 'bilal'),
    ]);
    const clinic = await openClinic(clinicCtx, site.origin, hub);
    return { clinic, amina, bilal };
  }

  async function connect(clinic: Page, amina: Page, bilal: Page | null, again = false) {
    const label = again ? 'Rappeler un·e interprète en arabe' : 'Appeler un·e interprète en arabe';
    await clinic.getByRole('button', { name: label }).click();
    const request = 'Demande en Arabe — Vaccination — PMI Gerland — Salle 3';
    await amina.getByText(request).waitFor();
    if (bilal) await bilal.getByText(request).waitFor();
    await amina.getByRole('button', { name: 'Accepter' }).click();
    await clinic.getByText('En appel avec Amina K.').waitFor();
  }

  it('prepares each ringing page’s answer without sending it, uses the accepted one and closes the other', async () => {
    const { clinic, amina, bilal } = await parties();
    await clinic.getByRole('button', { name: 'Appeler un·e interprète en arabe' }).click();
    // Both pages hold an answer to the clinic's offer before anyone accepts (decision 0075)…
    const prepared = () => {
      const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
      const pc = pcs.at(-1);
      return pc?.localDescription?.type === 'answer'
        ? {
            ice: pc.iceConnectionState,
            offerHasCandidates: (pc.remoteDescription?.sdp ?? '').includes('a=candidate:'),
          }
        : null;
    };
    for (const page of [amina, bilal]) {
      await page.waitForFunction(prepared, null, { polling: 50, timeout: 10_000 });
      // …and nothing connects: the offer carried no address, so no check can start.
      expect(await page.evaluate(prepared)).toEqual({ ice: 'new', offerHasCandidates: false });
    }
    // The clinic has no answer yet: none left the interpreters' pages.
    const clinicHasAnswer = () =>
      (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.some(
        (pc) => pc.remoteDescription !== null,
      );
    expect(await clinic.evaluate(clinicHasAnswer)).toBe(false);

    await amina.getByRole('button', { name: 'Accepter' }).click();
    await clinic.getByText('En appel avec Amina K.').waitFor();
    await waitForMedia(clinic);
    await waitForMedia(amina);
    // The page that did not answer closed its prepared peer.
    await bilal.getByText('Un·e autre interprète a pris l’appel.').waitFor();
    await bilal.waitForFunction(
      () =>
        (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.every(
          (pc) => pc.signalingState === 'closed',
        ),
      null,
      { polling: 50, timeout: 5_000 },
    );
  });

  it('rings both interpreters, connects one with media both ways, shares the context and a pushed card, and ends on both sides', async () => {
    const { clinic, amina, bilal } = await parties();
    await connect(clinic, amina, bilal);
    await bilal.getByText('Un·e autre interprète a pris l’appel.').waitFor();

    // Media both ways, proved by the receivers' counters.
    await waitForMedia(clinic);
    await waitForMedia(amina);
    const counters = await mediaCounters(clinic);
    expect(counters.packetsReceived).toBeGreaterThan(0);
    expect(counters.framesDecoded).toBeGreaterThan(0);

    // The shared context reaches the interpreter, and every new version replaces it.
    await clinic.evaluate(
      (ctx) => {
        (window as unknown as { setContext: (c: unknown) => void }).setContext(ctx);
      },
      context(1, 'Votre enfant va recevoir un vaccin.', 'سيتلقى طفلك لقاحًا.'),
    );
    await amina.getByText('سيتلقى طفلك لقاحًا.').waitFor();
    await amina.getByText('Votre enfant va recevoir un vaccin.').waitFor();
    await amina.getByText('Votre enfant a-t-il de la fièvre ?', { exact: false }).waitFor();
    await clinic.evaluate(
      (ctx) => {
        (window as unknown as { setContext: (c: unknown) => void }).setContext(ctx);
      },
      context(2, 'Tenez votre enfant sur vos genoux.', 'ضع طفلك على ركبتيك.'),
    );
    await amina.getByText('ضع طفلك على ركبتيك.').waitFor();
    expect(await amina.getByText('سيتلقى طفلك لقاحًا.').count()).toBe(0);

    // The interpreter pushes a phrasebook card; the clinic receives its id.
    await amina
      .getByRole('button', { name: 'Afficher à la famille : Merci de patienter un instant.' })
      .click();
    await clinic.getByTestId('pushed').getByText('phrase-wait').waitFor();
    await amina.getByText('Envoyé à la famille : « Merci de patienter un instant. »').waitFor();

    // The card's pictogram is served by the hub from the same content build.
    const pictogram = amina.locator('.context-pictograms img').first();
    await pictogram.waitFor();
    expect(await pictogram.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
      0,
    );

    expect(await axeViolations(amina)).toEqual([]);
    expect(await axeViolations(clinic)).toEqual([]);
    await amina.screenshot({ path: '/tmp/calls-interpreter.png', fullPage: true });
    await clinic.screenshot({ path: '/tmp/calls-clinic.png', fullPage: true });
    // A tablet in portrait: one column, still axe-clean, the controls reachable by keyboard.
    await amina.setViewportSize({ width: 820, height: 1180 });
    expect(await axeViolations(amina)).toEqual([]);
    await amina.screenshot({ path: '/tmp/calls-interpreter-tablet.png', fullPage: true });
    await amina.getByRole('button', { name: 'Couper le micro' }).focus();
    await amina.keyboard.press('Enter');
    await amina.getByRole('button', { name: 'Rétablir le micro' }).waitFor();
    await amina.keyboard.press('Enter');

    // The interpreter hangs up: both ends.
    await amina.getByRole('button', { name: 'Raccrocher' }).click();
    await clinic.getByText('Appel terminé.').waitFor();
    await amina.getByText('Appel terminé.').waitFor();

    // One tap calls again; this time the clinic hangs up.
    await connect(clinic, amina, null, true);
    await waitForMedia(amina);
    await clinic.getByRole('button', { name: 'Raccrocher' }).click();
    await amina.getByText('Appel terminé.').waitFor();
    await clinic.getByText('Appel terminé.').waitFor();

    const recorded = await clinic.evaluate(
      () =>
        (window as unknown as { bridgeCalls: { method: string; input: { event?: string } }[] })
          .bridgeCalls,
    );
    const events = recorded.filter((c) => c.method === 'calls.record').map((c) => c.input.event);
    expect(events).toEqual(['requested', 'connected', 'ended', 'requested', 'connected', 'ended']);
    // The interpreter's history lists both calls.
    await amina.getByRole('button', { name: 'Actualiser' }).click();
    await amina.getByText('2 appels', { exact: false }).waitFor();
  });

  it('keeps an established call when the clinic’s or the interpreter’s hub link drops', async () => {
    const { clinic, amina } = await parties();
    await connect(clinic, amina, null);
    await waitForMedia(amina);
    for (const page of [clinic, amina]) {
      // A dropped signaling socket (the page reconnects on its own).
      await page.evaluate(() => {
        const sockets = (window as unknown as { __sockets: WebSocket[] }).__sockets;
        sockets
          .filter((s) => s.url.endsWith('/ws'))
          .at(-1)
          ?.close();
      });
      await page.waitForTimeout(1500);
      await waitForMedia(clinic);
      await waitForMedia(amina);
    }
    expect(hub.server.calls.dispatcher.activeCalls).toBe(1);
    await clinic.getByText('En appel avec Amina K.').waitFor();
    // Signaling still works through the new sockets: hanging up reaches the other side.
    await amina.getByRole('button', { name: 'Raccrocher' }).click();
    await clinic.getByText('Appel terminé.').waitFor();
  });
});
