import { rmSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../server/local/store/backups';
import { openStore, storePaths } from '../../../../../server/local/store/open-store';
import { useTempDir } from '../../../../helpers/temp-dir';

const tempDir = useTempDir();

describe('openStore', () => {
  it('makes a 0600 key file at first start and opens with it afterwards', () => {
    const dataDir = tempDir();
    const first = openStore({ dataDir });
    first.db.prepare("INSERT INTO settings VALUES ('retentionDays', '400', 'now')").run();
    first.db.close();
    const paths = storePaths(dataDir);
    expect(statSync(paths.keyFile).mode & 0o777).toBe(0o600);
    const again = openStore({ dataDir });
    expect(again.key.equals(first.key)).toBe(true);
    expect(again.db.prepare('SELECT value FROM settings').pluck().get()).toBe('400');
    again.db.close();
  });

  it('refuses to start when the key file is gone, leaving the database untouched', () => {
    const dataDir = tempDir();
    openStore({ dataDir }).db.close();
    const paths = storePaths(dataDir);
    const size = statSync(paths.database).size;
    rmSync(paths.keyFile);
    expect(() => openStore({ dataDir })).toThrow(
      expect.objectContaining({ code: 'KEY_MISSING' }) as Error,
    );
    expect(statSync(paths.database).size).toBe(size);
  });

  it('reports a wrong key as KEY_REJECTED', () => {
    const dataDir = tempDir();
    openStore({ dataDir }).db.close();
    const paths = storePaths(dataDir);
    writeFileSync(paths.keyFile, `${'ab'.repeat(32)}\n`);
    expect(() => openStore({ dataDir })).toThrow(
      expect.objectContaining({ code: 'KEY_REJECTED' }) as Error,
    );
  });

  it('refuses an emptied file when backups exist instead of starting a new log', () => {
    const dataDir = tempDir();
    const { db, key, paths } = openStore({ dataDir });
    createBackup(db, { dir: paths.backups, key, reason: 'daily', now: new Date(), keep: 2 });
    db.close();
    writeFileSync(paths.database, '');
    expect(() => openStore({ dataDir })).toThrow(
      expect.objectContaining({ code: 'DATABASE_CORRUPT' }) as Error,
    );
    expect(statSync(paths.database).size).toBe(0);
  });

  it('calls a file whose first page is damaged corrupt when the key opens a backup', () => {
    const dataDir = tempDir();
    const { db, key, paths } = openStore({ dataDir });
    createBackup(db, { dir: paths.backups, key, reason: 'daily', now: new Date(), keep: 2 });
    db.close();
    writeFileSync(paths.database, Buffer.alloc(16384, 0x11));
    expect(() => openStore({ dataDir })).toThrow(
      expect.objectContaining({ code: 'DATABASE_CORRUPT' }) as Error,
    );
  });
});
