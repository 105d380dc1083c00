// Verified, rotated backups of the session log. A backup is an encrypted copy made with
// `VACUUM INTO` (a consistent online snapshot; SQLite's backup API cannot write an encrypted
// target through better-sqlite3 — see docs/decisions/0032-backups.md), checked with
// integrity_check under its final name only once it passed.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CodedError } from '../../../shared/bridge/result';
import { checkIntegrity, openEncrypted, type Db } from './database';
import { toStorageError } from './storage-errors';

export const backupReasons = ['daily', 'session-end', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupInfo {
  file: string;
  reason: BackupReason;
  takenAt: string;
}

const NAME = /^session-log-(\d{8})T(\d{6})(\d{3})Z-(daily|session-end|manual)\.sqlite$/;

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function parseName(dir: string, name: string): BackupInfo | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day = '', time = '', ms = '', reason = 'manual'] = match;
  const takenAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}.${ms}Z`;
  return { file: join(dir, name), reason: reason as BackupReason, takenAt };
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => parseName(dir, name))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Problems found in a backup file ([] = it opens with the key and passes integrity_check). */
export function verifyBackup(file: string, key: Buffer, nativeBinding?: string): string[] {
  let db: Db | null = null;
  try {
    db = openEncrypted(file, { key, nativeBinding, readonly: true, fileMustExist: true });
    // An empty or foreign file opens fine: a backup must also hold a session-log schema.
    if (db.pragma('user_version', { simple: true }) === 0) return ['not a session log (no schema)'];
    return checkIntegrity(db, 'integrity_check');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

export interface BackupOptions {
  dir: string;
  key: Buffer;
  reason: BackupReason;
  now: Date;
  keep: number;
  nativeBinding?: string | undefined;
}

export function createBackup(db: Db, options: BackupOptions): BackupInfo {
  const name = `session-log-${stamp(options.now)}-${options.reason}.sqlite`;
  const incoming = join(options.dir, `.incoming-${name}`);
  try {
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    // A copy cut short by a crash or a full disk is never a backup: clear any left behind.
    for (const name of readdirSync(options.dir)) {
      if (name.startsWith('.incoming-')) rmSync(join(options.dir, name), { force: true });
    }
    db.prepare('VACUUM INTO ?').run(incoming);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw toStorageError(error, 'Writing a backup of the session log');
  }
  const problems = verifyBackup(incoming, options.key, options.nativeBinding);
  if (problems.length > 0) {
    rmSync(incoming, { force: true });
    throw new CodedError(
      'DATABASE_CORRUPT',
      `The backup failed verification (${problems.slice(0, 2).join('; ')}); the previous backups are kept.`,
    );
  }
  const file = join(options.dir, name);
  renameSync(incoming, file);
  rotate(options.dir, options.reason, options.keep);
  return { file, reason: options.reason, takenAt: options.now.toISOString() };
}

/** Keeps the newest `keep` backups of one reason; the other reasons keep their own. */
export function rotate(dir: string, reason: BackupReason, keep: number): string[] {
  const removed = listBackups(dir)
    .filter((info) => info.reason === reason)
    .slice(keep)
    .map((info) => info.file);
  for (const file of removed) rmSync(file, { force: true });
  return removed;
}

/** The newest backup that still opens with the key and passes integrity_check. */
export function newestVerifiedBackup(
  dir: string,
  key: Buffer,
  nativeBinding?: string,
): BackupInfo | null {
  for (const info of listBackups(dir)) {
    if (verifyBackup(info.file, key, nativeBinding).length === 0) return info;
  }
  return null;
}
