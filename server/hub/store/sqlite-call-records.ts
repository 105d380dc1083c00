// Call records in the hub's SQLite file: one row per request, filled in as the call goes.
import type { CallRecords } from '../dispatch/call-records';
import type { HubDb } from './hub-database';

export function createSqliteCallRecords(db: HubDb): CallRecords {
  const insert = db.prepare(
    `INSERT INTO calls (id, device_id, language, consultation_type, requested_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const answer = db.prepare('UPDATE calls SET interpreter_id = ?, answered_at = ? WHERE id = ?');
  const end = db.prepare(
    'UPDATE calls SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL',
  );
  return {
    requested: (c) => insert.run(c.id, c.deviceId, c.language, c.consultationType, c.requestedAt),
    answered: (id, interpreterId, at) => answer.run(interpreterId, at, id),
    ended: (id, at, reason) => end.run(at, reason, id),
  };
}
