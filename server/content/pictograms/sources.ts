// Where each pictogram set lives and who made each file. Mulberry comes from the team folder
// beside the repository (read-only in CI), OpenMoji from its npm package; both CC BY-SA 4.0.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PictogramSource } from '../../../shared/content/pictogram-manifest';

export interface SourceDirs {
  mulberry: string; // …/mulberry (holds EN/ and symbol-info.csv)
  openmoji: string; // node_modules/openmoji
  drawn: string; // assets/pictograms/drawn
}

export interface ResolvedPictogram {
  path: string;
  author: string;
}

const OpenmojiEntry = z.looseObject({ hexcode: z.string(), openmoji_author: z.string() });

export function createResolver(dirs: SourceDirs) {
  const mulberryNames = new Set(
    readFileSync(join(dirs.mulberry, 'symbol-info.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').at(-4)?.replace(/^"|"$/g, '') ?? ''),
  );
  const openmojiAuthors = new Map(
    z
      .array(OpenmojiEntry)
      .parse(JSON.parse(readFileSync(join(dirs.openmoji, 'data/openmoji.json'), 'utf8')))
      .map((entry) => [entry.hexcode, entry.openmoji_author]),
  );

  return (source: PictogramSource, name: string): ResolvedPictogram | string => {
    let resolved: ResolvedPictogram;
    if (source === 'mulberry') {
      resolved = {
        path: join(dirs.mulberry, 'EN', `${name}.svg`),
        author: 'Steve Lee (Mulberry Symbols)',
      };
      // The CSV's names lose the ",_to" of verbs; the file on disk is the authority.
      if (!existsSync(resolved.path) && !mulberryNames.has(name))
        return `no Mulberry symbol "${name}"`;
    } else if (source === 'openmoji') {
      const author = openmojiAuthors.get(name);
      if (!author) return `no OpenMoji with hexcode ${name}`;
      resolved = {
        path: join(dirs.openmoji, 'color/svg', `${name}.svg`),
        author: `${author} (OpenMoji)`,
      };
    } else {
      resolved = { path: join(dirs.drawn, `${name}.svg`), author: 'Interpretable contributors' };
    }
    return existsSync(resolved.path) ? resolved : `file not found: ${resolved.path}`;
  };
}
