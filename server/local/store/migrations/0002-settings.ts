// Schema version 2: the clinic's settings (retention period, backups kept…) as key → JSON
// value. Values are validated by zod in settings.ts, not by SQL.
export const migration = {
  version: 2,
  name: 'settings',
  sql: `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
