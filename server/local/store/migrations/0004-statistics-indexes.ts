// Schema version 4: what reads by date or by flow — the retention purge, exports over a date
// range and the statistics — gets an index. flow_id and answer are virtual columns read from
// the event's JSON data, so the append path writes nothing new and old rows are covered too.
export const migration = {
  version: 4,
  name: 'statistics-indexes',
  sql: `
    CREATE INDEX sessions_by_start ON sessions(started_at);
    CREATE INDEX events_by_type ON events(type, session_id, at);
    ALTER TABLE events ADD COLUMN flow_id TEXT
      GENERATED ALWAYS AS (json_extract(data, '$.flowId')) VIRTUAL;
    ALTER TABLE events ADD COLUMN answer TEXT
      GENERATED ALWAYS AS (json_extract(data, '$.answer')) VIRTUAL;
    CREATE INDEX events_by_flow ON events(flow_id, session_id, type, answer)
      WHERE flow_id IS NOT NULL;
  `,
};
