// Calls through TURN only: coturn started by the test on 127.0.0.1 (loopback peers allowed,
// the hub's shared secret), both browsers forced to iceTransportPolicy "relay" by the
// test-only flag. coturn killed mid-call and restarted: media must be back within 10 s by
// ICE restart. An expired TURN credential must give a clear error within seconds.
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchCallBrowser,
  newCallContext,
  openClinic,
  openInterpreter,
} from './helpers/calls-browser';
import { buildClinicPage, serveStatic } from './helpers/calls-clinic-page';
import { startCoturn, type Coturn } from './helpers/calls-coturn';
import { startCallsHub, type CallsHub } from './helpers/calls-hub';
import { mediaCounters, waitForMedia } from './helpers/calls-media';
import { toolAvailable, TURNSERVER_PATH } from './helpers/calls-tools';
import { CHROMIUM_PATH } from './helpers/browser';

const haveTools = toolAvailable(CHROMIUM_PATH) && toolAvailable(TURNSERVER_PATH);

async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((done) => socket.bind(0, '127.0.0.1', done));
  const { port } = socket.address();
  await new Promise<void>((done) => {
    socket.close(() => {
      done();
    });
  });
  return port;
}

describe.skipIf(!haveTools)('interpreter calls through TURN only', () => {
  const secret = randomBytes(24).toString('hex');
  let browser: Browser;
  let site: { origin: string; close(): void };
  let coturn: Coturn;
  let hub: CallsHub | null = null;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    site = await serveStatic(await buildClinicPage());
    browser = await launchCallBrowser();
    coturn = await startCoturn(secret, await freeUdpPort());
  }, 120_000);
  afterAll(async () => {
    await coturn.stop();
    await browser.close();
    site.close();
  });
  afterEach(async () => {
    for (const c of contexts) await c.close();
    contexts = [];
    await hub?.close();
    hub = null;
  });

  /** Rings amina and has her accept; returns when she has pressed "Accepter". */
  async function call(now?: () => number): Promise<{ clinic: Page; amina: Page; at: number }> {
    hub = await startCallsHub({
      allowedOrigins: [site.origin],
      turn: { urls: [`turn:127.0.0.1:${coturn.port}?transport=udp`], secret, ttlSeconds: 600 },
      ...(now ? { now } : {}),
    });
    const clinicCtx = await newCallContext(browser, { relayOnly: true });
    const aminaCtx = await newCallContext(browser, { relayOnly: true });
    contexts.push(clinicCtx, aminaCtx);
    const amina = await openInterpreter(aminaCtx, hub.url, 'amina');
    const clinic = await openClinic(clinicCtx, site.origin, hub);
    await clinic.getByRole('button', { name: 'Appeler un·e interprète en arabe' }).click();
    await amina.getByRole('button', { name: 'Accepter' }).click();
    return { clinic, amina, at: Date.now() };
  }

  it('relays media through coturn and brings it back by ICE restart after coturn restarts', async () => {
    const { clinic, amina } = await call();
    await waitForMedia(clinic);
    await waitForMedia(amina);
    expect((await mediaCounters(clinic)).localCandidateType).toBe('relay');
    expect((await mediaCounters(amina)).localCandidateType).toBe('relay');

    await coturn.stop(); // SIGKILL: every allocation is gone
    await clinic
      .getByText('Connexion instable : reconnexion en cours, ne raccrochez pas.')
      .waitFor({ timeout: 20_000 });
    await coturn.start();
    const restartedAt = Date.now();
    await waitForMedia(clinic, 10_000);
    await waitForMedia(amina, 10_000 - (Date.now() - restartedAt));
    const recovery = Date.now() - restartedAt;
    console.log(`calls relay recovery after coturn restart: ${recovery} ms`);
    expect(recovery).toBeLessThanOrEqual(10_000);
    expect((await mediaCounters(clinic)).localCandidateType).toBe('relay');
    await clinic.getByText('En appel avec Amina K.').waitFor();
  }, 90_000);

  it('says clearly within seconds that the TURN server refused an expired credential', async () => {
    // The hub's clock two hours behind: every credential it signs expired long ago.
    // Timed from the accept: a refused relay may end the set-up before the clinic's panel
    // has even shown who accepted.
    const { clinic, amina, at: started } = await call(() => Date.now() - 2 * 3600 * 1000);
    await clinic
      .getByRole('alert')
      .filter({ hasText: 'Le serveur relais a refusé la connexion' })
      .waitFor({ timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(5000);
    await clinic.getByText('L’appel n’a pas pu être établi.').waitFor();
    await amina.getByText('Appel terminé.').waitFor();
    await clinic.getByRole('button', { name: 'Rappeler un·e interprète en arabe' }).waitFor();
  }, 60_000);
});
