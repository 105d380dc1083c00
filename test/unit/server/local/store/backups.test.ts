import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createBackup,
  listBackups,
  newestVerifiedBackup,
  verifyBackup,
} from '../../../../../server/local/store/backups';
import { openDatabase, openEncrypted } from '../../../../../server/local/store/database';
import { useTempDir } from '../../../../helpers/temp-dir';
import { otherKey, TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();
const key = TEST_KEY;

function setup() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'log.sqlite'), { key });
  db.prepare('INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)').run(
    's1',
    'vaccination',
    '2026-01-01T00:00:00.000Z',
  );
  return { db, backups: join(dir, 'backups') };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 9, minute));

describe('createBackup', () => {
  it('writes an encrypted copy that passes integrity_check and holds the rows', () => {
    const { db, backups } = setup();
    const info = createBackup(db, { dir: backups, key, reason: 'daily', now: at(0), keep: 3 });
    expect(info.file).toMatch(/session-log-20261129T090000000Z-daily\.sqlite$/);
    expect(verifyBackup(info.file, key)).toEqual([]);
    expect(verifyBackup(info.file, otherKey())).not.toEqual([]);
    const copy = openEncrypted(info.file, { key, readonly: true, fileMustExist: true });
    expect(copy.prepare('SELECT id FROM sessions').pluck().all()).toEqual(['s1']);
    copy.close();
    db.close();
  });

  it('keeps the newest N per reason and leaves the other reasons alone', () => {
    const { db, backups } = setup();
    for (let minute = 0; minute < 4; minute++) {
      createBackup(db, { dir: backups, key, reason: 'daily', now: at(minute), keep: 2 });
    }
    createBackup(db, { dir: backups, key, reason: 'session-end', now: at(10), keep: 1 });
    const kept = listBackups(backups).map((b) => `${b.reason}@${b.takenAt}`);
    expect(kept).toEqual([
      'session-end@2026-11-29T09:10:00.000Z',
      'daily@2026-11-29T09:03:00.000Z',
      'daily@2026-11-29T09:02:00.000Z',
    ]);
    expect(readdirSync(backups).filter((f) => f.startsWith('.incoming'))).toEqual([]);
    db.close();
  });
});

describe('newestVerifiedBackup', () => {
  it('skips a newer backup that fails verification', () => {
    const { db, backups } = setup();
    const good = createBackup(db, { dir: backups, key, reason: 'daily', now: at(0), keep: 5 });
    const bad = join(backups, 'session-log-20261129T100000000Z-manual.sqlite');
    writeFileSync(bad, Buffer.alloc(8192, 7));
    expect(listBackups(backups)[0]?.file).toBe(bad);
    expect(newestVerifiedBackup(backups, key)?.file).toBe(good.file);
    db.close();
  });

  it('is null when there is no backup folder', () => {
    expect(newestVerifiedBackup(join(tempDir(), 'none'), key)).toBeNull();
  });
});
