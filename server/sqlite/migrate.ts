// Schema upgrades for every SQLite file the project owns (the clinic's session log, the hub's
// database): numbered migrations newer than the file's user_version, applied in one
// transaction so a file is never left half-upgraded.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** What both better-sqlite3 and better-sqlite3-multiple-ciphers connections offer. */
export interface MigratableDatabase {
  pragma(source: string, options?: { simple?: boolean }): unknown;
  exec(sql: string): unknown;
  transaction(fn: () => void): () => void;
}

export function applyMigrations(db: MigratableDatabase, all: readonly Migration[]): number {
  const current = Number(db.pragma('user_version', { simple: true }));
  const pending = all.filter((m) => m.version > current);
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.length;
}
