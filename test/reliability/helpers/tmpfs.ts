// A small tmpfs mounted for one test: the honest way to get a full disk or a read-only
// folder when tests run as root (root ignores file modes, so chmod proves nothing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function mount(args: string[]): string | null {
  const run = spawnSync('mount', args, { encoding: 'utf8' });
  if (run.error) return run.error.message;
  return run.status === 0 ? null : run.stderr.trim() || `mount exited with ${String(run.status)}`;
}

export interface Tmpfs {
  dir: string;
  remount(options: 'ro' | 'rw'): void;
  dispose(): void;
}

/** Mounts a tmpfs of `sizeKiB`, or returns why it cannot (not root, no mount permission). */
export function mountTmpfs(sizeKiB: number): Tmpfs | string {
  const dir = mkdtempSync(join(tmpdir(), 'interpretable-tmpfs-'));
  const why = mount(['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0700`, 'tmpfs', dir]);
  if (why !== null) {
    rmSync(dir, { recursive: true, force: true });
    return why;
  }
  return {
    dir,
    remount: (options) => {
      const failed = mount(['-o', `remount,${options}`, dir]);
      if (failed !== null) throw new Error(`remount ${options} failed: ${failed}`);
    },
    dispose: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
