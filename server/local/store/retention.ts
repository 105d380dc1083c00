// The retention purge: sessions that started before the clinic's retention period ends are
// deleted with their events, and the purge is recorded in the audit trail even when it
// deleted nothing (proof that it ran).
import type { AuditLog } from './audit-log';
import type { Db } from './database';

export interface PurgeResult {
  cutoff: string;
  sessions: number;
  events: number;
}

const DAY_MS = 86_400_000;

export function retentionCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
}

export function purgeExpired(
  db: Db,
  audit: AuditLog,
  options: { now: Date; retentionDays: number },
): PurgeResult {
  const cutoff = retentionCutoff(options.now, options.retentionDays);
  const result = db.transaction(() => {
    const events = db
      .prepare(
        'DELETE FROM events WHERE session_id IN (SELECT id FROM sessions WHERE started_at < ?)',
      )
      .run(cutoff).changes;
    const sessions = db.prepare('DELETE FROM sessions WHERE started_at < ?').run(cutoff).changes;
    const purge = { cutoff, sessions, events };
    audit.record('purge', { ...purge, retentionDays: options.retentionDays });
    return purge;
  })();
  // Deleted pages are zeroed (secure_delete) in the WAL; fold it into the main file now so
  // no copy of purged rows lingers in the -wal file.
  if (result.sessions > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
