// The clinic's settings, stored in the session log itself (so they are encrypted and backed
// up with it) and validated by zod on the way in and out. Defaults: docs/decisions/0031.
import { z } from 'zod';
import { CodedError, describeZodError } from '../../../shared/bridge/result';
import type { Db } from './database';

export const Settings = z.object({
  /** Sessions older than this are purged (0031-retention-default.md). */
  retentionDays: z.number().int().min(30).max(3650),
  /** Daily backups kept (0032-backups.md); session-end and manual ones keep their own count. */
  dailyBackupsKept: z.number().int().min(1).max(365),
  sessionEndBackupsKept: z.number().int().min(1).max(100),
  /** scrypt hash of the PIN that unlocks the doctor's view on the family screen. */
  kioskPinHash: z
    .string()
    .regex(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
    .nullable(),
  /** The family screen goes back to its welcome screen after this long without a touch. */
  kioskInactivitySeconds: z.number().int().min(15).max(3600),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  retentionDays: 450,
  dailyBackupsKept: 7,
  sessionEndBackupsKept: 5,
  kioskPinHash: null,
  kioskInactivitySeconds: 120,
};

export class SettingsStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  read(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as {
      key: string;
      value: string;
    }[];
    const stored: Record<string, unknown> = {};
    for (const row of rows) stored[row.key] = JSON.parse(row.value) as unknown;
    // Unknown keys (from a newer version) are ignored; a bad value falls back to the default.
    const merged: Record<string, unknown> = { ...defaultSettings };
    for (const name of Object.keys(defaultSettings) as (keyof Settings)[]) {
      const one = Settings.shape[name].safeParse(stored[name]);
      if (one.success) merged[name] = one.data;
    }
    return Settings.parse(merged);
  }

  update(patch: Partial<Settings>): Settings {
    const parsed = Settings.partial().strict().safeParse(patch);
    if (!parsed.success) {
      throw new CodedError('BAD_REQUEST', `Invalid settings: ${describeZodError(parsed.error)}`);
    }
    const upsert = this.db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
    const at = this.now().toISOString();
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(parsed.data)) {
        upsert.run(key, JSON.stringify(value), at);
      }
    })();
    return this.read();
  }
}
