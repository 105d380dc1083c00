import PlainDatabase from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkIntegrity,
  migrate,
  openDatabase,
  openEncrypted,
} from '../../../../../server/local/store/database';
import { migrations } from '../../../../../server/local/store/migrations/index';
import { useTempDir } from '../../../../helpers/temp-dir';
import { otherKey, TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();
const key = TEST_KEY;

function withSession(file: string): void {
  const db = openDatabase(file, { key });
  db.prepare('INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)').run(
    's1',
    'vaccination',
    '2026-01-01T00:00:00.000Z',
  );
  db.close();
}

describe('openDatabase', () => {
  it('creates an encrypted WAL file with FULL sync and the latest schema', () => {
    const file = join(tempDir(), 'nested', 'log.sqlite');
    const db = openDatabase(file, { key });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['audit', 'events', 'sessions', 'settings']));
    db.close();
  });

  it('upgrades a database created by the first schema version, keeping its rows', () => {
    const file = join(tempDir(), 'old.sqlite');
    const old = openEncrypted(file, { key });
    migrate(old, migrations.slice(0, 1));
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old
      .prepare('INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)')
      .run('s1', 'vaccination', '2026-01-01T00:00:00.000Z');
    old.close();
    const db = openDatabase(file, { key });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(db.prepare('SELECT id FROM sessions').pluck().all()).toEqual(['s1']);
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM audit').pluck().get()).toBe(0);
    db.close();
  });

  it('applies nothing twice', () => {
    const db = openDatabase(join(tempDir(), 'again.sqlite'), { key });
    expect(migrate(db, migrations)).toBe(0);
    db.close();
  });

  it('keeps events and the audit trail append-only', () => {
    const db = openDatabase(join(tempDir(), 'append.sqlite'), { key });
    db.prepare('INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)').run(
      's1',
      'vaccination',
      'now',
    );
    db.prepare(
      "INSERT INTO events (session_id, type, at) VALUES ('s1', 'session.started', 'now')",
    ).run();
    expect(() => db.prepare("UPDATE events SET type = 'x'").run()).toThrow(/append-only/);
    db.prepare("INSERT INTO audit (at, action) VALUES ('now', 'purge')").run();
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    db.close();
  });

  it('reports an unusable location with a coded error', () => {
    const notAFolder = join(tempDir(), 'file');
    writeFileSync(notAFolder, 'x');
    const attempt = () => openDatabase(join(notAFolder, 'log.sqlite'), { key });
    expect(attempt).toThrow(/^Creating the data folder/);
    expect(attempt).toThrow(expect.objectContaining({ code: 'INTERNAL' }) as Error);
  });
});

describe('encryption at rest', () => {
  it('refuses a wrong key with KEY_REJECTED and leaves the file as it was', () => {
    const file = join(tempDir(), 'log.sqlite');
    withSession(file);
    const before = statSync(file).size;
    const attempt = () => openDatabase(file, { key: otherKey(), fileMustExist: true });
    expect(attempt).toThrow(expect.objectContaining({ code: 'KEY_REJECTED' }) as Error);
    expect(statSync(file).size).toBe(before);
    const db = openDatabase(file, { key });
    expect(db.prepare('SELECT id FROM sessions').pluck().all()).toEqual(['s1']);
    db.close();
  });

  it('never creates a new database where one is expected', () => {
    const file = join(tempDir(), 'gone.sqlite');
    expect(() => openDatabase(file, { key, fileMustExist: true })).toThrow(
      expect.objectContaining({ code: 'STORAGE_READ_ONLY' }) as Error,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('cannot be read by plain better-sqlite3', () => {
    const file = join(tempDir(), 'log.sqlite');
    withSession(file);
    const plain = new PlainDatabase(file, { readonly: true });
    expect(() => plain.prepare('SELECT * FROM sessions').all()).toThrow(/not a database/);
    plain.close();
  });

  it('cannot be read by the sqlite3 command-line tool', (context) => {
    const which = spawnSync('sqlite3', ['-version']);
    if (which.error) {
      const reason = 'the sqlite3 command-line tool is not installed (apt-get install sqlite3)';
      // .ci/run installs it: in CI a missing tool is a failure, not a skip.
      if (process.env.CI) throw new Error(reason);
      context.skip(reason);
    }
    const file = join(tempDir(), 'log.sqlite');
    withSession(file);
    const run = spawnSync('sqlite3', [file, 'SELECT * FROM sessions;'], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/not a database/);
    expect(run.stdout).not.toContain('vaccination');
  });
});

describe('integrity check at start', () => {
  it('detects damaged pages with DATABASE_CORRUPT', () => {
    const file = join(tempDir(), 'log.sqlite');
    const db = openDatabase(file, { key });
    const insert = db.prepare(
      'INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)',
    );
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`s${i}`, 'vaccination', '2026-01-01T00:00:00Z');
    })();
    expect(checkIntegrity(db, 'integrity_check')).toEqual([]);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const pageSize = 4096;
    const fd = openSync(file, 'r+');
    // Page 1 stays intact (it carries the salt): damage the pages after it.
    writeSync(fd, Buffer.alloc(pageSize * 3, 0xab), 0, pageSize * 3, pageSize * 2);
    closeSync(fd);
    expect(() => openDatabase(file, { key, fileMustExist: true })).toThrow(
      expect.objectContaining({ code: 'DATABASE_CORRUPT' }) as Error,
    );
  });
});
