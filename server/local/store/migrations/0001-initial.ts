// Schema version 1: sessions and their append-only event log. Events carry canonical ids
// in `data` (JSON), never free text typed by anyone, and no patient names.
export const migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE sessions (
      id TEXT PRIMARY KEY,
      consultation_type TEXT NOT NULL,
      language TEXT,
      started_at TEXT NOT NULL,
      ended_at TEXT
    ) STRICT;

    CREATE TABLE events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      session_id TEXT NOT NULL REFERENCES sessions(id),
      type TEXT NOT NULL,
      at TEXT NOT NULL,
      data TEXT NOT NULL DEFAULT '{}'
    ) STRICT;
    CREATE INDEX events_by_session ON events(session_id, seq);

    -- The log is append-only: no path in the app updates or deletes an event.
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  `,
};
