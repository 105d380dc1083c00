// The BrowserWindow options of every app window. The webPreferences are the security
// baseline of ARCHITECTURE.md §5 and are the same for every role; only placement differs.
import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import type { PlannedWindow } from './plan-windows';

/** The doctor window's preferred size; smaller screens get their whole work area. */
const DOCTOR_SIZE = { width: 1280, height: 860 };

export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click would otherwise ask for a new window; the window-open handler denies it
    // anyway, this keeps the event from reaching the page at all.
    disableBlinkFeatures: 'Auxclick',
    // A file dropped on the window would otherwise replace the page with that file.
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from Google on Linux: a network call we
    // do not make (ARCHITECTURE.md §5), and nothing typed here needs spelling help.
    spellcheck: false,
    safeDialogs: true,
    // Cards play their audio as they appear, before the family has touched the screen.
    autoplayPolicy: 'no-user-gesture-required',
    // DevTools only in development: on a clinic PC they would open the session to anyone.
    devTools,
  };
}

export function windowOptions(
  planned: PlannedWindow,
  preloadPath: string,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    title: 'Interpretable',
    // Shown on 'ready-to-show', so nobody sees a white flash or a half-drawn page.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
  if (planned.kiosk) {
    return { ...common, ...planned.display.bounds, fullscreen: true, kiosk: true, frame: false };
  }
  return {
    ...common,
    ...centredIn(planned.display.workArea, DOCTOR_SIZE),
    minWidth: 800,
    minHeight: 600,
  };
}

function centredIn(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}
