// The session log's encryption key: 32 random bytes made at first start and kept by a
// KeyStore (a 0600 key file in the web shell, safeStorage-sealed in Electron). A missing
// key beside an existing database is an error, never a reason to start an empty log.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { CodedError } from '../../../shared/bridge/result';
import { toStorageError } from './storage-errors';

export const KEY_BYTES = 32;
export const KEY_FILE = 'session-log.key';

/** Where the key lives between runs. load() returns null when no key was ever saved. */
export interface KeyStore {
  readonly description: string;
  load(): Buffer | null;
  save(key: Buffer): void;
}

const HexKey = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal characters');

export function parseHexKey(text: string, source: string): Buffer {
  const parsed = HexKey.safeParse(text);
  if (!parsed.success) {
    throw new CodedError(
      'KEY_REJECTED',
      `The key in ${source} is damaged: it must be 64 hexadecimal characters.`,
    );
  }
  return Buffer.from(parsed.data, 'hex');
}

/** Web shell: the key as hex in a file only the OS user can read (mode 0600). */
export function fileKeyStore(file: string): KeyStore {
  return {
    description: file,
    load: () => (existsSync(file) ? parseHexKey(readFileSync(file, 'utf8'), file) : null),
    save: (key) => {
      try {
        // First start with a data folder nobody created yet (e.g. --data-dir new/folder).
        mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
        // 'wx': never overwrite a key that appeared meanwhile (it may protect a database).
        writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
        chmodSync(file, 0o600); // the umask may have widened the mode
      } catch (error) {
        throw toStorageError(error, `Saving the encryption key to ${file}`);
      }
    },
  };
}

/**
 * The key for the database at `databaseExists`: the stored one, or a new one when there is
 * neither a key nor a database yet (first start).
 */
export function resolveDatabaseKey(store: KeyStore, databaseExists: boolean): Buffer {
  const stored = store.load();
  if (stored) return stored;
  if (databaseExists) {
    throw new CodedError(
      'KEY_MISSING',
      `The session log exists but its encryption key (${store.description}) is missing. ` +
        "Put the key back (from the clinic's key copy); the log cannot be read without it.",
    );
  }
  const key = randomBytes(KEY_BYTES);
  store.save(key);
  return key;
}
