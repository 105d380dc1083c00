// Opens the session log's SQLite file, encrypted at rest (SQLCipher format through
// better-sqlite3-multiple-ciphers), with the durability settings health data needs, checks
// it and brings its schema up to date. Only server/local owns SQL (ARCHITECTURE.md §4).
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CodedError } from '../../../shared/bridge/result';
import { applyMigrations, type Migration } from '../../sqlite/migrate';
import { migrations } from './migrations/index';
import { toStorageError } from './storage-errors';

export type Db = Database.Database;

export interface EncryptedOptions {
  /** The 32-byte key (see database-key.ts). */
  key: Buffer;
  /** A better_sqlite3.node built for another runtime (Electron's ABI), when not the default. */
  nativeBinding?: string | undefined;
  readonly?: boolean;
  /** Refuse to create the file: set whenever a database is expected to exist. */
  fileMustExist?: boolean;
}

export interface OpenDatabaseOptions extends EncryptedOptions {
  /** The file must already hold a schema: an empty one means it was truncated or replaced. */
  requireSchema?: boolean;
}

/** Opens `file` with the key and proves the key fits by reading the schema. */
export function openEncrypted(file: string, options: EncryptedOptions): Db {
  let db: Db;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.fileMustExist ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw toStorageError(error, `Opening the session log at ${file}`);
  }
  try {
    // SQLCipher 4 format with a raw 256-bit key: no passphrase, so no key derivation cost.
    db.pragma("cipher = 'sqlcipher'");
    db.pragma(`key = "x'${options.key.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  } catch (error) {
    db.close();
    throw toStorageError(error, `Reading the session log at ${file}`);
  }
  return db;
}

/** The lines of a failed check, or [] when SQLite answers "ok". */
export function checkIntegrity(db: Db, kind: 'quick_check' | 'integrity_check'): string[] {
  const lines = db.pragma(kind, { simple: false }) as Record<string, string>[];
  const messages = lines.map((row) => String(Object.values(row)[0]));
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

export function openDatabase(file: string, options: OpenDatabaseOptions): Db {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw toStorageError(error, `Creating the data folder for ${file}`);
  }
  const db = openEncrypted(file, options);
  try {
    if (options.requireSchema && db.pragma('user_version', { simple: true }) === 0) {
      throw new CodedError(
        'DATABASE_CORRUPT',
        'The session log is empty although backups exist: it was truncated or replaced. ' +
          'Restore the newest verified backup with: npm run data -- restore',
      );
    }
    const problems = checkIntegrity(db, 'quick_check');
    if (problems.length > 0) {
      throw new CodedError(
        'DATABASE_CORRUPT',
        `The session log is damaged (${problems.slice(0, 2).join('; ')}). ` +
          'Restore the newest verified backup with: npm run data -- restore',
      );
    }
    // WAL + FULL: an event acknowledged to the UI has reached the disk, even on a power cut.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Purged rows are overwritten, not just unlinked, so free pages hold no old health data.
    db.pragma('secure_delete = ON');
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw toStorageError(error, `Preparing the session log at ${file}`);
  }
  return db;
}

/** Applies the session log's pending migrations (see server/sqlite/migrate.ts). */
export function migrate(db: Db, all: readonly Migration[]): number {
  return applyMigrations(db, all);
}
