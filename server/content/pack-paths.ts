// Where the shipped pack lives, and `--content` / `--pictograms` overrides for tests and tools.
import { resolve } from 'node:path';
import type { PackPaths } from './load-pack';

export const repoRoot = resolve(import.meta.dirname, '../..');

export function packPathsFromArgs(args: readonly string[]): PackPaths {
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
  };
  return {
    content: resolve(value('--content') ?? resolve(repoRoot, 'assets/content')),
    pictograms: resolve(value('--pictograms') ?? resolve(repoRoot, 'assets/pictograms')),
  };
}
