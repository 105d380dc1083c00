// The audit trail's typed facade: purges, exports, backups and restores, each with a small
// JSON of counts and dates (never health content).
import { z } from 'zod';
import type { Db } from './database';

export const AuditAction = z.enum(['purge', 'export', 'backup', 'restore', 'settings']);
export type AuditAction = z.infer<typeof AuditAction>;

export interface AuditEntry {
  seq: number;
  at: string;
  action: AuditAction;
  details: Record<string, unknown>;
}

export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(action: AuditAction, details: Record<string, unknown>): void {
    this.db
      .prepare('INSERT INTO audit (at, action, details) VALUES (?, ?, ?)')
      .run(this.now().toISOString(), action, JSON.stringify(details));
  }

  entries(limit = 100): AuditEntry[] {
    const rows = this.db
      .prepare('SELECT seq, at, action, details FROM audit ORDER BY seq DESC LIMIT ?')
      .all(limit) as { seq: number; at: string; action: string; details: string }[];
    return rows.map((row) => ({
      seq: row.seq,
      at: row.at,
      action: AuditAction.parse(row.action),
      details: JSON.parse(row.details) as Record<string, unknown>,
    }));
  }
}
