// Removes from the audio cache every file the current plan does not name: clips of texts that
// have since changed (their hash moved on), WAVs of the first pipeline, leftover `.part` files.
// The packaged app ships the whole cache folder, so without this it would carry every old
// version of every sentence. Only `content:audio --all` prunes: it alone knows the full plan.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageCode } from '../../../shared/domain/languages';

export function pruneCache(cacheDir: string, keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  if (!existsSync(cacheDir)) return removed;
  for (const folder of readdirSync(cacheDir, { withFileTypes: true })) {
    // Only language folders: the manifest and anything else beside them stay.
    if (!folder.isDirectory() || !LanguageCode.safeParse(folder.name).success) continue;
    for (const file of readdirSync(join(cacheDir, folder.name), { withFileTypes: true })) {
      const relative = `${folder.name}/${file.name}`;
      if (!file.isFile() || keep.has(relative)) continue;
      rmSync(join(cacheDir, relative), { force: true });
      removed.push(relative);
    }
  }
  return removed;
}
