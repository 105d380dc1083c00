// Dispatch fan-out with 2 000 interpreters connected and online (two languages each, eight
// languages in all, so about 500 speak the one requested): time from a clinic's request to
// the moment the last matching interpreter has its `call.ringing`. The hub runs in its own
// process, as in production; the 2 000 clients share this one, so their own parsing counts
// in the figure (pessimistic).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHubDatabase } from '../../server/hub/store/hub-database';
import { createSqliteSessionTokens } from '../../server/hub/store/sqlite-sessions';
import { msSince, percentile, type Figure } from './figures';
import { openClient, openMany, populate, startHubProcess } from './calls-bench-kit';

const INTERPRETERS = 2_000;
const REQUESTS = 200;

export async function run(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'interpretable-bench-'));
  const file = join(dir, 'hub.sqlite');
  const db = openHubDatabase(file);
  const { interpreterTokens, deviceTokens } = populate(db, createSqliteSessionTokens(db), {
    interpreters: INTERPRETERS,
    devices: 1,
  });
  db.close();
  const hub = await startHubProcess(file);
  const { url } = hub;

  let expected = 0;
  let ringing = 0;
  let withdrawn = 0;
  let allRung: (() => void) | null = null;
  let allWithdrawn: (() => void) | null = null;
  const interpreters = await openMany(INTERPRETERS, 100, (i) =>
    openClient(url, { interpreter: interpreterTokens[i] ?? '' }, (text) => {
      if (text.includes('"call.ringing"')) {
        ringing += 1;
        if (ringing === expected) allRung?.();
      } else if (text.includes('"call.withdrawn"')) {
        withdrawn += 1;
        if (withdrawn === expected) allWithdrawn?.();
      }
    }),
  );
  let clinicWaiter: ((m: { type: string; callId?: string }) => void) | null = null;
  const clinic = await openClient(url, { device: deviceTokens[0] ?? '' }, (text) => {
    clinicWaiter?.(JSON.parse(text) as { type: string; callId?: string });
  });
  const nextClinic = (type: string) =>
    new Promise<{ callId?: string }>((resolve) => {
      clinicWaiter = (message) => {
        if (message.type === type) resolve(message);
      };
    });
  // Each interpreter's presence echo proves the hub has them online.
  let echoes = 0;
  await Promise.all(
    interpreters.map(
      (ws) =>
        new Promise<void>((resolve) => {
          ws.once('message', () => {
            echoes += 1;
            resolve();
          });
          ws.send('{"v":1,"type":"presence.set","status":"online"}');
        }),
    ),
  );
  // Two languages each out of eight: a quarter of them speak Arabic.
  expected = interpreterTokens.filter((_, i) => i % 8 === 0 || (i + 1) % 8 === 0).length;

  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    ringing = 0;
    withdrawn = 0;
    const done = new Promise<void>((resolve) => (allRung = resolve));
    const drained = new Promise<void>((resolve) => (allWithdrawn = resolve));
    const searching = nextClinic('call.searching');
    const t0 = process.hrtime.bigint();
    clinic.send('{"v":1,"type":"call.request","language":"ar","consultationType":"vaccination"}');
    await done;
    samples.push(msSince(t0));
    const { callId } = await searching;
    const ended = nextClinic('call.ended');
    clinic.send(JSON.stringify({ v: 1, type: 'call.cancel', callId }));
    await ended;
    await drained; // every ring stopped before the next request is timed
  }
  for (const ws of [...interpreters, clinic]) ws.terminate();
  await hub.stop();
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      area: 'calls',
      measure: `dispatch interpreters rung per request (of ${echoes} online)`,
      value: expected,
      unit: 'sockets',
    },
    { area: 'calls', measure: 'dispatch p50', value: percentile(samples, 50), unit: 'ms' },
    { area: 'calls', measure: 'dispatch p99', value: percentile(samples, 99), unit: 'ms' },
  ];
}
