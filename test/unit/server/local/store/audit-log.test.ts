import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../../server/local/store/audit-log';
import { openDatabase } from '../../../../../server/local/store/database';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();

describe('AuditLog', () => {
  it('records entries with their time, newest first', () => {
    const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
    let minute = 0;
    const audit = new AuditLog(db, () => new Date(Date.UTC(2026, 0, 1, 0, minute++)));
    audit.record('export', { format: 'csv', sessions: 2 });
    audit.record('backup', { reason: 'manual' });
    expect(audit.entries()).toEqual([
      { seq: 2, at: '2026-01-01T00:01:00.000Z', action: 'backup', details: { reason: 'manual' } },
      {
        seq: 1,
        at: '2026-01-01T00:00:00.000Z',
        action: 'export',
        details: { format: 'csv', sessions: 2 },
      },
    ]);
    expect(audit.entries(1)).toHaveLength(1);
    db.close();
  });
});
