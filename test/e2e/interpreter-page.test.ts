// The interpreter page end to end: the built page (npm run build) served by a real hub,
// driven in Chromium by keyboard and mouse, checked with axe-core, and watched through a hub
// restart. Waits are on page content, never on fixed delays.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../server/hub/index';
import { createAccountAdmin } from '../../server/hub/store/account-admin';
import { openHubDatabase } from '../../server/hub/store/hub-database';

const staticDir = resolve(import.meta.dirname, '../../dist/renderer');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let hub: RunningHub;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];

async function startDemoHub(port = 0, databaseFile?: string): Promise<RunningHub> {
  return startHub({
    host: '127.0.0.1',
    port,
    staticDir,
    demo: true,
    ...(databaseFile ? { databaseFile } : {}),
  });
}

/** Enrols a clinic device through a second connection to the hub's file, as the CLI does,
 * and opens its WebSocket; resolves with the socket and a way to await its messages. */
async function openClinic(hubUrl: string, databaseFile: string) {
  const db = openHubDatabase(databaseFile);
  const added = createAccountAdmin(db).addDevice({ site: 'PMI Gerland', room: 'Salle 3' });
  db.close();
  if (!added.ok) throw new Error(added.message);
  const messages: { type: string; callId?: string }[] = [];
  let waiter: (() => void) | null = null;
  const ws = new WebSocket(
    `${hubUrl.replace(/^http/, 'ws')}ws`,
    ['interpretable.hub.v1', `device.${added.value.token}`],
    { origin: new URL(hubUrl).origin },
  );
  ws.on('message', (data: Buffer) => {
    messages.push(JSON.parse(data.toString('utf8')) as { type: string; callId?: string });
    waiter?.();
  });
  const next = async (type: string) => {
    for (;;) {
      const found = messages.findIndex((m) => m.type === type);
      if (found >= 0) return messages.splice(found, 1)[0] ?? {};
      await new Promise<void>((resolve) => (waiter = resolve));
    }
  };
  await next('welcome.clinic');
  return { ws, next };
}

/** axe-core's violations on the current page, summarised for a readable failure. */
async function axeViolations(target: Page): Promise<string[]> {
  // Evaluated through DevTools, which the page's CSP (script-src 'self') does not govern;
  // an inline <script> tag would be blocked, as it should be.
  await target.evaluate(axeSource);
  const result = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe;
    return axe.run();
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
}
interface AxeResult {
  violations: { id: string; help: string; nodes: unknown[] }[];
}

async function signInByKeyboard(target: Page, login: string, password: string): Promise<void> {
  await target.getByLabel('Identifiant').focus();
  await target.keyboard.type(login);
  await target.keyboard.press('Tab');
  await target.keyboard.type(password);
  await target.keyboard.press('Enter');
}

beforeAll(async () => {
  if (!existsSync(join(staticDir, 'interpreter.html'))) {
    throw new Error('dist/renderer/interpreter.html is missing: run npm run build first.');
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  hub = await startDemoHub();
  context = await browser.newContext({ locale: 'fr-FR' });
  page = await context.newPage();
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(hub.url);
});
afterEach(async () => {
  await context.close();
  await hub.close();
});

describe('interpreter page', () => {
  it('shows an accessible French sign-in form and announces a wrong password', async () => {
    await page.getByRole('heading', { name: 'Espace interprète' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await axeViolations(page)).toEqual([]);

    await signInByKeyboard(page, 'demo', 'pas le bon mot de passe');
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Identifiant ou mot de passe incorrect.' });
    await alert.waitFor();
    expect(await page.getByLabel('Mot de passe').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('signs the demo interpreter in, shows their profile and sets presence', async () => {
    const demo = hub.demoAccount;
    if (!demo) throw new Error('the demo account is missing');
    await signInByKeyboard(page, demo.login, demo.password);

    await page.getByRole('heading', { name: 'Bonjour, Interprète de démonstration' }).waitFor();
    const languages = await page.locator('.language-list li').allTextContents();
    expect(languages.map((text) => text.split(' ')[0])).toEqual([
      'Arabe',
      'Dari',
      'Pachto',
      'Tigrigna',
    ]);
    await page.getByText('Statut actuel : Hors ligne').waitFor();

    await page.getByRole('radio', { name: 'Disponible' }).check();
    await page.getByText('Statut actuel : Disponible').waitFor();
    // Arrow keys move through the radio group, as with any native radio buttons.
    await page.keyboard.press('ArrowDown');
    await page.getByText('Statut actuel : Occupé').waitFor();
    expect(await page.getByRole('radio', { name: 'Occupé' }).isChecked()).toBe(true);

    expect(await axeViolations(page)).toEqual([]);
    // Nothing blocked by the CSP, no failed request, no script error.
    expect(consoleErrors).toEqual([]);
  });

  it('says the connection is lost, then asks to sign in again when the hub restarted', async () => {
    const demo = hub.demoAccount;
    if (!demo) throw new Error('the demo account is missing');
    await signInByKeyboard(page, demo.login, demo.password);
    await page.getByText('Statut actuel : Hors ligne').waitFor();

    const port = hub.port;
    await hub.close();
    await page
      .getByRole('status')
      .filter({ hasText: 'Connexion perdue, reconnexion en cours…' })
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Disponible' }).isDisabled()).toBe(true);

    // The restarted hub no longer knows the token: the page must return to the form.
    hub = await startDemoHub(port);
    await page.getByText('Votre session a pris fin. Reconnectez-vous pour continuer.').waitFor();
    await page.getByLabel('Identifiant').waitFor();
  });

  it('rings for a clinic’s request in a language the interpreter speaks, and connects', async () => {
    const databaseFile = join(mkdtempSync(join(tmpdir(), 'hub-e2e-')), 'hub.sqlite');
    await hub.close();
    hub = await startDemoHub(0, databaseFile);
    await page.goto(hub.url);
    const demo = hub.demoAccount;
    if (!demo) throw new Error('the demo account is missing');
    await signInByKeyboard(page, demo.login, demo.password);
    await page.getByRole('radio', { name: 'Disponible' }).check();
    await page.getByText('Statut actuel : Disponible').waitFor();

    const clinic = await openClinic(hub.url, databaseFile);
    clinic.ws.send('{"v":1,"type":"call.request","language":"ps","consultationType":"postpartum"}');
    await page.getByText('Demande en Pachto — Post-partum — PMI Gerland — Salle 3').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByText('En appel avec PMI Gerland — Salle 3').waitFor();
    await page.getByText('Statut actuel : Occupé').waitFor();
    expect(await clinic.next('call.connected')).toMatchObject({ type: 'call.connected' });

    await page.getByRole('button', { name: 'Raccrocher' }).click();
    await clinic.next('call.ended');
    await page.getByText('Appel terminé.').waitFor();
    await page.getByText('Statut actuel : Disponible').waitFor();
    clinic.ws.close();
    expect(consoleErrors).toEqual([]);
  });

  it('lets the interpreter choose this session’s languages by keyboard, and rings for those only', async () => {
    const databaseFile = join(mkdtempSync(join(tmpdir(), 'hub-e2e-')), 'hub.sqlite');
    await hub.close();
    hub = await startDemoHub(0, databaseFile);
    await page.goto(hub.url);
    const demo = hub.demoAccount;
    if (!demo) throw new Error('the demo account is missing');
    await signInByKeyboard(page, demo.login, demo.password);
    await page.getByRole('radio', { name: 'Disponible' }).check();
    await page.getByText('Statut actuel : Disponible').waitFor();
    const group = page.getByRole('group', { name: 'Vos langues' });
    await group.getByText('Appels reçus dans 4 langues.').waitFor();
    const box = (name: string) => group.getByRole('checkbox', { name: new RegExp(`^${name} `) });
    for (const name of ['Arabe', 'Dari', 'Pachto', 'Tigrigna']) {
      expect(await box(name).isChecked()).toBe(true);
    }

    // Space on a focused checkbox, as with any native checkbox.
    await box('Arabe').focus();
    await page.keyboard.press('Space');
    await group.getByText('Appels reçus dans 3 langues.').waitFor();
    expect(await box('Arabe').isChecked()).toBe(false);

    // The hub rings for Pashto, not for Arabic (asked first, so it would have come first).
    const clinic = await openClinic(hub.url, databaseFile);
    clinic.ws.send(
      '{"v":1,"type":"call.request","language":"ar","consultationType":"vaccination"}',
    );
    clinic.ws.send('{"v":1,"type":"call.request","language":"ps","consultationType":"postpartum"}');
    await page.getByText('Demande en Pachto — Post-partum — PMI Gerland — Salle 3').waitFor();
    expect(await page.getByText('Demande en Arabe', { exact: false }).count()).toBe(0);

    // Down to one language; unticking the last one is refused with a clear message.
    for (const name of ['Dari', 'Tigrigna']) {
      await box(name).focus();
      await page.keyboard.press('Space');
    }
    await group.getByText('Appels reçus dans 1 langue.').waitFor();
    await box('Pachto').focus();
    await page.keyboard.press('Space');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Choisissez au moins une langue pour recevoir des appels.' })
      .waitFor();
    expect(await box('Pachto').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The choice belongs to the session: a reload keeps it.
    await page.reload();
    await group.getByText('Appels reçus dans 1 langue.').waitFor();
    expect(await box('Arabe').isChecked()).toBe(false);
    expect(await box('Pachto').isChecked()).toBe(true);
    clinic.ws.close();
    expect(consoleErrors).toEqual([]);
  });

  it('stays signed in across a restart of a hub with a database file', async () => {
    const databaseFile = join(mkdtempSync(join(tmpdir(), 'hub-e2e-')), 'hub.sqlite');
    await hub.close();
    hub = await startDemoHub(0, databaseFile);
    await page.goto(hub.url);
    const demo = hub.demoAccount;
    if (!demo) throw new Error('the demo account is missing');
    await signInByKeyboard(page, demo.login, demo.password);
    await page.getByRole('radio', { name: 'Disponible' }).check();
    await page.getByText('Statut actuel : Disponible').waitFor();

    const port = hub.port;
    await hub.close();
    await page.getByText('Connexion perdue, reconnexion en cours…').waitFor();
    hub = await startDemoHub(port, databaseFile);
    // The session survived in the file; the page reconnects and restores its presence, which
    // the new hub proves by ringing it.
    await page.getByText('Connexion perdue, reconnexion en cours…').waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Identifiant').count()).toBe(0);
    const clinic = await openClinic(hub.url, databaseFile);
    clinic.ws.send(
      '{"v":1,"type":"call.request","language":"ar","consultationType":"vaccination"}',
    );
    await page.getByText('Demande en Arabe — Vaccination — PMI Gerland — Salle 3').waitFor();
    clinic.ws.close();
  });
});
