import { describe, expect, it } from 'vitest';
import { secureWebPreferences, windowOptions } from '../../../../electron/windows/window-options';
import type { PlannedWindow } from '../../../../electron/windows/plan-windows';
import { fakeDisplay } from '../fakes/fake-electron';

const PRELOAD = '/app/dist/electron/preload.cjs';
const doctor: PlannedWindow = {
  role: 'doctor',
  page: 'doctor',
  query: {},
  display: fakeDisplay(1, 0),
  kiosk: false,
};
const family: PlannedWindow = {
  role: 'family',
  page: 'family',
  query: {},
  display: fakeDisplay(2, 1920),
  kiosk: true,
};

describe('secureWebPreferences', () => {
  // These values are the security baseline; Electronegativity cannot see them at the
  // BrowserWindow call (see open-window.ts), so this test is what guards them.
  it('sandboxes, isolates and never gives the page Node', () => {
    expect(secureWebPreferences(PRELOAD, false)).toMatchObject({
      preload: PRELOAD,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('enables no Blink feature and keeps DevTools for development only', () => {
    expect(secureWebPreferences(PRELOAD, false).enableBlinkFeatures).toBeUndefined();
    expect(secureWebPreferences(PRELOAD, true).devTools).toBe(true);
  });
});

describe('windowOptions', () => {
  it('uses the same secure preferences for every role', () => {
    for (const planned of [doctor, family]) {
      expect(windowOptions(planned, PRELOAD, false).webPreferences).toEqual(
        secureWebPreferences(PRELOAD, false),
      );
    }
  });

  it('centres the doctor window in its display work area, hidden until drawn', () => {
    const options = windowOptions(doctor, PRELOAD, false);
    expect(options).toMatchObject({ x: 320, y: 90, width: 1280, height: 860, show: false });
    expect(options.kiosk).toBeUndefined();
  });

  it('shrinks the doctor window to a small work area', () => {
    const small: PlannedWindow = {
      ...doctor,
      display: { ...doctor.display, workArea: { x: 0, y: 0, width: 1024, height: 700 } },
    };
    expect(windowOptions(small, PRELOAD, false)).toMatchObject({
      x: 0,
      y: 0,
      width: 1024,
      height: 700,
    });
  });

  it('covers the family display as a full-screen kiosk', () => {
    expect(windowOptions(family, PRELOAD, false)).toMatchObject({
      x: 1920,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
      kiosk: true,
      frame: false,
      show: false,
    });
  });
});
