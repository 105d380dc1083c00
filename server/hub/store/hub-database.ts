// Opens the hub's own SQLite file (accounts, sessions, call records) and brings its schema up
// to date. Separate from the clinic's session log: the hub runs elsewhere and holds no
// health data. ':memory:' gives a throwaway database (tests, a demo hub).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyMigrations } from '../../sqlite/migrate';
import { hubMigrations } from './migrations/index';

export type HubDb = Database.Database;

export function openHubDatabase(file: string): HubDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  // WAL lets the accounts CLI write while a running hub reads; FULL keeps records on a crash.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  applyMigrations(db, hubMigrations);
  return db;
}

/** Changes whenever another connection (e.g. the accounts CLI) commits: a cheap poll. */
export function dataVersion(db: HubDb): number {
  return db.pragma('data_version', { simple: true }) as number;
}
