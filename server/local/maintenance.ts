// Keeping the session log healthy while the app runs: the retention purge and a verified
// backup at start and once a day, and a backup after every session ends. A failed backup
// is reported but never stops the consultation that is going on.
import { basename } from 'node:path';
import { AuditLog } from './store/audit-log';
import { createBackup, listBackups, type BackupReason } from './store/backups';
import type { Db } from './store/database';
import type { StorePaths } from './store/open-store';
import { purgeExpired, type PurgeResult } from './store/retention';
import { SettingsStore } from './store/settings';

const DAY_MS = 86_400_000;
const TICK_MS = 3_600_000;

export interface MaintenanceDeps {
  db: Db;
  key: Buffer;
  paths: StorePaths;
  now?: () => Date;
  nativeBinding?: string | undefined;
  logError?: ((error: unknown) => void) | undefined;
}

export class Maintenance {
  private readonly now: () => Date;
  private readonly audit: AuditLog;
  private readonly settings: SettingsStore;
  private lastPurge = 0;

  constructor(private readonly deps: MaintenanceDeps) {
    this.now = deps.now ?? (() => new Date());
    this.audit = new AuditLog(deps.db, this.now);
    this.settings = new SettingsStore(deps.db, this.now);
  }

  purge(): PurgeResult {
    const result = purgeExpired(this.deps.db, this.audit, {
      now: this.now(),
      retentionDays: this.settings.read().retentionDays,
    });
    this.lastPurge = this.now().getTime();
    return result;
  }

  backup(reason: BackupReason): string {
    const settings = this.settings.read();
    const keep = reason === 'daily' ? settings.dailyBackupsKept : settings.sessionEndBackupsKept;
    const info = createBackup(this.deps.db, {
      dir: this.deps.paths.backups,
      key: this.deps.key,
      reason,
      now: this.now(),
      keep,
      nativeBinding: this.deps.nativeBinding,
    });
    this.audit.record('backup', { reason, file: basename(info.file) });
    return info.file;
  }

  /** Runs what is due: the purge and the daily backup, each at most once a day. */
  runDue(): void {
    const now = this.now().getTime();
    this.guard(() => {
      if (now - this.lastPurge >= DAY_MS) this.purge();
    });
    this.guard(() => {
      const lastDaily = listBackups(this.deps.paths.backups).find((b) => b.reason === 'daily');
      if (!lastDaily || now - Date.parse(lastDaily.takenAt) >= DAY_MS) this.backup('daily');
    });
  }

  afterSessionEnd(): void {
    this.guard(() => this.backup('session-end'));
  }

  /**
   * Runs what is due `firstRunMs` after start, then checks hourly (robust to a PC that
   * sleeps). The first run waits so the screens come up first: the purge and the verified
   * copy take tens of milliseconds that a family's first card would otherwise wait for. The
   * stop function returns whether that first run was still waiting (close() then runs it).
   */
  schedule(firstRunMs = 0): () => boolean {
    let firstDone = false;
    const runFirst = () => {
      firstDone = true;
      this.runDue();
    };
    const first = firstRunMs > 0 ? setTimeout(runFirst, firstRunMs) : null;
    first?.unref();
    if (!first) runFirst();
    const timer = setInterval(() => {
      this.runDue();
    }, TICK_MS);
    timer.unref();
    return () => {
      if (first) clearTimeout(first);
      clearInterval(timer);
      return !firstDone;
    };
  }

  private guard(task: () => void): void {
    try {
      task();
    } catch (error) {
      (this.deps.logError ?? console.error)(error);
    }
  }
}
