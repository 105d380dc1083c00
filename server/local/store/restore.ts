// Puts a verified backup in place of the session log. The damaged file (and its -wal/-shm)
// is set aside under a dated name, never deleted: someone may still want to inspect it.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { CodedError } from '../../../shared/bridge/result';
import { newestVerifiedBackup, verifyBackup, type BackupInfo } from './backups';
import { toStorageError } from './storage-errors';

export interface RestoreOptions {
  databaseFile: string;
  backupsDir: string;
  key: Buffer;
  now: Date;
  /** A specific backup file; by default the newest one that passes verification. */
  from?: string | undefined;
  nativeBinding?: string | undefined;
}

export interface RestoreResult {
  restored: string;
  setAside: string[];
}

function chooseBackup(options: RestoreOptions): string {
  if (options.from !== undefined) {
    const problems = verifyBackup(options.from, options.key, options.nativeBinding);
    if (problems.length > 0) {
      throw new CodedError(
        'DATABASE_CORRUPT',
        `The backup ${options.from} failed verification: ${problems.slice(0, 2).join('; ')}`,
      );
    }
    return options.from;
  }
  const newest: BackupInfo | null = newestVerifiedBackup(
    options.backupsDir,
    options.key,
    options.nativeBinding,
  );
  if (!newest) {
    throw new CodedError(
      'NO_BACKUP',
      `No verified backup in ${options.backupsDir}: nothing to restore from.`,
    );
  }
  return newest.file;
}

export function restoreFromBackup(options: RestoreOptions): RestoreResult {
  const backup = chooseBackup(options);
  const suffix = `.damaged-${options.now.toISOString().replace(/[-:.]/g, '')}`;
  const setAside: string[] = [];
  const incoming = `${options.databaseFile}.restoring`;
  try {
    for (const part of ['', '-wal', '-shm']) {
      const file = `${options.databaseFile}${part}`;
      if (existsSync(file)) {
        renameSync(file, `${options.databaseFile}${suffix}${part}`);
        setAside.push(basename(`${options.databaseFile}${suffix}${part}`));
      }
    }
    copyFileSync(backup, incoming);
    renameSync(incoming, options.databaseFile);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw toStorageError(error, `Restoring ${backup}`);
  }
  return { restored: backup, setAside };
}
