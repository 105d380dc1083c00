// Round trip of a bridge call through the web shell's real WebSocket transport
// (token + origin checked at connect, zod on every frame, SQLite read behind it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { openLocalService } from '../../server/local/local-service';
import { BRIDGE_PROTOCOL } from '../../server/web-shell/bridge-socket';
import { startWebShell } from '../../server/web-shell/web-shell-server';
import { msSince, percentile, type Figure } from './figures';

const CALLS = 2_000;

export async function run(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'interpretable-bench-'));
  const service = openLocalService({ dataDir: dir });
  const shell = await startWebShell({ port: 0, staticDir: dir, service });
  const token = new URL(shell.doctorUrl).hash.replace('#token=', '');
  const ws = new WebSocket(
    `${shell.origin.replace('http', 'ws')}/bridge`,
    [BRIDGE_PROTOCOL, `token.${token}`],
    {
      origin: shell.origin,
    },
  );
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const samples: number[] = [];
  for (let id = 0; id < CALLS; id++) {
    const t0 = process.hrtime.bigint();
    await new Promise<void>((resolve) => {
      ws.once('message', () => {
        resolve();
      });
      ws.send(JSON.stringify({ id, method: 'session.current', input: {} }));
    });
    samples.push(msSince(t0));
  }
  ws.close();
  await shell.close();
  service.close();
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      area: 'bridge',
      measure: 'web-shell round trip p50',
      value: percentile(samples, 50),
      unit: 'ms',
    },
    {
      area: 'bridge',
      measure: 'web-shell round trip p99',
      value: percentile(samples, 99),
      unit: 'ms',
    },
  ];
}
