// Opens the session log's SQLite file with the durability settings health data needs and
// brings its schema up to date. Only server/local owns SQL (ARCHITECTURE.md §4).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CodedError } from '../../../shared/bridge/result';
import { migrations, type Migration } from './migrations/index';

export type Db = Database.Database;

export interface OpenOptions {
  /** A better_sqlite3.node built for another runtime (Electron's ABI), when not the default. */
  nativeBinding?: string | undefined;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new CodedError(
      'UNAVAILABLE',
      `Cannot open the session log at ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // WAL + FULL: an event acknowledged to the UI has reached the disk, even on a power cut.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  return db;
}

/** Applies the migrations newer than the file's user_version, all in one transaction. */
export function migrate(db: Db, all: readonly Migration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = all.filter((m) => m.version > current);
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.length;
}
