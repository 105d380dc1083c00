// Statistics query time and export throughput over 100 000 sessions (≈ 800 000 events) in an
// encrypted session log: what the statistics screen and `npm run data -- export` cost on a
// clinic's busiest plausible year.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup } from '../../server/local/store/backups';
import { openDatabase, type Db } from '../../server/local/store/database';
import { exportCsv, exportJson } from '../../server/local/store/export';
import { SessionLog } from '../../server/local/store/session-log';
import { computeStatistics } from '../../server/local/store/statistics';
import { TEST_KEY } from '../helpers/test-key';
import { msSince, percentile, type Figure } from './figures';

const SESSIONS = 100_000;
const languages = ['ti', 'ar', 'ps', 'prs', 'so', 'bn', 'ka', 'ru', 'uk', 'en'];
const flows = ['vaccines', 'sleep', 'feeding', 'growth', 'pregnancy'];
const range = { from: '2026-01-01', to: '2026-12-31' };

export function seed(db: Db): number {
  const log = new SessionLog(db);
  const year = Date.parse('2026-01-01T08:00:00.000Z');
  let events = 0;
  db.transaction(() => {
    for (let i = 0; i < SESSIONS; i++) {
      const at = (offset: number) => new Date(year + i * 300_000 + offset * 1000).toISOString();
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const flowId = flows[i % flows.length] ?? 'vaccines';
      log.start({
        id,
        consultationType: 'vaccination',
        language: null,
        startedAt: at(0),
        endedAt: null,
      });
      log.chooseLanguage(id, languages[i % languages.length] ?? 'ar', at(10));
      log.record(id, 'flow.started', at(20), { flowId });
      for (let card = 0; card < 3; card++) {
        const answer = (i + card) % 9 === 0 ? 'dont-understand' : 'yes';
        log.record(id, 'answer.given', at(30 + card), { flowId, cardId: `c${card}`, answer });
      }
      events += 6;
      if (i % 4 === 0) {
        log.record(id, 'interpreter.requested', at(40));
        log.record(id, 'interpreter.connected', at(40 + (i % 120)));
        log.record(id, 'interpreter.ended', at(700));
        events += 3;
      }
      log.end(id, at(900));
      events++;
    }
  })();
  return events;
}

function throughput(db: Db, run: typeof exportCsv): { seconds: number; bytes: number } {
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  run(db, range, (chunk) => (bytes += Buffer.byteLength(chunk)));
  return { seconds: msSince(t0) / 1000, bytes };
}

export function run(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'interpretable-bench-'));
  const db = openDatabase(join(dir, 'log.sqlite'), { key: TEST_KEY });
  const events = seed(db);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    computeStatistics(db, range);
    samples.push(msSince(t0));
  }
  const csv = throughput(db, exportCsv);
  const json = throughput(db, exportJson);
  // A session-end backup runs before session.end answers: what does it cost on a full year?
  const t0 = process.hrtime.bigint();
  createBackup(db, {
    dir: join(dir, 'backups'),
    key: TEST_KEY,
    reason: 'manual',
    now: new Date(),
    keep: 1,
  });
  const backupMs = msSince(t0);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return Promise.resolve([
    {
      area: 'statistics',
      measure: 'query over 100 000 sessions p50',
      value: percentile(samples, 50),
      unit: 'ms',
    },
    { area: 'export', measure: 'csv throughput', value: events / csv.seconds, unit: 'events/s' },
    {
      area: 'export',
      measure: 'csv throughput (bytes)',
      value: csv.bytes / 1e6 / csv.seconds,
      unit: 'MB/s',
    },
    { area: 'export', measure: 'json throughput', value: events / json.seconds, unit: 'events/s' },
    {
      area: 'backup',
      measure: 'verified backup of 100 000 sessions',
      value: backupMs,
      unit: 'ms',
    },
    {
      area: 'export',
      measure: 'json throughput (bytes)',
      value: json.bytes / 1e6 / json.seconds,
      unit: 'MB/s',
    },
  ]);
}
