// Every pictogram the manifest lists must be a file beside it: the app never reads the source
// sets at run time (../shared/pictograms is not shipped).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from './issue';
import type { LoadedPack } from './load-pack';

export function checkPictograms(pack: LoadedPack): Issue[] {
  if (!pack.pictograms) return [];
  const { file, data } = pack.pictograms;
  return Object.entries(data.pictograms)
    .filter(([, entry]) => !existsSync(join(pack.paths.pictograms, entry.file)))
    .map(([id, entry]) => ({
      file,
      id,
      code: 'MISSING_FILE',
      message: `${entry.file} is missing`,
    }));
}
