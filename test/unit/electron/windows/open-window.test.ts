import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openWindow } from '../../../../electron/windows/open-window';
import type { PlannedWindow } from '../../../../electron/windows/plan-windows';
import { WindowRegistry } from '../../../../electron/windows/window-registry';
import { FakeBrowserWindow, fakeDisplay, resetFakes } from '../fakes/fake-electron';

vi.mock('electron', async () => (await import('../fakes/fake-electron')).fakeElectronModule);

const family: PlannedWindow = {
  role: 'family',
  page: 'family',
  query: {},
  display: fakeDisplay(2, 1920),
  kiosk: true,
};
const doctor: PlannedWindow = {
  role: 'doctor',
  page: 'doctor',
  query: { layout: 'single' },
  display: fakeDisplay(1, 0),
  kiosk: false,
};

function open(planned: PlannedWindow, devTools = false) {
  const registry = new WindowRegistry<BrowserWindow>();
  const onClosed = vi.fn();
  openWindow(planned, {
    preloadPath: '/dist/electron/preload.cjs',
    hubUrl: 'https://hub.example.fr',
    devTools,
    registry,
    onClosed,
  });
  const window = FakeBrowserWindow.instances.at(-1);
  if (window === undefined) throw new Error('no window created');
  return { registry, onClosed, window };
}

beforeEach(() => {
  resetFakes();
});

describe('openWindow', () => {
  it('creates the window with the secure options and loads its app:// page', () => {
    const { window } = open(family);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window.options.kiosk).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith(
      'app://interpretable/family.html?hub=https%3A%2F%2Fhub.example.fr',
    );
  });

  it('registers the window before its page loads, so its first bridge call is accepted', () => {
    const registry = new WindowRegistry<BrowserWindow>();
    const loadsWhenRegistered: number[] = [];
    const add = registry.add.bind(registry);
    registry.add = (webContentsId, entry) => {
      loadsWhenRegistered.push(
        (entry.window as unknown as FakeBrowserWindow).loadURL.mock.calls.length,
      );
      add(webContentsId, entry);
    };
    openWindow(doctor, { preloadPath: '/p.cjs', hubUrl: null, devTools: false, registry });
    expect(loadsWhenRegistered).toEqual([0]);
    expect(FakeBrowserWindow.instances.at(-1)?.loadURL).toHaveBeenCalledTimes(1);
    expect(registry.find('doctor')?.displayId).toBe(1);
  });

  it('shows the window once drawn', () => {
    const { window } = open(doctor);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('forgets the window and reports it when closed', () => {
    const { window, registry, onClosed } = open(doctor);
    window.close();
    expect(registry.has(window.webContents.id)).toBe(false);
    expect(onClosed).toHaveBeenCalledWith(doctor);
  });

  it('removes the menu (reload, DevTools shortcuts) in production and always on the kiosk', () => {
    expect(open(doctor, false).window.removeMenu).toHaveBeenCalled();
    expect(open(doctor, true).window.removeMenu).not.toHaveBeenCalled();
    expect(open(family, true).window.removeMenu).toHaveBeenCalled();
  });

  it('logs a page that fails to load instead of crashing the main process', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    FakeBrowserWindow.loadFailure = new Error('ERR_FILE_NOT_FOUND');
    open(family);
    await vi.waitFor(() => {
      expect(error).toHaveBeenCalledWith(
        '[windows] the family page failed to load',
        FakeBrowserWindow.loadFailure,
      );
    });
    error.mockRestore();
  });
});
