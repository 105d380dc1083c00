import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../server/local/store/backups';
import { openDatabase } from '../../../../../server/local/store/database';
import { restoreFromBackup } from '../../../../../server/local/store/restore';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();
const key = TEST_KEY;
const now = new Date('2026-11-29T10:00:00.000Z');

function backedUp() {
  const dir = tempDir();
  const file = join(dir, 'log.sqlite');
  const backups = join(dir, 'backups');
  const db = openDatabase(file, { key });
  db.prepare('INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)').run(
    'kept',
    'vaccination',
    '2026-01-01T00:00:00.000Z',
  );
  createBackup(db, { dir: backups, key, reason: 'daily', now, keep: 3 });
  db.close();
  return { dir, file, backups };
}

describe('restoreFromBackup', () => {
  it('replaces a damaged file with the newest verified backup and sets the old one aside', () => {
    const { dir, file, backups } = backedUp();
    writeFileSync(file, Buffer.alloc(16384, 0xee));
    const result = restoreFromBackup({ databaseFile: file, backupsDir: backups, key, now });
    expect(result.restored).toMatch(/-daily\.sqlite$/);
    expect(result.setAside).toEqual(['log.sqlite.damaged-20261129T100000000Z']);
    expect(existsSync(join(dir, result.setAside[0] ?? ''))).toBe(true);
    const db = openDatabase(file, { key, fileMustExist: true });
    expect(db.prepare('SELECT id FROM sessions').pluck().all()).toEqual(['kept']);
    db.close();
  });

  it('says NO_BACKUP when there is nothing verified to restore, touching nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'log.sqlite');
    writeFileSync(file, 'damaged');
    expect(() =>
      restoreFromBackup({ databaseFile: file, backupsDir: join(dir, 'backups'), key, now }),
    ).toThrow(expect.objectContaining({ code: 'NO_BACKUP' }) as Error);
    expect(readdirSync(dir)).toEqual(['log.sqlite']);
  });

  it('refuses a named backup that fails verification', () => {
    const { file, dir } = backedUp();
    const bad = join(dir, 'bad.sqlite');
    writeFileSync(bad, Buffer.alloc(8192, 1));
    expect(() =>
      restoreFromBackup({ databaseFile: file, backupsDir: dir, key, now, from: bad }),
    ).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }) as Error);
  });
});
