import { describe, expect, it } from 'vitest';
import { localServiceOptions } from '../../../../electron/lifecycle/local-service-options';

const binding = '/repo/.cache/electron-sqlite/better_sqlite3.node';

describe('localServiceOptions', () => {
  it('stores data in the user data folder', () => {
    expect(
      localServiceOptions({
        isPackaged: true,
        userDataDir: '/home/u/.config/Interpretable',
        env: {},
      }),
    ).toEqual({
      dataDir: '/home/u/.config/Interpretable',
    });
  });

  it('loads the Electron-ABI SQLite binding the start script built, in development', () => {
    const options = localServiceOptions({
      isPackaged: false,
      userDataDir: '/d',
      env: { INTERPRETABLE_SQLITE_BINDING: binding },
    });
    expect(options).toEqual({ dataDir: '/d', nativeBinding: binding });
  });

  it('ignores the variable in a packaged app', () => {
    const options = localServiceOptions({
      isPackaged: true,
      userDataDir: '/d',
      env: { INTERPRETABLE_SQLITE_BINDING: binding },
    });
    expect(options).not.toHaveProperty('nativeBinding');
  });
});
