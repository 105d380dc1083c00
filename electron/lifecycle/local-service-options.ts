// Options for openLocalService in the Electron shell: the data folder is Electron's
// per-user folder; the session log's key is sealed with safeStorage beside it; in
// development the start script builds the SQLite module for Electron's ABI and passes its
// path, while packaged builds load the copy electron-builder rebuilt.
import { join } from 'node:path';
import type { KeyStore } from '../../server/local/store/database-key';
import { SEALED_KEY_FILE, sealedKeyStore, type SafeStorageLike } from './sealed-key-store';

export interface LocalServiceOptions {
  dataDir: string;
  keyStore: KeyStore;
  nativeBinding?: string;
}

export function localServiceOptions(input: {
  isPackaged: boolean;
  userDataDir: string;
  env: Readonly<Record<string, string | undefined>>;
  safeStorage: SafeStorageLike;
}): LocalServiceOptions {
  const base = {
    dataDir: input.userDataDir,
    keyStore: sealedKeyStore(input.safeStorage, join(input.userDataDir, SEALED_KEY_FILE)),
  };
  const binding = input.env.INTERPRETABLE_SQLITE_BINDING;
  // A packaged app ignores the variable: nobody should make it load another native module.
  if (input.isPackaged || binding === undefined || binding === '') return base;
  return { ...base, nativeBinding: binding };
}
