// A short crash loop for every `npm test`; `npm run crash-loop` runs the full ≥ 100.
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';
import { crashLoop } from './crash-loop';

const tempDir = useTempDir();

describe('crash loop (SIGKILL at random points)', () => {
  it('loses no session reported as saved and keeps the file intact', async () => {
    const result = await crashLoop({ dataDir: tempDir(), iterations: 10, maxSaves: 10 });
    expect(result.iterations).toBe(10);
    expect(result.reported).toBeGreaterThan(0);
  }, 60_000);
});
