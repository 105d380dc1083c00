// Shared set-up of the calls end-to-end tests and the calls benchmark: the real hub (with two
// Arabic-speaking interpreters and a clinic device), the clinic test page built from
// test/e2e/fixtures/calls-panel with Vite, Debian's Chromium with fake camera and microphone,
// and readers of the getStats() counters that prove media flows.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { contentTypeFor } from '../../server/http/content-types';
import type { DispatchSettings } from '../../server/hub/dispatch/call-state';
import { startHubServer, type HubServer } from '../../server/hub/hub-server';
import { hashPassword } from '../../server/hub/password';
import { createAccountAdmin } from '../../server/hub/store/account-admin';
import { createCallHistory } from '../../server/hub/store/call-history';
import { openHubDatabase } from '../../server/hub/store/hub-database';
import { createSqliteAccountStore } from '../../server/hub/store/sqlite-accounts';
import { createSqliteCallRecords } from '../../server/hub/store/sqlite-call-records';
import { createSqliteSessionTokens } from '../../server/hub/store/sqlite-sessions';
import type { TurnConfig } from '../../server/hub/turn-credentials';
import { CHROMIUM_PATH, chromiumArgs } from './helpers/browser';

const root = resolve(import.meta.dirname, '../..');
export const rendererDir = join(root, 'dist/renderer');
export const TURNSERVER_PATH = process.env.TURNSERVER_PATH ?? '/usr/bin/turnserver';
export const INTERPRETER_PASSWORD = 'mot-de-passe-de-test';

/** True when `path` exists; false locally when it does not (the test skips); under CI a
 * missing tool fails the run instead of silently skipping the calls tests. */
export function toolAvailable(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') throw new Error(`${path} is required for the calls tests in CI.`);
  return false;
}

/** Builds the clinic test page once per run into a temporary folder. */
export async function buildClinicPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'calls-page-'));
  await build({
    configFile: false,
    root: join(root, 'test/e2e/fixtures/calls-panel'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: { 'events-universal': 'bare-events' } }, // as in vite.config.ts
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: false },
  });
  return outDir;
}

/** A plain static server for the test page (its own origin, like the web shell's). */
export async function serveStatic(dir: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypeFor(file) ?? 'application/octet-stream' });
    import('node:fs').then((fs) => fs.createReadStream(file).pipe(res)).catch(() => res.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

export interface CallsHub {
  server: HubServer;
  url: string;
  deviceToken: string;
  close(): Promise<void>;
}

/** The real hub (SQLite in memory) with interpreters amina and bilal (Arabic) and a clinic
 * device; `now` moves the hub's clock (TURN credentials are signed with it). */
export async function startCallsHub(options: {
  allowedOrigins: string[];
  turn?: TurnConfig | null;
  now?: () => number;
  dispatch?: Partial<DispatchSettings>;
}): Promise<CallsHub> {
  const db = openHubDatabase(':memory:');
  const admin = createAccountAdmin(db);
  const passwordHash = await hashPassword(INTERPRETER_PASSWORD);
  for (const [login, displayName] of [
    ['amina', 'Amina K.'],
    ['bilal', 'Bilal S.'],
  ] as const) {
    const added = admin.addInterpreter({
      id: login,
      login,
      displayName,
      languages: ['ar'],
      passwordHash,
    });
    if (!added.ok) throw new Error(added.message);
  }
  const device = admin.addDevice({ site: 'PMI Gerland', room: 'Salle 3' });
  if (!device.ok) throw new Error(device.message);
  const server = await startHubServer({
    host: '127.0.0.1',
    port: 0,
    staticDir: rendererDir,
    extraOrigins: options.allowedOrigins,
    accounts: createSqliteAccountStore(db),
    sessions: createSqliteSessionTokens(db),
    records: createSqliteCallRecords(db),
    history: createCallHistory(db),
    turn: options.turn ?? null,
    ...(options.dispatch ? { dispatch: options.dispatch } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    server,
    url: server.url,
    deviceToken: device.value.token,
    close: async () => {
      await server.close();
      db.close();
    },
  };
}

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

export interface MediaCounters {
  packetsReceived: number;
  framesDecoded: number;
  /** Candidate type of the selected pair's local side ('relay' through TURN). */
  localCandidateType: string | null;
}

/** inbound-rtp counters of the page's most recent peer connection. */
export function mediaCounters(page: Page): Promise<MediaCounters> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
    const pc = pcs.at(-1);
    const counters = {
      packetsReceived: 0,
      framesDecoded: 0,
      localCandidateType: null as string | null,
    };
    if (!pc) return counters;
    const stats = await pc.getStats();
    const all = new Map<string, Record<string, unknown>>();
    stats.forEach((s: Record<string, unknown>) => all.set(String(s.id), s));
    for (const s of all.values()) {
      if (s.type === 'inbound-rtp') {
        counters.packetsReceived += Number(s.packetsReceived ?? 0);
        if (s.kind === 'video') counters.framesDecoded += Number(s.framesDecoded ?? 0);
      }
      if (s.type === 'candidate-pair' && s.nominated === true && s.state === 'succeeded') {
        const local = all.get(String(s.localCandidateId));
        counters.localCandidateType = (local?.candidateType as string | undefined) ?? null;
      }
    }
    return counters;
  });
}

/** Resolves once packets and decoded frames both grew between two readings, i.e. audio and
 * video arrive right now; throws after `timeoutMs`. Returns the time it took. */
export async function waitForMedia(page: Page, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  let before = await mediaCounters(page);
  while (Date.now() - started < timeoutMs) {
    await page.waitForTimeout(250);
    const after = await mediaCounters(page);
    if (
      after.packetsReceived > before.packetsReceived &&
      after.framesDecoded > before.framesDecoded
    ) {
      return Date.now() - started;
    }
    before = after;
  }
  throw new Error(`no media within ${timeoutMs} ms: ${JSON.stringify(before)}`);
}

/** coturn on 127.0.0.1 with the hub's shared secret, loopback peers allowed (test only). */
export interface Coturn {
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startCoturn(secret: string, port: number): Promise<Coturn> {
  const dir = mkdtempSync(join(tmpdir(), 'coturn-'));
  let child: ChildProcess | null = null;
  const args = [
    '-n',
    '--listening-ip=127.0.0.1',
    '--relay-ip=127.0.0.1',
    `--listening-port=${port}`,
    '--min-port=50000',
    '--max-port=50200',
    '--use-auth-secret',
    `--static-auth-secret=${secret}`,
    '--realm=interpretable.test',
    '--allow-loopback-peers',
    '--no-cli',
    '--no-tls',
    '--no-dtls',
    '--fingerprint',
    `--userdb=${join(dir, 'turndb')}`,
    `--pidfile=${join(dir, 'turnserver.pid')}`,
    '--log-file=stdout',
    '--simple-log',
  ];
  const coturn: Coturn = {
    port,
    start: async () => {
      const proc = spawn(TURNSERVER_PATH, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      let out = '';
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => {
          fail(new Error(`coturn did not start:\n${out}`));
        }, 10_000);
        const check = (chunk: Buffer) => {
          out += chunk.toString();
          if (/Total (UDP|General) servers|listener opened on/i.test(out)) {
            clearTimeout(timer);
            done();
          }
        };
        proc.stdout.on('data', check);
        proc.stderr.on('data', check);
        proc.once('exit', (code) => {
          clearTimeout(timer);
          fail(new Error(`coturn exited with ${String(code)}:\n${out}`));
        });
      });
    },
    stop: async () => {
      const proc = child;
      child = null;
      if (!proc) return;
      if (proc.exitCode !== null) return;
      const exited = new Promise((done) => proc.once('exit', done));
      proc.kill('SIGKILL'); // a crash, not a clean shutdown: allocations vanish at once
      await exited;
    },
  };
  await coturn.start();
  process.once('exit', () => {
    rmSync(dir, { recursive: true, force: true });
  });
  return coturn;
}
