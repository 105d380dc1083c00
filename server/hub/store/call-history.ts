// One interpreter's answered calls, newest first, with their total minutes: what the
// interpreter page's history shows. Reads the same `calls` table as the minutes report.
import type { HistoryResponse } from '../../../shared/hub/http-api';
import type { HubDb } from './hub-database';

export interface CallHistory {
  forInterpreter(interpreterId: string, limit: number): HistoryResponse;
}

interface Row {
  id: string;
  language: string;
  consultation_type: string;
  answered_at: number;
  ended_at: number | null;
  end_reason: string | null;
}

export function createCallHistory(db: HubDb): CallHistory {
  const list = db.prepare(
    `SELECT id, language, consultation_type, answered_at, ended_at, end_reason FROM calls
      WHERE interpreter_id = ? AND answered_at IS NOT NULL
      ORDER BY answered_at DESC LIMIT ?`,
  );
  const totals = db.prepare(
    `SELECT COUNT(*) AS calls, COALESCE(SUM(ended_at - answered_at), 0) AS talk_ms FROM calls
      WHERE interpreter_id = ? AND answered_at IS NOT NULL AND ended_at IS NOT NULL`,
  );
  return {
    forInterpreter(interpreterId, limit) {
      const rows = list.all(interpreterId, limit) as Row[];
      const sum = totals.get(interpreterId) as { calls: number; talk_ms: number };
      return {
        calls: rows.map((row) => ({
          id: row.id,
          language: row.language,
          consultationType: row.consultation_type,
          answeredAt: new Date(row.answered_at).toISOString(),
          endedAt: row.ended_at === null ? null : new Date(row.ended_at).toISOString(),
          endReason: row.end_reason,
          durationSeconds:
            row.ended_at === null ? 0 : Math.round((row.ended_at - row.answered_at) / 1000),
        })),
        totalCalls: sum.calls,
        totalMinutes: Math.round((sum.talk_ms / 60_000) * 10) / 10,
      };
    },
  };
}
