// Test kit for the hub: a real hub on 127.0.0.1 (port 0), real HTTP requests and real `ws`
// clients whose messages are queued so a test awaits the next one instead of sleeping.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import {
  HUB_DEVICE_SUBPROTOCOL_PREFIX,
  HUB_SUBPROTOCOL,
  HUB_TOKEN_SUBPROTOCOL_PREFIX,
  ServerMessage,
} from '../../../../shared/hub/protocol';
import type { InterpreterAccount } from '../../../../server/hub/accounts';
import type { DispatchSettings } from '../../../../server/hub/dispatch/call-state';
import { startHubServer, type HubLimits, type HubServer } from '../../../../server/hub/hub-server';
import { hashPassword } from '../../../../server/hub/password';
import { createSessionTokens, type SessionTokens } from '../../../../server/hub/session-tokens';
import { createAccountAdmin, type AccountAdmin } from '../../../../server/hub/store/account-admin';
import { openHubDatabase, type HubDb } from '../../../../server/hub/store/hub-database';
import { createSqliteAccountStore } from '../../../../server/hub/store/sqlite-accounts';
import { createSqliteCallRecords } from '../../../../server/hub/store/sqlite-call-records';
import { createSqliteSessionTokens } from '../../../../server/hub/store/sqlite-sessions';
import type { TurnConfig } from '../../../../server/hub/turn-credentials';

export const PASSWORD = 'correct horse battery';

let cachedHash: Promise<string> | null = null;

/** An account with PASSWORD. Hashed with cheap scrypt parameters: the production ones are
 * deliberately slow, and every sign-in in these tests would pay for them. */
export async function testAccount(overrides: Partial<InterpreterAccount> = {}) {
  cachedHash ??= hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
  return {
    id: 'interp-1',
    login: 'amina',
    displayName: 'Amina K.',
    languages: ['ar', 'ps'],
    passwordHash: await cachedHash,
    ...overrides,
  } satisfies InterpreterAccount;
}

/** A static folder shaped like dist/renderer, plus a secret file beside it. */
export function makeStaticDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'hub-static-'));
  const pages = join(root, 'renderer');
  mkdirSync(join(pages, 'assets'), { recursive: true });
  writeFileSync(join(pages, 'interpreter.html'), '<!doctype html><title>interprète</title>');
  writeFileSync(join(pages, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(join(pages, 'assets', 'app-1234.css'), 'body { color: black; }');
  writeFileSync(join(pages, 'secret.txt'), 'not an asset');
  writeFileSync(join(root, 'outside.txt'), 'outside the static folder');
  return pages;
}

export interface TestHub extends HubServer {
  origin: string;
  sessions: SessionTokens;
  db: HubDb;
  admin: AccountAdmin;
  /** Moves the session clock forward. */
  advance(ms: number): void;
  /** Enrols a clinic device and returns its token. */
  addDevice(site?: string, room?: string, priority?: string[]): { id: string; token: string };
}

export interface TestHubOptions {
  limits?: Partial<HubLimits>;
  accounts?: InterpreterAccount[];
  dispatch?: Partial<DispatchSettings>;
  turn?: TurnConfig | null;
  /** A file lets a second connection (like the accounts CLI) change accounts. */
  databaseFile?: string;
  port?: number;
  /** Keep sessions in the database (they survive a restart) instead of in memory. */
  persistentSessions?: boolean;
}

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  let now = Date.now();
  const db = openHubDatabase(options.databaseFile ?? ':memory:');
  const sessions = options.persistentSessions
    ? createSqliteSessionTokens(db, { now: () => now })
    : createSessionTokens({ now: () => now });
  const admin = createAccountAdmin(db);
  for (const account of options.accounts ?? [await testAccount()]) {
    const added = admin.addInterpreter(account);
    if (!added.ok) throw new Error(added.message);
  }
  const hub = await startHubServer({
    host: '127.0.0.1',
    port: options.port ?? 0,
    staticDir: makeStaticDir(),
    accounts: createSqliteAccountStore(db),
    sessions,
    records: createSqliteCallRecords(db),
    // No grace unless a test asks: a closed socket ends its call at once.
    dispatch: { reconnectGraceMs: 0, ...options.dispatch },
    turn: options.turn ?? null,
    limits: { presenceGraceMs: 0, ...options.limits },
  });
  let rooms = 0;
  return {
    ...hub,
    origin: new URL(hub.url).origin,
    sessions,
    db,
    admin,
    advance: (ms) => {
      now += ms;
    },
    addDevice: (site = 'PMI Gerland', room, priority) => {
      rooms += 1;
      const added = admin.addDevice({
        site,
        room: room ?? `Salle ${rooms}`,
        priority: priority ?? [],
      });
      if (!added.ok) throw new Error(added.message);
      return added.value;
    },
    close: async () => {
      await hub.close();
      db.close();
    },
  };
}

/** A clinic device's socket, welcomed. */
export async function openDevice(origin: string, token: string): Promise<TestSocket> {
  const socket = new TestSocket(origin, {
    protocols: [HUB_SUBPROTOCOL, `${HUB_DEVICE_SUBPROTOCOL_PREFIX}${token}`],
  });
  const welcome = await socket.next();
  if (welcome.type !== 'welcome.clinic')
    throw new Error(`expected welcome.clinic, got ${welcome.type}`);
  return socket;
}

/** An interpreter's page, welcomed, set online (and the echo consumed). */
export async function openInterpreter(
  origin: string,
  token: string,
  status: 'online' | 'busy' | 'offline' = 'online',
): Promise<TestSocket> {
  const socket = new TestSocket(origin, { token });
  await socket.welcomed();
  socket.send({ v: 1, type: 'presence.set', status });
  const echo = await socket.next();
  if (echo.type !== 'presence') throw new Error(`expected presence, got ${echo.type}`);
  return socket;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An HTTP request sent exactly as written (fetch would normalise "../" in the path). */
export function rawRequest(
  origin: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export function postJson(origin: string, path: string, body: unknown, headers = {}) {
  return rawRequest(origin, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export async function signIn(origin: string, login = 'amina', password = PASSWORD) {
  const response = await postJson(origin, '/api/sign-in', { login, password });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return JSON.parse(response.body) as { token: string; expiresAt: string };
}

/** A `ws` client with its messages queued and its end (close or refusal) captured. */
export class TestSocket {
  readonly ws: WebSocket;
  private readonly queue: unknown[] = [];
  private waiting: ((message: unknown) => void) | null = null;
  /** Resolves with the close code once the socket closes. */
  readonly closed: Promise<number>;
  /** Resolves with the HTTP status and body when the upgrade is refused. */
  readonly refused: Promise<{ status: number; body: string }>;

  constructor(
    origin: string,
    options: { token?: string; origin?: string | null; protocols?: string[]; path?: string } = {},
    wsOptions: WebSocket.ClientOptions = {},
  ) {
    const protocols = options.protocols ?? [
      HUB_SUBPROTOCOL,
      ...(options.token ? [`${HUB_TOKEN_SUBPROTOCOL_PREFIX}${options.token}`] : []),
    ];
    const headers: Record<string, string> = {};
    if (options.origin !== null) headers.Origin = options.origin ?? origin;
    this.ws = new WebSocket(`${origin.replace(/^http/, 'ws')}${options.path ?? '/ws'}`, protocols, {
      headers,
      ...wsOptions,
    });
    this.ws.on('message', (data, isBinary) => {
      const text = Buffer.isBuffer(data) ? data.toString('utf8') : '';
      const message: unknown = isBinary ? data : JSON.parse(text);
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(message);
      } else this.queue.push(message);
    });
    this.ws.on('error', () => undefined);
    this.closed = new Promise((resolve) => {
      this.ws.once('close', (code) => {
        resolve(code);
      });
    });
    this.refused = new Promise((resolve) => {
      this.ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          this.ws.terminate(); // with this listener ws leaves the refused handshake to us
        });
      });
    });
  }

  /** The next message, parsed with the shared protocol schema. */
  async next(): Promise<ServerMessage> {
    const raw = this.queue.shift() ?? (await new Promise<unknown>((r) => (this.waiting = r)));
    return ServerMessage.parse(raw);
  }

  /** The next message, which must be of `type`. */
  async expect<T extends ServerMessage['type']>(
    type: T,
  ): Promise<Extract<ServerMessage, { type: T }>> {
    const message = await this.next();
    if (message.type !== type) {
      throw new Error(`expected ${type}, got ${JSON.stringify(message)}`);
    }
    return message as Extract<ServerMessage, { type: T }>;
  }

  /** Sends, then waits for the answer (a ping/pong round trip proves nothing else came). */
  async settled(): Promise<void> {
    this.send({ v: 1, type: 'ping' });
    await this.expect('pong');
  }

  /** Messages received and not yet read with next(). */
  get queued(): number {
    return this.queue.length;
  }

  send(value: unknown): void {
    this.ws.send(typeof value === 'string' ? value : JSON.stringify(value));
  }

  /** Opens and consumes the welcome message. */
  async welcomed(): Promise<ServerMessage> {
    const message = await this.next();
    if (message.type !== 'welcome') throw new Error(`expected welcome, got ${message.type}`);
    return message;
  }
}
