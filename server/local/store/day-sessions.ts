// The doctor's "today" list: sessions started since local midnight, newest first, with
// whether an interpreter joined. Only ids, types, languages and times: nothing to identify
// a family.
import type { DaySession } from '../../../shared/bridge/contract';
import type { Db } from './database';

interface Row {
  id: string;
  consultation_type: DaySession['consultationType'];
  language: DaySession['language'];
  started_at: string;
  ended_at: string | null;
  interpreter: number;
}

export function sessionsSince(db: Db, since: Date, limit = 50): DaySession[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.consultation_type, s.language, s.started_at, s.ended_at,
              EXISTS (SELECT 1 FROM events e
                      WHERE e.session_id = s.id AND e.type = 'interpreter.connected') AS interpreter
         FROM sessions s
        WHERE s.started_at >= ?
        ORDER BY s.started_at DESC
        LIMIT ?`,
    )
    .all(since.toISOString(), limit) as Row[];
  return rows.map((row) => ({
    id: row.id,
    consultationType: row.consultation_type,
    language: row.language,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    interpreter: row.interpreter === 1,
  }));
}

/** Local midnight of `now`: "today" as the clinic's wall clock sees it. */
export function startOfLocalDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}
