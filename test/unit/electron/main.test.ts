// The wiring of electron/main.ts, run against the fake electron module and stubbed server
// modules: what happens before 'ready', what one launch opens, and how it shuts down.
import type { CustomScheme, MessageBoxSyncOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../server/local/bridge-dispatcher';
import type { BridgeEventListener } from '../../../server/local/local-service';
import { CodedError, ok } from '../../../shared/bridge/result';
import { fakeControl, fakeDisplay, FakeWebContents, type FakeControl } from './fakes/fake-electron';

const server = vi.hoisted(() => ({ openLocalService: vi.fn(), startHub: vi.fn() }));
vi.mock('electron', async () => (await import('./fakes/fake-electron')).fakeElectronModule);
vi.mock('../../../server/local/local-service', () => ({
  openLocalService: server.openLocalService,
}));
vi.mock('../../../server/hub/index', () => ({ startHub: server.startHub }));

const HUB_URL = 'http://127.0.0.1:41234';
const DEVICE_TOKEN = 'ab'.repeat(32);
let control: FakeControl;
let service: ReturnType<typeof fakeService>;
let hubClose: ReturnType<typeof vi.fn>;

function fakeService() {
  let listener: BridgeEventListener = () => undefined;
  return {
    dispatch: vi.fn<Dispatch>(() => Promise.resolve(ok<unknown>(null))),
    onEvent: vi.fn((l: BridgeEventListener) => {
      listener = l;
      return () => undefined;
    }),
    close: vi.fn(),
    databasePath: '/fake/userData/session-log.sqlite',
    emit: ((event, payload) => {
      listener(event, payload);
    }) as BridgeEventListener,
  };
}

/** Loads main.ts afresh; `ready` also resolves app.whenReady() and waits for the windows. */
async function launch(options: { ready?: boolean; displays?: number } = {}) {
  vi.resetModules();
  await import('../../../electron/main');
  if (options.ready ?? true) {
    control.fakes.app.becomeReady();
    await vi.waitFor(() => {
      expect(control.windows.length).toBeGreaterThan(0);
    });
  }
  return control.fakes;
}

beforeEach(async () => {
  control = await fakeControl();
  control.reset();
  service = fakeService();
  hubClose = vi.fn(() => Promise.resolve());
  server.openLocalService.mockReset().mockReturnValue(service);
  server.startHub.mockReset().mockResolvedValue({
    url: HUB_URL,
    demoAccount: { login: 'demo', password: 'demo-password' },
    demoDeviceToken: DEVICE_TOKEN,
    close: hubClose,
  });
  vi.stubEnv('INTERPRETABLE_HUB_URL', '');
  vi.stubEnv('INTERPRETABLE_DEVICE_TOKEN', '');
  vi.stubEnv('INTERPRETABLE_SQLITE_BINDING', '/repo/.cache/better_sqlite3.node');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('main: before ready', () => {
  it('enables the sandbox and registers app:// before the app is ready', async () => {
    const fakes = await launch({ ready: false });
    expect(fakes.app.calls).toEqual(['enableSandbox', 'registerSchemesAsPrivileged']);
    const [schemes] = fakes.protocol.registerSchemesAsPrivileged.mock.calls[0] as unknown as [
      CustomScheme[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    expect(control.windows).toHaveLength(0);
  });

  it('hardens every webContents the moment it is created', async () => {
    const fakes = await launch({ ready: false });
    const contents = new FakeWebContents();
    fakes.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example' })).toEqual({
      action: 'deny',
    });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('sets the Windows taskbar app id on Windows only (the API exists nowhere else)', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'linux' });
      expect((await launch({ ready: false })).app.setAppUserModelId).not.toHaveBeenCalled();
      control.reset();
      Object.defineProperty(process, 'platform', { value: 'win32' });
      const fakes = await launch({ ready: false });
      expect(fakes.app.setAppUserModelId).toHaveBeenCalledWith('fr.interpretable.app');
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('quits at once when another instance is running', async () => {
    control.fakes.app.hasLock = false;
    const fakes = await launch({ ready: false });
    expect(fakes.app.quit).toHaveBeenCalled();
    expect(fakes.app.listenerCount('web-contents-created')).toBe(0);
    fakes.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.openLocalService).not.toHaveBeenCalled();
    expect(control.windows).toHaveLength(0);
  });
});

describe('main: a launch', () => {
  it('opens one window with both roles on a single display', async () => {
    await launch();
    expect(control.windows).toHaveLength(1);
    const [doctor] = control.windows;
    expect(doctor?.loadURL).toHaveBeenCalledWith(
      `app://interpretable/doctor.html?layout=single&hub=${encodeURIComponent(HUB_URL)}`,
    );
    expect(doctor?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(doctor?.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
  });

  it('opens a doctor window and a family kiosk with two displays', async () => {
    control.fakes.screen.displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)];
    await launch();
    expect(control.windows.map((w) => w.loadURL.mock.calls[0]?.[0])).toEqual([
      `app://interpretable/doctor.html?hub=${encodeURIComponent(HUB_URL)}`,
      `app://interpretable/family.html?hub=${encodeURIComponent(HUB_URL)}`,
    ]);
    expect(control.windows[1]?.options).toMatchObject({ kiosk: true, fullscreen: true, x: 1920 });
  });

  it('starts the embedded hub and serves app:// with a CSP naming it', async () => {
    const fakes = await launch();
    expect(server.startHub).toHaveBeenCalledWith(
      expect.objectContaining({ host: '127.0.0.1', port: 0, demo: true, demoDevice: true }),
    );
    const [scheme, handler] = fakes.protocol.handle.mock.calls[0] as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://interpretable/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ${HUB_URL} ws://127.0.0.1:41234`,
    );
  });

  it('uses an external hub instead when one is configured, with the clinic’s device token', async () => {
    vi.stubEnv('INTERPRETABLE_HUB_URL', 'https://hub.example.fr');
    vi.stubEnv('INTERPRETABLE_DEVICE_TOKEN', 'cd'.repeat(32));
    await launch();
    expect(server.startHub).not.toHaveBeenCalled();
    expect(control.windows[0]?.loadURL.mock.calls[0]?.[0]).toContain(
      'hub=https%3A%2F%2Fhub.example.fr',
    );
    expect(server.openLocalService).toHaveBeenCalledWith(
      expect.objectContaining({
        hub: { url: 'https://hub.example.fr', deviceToken: 'cd'.repeat(32) },
      }),
    );
  });

  it('runs without calls when the embedded hub cannot start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server.startHub.mockRejectedValue(new Error('EADDRINUSE'));
    await launch();
    expect(server.openLocalService).toHaveBeenCalledWith(
      expect.objectContaining({ hub: undefined }),
    );
  });

  it('opens the session log in the user data folder with the development SQLite binding', async () => {
    await launch();
    expect(server.openLocalService).toHaveBeenCalledWith({
      dataDir: '/fake/userData',
      keyStore: expect.objectContaining({
        description: '/fake/userData/session-log.key.sealed',
      }) as unknown,
      nativeBinding: '/repo/.cache/better_sqlite3.node',
      // The compiled content (flows) sits beside the renderer the windows load.
      contentRoot: expect.stringMatching(/renderer$/) as unknown,
      // The embedded hub's demo clinic device: calls work out of the box, as in the web shell.
      hub: { url: HUB_URL, deviceToken: DEVICE_TOKEN },
    });
  });

  it('installs the permission allowlist on the session', async () => {
    const fakes = await launch();
    const check = fakes.session.defaultSession.permissionCheckHandler;
    expect(check?.({}, 'media', 'app://interpretable/', { mediaType: 'audio' })).toBe(true);
    expect(check?.({}, 'geolocation', 'app://interpretable/', {})).toBe(false);
  });

  it('answers bridge calls from its windows only', async () => {
    const fakes = await launch();
    const window = control.windows[0];
    const channel = 'bridge:session.current';
    const fromWindow = {
      sender: { id: window?.webContents.id },
      senderFrame: { url: 'app://interpretable/doctor.html', parent: null },
    };
    await expect(fakes.ipcMain.invoke(channel, fromWindow, {})).resolves.toEqual(ok(null));
    expect(service.dispatch).toHaveBeenCalledWith('session.current', {}, 'doctor');

    const stranger = { ...fromWindow, sender: { id: 999 } };
    await expect(fakes.ipcMain.invoke(channel, stranger, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });

  it('forwards service events to its windows', async () => {
    await launch();
    const payload = { session: null, ended: null };
    service.emit('session.changed', payload);
    expect(control.windows[0]?.webContents.send).toHaveBeenCalledWith(
      'bridge-event:session.changed',
      payload,
    );
  });

  it('brings the doctor window forward on a second launch', async () => {
    const fakes = await launch();
    fakes.app.emit('second-instance', {}, [], '/');
    expect(control.windows[0]?.focus).toHaveBeenCalled();
  });

  it('quits when the doctor window closes', async () => {
    const fakes = await launch();
    control.windows[0]?.close();
    expect(fakes.app.quit).toHaveBeenCalled();
  });

  it('closes the session log and the hub before quitting', async () => {
    const fakes = await launch();
    const event = { preventDefault: vi.fn() };
    fakes.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => {
      expect(fakes.app.quit).toHaveBeenCalled();
    });
    expect(service.close).toHaveBeenCalled();
    expect(hubClose).toHaveBeenCalled();
  });

  it('tells the user and exits when the local service cannot open', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server.openLocalService.mockImplementation(() => {
      throw new Error('SQLITE_CORRUPT');
    });
    const fakes = await launch({ ready: false });
    fakes.app.becomeReady();
    await vi.waitFor(() => {
      expect(fakes.app.exit).toHaveBeenCalledWith(1);
    });
    expect(fakes.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'error',
        message: "L'application n'a pas pu démarrer.",
      }),
    );
    // One box only: the old plain error box is not shown as well.
    expect(fakes.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(hubClose).toHaveBeenCalled();
    error.mockRestore();
  });

  it('says to reinstall, with the code, when the install is damaged', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server.openLocalService.mockImplementation(() => {
      throw new CodedError('CONTENT_DAMAGED', 'content/pack.json: is missing. Rebuild…');
    });
    const fakes = await launch({ ready: false });
    fakes.app.becomeReady();
    await vi.waitFor(() => {
      expect(fakes.app.exit).toHaveBeenCalledWith(1);
    });
    const [options] = fakes.dialog.showMessageBoxSync.mock.calls[0] as unknown as [
      MessageBoxSyncOptions,
    ];
    expect(options.message).toBe("Des fichiers de l'application sont endommagés ou manquants.");
    expect(options.detail).toContain("Réinstallez l'application");
    expect(options.detail).toContain('Code : CONTENT_DAMAGED');
    expect(options.detail).not.toContain('pack.json');
    // The log still gets the whole error for whoever investigates.
    expect(error).toHaveBeenCalledWith('[main] the app could not start', expect.any(CodedError));
    error.mockRestore();
  });
});
