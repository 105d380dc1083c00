// How many sockets one hub process holds while still relaying signaling quickly: clients are
// added in steps (half interpreters' pages, half clinic devices, all pinging at the page's
// rate of once per 20 s); at each step 20 connected calls relay 25 ICE candidates each and
// the relay p99 is measured. The figure is the largest step whose p99 stays ≤ 50 ms.
// Bounded: at most MAX_SOCKETS (the open-files hard limit is 20 000 on the CI machine) and
// 3 minutes, loopback only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type WebSocket from 'ws';
import { openHubDatabase } from '../../server/hub/store/hub-database';
import { createSqliteSessionTokens } from '../../server/hub/store/sqlite-sessions';
import {
  BENCH_LANGUAGES,
  openClient,
  openMany,
  populate,
  startHubProcess,
} from './calls-bench-kit';
import { msSince, percentile, type Figure } from './figures';

const STEPS = [2_500, 5_000, 10_000, 15_000, 19_000];
const MAX_SOCKETS = STEPS[STEPS.length - 1] ?? 0;
const CALLS = 20;
const SIGNALS_PER_CALL = 25;
const TARGET_P99_MS = 50;
const BUDGET_MS = 180_000;
const PAGE_PING_MS = 20_000;

const candidate = JSON.stringify({
  kind: 'candidate',
  candidate: 'candidate:842163049 1 udp 1677729535 192.0.2.10 54321 typ srflx',
  sdpMid: '0',
  sdpMLineIndex: 0,
});

export async function run(): Promise<Figure[]> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'interpretable-bench-'));
  const file = join(dir, 'hub.sqlite');
  const db = openHubDatabase(file);
  const half = MAX_SOCKETS / 2;
  const tokens = populate(db, createSqliteSessionTokens(db), { interpreters: half, devices: half });
  db.close();
  const hub = await startHubProcess(file);

  // Messages for the measured calls go to per-socket handlers; everything else is ignored.
  const handlers = new Map<number, (text: string) => void>();
  const sockets: WebSocket[] = [];
  const open = (index: number) => {
    const interpreter = index % 2 === 0;
    const slot = Math.floor(index / 2);
    const credential = interpreter
      ? { interpreter: tokens.interpreterTokens[slot] ?? '' }
      : { device: tokens.deviceTokens[slot] ?? '' };
    return openClient(hub.url, credential, (text) => handlers.get(index)?.(text));
  };
  const next = (index: number, type: string) =>
    new Promise<{ callId: string }>((resolve) => {
      handlers.set(index, (text) => {
        if (text.includes(`"${type}"`)) resolve(JSON.parse(text) as { callId: string });
      });
    });

  // Pages ping every 20 s: spread over the interval, a slice of sockets each 100 ms.
  let cursor = 0;
  const pinger = setInterval(() => {
    const slice = Math.ceil(sockets.length / (PAGE_PING_MS / 100));
    for (let i = 0; i < slice && sockets.length > 0; i += 1) {
      sockets[cursor % sockets.length]?.send('{"v":1,"type":"ping"}');
      cursor += 1;
    }
  }, 100);

  const results: Figure[] = [];
  let held = 0;
  let callIds: string[] = [];
  try {
    for (const target of STEPS) {
      if (Date.now() - started > BUDGET_MS) break;
      let more: WebSocket[];
      try {
        more = await openMany(target - sockets.length, 200, (i) => open(sockets.length + i));
      } catch (error) {
        // Out of file descriptors or ports on either side: the machine's limit, not the hub's.
        results.push({
          area: 'calls',
          measure: `could not open ${target} sockets`,
          value: 0,
          unit: String(error),
        });
        break;
      }
      sockets.push(...more);
      if (callIds.length === 0) callIds = await connectCalls(sockets, next);
      const samples: number[] = [];
      for (let c = 0; c < CALLS; c += 1) {
        const clinic = sockets[2 * c + 1];
        const callId = callIds[c] ?? '';
        for (let s = 0; s < SIGNALS_PER_CALL; s += 1) {
          const relayed = next(2 * c, 'call.signal');
          const t0 = process.hrtime.bigint();
          clinic?.send(`{"v":1,"type":"call.signal","callId":"${callId}","signal":${candidate}}`);
          await relayed;
          samples.push(msSince(t0));
        }
      }
      const p99 = percentile(samples, 99);
      results.push({
        area: 'calls',
        measure: `relay p99 at ${target} sockets`,
        value: p99,
        unit: 'ms',
      });
      if (p99 > TARGET_P99_MS) break;
      held = target;
    }
  } finally {
    clearInterval(pinger);
    for (const ws of sockets) ws.terminate();
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return [...results, { area: 'calls', measure: 'sockets', value: held, unit: 'sockets' }];
}

/** Pairs socket 2c (an interpreter) with 2c+1 (a device) in a call, one pair at a time, so
 * only that interpreter is online and rings. Returns the call ids. */
async function connectCalls(
  sockets: WebSocket[],
  next: (index: number, type: string) => Promise<{ callId: string }>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let c = 0; c < CALLS; c += 1) {
    const interpreter = sockets[2 * c];
    const clinic = sockets[2 * c + 1];
    const echoed = next(2 * c, 'presence');
    interpreter?.send('{"v":1,"type":"presence.set","status":"online"}');
    await echoed;
    const ringing = next(2 * c, 'call.ringing');
    // Interpreter c speaks BENCH_LANGUAGES[c % 8] (see populate).
    const language = BENCH_LANGUAGES[c % BENCH_LANGUAGES.length] ?? 'ar';
    clinic?.send(
      `{"v":1,"type":"call.request","language":"${language}","consultationType":"vaccination"}`,
    );
    const { callId } = await ringing;
    const connected = next(2 * c + 1, 'call.connected');
    interpreter?.send(`{"v":1,"type":"call.accept","callId":"${callId}"}`);
    await connected;
    ids.push(callId);
  }
  return ids;
}
