// A throwaway copy of the built app (dist/server and dist/renderer) in the system's temp
// folder, so a test can damage its files without touching the build the other tests use.
// start.js finds its pages relative to itself (dist/renderer beside dist/server), and its
// native modules by walking up to a node_modules folder: a link to the repository's one.
import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '../../..');

export interface BuiltCopy {
  /** The copy's dist/server/cli/start.js, for startApp's `start` option. */
  start: string;
  /** The copy's dist/renderer: the folder the pages and content are served from. */
  rendererDir: string;
  remove(): void;
}

export function copyBuiltApp(): BuiltCopy {
  const root = mkdtempSync(join(tmpdir(), 'interpretable-built-'));
  try {
    for (const part of ['server', 'renderer']) {
      cpSync(join(REPO, 'dist', part), join(root, 'dist', part), { recursive: true });
    }
    symlinkSync(realpathSync(join(REPO, 'node_modules')), join(root, 'node_modules'), 'dir');
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    start: join(root, 'dist/server/cli/start.js'),
    rendererDir: join(root, 'dist/renderer'),
    remove: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
