import { describe, expect, it } from 'vitest';
import {
  cannotOpenWindows,
  findChromium,
  hasDisplay,
} from '../../../../server/cli/chromium-windows';

describe('findChromium', () => {
  it('prefers CHROME_PATH when it exists', () => {
    expect(findChromium({ CHROME_PATH: process.execPath }, 'linux')).toBe(process.execPath);
  });

  it('finds nothing where nothing is installed', () => {
    expect(findChromium({ CHROME_PATH: '/nonexistent/chrome' }, 'linux')).toBeNull();
    expect(findChromium({}, 'aix')).toBeNull();
  });
});

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});

describe('cannotOpenWindows', () => {
  it('names the reason no window can open', () => {
    expect(cannotOpenWindows({}, '/usr/bin/chromium', 1000)).toMatch(/display/);
    expect(cannotOpenWindows({ DISPLAY: ':0' }, null, 1000)).toMatch(/Chromium/);
    expect(cannotOpenWindows({ DISPLAY: ':0' }, '/usr/bin/chromium', 0)).toMatch(/root/);
    expect(cannotOpenWindows({ DISPLAY: ':0' }, '/usr/bin/chromium', 1000)).toBeNull();
  });
});
