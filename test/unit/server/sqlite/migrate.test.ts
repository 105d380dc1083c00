import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations, type Migration } from '../../../../server/sqlite/migrate';

const steps: Migration[] = [
  { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER);' },
  { version: 2, name: 'b', sql: 'CREATE TABLE b (y INTEGER);' },
];

describe('applyMigrations', () => {
  it('applies what is newer than user_version, once', () => {
    const db = new Database(':memory:');
    expect(applyMigrations(db, steps.slice(0, 1))).toBe(1);
    expect(applyMigrations(db, steps)).toBe(1);
    expect(applyMigrations(db, steps)).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('leaves the file untouched when a migration fails', () => {
    const db = new Database(':memory:');
    const broken = [...steps, { version: 3, name: 'c', sql: 'CREATE TABLE a (z INTEGER);' }];
    expect(() => applyMigrations(db, broken)).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type='table'").pluck().get()).toBe(
      0,
    );
    db.close();
  });
});
