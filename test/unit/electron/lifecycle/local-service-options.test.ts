import { describe, expect, it } from 'vitest';
import { localServiceOptions } from '../../../../electron/lifecycle/local-service-options';
import { FakeSafeStorage } from '../fakes/fake-electron';

const binding = '/repo/.cache/electron-sqlite/better_sqlite3.node';
const safeStorage = new FakeSafeStorage();

describe('localServiceOptions', () => {
  it('stores data in the user data folder, the key sealed beside it', () => {
    const options = localServiceOptions({
      isPackaged: true,
      userDataDir: '/home/u/.config/Interpretable',
      env: {},
      safeStorage,
    });
    expect(options.dataDir).toBe('/home/u/.config/Interpretable');
    expect(options.keyStore.description).toBe(
      '/home/u/.config/Interpretable/session-log.key.sealed',
    );
    expect(options).not.toHaveProperty('nativeBinding');
  });

  it('loads the Electron-ABI SQLite binding the start script built, in development', () => {
    const options = localServiceOptions({
      isPackaged: false,
      userDataDir: '/d',
      env: { INTERPRETABLE_SQLITE_BINDING: binding },
      safeStorage,
    });
    expect(options).toMatchObject({ dataDir: '/d', nativeBinding: binding });
  });

  it('ignores the variable in a packaged app', () => {
    const options = localServiceOptions({
      isPackaged: true,
      userDataDir: '/d',
      env: { INTERPRETABLE_SQLITE_BINDING: binding },
      safeStorage,
    });
    expect(options).not.toHaveProperty('nativeBinding');
  });
});
