// Schema version 1: who may use the hub. Interpreters sign in with a password (scrypt hash),
// clinic devices with an enrolment token (stored as its SHA-256: the token is 256 random
// bits, so a slow hash adds nothing), admins with a password. Nothing here is health data.
export const migration = {
  version: 1,
  name: 'accounts',
  sql: `
    CREATE TABLE interpreters (
      id TEXT PRIMARY KEY,
      login TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      languages TEXT NOT NULL, -- JSON array of language codes
      password_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      disabled_at TEXT
    ) STRICT;

    CREATE TABLE devices (
      id TEXT PRIMARY KEY,
      site TEXT NOT NULL,
      room TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      priority TEXT NOT NULL DEFAULT '[]', -- JSON array of interpreter ids rung first
      created_at TEXT NOT NULL,
      disabled_at TEXT,
      UNIQUE (site, room)
    ) STRICT;

    CREATE TABLE admins (
      id TEXT PRIMARY KEY,
      login TEXT NOT NULL UNIQUE,
      password_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      disabled_at TEXT
    ) STRICT;

    -- Session tokens survive a hub restart; kept as SHA-256 digests only.
    CREATE TABLE sessions (
      id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL,
      expires_at INTEGER NOT NULL
    ) STRICT;
  `,
};
