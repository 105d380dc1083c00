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

/** Why no window can be opened here, or null when it can. Chromium refuses to run as root
 * unless its sandbox is switched off, and we never switch it off for a page of health data. */
export function cannotOpenWindows(
  env: NodeJS.ProcessEnv,
  chromium: string | null,
  uid: number | undefined = process.getuid?.(),
): string | null {
  if (!hasDisplay(env)) return 'no display';
  if (!chromium) return 'no Chromium found (set CHROME_PATH)';
  if (uid === 0) return 'running as root, where Chromium will not start with its sandbox on';
  return null;
}

export function openAppWindows(
  chromium: string,
  dataDir: string,
  urls: string[],
  onError: (message: string) => void,
): ChildProcess[] {
  return urls.map((url, index) => {
    const child = spawn(
      chromium,
      [
        `--app=${url}`,
        `--user-data-dir=${join(dataDir, 'browser-profile', String(index))}`,
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        // Chromium's translate bar would send the page (health data) to Google.
        '--disable-features=Translate',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) {
        const line = stderr.split('\n').find((l) => /error|fatal/i.test(l)) ?? `exit code ${code}`;
        onError(`A Chromium window closed with an error: ${line.trim()}`);
      }
    });
    return child;
  });
}
