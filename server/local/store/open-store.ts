// One way in to the session log for the local service and the `npm run data` CLI: resolve
// the key, open and check the file, and tell a damaged file from a wrong key.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodedError } from '../../../shared/bridge/result';
import { listBackups, newestVerifiedBackup } from './backups';
import { fileKeyStore, KEY_FILE, resolveDatabaseKey, type KeyStore } from './database-key';
import { openDatabase, type Db } from './database';

export const DATABASE_FILE = 'session-log.sqlite';
export const BACKUPS_DIR = 'backups';

export interface StorePaths {
  dataDir: string;
  database: string;
  backups: string;
  keyFile: string;
}

export function storePaths(dataDir: string): StorePaths {
  return {
    dataDir,
    database: join(dataDir, DATABASE_FILE),
    backups: join(dataDir, BACKUPS_DIR),
    keyFile: join(dataDir, KEY_FILE),
  };
}

export interface StoreOptions {
  dataDir: string;
  /** Defaults to the 0600 key file in the data folder (web shell and CLI). */
  keyStore?: KeyStore | undefined;
  nativeBinding?: string | undefined;
}

export interface OpenedStore {
  db: Db;
  key: Buffer;
  paths: StorePaths;
}

/** The key of the store in `dataDir` without opening the database (backups, restore). */
export function storeKey(options: StoreOptions): Buffer {
  const paths = storePaths(options.dataDir);
  const keyStore = options.keyStore ?? fileKeyStore(paths.keyFile);
  return resolveDatabaseKey(keyStore, existsSync(paths.database));
}

export function openStore(options: StoreOptions): OpenedStore {
  const paths = storePaths(options.dataDir);
  const exists = existsSync(paths.database);
  const key = storeKey(options);
  try {
    const db = openDatabase(paths.database, {
      key,
      nativeBinding: options.nativeBinding,
      fileMustExist: exists,
      // A schema-less file beside backups was emptied; with no backups it is an interrupted
      // first start, which never committed anything.
      requireSchema: exists && listBackups(paths.backups).length > 0,
    });
    return { db, key, paths };
  } catch (error) {
    // SQLCipher cannot tell a wrong key from a damaged first page. If the same key opens a
    // verified backup, the key is right and the file is damaged.
    if (error instanceof CodedError && error.code === 'KEY_REJECTED') {
      if (newestVerifiedBackup(paths.backups, key, options.nativeBinding)) {
        throw new CodedError(
          'DATABASE_CORRUPT',
          'The session log is damaged (its key opens the backups but not the file). ' +
            'Restore the newest verified backup with: npm run data -- restore',
        );
      }
    }
    throw error;
  }
}
