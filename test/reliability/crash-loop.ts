// The crash loop: a child process writes sessions through the real local service and is
// killed with SIGKILL at random points (sometimes while it is still opening, migrating or
// taking its start-up backup). After each kill every session it reported as saved must be
// in the log, ended, with its events, and the file must pass integrity_check.
import { buildSync } from 'esbuild';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkIntegrity } from '../../server/local/store/database';
import { openStore } from '../../server/local/store/open-store';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Bundles the writer once into .cache/ (beside node_modules, so the native module resolves):
 * plain `node` then starts it in ~0.1 s where tsx would take ~0.5 s per kill.
 */
export function bundleWriter(): string {
  const outfile = join(ROOT, `.cache/crash-writer-${process.pid}.mjs`);
  buildSync({
    entryPoints: [join(import.meta.dirname, 'crash-writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    external: ['better-sqlite3-multiple-ciphers'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

export interface CrashLoopResult {
  iterations: number;
  reported: number;
  killedBeforeReady: number;
}

/** Runs the writer once and kills it; resolves with the session ids it reported. */
function runAndKill(
  writer: string,
  dataDir: string,
  random: () => number,
  maxSaves: number,
): Promise<{ ids: string[]; ready: boolean }> {
  const child = spawn(process.execPath, [writer, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ids: string[] = [];
  let ready = false;
  let buffer = '';
  let errors = '';
  // One iteration in five dies at a random moment of its start-up; the rest after
  // 1–maxSaves saves (each save also takes a session-end backup, so kills land in those too).
  const earlyKill = random() < 0.2;
  const target = 1 + Math.floor(random() * maxSaves);
  const kill = () => child.kill('SIGKILL');
  if (earlyKill) setTimeout(kill, Math.floor(random() * 400));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') ready = true;
      else if (line !== '') ids.push(line);
    }
    if (!earlyKill && ids.length >= target) kill();
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited by itself (${String(code)}):\n${errors}`));
      } else {
        resolve({ ids, ready });
      }
    });
  });
}

function check(dataDir: string, saved: readonly string[]): void {
  const { db } = openStore({ dataDir });
  try {
    const problems = checkIntegrity(db, 'integrity_check');
    if (problems.length > 0) throw new Error(`integrity_check failed: ${problems.join('; ')}`);
    const session = db.prepare('SELECT ended_at FROM sessions WHERE id = ?').pluck();
    const events = db.prepare('SELECT count(*) FROM events WHERE session_id = ?').pluck();
    for (const id of saved) {
      if (session.get(id) == null) throw new Error(`session ${id} was reported saved but is lost`);
      if (events.get(id) !== 2) throw new Error(`session ${id} lost some of its events`);
    }
  } finally {
    db.close();
  }
}

export async function crashLoop(options: {
  dataDir: string;
  iterations: number;
  /** Sessions saved before a kill, at most (default 40). */
  maxSaves?: number;
  random?: () => number;
  onIteration?: (index: number, saved: number) => void;
}): Promise<CrashLoopResult> {
  const random = options.random ?? Math.random;
  const writer = bundleWriter();
  const saved: string[] = [];
  let killedBeforeReady = 0;
  try {
    for (let i = 0; i < options.iterations; i++) {
      const { ids, ready } = await runAndKill(
        writer,
        options.dataDir,
        random,
        options.maxSaves ?? 40,
      );
      if (!ready) killedBeforeReady++;
      saved.push(...ids);
      check(options.dataDir, saved);
      options.onIteration?.(i, saved.length);
    }
  } finally {
    rmSync(writer, { force: true });
    rmSync(`${writer}.map`, { force: true });
  }
  return { iterations: options.iterations, reported: saved.length, killedBeforeReady };
}
