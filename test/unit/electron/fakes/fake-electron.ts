// A fake of the parts of the `electron` module the shell uses. Electron's binary cannot run
// in unit tests, so tests swap the module for this one with
//   vi.mock('electron', async () => (await import('./fakes/fake-electron')).fakeElectronModule)
// and drive the fakes (emit events, call the registered handlers) from the test.
// A test that re-imports code with vi.resetModules() gets a new copy of this file, while
// the 'electron' mock keeps the first one: such tests reach the fakes through
// `fakeControl()`, which asks the mock itself.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions, Display, IpcMainInvokeEvent } from 'electron';

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly send = vi.fn();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  /** Set to make the next windows' loadURL fail (a missing page, a crashed renderer). */
  static loadFailure: Error | null = null;
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(() =>
    FakeBrowserWindow.loadFailure === null
      ? Promise.resolve()
      : Promise.reject(FakeBrowserWindow.loadFailure),
  );
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly removeMenu = vi.fn();
  readonly close = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  minimized = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** A navigation-like event as Electron passes to will-navigate / will-redirect listeners. */
export function fakeNavigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

export function fakeDisplay(
  id: number,
  x: number,
  touchSupport: Display['touchSupport'] = 'unknown',
): Display {
  const bounds = { x, y: 0, width: 1920, height: 1080 };
  return {
    id,
    bounds,
    workArea: { ...bounds, height: 1040 },
    touchSupport,
  } as Display;
}

export class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler;
  }
}

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What ipcRenderer.invoke does: no handler for the channel is an error. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) {
      return Promise.reject(new Error(`No handler registered for '${channel}'`));
    }
    return Promise.resolve(handler(event as IpcMainInvokeEvent, ...args));
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  readonly calls: string[] = [];
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
  readonly enableSandbox = vi.fn(() => this.calls.push('enableSandbox'));
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly setAppUserModelId = vi.fn();
  readonly getPath = vi.fn((name: string) => `/fake/${name}`);
  whenReady(): Promise<void> {
    return this.ready;
  }
  becomeReady(): void {
    this.calls.push('ready');
    this.resolveReady();
  }
}

/**
 * safeStorage without an OS keyring: "sealing" is a reversible XOR tagged with the account
 * name, enough to prove the file never holds the key in clear and that another account's
 * seal is refused.
 */
export class FakeSafeStorage {
  available = true;
  constructor(readonly account = 'clinic') {}

  isEncryptionAvailable(): boolean {
    return this.available;
  }

  encryptString(plainText: string): Buffer {
    const body = Buffer.from(plainText, 'utf8').map((byte) => byte ^ 0x5c);
    return Buffer.concat([Buffer.from(`${this.account}:`), body]);
  }

  decryptString(encrypted: Buffer): string {
    const tag = Buffer.from(`${this.account}:`);
    if (!encrypted.subarray(0, tag.length).equals(tag)) throw new Error('Error while decrypting');
    return Buffer.from(encrypted.subarray(tag.length).map((byte) => byte ^ 0x5c)).toString('utf8');
  }
}

/** Fresh fakes; `fakeElectronModule` always points at the current ones. */
function createFakes() {
  const app = new FakeApp();
  const screen = Object.assign(new EventEmitter(), {
    displays: [fakeDisplay(1, 0)] as Display[],
    getAllDisplays(): Display[] {
      return this.displays;
    },
    getPrimaryDisplay(): Display {
      const primary = this.displays[0];
      if (primary === undefined) throw new Error('no display');
      return primary;
    },
  });
  return {
    app,
    screen,
    session: { defaultSession: new FakeSession() },
    ipcMain: new FakeIpcMain(),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => app.calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn(() => 0) },
    safeStorage: new FakeSafeStorage(),
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() =>
        Promise.resolve(undefined),
      ),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };
}

export let fakes = createFakes();

export function resetFakes(): void {
  fakes = createFakes();
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.loadFailure = null;
}

/** Test-side handle on the fakes behind the 'electron' mock. */
const control = {
  get fakes() {
    return fakes;
  },
  get windows() {
    return FakeBrowserWindow.instances;
  },
  reset: resetFakes,
};
export type FakeControl = typeof control;

export async function fakeControl(): Promise<FakeControl> {
  const electron = (await import('electron')) as unknown as { __control: FakeControl };
  return electron.__control;
}

export const fakeElectronModule = {
  __control: control,
  BrowserWindow: FakeBrowserWindow,
  get app() {
    return fakes.app;
  },
  get screen() {
    return fakes.screen;
  },
  get session() {
    return fakes.session;
  },
  get ipcMain() {
    return fakes.ipcMain;
  },
  get protocol() {
    return fakes.protocol;
  },
  get shell() {
    return fakes.shell;
  },
  get dialog() {
    return fakes.dialog;
  },
  get safeStorage() {
    return fakes.safeStorage;
  },
  get contextBridge() {
    return fakes.contextBridge;
  },
  get ipcRenderer() {
    return fakes.ipcRenderer;
  },
};
