// The session log's key in Electron: sealed with safeStorage (DPAPI on Windows, the Keychain
// on macOS, libsecret/kwallet on Linux) so a copy of the data folder alone cannot be read.
// Without OS encryption the app refuses to start rather than store the key in clear.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseHexKey, type KeyStore } from '../../server/local/store/database-key';
import { toStorageError } from '../../server/local/store/storage-errors';
import { CodedError } from '../../shared/bridge/result';

export const SEALED_KEY_FILE = 'session-log.key.sealed';

/** The part of Electron's safeStorage this needs (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

function requireEncryption(safeStorage: SafeStorageLike): void {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new CodedError(
      'KEY_UNAVAILABLE',
      "The system's secure storage is unavailable, so the session log's key cannot be protected. " +
        'Open a desktop session with a keyring (Windows: the clinic account), then restart.',
    );
  }
}

export function sealedKeyStore(safeStorage: SafeStorageLike, file: string): KeyStore {
  return {
    description: file,
    load: () => {
      if (!existsSync(file)) return null;
      requireEncryption(safeStorage);
      let hex: string;
      try {
        hex = safeStorage.decryptString(readFileSync(file));
      } catch {
        // Sealed by another OS user or machine: the key is there but not ours to open.
        throw new CodedError(
          'KEY_REJECTED',
          `The sealed key ${file} cannot be opened by this user account on this computer.`,
        );
      }
      return parseHexKey(hex, file);
    },
    save: (key) => {
      requireEncryption(safeStorage);
      try {
        writeFileSync(file, safeStorage.encryptString(key.toString('hex')), {
          mode: 0o600,
          flag: 'wx',
        });
        chmodSync(file, 0o600);
      } catch (error) {
        throw toStorageError(error, `Saving the sealed key to ${file}`);
      }
    },
  };
}
