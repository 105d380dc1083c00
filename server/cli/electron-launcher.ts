// Starting the real Electron app from `npm start` on a connected machine. npm never runs
// Electron's download script at install (allowScripts denies it, so installs work offline);
// this fetches the binary on first start when it can, and builds the SQLite module
// (better-sqlite3-multiple-ciphers, for encryption at rest) once for Electron's ABI into
// .cache/ so the Node build the tests use stays untouched.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ElectronPaths {
  binary: string;
  version: string;
}

/** The Electron executable if its binary is present, else null. */
export function findElectron(root: string): ElectronPaths | null {
  const pkg = join(root, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return null;
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { binary, version };
}

/** Runs Electron's own download script; returns why it failed, or null on success. */
export function fetchElectron(root: string, timeoutMs = 180_000): string | null {
  const script = join(root, 'node_modules/electron/install.js');
  if (!existsSync(script)) return 'the electron package is not installed';
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: timeoutMs });
  if (run.status === 0) return null;
  const reason = `${run.stderr}${run.stdout}`
    .trim()
    .split('\n')
    .find((line) => line.trim());
  return reason ?? `download script exited with ${String(run.status ?? run.signal)}`;
}

const SQLITE_MODULE = 'better-sqlite3-multiple-ciphers';

/** Builds the SQLite module for Electron's ABI (once per version); returns the .node path. */
export function sqliteBindingForElectron(root: string, electronVersion: string): string {
  const dir = join(root, '.cache/electron-native', electronVersion, SQLITE_MODULE);
  const binding = join(dir, 'build/Release/better_sqlite3.node');
  if (existsSync(binding)) return binding;
  cpSync(join(root, 'node_modules', SQLITE_MODULE), dir, {
    recursive: true,
    filter: (src) => !src.includes(join(SQLITE_MODULE, 'build')),
  });
  const gyp = join(root, 'node_modules/node-gyp/bin/node-gyp.js');
  const args = [gyp, 'rebuild', '--release', `--target=${electronVersion}`];
  args.push('--dist-url=https://electronjs.org/headers');
  const run = spawnSync(process.execPath, args, { cwd: dir, stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(binding)) {
    throw new Error(
      'Building the SQLite module for Electron failed (see the node-gyp output above).',
    );
  }
  return binding;
}

export function launchElectron(
  root: string,
  electron: ElectronPaths,
  env: NodeJS.ProcessEnv,
): ChildProcess {
  const binding = sqliteBindingForElectron(root, electron.version);
  return spawn(electron.binary, [root], {
    stdio: 'inherit',
    env: { ...env, INTERPRETABLE_SQLITE_BINDING: binding },
  });
}
