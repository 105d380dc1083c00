// Schema version 2: call records, the hub's only business data. Pseudonymous ids (random
// device and interpreter ids, a random call id), language, consultation type and timings:
// enough to count interpreting minutes, nothing said during the call.
export const migration = {
  version: 2,
  name: 'calls',
  sql: `
    CREATE TABLE calls (
      id TEXT PRIMARY KEY,
      device_id TEXT NOT NULL,
      interpreter_id TEXT,
      language TEXT NOT NULL,
      consultation_type TEXT NOT NULL,
      requested_at INTEGER NOT NULL, -- ms since the epoch
      answered_at INTEGER,
      ended_at INTEGER,
      end_reason TEXT
    ) STRICT;
    CREATE INDEX calls_by_requested_at ON calls(requested_at);
  `,
};
