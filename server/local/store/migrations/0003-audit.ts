// Schema version 3: an append-only audit trail of what was done to the data itself (purges,
// exports, backups, restores), so the clinic can answer "who took what out, and when".
export const migration = {
  version: 3,
  name: 'audit',
  sql: `
    CREATE TABLE audit (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      action TEXT NOT NULL,
      details TEXT NOT NULL DEFAULT '{}'
    ) STRICT;

    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  `,
};
