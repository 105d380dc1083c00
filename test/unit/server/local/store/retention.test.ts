import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../../server/local/store/audit-log';
import { openDatabase } from '../../../../../server/local/store/database';
import { purgeExpired, retentionCutoff } from '../../../../../server/local/store/retention';
import { SessionLog } from '../../../../../server/local/store/session-log';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();
const now = new Date('2026-11-29T10:00:00.000Z');

function session(log: SessionLog, id: string, startedAt: string): void {
  log.start({ id, consultationType: 'vaccination', language: null, startedAt, endedAt: null });
  log.end(id, startedAt);
}

describe('purgeExpired', () => {
  it('deletes sessions older than the period with their events, and audits it', () => {
    const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
    const log = new SessionLog(db);
    session(log, 'old', '2025-01-01T00:00:00.000Z');
    session(log, 'edge', '2025-11-29T10:00:00.000Z'); // exactly 365 days: kept
    session(log, 'new', '2026-11-01T00:00:00.000Z');
    const audit = new AuditLog(db, () => now);
    const result = purgeExpired(db, audit, { now, retentionDays: 365 });
    expect(result).toEqual({ cutoff: '2025-11-29T10:00:00.000Z', sessions: 1, events: 2 });
    expect(db.prepare('SELECT id FROM sessions ORDER BY id').pluck().all()).toEqual([
      'edge',
      'new',
    ]);
    expect(log.events('old')).toEqual([]);
    expect(audit.entries()).toEqual([
      {
        seq: 1,
        at: now.toISOString(),
        action: 'purge',
        details: { ...result, retentionDays: 365 },
      },
    ]);
    db.close();
  });

  it('records a purge that deleted nothing', () => {
    const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
    const audit = new AuditLog(db, () => now);
    expect(purgeExpired(db, audit, { now, retentionDays: 30 }).sessions).toBe(0);
    expect(audit.entries().map((e) => e.action)).toEqual(['purge']);
    db.close();
  });

  it('computes the cutoff in whole days', () => {
    expect(retentionCutoff(now, 1)).toBe('2026-11-28T10:00:00.000Z');
  });
});
