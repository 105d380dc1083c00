import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../../../server/local/store/database';
import { migrations } from '../../../../../server/local/store/migrations/index';
import { useTempDir } from '../../../../helpers/temp-dir';

const tempDir = useTempDir();

describe('openDatabase', () => {
  it('creates a WAL file with FULL sync and the latest schema', () => {
    const file = join(tempDir(), 'nested', 'log.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['events', 'sessions']));
    db.close();
  });

  it('upgrades a database created by the first schema version, keeping its rows', () => {
    const file = join(tempDir(), 'old.sqlite');
    const old = new Database(file);
    migrate(old, migrations.slice(0, 1));
    old
      .prepare('INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)')
      .run('s1', 'vaccination', '2026-01-01T00:00:00.000Z');
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(db.prepare('SELECT id FROM sessions').pluck().all()).toEqual(['s1']);
    db.close();
  });

  it('applies nothing twice', () => {
    const db = openDatabase(join(tempDir(), 'again.sqlite'));
    expect(migrate(db, migrations)).toBe(0);
    db.close();
  });

  it('keeps events append-only', () => {
    const db = openDatabase(join(tempDir(), 'append.sqlite'));
    db.prepare('INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)').run(
      's1',
      'vaccination',
      'now',
    );
    db.prepare(
      "INSERT INTO events (session_id, type, at) VALUES ('s1', 'session.started', 'now')",
    ).run();
    expect(() => db.prepare("UPDATE events SET type = 'x'").run()).toThrow(/append-only/);
    db.close();
  });

  it('reports an unusable location with a coded error', () => {
    const notAFolder = join(tempDir(), 'file');
    writeFileSync(notAFolder, 'x');
    const attempt = () => openDatabase(join(notAFolder, 'log.sqlite'));
    expect(attempt).toThrow(/^Cannot open the session log/);
    expect(attempt).toThrow(expect.objectContaining({ code: 'UNAVAILABLE' }) as Error);
  });
});
