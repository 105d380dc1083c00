// The Electron main process. It only wires the plain functions of electron/ to Electron;
// every decision lives (and is tested) in its own file. Order matters: the sandbox and the
// app:// privileges before 'ready', the guards before the first window exists.
import { readFile } from 'node:fs/promises';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, protocol, safeStorage, screen, session, shell } from 'electron';
import { startHub } from '../server/hub/index';
import { openLocalService, type LocalService } from '../server/local/local-service';
import { APP_SCHEME } from './app-origin';
import { forwardBridgeEvents } from './ipc/forward-bridge-events';
import { registerBridgeHandlers } from './ipc/register-bridge-handlers';
import { isTrustedSender } from './ipc/sender-check';
import { closeBeforeQuit } from './lifecycle/close-before-quit';
import {
  callHubSettings,
  connectHub,
  hubBanner,
  type HubConnection,
} from './lifecycle/hub-connection';
import { chooseHubLocation } from './lifecycle/hub-location';
import { localServiceOptions } from './lifecycle/local-service-options';
import { runtimePaths } from './lifecycle/runtime-paths';
import { createShutdown } from './lifecycle/shutdown';
import { claimSingleInstance } from './lifecycle/single-instance';
import { startFailureDialog } from './lifecycle/start-failure-message';
import { createAppProtocolHandler } from './protocol/app-protocol-handler';
import { appScheme } from './protocol/app-scheme';
import { appContentSecurityPolicy } from './protocol/content-security-policy';
import { hardenSession } from './security/harden-session';
import { hardenWebContents } from './security/harden-web-contents';
import { followDisplays } from './windows/follow-displays';
import { openWindow } from './windows/open-window';
import { planWindows, type PlannedWindow } from './windows/plan-windows';
import { WindowRegistry } from './windows/window-registry';

/** Matches electron-builder.yml's appId: Windows groups the taskbar entry by it. */
const APP_ID = 'fr.interpretable.app';

// Every renderer sandboxed, including any a dependency might create.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([appScheme]);

const paths = runtimePaths(__dirname);
const registry = new WindowRegistry<BrowserWindow>();
let service: LocalService | null = null;
let hub: HubConnection | null = null;
const shutdown = createShutdown([() => service?.close(), () => hub?.close()]);

if (claimSingleInstance(app, () => registry.find('doctor')?.window)) {
  // Windows-only API (absent elsewhere): groups the taskbar entry with the installer's shortcut.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Applied to every webContents at creation, before any page loads in it.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url) });
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  closeBeforeQuit(app, shutdown);
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);

  const connection = await connectHub(chooseHubLocation(process.env), paths.rendererDir, startHub);
  hub = connection;
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: paths.rendererDir,
      contentSecurityPolicy: appContentSecurityPolicy(connection.url),
      readFile: (file) => readFile(file),
    }),
  );

  const localService = openLocalService({
    ...localServiceOptions({
      isPackaged: app.isPackaged,
      userDataDir: app.getPath('userData'),
      env: process.env,
      safeStorage,
    }),
    contentRoot: paths.rendererDir,
    // The hub and this PC's device token: the embedded demo device, or the clinic's own.
    hub: callHubSettings(connection),
  });
  service = localService;
  const banner = hubBanner(connection);
  if (banner) console.log(banner);
  registerBridgeHandlers(ipcMain, {
    dispatch: localService.dispatch,
    isTrustedSender: (event) => isTrustedSender(event, (id) => registry.has(id)),
    // Least privilege: a window the registry does not know gets the family's rights.
    roleOf: (id) => registry.roleOf(id) ?? 'family',
  });
  forwardBridgeEvents(
    (listener) => localService.onEvent(listener),
    () => registry.withRoles(),
  );

  const open = (planned: PlannedWindow) => {
    openWindow(planned, {
      preloadPath: paths.preload,
      hubUrl: connection.url,
      devTools: !app.isPackaged,
      registry,
      // Without the doctor nobody controls the session: a lone kiosk window is a trap.
      onClosed: (closed) => {
        if (closed.role === 'doctor') app.quit();
      },
    });
  };
  for (const planned of planWindows(screen.getAllDisplays(), screen.getPrimaryDisplay().id)
    .windows) {
    open(planned);
  }
  followDisplays({ screen, registry, openWindow: open });
}

function failToStart(error: unknown): void {
  // The whole error (stack, paths) goes to the log only; the doctor reads what to do about it.
  console.error('[main] the app could not start', error);
  dialog.showMessageBoxSync(startFailureDialog(error));
  void shutdown().finally(() => {
    app.exit(1);
  });
}
