// Files the main process needs, relative to the bundle it runs from (dist/electron/main.cjs,
// inside app.asar once packaged): the preload next to it, the renderer build beside it.
import path from 'node:path';

export interface RuntimePaths {
  preload: string;
  rendererDir: string;
}

export function runtimePaths(mainDir: string): RuntimePaths {
  return {
    preload: path.join(mainDir, 'preload.cjs'),
    rendererDir: path.resolve(mainDir, '..', 'renderer'),
  };
}
