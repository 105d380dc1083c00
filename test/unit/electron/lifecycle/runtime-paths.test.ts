import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimePaths } from '../../../../electron/lifecycle/runtime-paths';

describe('runtimePaths', () => {
  it('finds the preload beside main.cjs and the renderer build beside dist/electron', () => {
    const mainDir = path.resolve('/opt/Interpretable/resources/app.asar/dist/electron');
    expect(runtimePaths(mainDir)).toEqual({
      preload: path.join(mainDir, 'preload.cjs'),
      rendererDir: path.resolve('/opt/Interpretable/resources/app.asar/dist/renderer'),
    });
  });
});
