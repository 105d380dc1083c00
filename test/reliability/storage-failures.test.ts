// Full disk and read-only folder on a real (tmpfs) file system: the user gets a coded error
// saying what to do, and every session acknowledged before the failure is still there.
import { rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLocalService } from '../../server/local/local-service';
import { listBackups } from '../../server/local/store/backups';
import { checkIntegrity } from '../../server/local/store/database';
import { openStore, storePaths } from '../../server/local/store/open-store';
import { mountTmpfs, type Tmpfs } from './helpers/tmpfs';

let mounted: Tmpfs | null = null;
afterEach(() => {
  mounted?.dispose();
  mounted = null;
});

function tmpfsOrSkip(sizeKiB: number, skip: (reason: string) => never): Tmpfs {
  const result = mountTmpfs(sizeKiB);
  if (typeof result === 'string') {
    const reason = `cannot mount a tmpfs here (${result})`;
    // CI runs as root and must exercise these paths: a skip there would hide a regression.
    if (process.env.CI) throw new Error(reason);
    skip(reason);
  }
  mounted = result;
  return mounted;
}

function savedSessions(dataDir: string): string[] {
  const { db } = openStore({ dataDir });
  expect(checkIntegrity(db, 'integrity_check')).toEqual([]);
  const ids = db
    .prepare('SELECT id FROM sessions WHERE ended_at IS NOT NULL')
    .pluck()
    .all() as string[];
  db.close();
  return ids;
}

describe('a full disk', () => {
  it('gives STORAGE_FULL and keeps every session acknowledged before it', async (context) => {
    const fs = tmpfsOrSkip(2048, (reason) => context.skip(reason));
    const errors: unknown[] = [];
    const service = openLocalService({
      dataDir: fs.dir,
      logError: (e) => errors.push(e),
      maintenanceDelayMs: 0,
    });
    const paths = storePaths(fs.dir);
    const backupsBefore = listBackups(paths.backups).map((b) => b.file);
    expect(backupsBefore).toHaveLength(1); // the start-up daily backup
    // Leave a little room, then write sessions until the disk refuses.
    const filler = join(fs.dir, 'filler');
    writeFileSync(filler, Buffer.alloc(1024 * 1024));
    const acknowledged: string[] = [];
    let refusal: { code: string; message: string } | null = null;
    for (let i = 0; i < 5000 && refusal === null; i++) {
      const started = await service.dispatch(
        'session.start',
        { consultationType: 'vaccination' },
        'doctor',
      );
      if (!started.ok) {
        refusal = started.error;
        break;
      }
      const id = (started.value as { id: string }).id;
      const ended = await service.dispatch('session.end', { sessionId: id }, 'doctor');
      if (!ended.ok) refusal = ended.error;
      else acknowledged.push(id);
    }
    expect(refusal?.code).toBe('STORAGE_FULL');
    expect(refusal?.message).toMatch(/The disk is full/);
    expect(acknowledged.length).toBeGreaterThan(0);
    service.close();
    // No half-written backup is left behind, and the earlier backup is intact.
    expect(readdirSync(paths.backups).filter((f) => f.startsWith('.incoming'))).toEqual([]);
    expect(listBackups(paths.backups).map((b) => b.file)).toEqual(
      expect.arrayContaining(backupsBefore),
    );
    rmSync(filler);
    expect(savedSessions(fs.dir)).toEqual(expect.arrayContaining(acknowledged));
  });
});

describe('a read-only data folder', () => {
  it('gives STORAGE_READ_ONLY at start and loses nothing', async (context) => {
    const fs = tmpfsOrSkip(4096, (reason) => context.skip(reason));
    const service = openLocalService({ dataDir: fs.dir });
    const started = await service.dispatch(
      'session.start',
      { consultationType: 'vaccination' },
      'doctor',
    );
    const id = started.ok ? (started.value as { id: string }).id : '';
    await service.dispatch('session.end', { sessionId: id }, 'doctor');
    service.close();
    fs.remount('ro');
    expect(() => openLocalService({ dataDir: fs.dir })).toThrow(
      expect.objectContaining({ code: 'STORAGE_READ_ONLY' }) as Error,
    );
    fs.remount('rw');
    expect(savedSessions(fs.dir)).toEqual([id]);
  });

  it('gives STORAGE_READ_ONLY when the first start cannot write its key', (context) => {
    const fs = tmpfsOrSkip(1024, (reason) => context.skip(reason));
    fs.remount('ro');
    expect(() => openLocalService({ dataDir: fs.dir })).toThrow(
      expect.objectContaining({ code: 'STORAGE_READ_ONLY' }) as Error,
    );
  });
});
