// Options for openLocalService in the Electron shell: the data folder is Electron's
// per-user folder; in development the start script builds better-sqlite3 for Electron's ABI
// and passes its path, while packaged builds load the copy electron-builder rebuilt.
export interface LocalServiceOptions {
  dataDir: string;
  nativeBinding?: string;
}

export function localServiceOptions(input: {
  isPackaged: boolean;
  userDataDir: string;
  env: Readonly<Record<string, string | undefined>>;
}): LocalServiceOptions {
  const binding = input.env.INTERPRETABLE_SQLITE_BINDING;
  // A packaged app ignores the variable: nobody should make it load another native module.
  if (input.isPackaged || binding === undefined || binding === '') {
    return { dataDir: input.userDataDir };
  }
  return { dataDir: input.userDataDir, nativeBinding: binding };
}
