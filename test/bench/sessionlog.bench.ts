// Event append latency on a real file with WAL + synchronous=FULL: what the UI waits for
// before an answer counts as saved. Target (session log issue): p99 ≤ 5 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionService } from '../../server/local/session-service';
import { openDatabase } from '../../server/local/store/database';
import { TEST_KEY } from '../helpers/test-key';
import { SessionLog } from '../../server/local/store/session-log';
import { msSince, percentile, type Figure } from './figures';

const APPENDS = 2_000;

export function run(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'interpretable-bench-'));
  const db = openDatabase(join(dir, 'log.sqlite'), { key: TEST_KEY });
  const service = new SessionService(new SessionLog(db));
  const { id } = service.start({ consultationType: 'vaccination' });
  const samples: number[] = [];
  for (let i = 0; i < APPENDS; i++) {
    const t0 = process.hrtime.bigint();
    service.chooseLanguage({ sessionId: id, language: i % 2 ? 'ar' : 'ti' });
    samples.push(msSince(t0));
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return Promise.resolve([
    { area: 'sessionlog', measure: 'append p50', value: percentile(samples, 50), unit: 'ms' },
    { area: 'sessionlog', measure: 'append p99', value: percentile(samples, 99), unit: 'ms' },
  ]);
}
