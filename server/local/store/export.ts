// Export of sessions and their events over a date range (UTC days, both ends included) for
// the clinic's activity reporting, as CSV (one row per event) or JSON (sessions with their
// events). Rows stream to `write` so a large export never sits whole in memory.
import type { Db } from './database';

export type ExportFormat = 'csv' | 'json';

export interface ExportRange {
  /** First day, YYYY-MM-DD (UTC). */
  from: string;
  /** Last day, YYYY-MM-DD (UTC), included. */
  to: string;
}

export interface ExportCounts {
  sessions: number;
  events: number;
}

interface JoinedRow {
  id: string;
  consultation_type: string;
  language: string | null;
  started_at: string;
  ended_at: string | null;
  seq: number | null;
  type: string | null;
  at: string | null;
  data: string | null;
}

const CSV_HEADER = [
  'session_id',
  'consultation_type',
  'language',
  'session_started_at',
  'session_ended_at',
  'event_seq',
  'event_type',
  'event_at',
  'event_data',
];

/** RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
}

function rows(db: Db, range: ExportRange): IterableIterator<JoinedRow> {
  return db
    .prepare(
      `SELECT s.id, s.consultation_type, s.language, s.started_at, s.ended_at,
              e.seq, e.type, e.at, e.data
       FROM sessions s LEFT JOIN events e ON e.session_id = s.id
       WHERE s.started_at >= ? AND s.started_at < ?
       ORDER BY s.started_at, s.id, e.seq`,
    )
    .iterate(`${range.from}T00:00:00.000Z`, dayAfter(range.to)) as IterableIterator<JoinedRow>;
}

export function exportCsv(db: Db, range: ExportRange, write: (chunk: string) => void) {
  const counts: ExportCounts = { sessions: 0, events: 0 };
  let last = '';
  write(`${CSV_HEADER.join(',')}\r\n`);
  for (const row of rows(db, range)) {
    if (row.id !== last) counts.sessions++;
    last = row.id;
    if (row.seq !== null) counts.events++;
    const fields = [
      row.id,
      row.consultation_type,
      row.language,
      row.started_at,
      row.ended_at,
      row.seq,
      row.type,
      row.at,
      row.data,
    ];
    write(`${fields.map(csvField).join(',')}\r\n`);
  }
  return counts;
}

export function exportJson(db: Db, range: ExportRange, write: (chunk: string) => void) {
  const counts: ExportCounts = { sessions: 0, events: 0 };
  let last = '';
  write(`{"from":${JSON.stringify(range.from)},"to":${JSON.stringify(range.to)},"sessions":[`);
  for (const row of rows(db, range)) {
    if (row.id !== last) {
      if (last !== '') write(']}');
      const session = {
        id: row.id,
        consultationType: row.consultation_type,
        language: row.language,
        startedAt: row.started_at,
        endedAt: row.ended_at,
      };
      write(`${counts.sessions > 0 ? ',' : ''}${JSON.stringify(session).slice(0, -1)},"events":[`);
      counts.sessions++;
      last = row.id;
    } else {
      write(',');
    }
    if (row.seq !== null) {
      counts.events++;
      const event = {
        seq: row.seq,
        type: row.type,
        at: row.at,
        data: JSON.parse(row.data ?? '{}') as unknown,
      };
      write(JSON.stringify(event));
    }
  }
  if (last !== '') write(']}');
  write(']}\n');
  return counts;
}
