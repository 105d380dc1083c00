// Turns what SQLite and the file system throw into coded errors a clinic can act on: a full
// disk, a folder that cannot be written, a damaged file, a key that does not fit.
import { CodedError, type ErrorCode } from '../../../shared/bridge/result';

function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return String(error.code);
  }
  return '';
}

export function storageErrorCode(error: unknown): ErrorCode | null {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'STORAGE_FULL';
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM'
  ) {
    return 'STORAGE_READ_ONLY';
  }
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_')) return 'STORAGE_READ_ONLY';
  if (code === 'SQLITE_NOTADB') return 'KEY_REJECTED';
  if (code.startsWith('SQLITE_CORRUPT')) return 'DATABASE_CORRUPT';
  return null;
}

const advice: Partial<Record<ErrorCode, string>> = {
  STORAGE_FULL: 'The disk is full: free some space, then try again. Nothing already saved is lost.',
  STORAGE_READ_ONLY:
    'The data folder cannot be written (read-only disk or missing permission). Nothing already saved is lost.',
  KEY_REJECTED:
    'The encryption key does not open the session log (wrong key, or the file is not a session log).',
  DATABASE_CORRUPT:
    'The session log is damaged. Restore the newest verified backup with: npm run data -- restore',
};

/** What the user can do about a storage failure, without file paths or SQL details. */
export function storageHint(code: ErrorCode): string {
  return advice[code] ?? '';
}

/** A CodedError for a storage failure while doing `what`; unknown failures stay INTERNAL. */
export function toStorageError(error: unknown, what: string): CodedError {
  if (error instanceof CodedError) return error;
  const code = storageErrorCode(error) ?? 'INTERNAL';
  const detail = error instanceof Error ? error.message : String(error);
  const hint = advice[code] ?? '';
  return new CodedError(code, `${what} failed: ${detail}. ${hint}`.trim());
}
