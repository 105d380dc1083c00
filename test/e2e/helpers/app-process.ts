// Starts the built app exactly as `npm start -- --shell web` does, in a throwaway data
// folder, and reads the URLs it prints. No fixed sleeps: it waits for the printed lines.
import { spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface RunningApp {
  process: ChildProcess;
  dataDir: string;
  doctorUrl: string;
  familyUrl: string;
  interpreterUrl: string;
  databasePath: string;
  output: () => string;
  stop(): Promise<number | null>;
}

const START = join(import.meta.dirname, '../../../dist/server/cli/start.js');

function spawnStart(
  start: string,
  dataDir: string,
  extraArgs: string[],
): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(
    process.execPath,
    [
      start,
      '--shell',
      'web',
      '--port',
      '0',
      '--hub-port',
      '0',
      '--no-open',
      '--data-dir',
      dataDir,
      ...extraArgs,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

export interface StartOptions {
  /** Another build's start.js (e.g. a damaged copy, helpers/built-copy.ts). */
  start?: string;
}

export async function startApp(
  extraArgs: string[] = [],
  options: StartOptions = {},
): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'interpretable-e2e-'));
  const child = spawnStart(options.start ?? START, dataDir, extraArgs);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`app did not start:\n${out}`));
    }, 30_000);
    const check = () => {
      if (out.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      reject(new Error(`app exited with ${String(code)}:\n${out}`));
    });
  });
  const grab = (label: string) => {
    const match = new RegExp(`${label}:\\s+(\\S+)`).exec(out);
    if (!match?.[1]) throw new Error(`no ${label} URL in:\n${out}`);
    return match[1];
  };
  return {
    process: child,
    dataDir,
    doctorUrl: grab('Doctor'),
    familyUrl: grab('Family'),
    interpreterUrl: grab('Interpreter'),
    databasePath: grab('Session log'),
    output: () => out,
    stop: async () => {
      child.kill('SIGINT');
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export interface FailedStart {
  code: number | null;
  output: string;
}

/** Starts an app that must refuse to start, in `dataDir` (left in place for the test to
 * inspect); resolves with its exit code and everything it printed. */
export async function startAppExpectingExit(
  dataDir: string,
  options: StartOptions = {},
): Promise<FailedStart> {
  const child = spawnStart(options.start ?? START, dataDir, []);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, output };
}
