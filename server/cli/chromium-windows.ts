// Opens the web shell's pages as Chromium "app" windows (no tabs, no address bar) when a
// display and a Chromium exist. A separate profile keeps the clinic's browser untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidates: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
};

export function findChromium(env: NodeJS.ProcessEnv, platform = process.platform): string | null {
  const listed = env.CHROME_PATH ? [env.CHROME_PATH] : (candidates[platform] ?? []);
  return listed.find((path) => existsSync(path)) ?? null;
}

export function hasDisplay(env: NodeJS.ProcessEnv, platform = process.platform): boolean {
  return platform !== 'linux' || Boolean(env.DISPLAY ?? env.WAYLAND_DISPLAY);
}

export function openAppWindows(chromium: string, dataDir: string, urls: string[]): ChildProcess[] {
  return urls.map((url, index) =>
    spawn(
      chromium,
      [
        `--app=${url}`,
        `--user-data-dir=${join(dataDir, 'browser-profile', String(index))}`,
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
      ],
      { stdio: 'ignore' },
    ),
  );
}
