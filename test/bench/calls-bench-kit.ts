// Shared by the calls benchmarks: a hub database filled with many interpreters and devices,
// their tokens, and ws clients that open quickly and queue what they receive.
import { join } from 'node:path';
import WebSocket from 'ws';
import {
  HUB_DEVICE_SUBPROTOCOL_PREFIX,
  HUB_SUBPROTOCOL,
  HUB_TOKEN_SUBPROTOCOL_PREFIX,
} from '../../shared/hub/protocol';
import type { LanguageCode } from '../../shared/domain/languages';
import { createAccountAdmin } from '../../server/hub/store/account-admin';
import type { HubDb } from '../../server/hub/store/hub-database';
import type { SessionTokens } from '../../server/hub/session-tokens';

export const BENCH_LANGUAGES: LanguageCode[] = ['ar', 'prs', 'ps', 'ti', 'so', 'ru', 'uk', 'tr'];

/** Enrols interpreters (two languages each, round robin) and devices; returns their tokens. */
export function populate(
  db: HubDb,
  sessions: SessionTokens,
  counts: { interpreters: number; devices: number },
): { interpreterTokens: string[]; deviceTokens: string[] } {
  const admin = createAccountAdmin(db);
  const interpreterTokens: string[] = [];
  const deviceTokens: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < counts.interpreters; i += 1) {
      const n = BENCH_LANGUAGES.length;
      const languages = [BENCH_LANGUAGES[i % n], BENCH_LANGUAGES[(i + 1) % n]] as LanguageCode[];
      // A hash nobody can match: these accounts never sign in with a password.
      const added = admin.addInterpreter({
        id: `i${i}`,
        login: `bench${i}`,
        displayName: `Interprète ${i}`,
        languages,
        passwordHash: 'scrypt$1$1$1$AA==$AA==',
      });
      if (!added.ok) throw new Error(added.message);
      interpreterTokens.push(sessions.issue(`i${i}`).token);
    }
    for (let i = 0; i < counts.devices; i += 1) {
      const added = admin.addDevice({ site: 'Bench', room: `Salle ${i}` });
      if (!added.ok) throw new Error(added.message);
      deviceTokens.push(added.value.token);
    }
  })();
  return { interpreterTokens, deviceTokens };
}

/** Resolves once every open socket got its first message (the welcome). */
export function openClient(
  url: string,
  credential: { interpreter: string } | { device: string },
  /** Raw text: thousands of clients share the bench's one thread, so parsing is left to
   * the few that need it. */
  onMessage: (text: string) => void,
  localAddress?: string,
): Promise<WebSocket> {
  const protocol =
    'interpreter' in credential
      ? `${HUB_TOKEN_SUBPROTOCOL_PREFIX}${credential.interpreter}`
      : `${HUB_DEVICE_SUBPROTOCOL_PREFIX}${credential.device}`;
  const origin = new URL(url).origin.replace(/^ws/, 'http');
  const ws = new WebSocket(url, [HUB_SUBPROTOCOL, protocol], {
    origin,
    perMessageDeflate: false,
    ...(localAddress ? { localAddress } : {}),
  });
  return new Promise((resolve, reject) => {
    ws.once('message', () => {
      ws.on('message', (data: Buffer) => {
        onMessage(data.toString('utf8'));
      });
      resolve(ws);
    });
    ws.once('error', reject);
  });
}

/** Opens `count` clients, `parallel` at a time (an unbounded burst would time out). */
export async function openMany<T>(
  count: number,
  parallel: number,
  open: (index: number) => Promise<T>,
): Promise<T[]> {
  const result: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      result[index] = await open(index);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return result;
}

/** Starts calls-hub-child.ts in its own process (with the open-files limit raised as far as
 * the hard limit allows) and resolves with its WebSocket URL and a way to stop it. */
export async function startHubProcess(
  databaseFile: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(
    '/bin/sh',
    [
      '-c',
      'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$0" --import tsx "$1"',
      process.execPath,
      join(import.meta.dirname, 'calls-hub-child.ts'),
    ],
    {
      env: { ...process.env, INTERPRETABLE_BENCH_DB: databaseFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (data: Buffer) => {
      resolve((JSON.parse(data.toString('utf8')) as { port: number }).port);
    });
    child.once('exit', (code) => {
      reject(new Error(`hub process exited with ${String(code)}`));
    });
  });
  return {
    url: `ws://127.0.0.1:${port}/ws`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
