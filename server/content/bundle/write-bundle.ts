// Writes the compiled bundle and the pictograms it names under the renderer's output folder.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUNDLE_DIR,
  coverageBundlePath,
  packBundlePath,
  textBundlePath,
} from '../../../shared/content/bundle';
import { coverageReport } from '../coverage-report';
import { loadPack, type PackPaths } from '../load-pack';
import { compileBundle } from './compile-bundle';

export function writeBundle(
  paths: PackPaths,
  outDir: string,
): { cards: number; languages: number } {
  // Validity is content:check's job (it runs before the build in npm test); the compiler
  // reads what loads, so a half-written group under way still gives a usable build.
  const pack = loadPack(paths);
  const { pack: bundle, texts } = compileBundle(pack);
  mkdirSync(join(outDir, BUNDLE_DIR, 'text'), { recursive: true });
  writeFileSync(join(outDir, packBundlePath), JSON.stringify(bundle));
  for (const text of texts) {
    writeFileSync(join(outDir, textBundlePath(text.language)), JSON.stringify(text));
  }
  writeFileSync(join(outDir, coverageBundlePath), JSON.stringify(coverageReport(pack)));
  mkdirSync(join(outDir, 'pictograms'), { recursive: true });
  for (const url of new Set(Object.values(bundle.pictograms))) {
    copyFileSync(join(paths.pictograms, url.slice('pictograms/'.length)), join(outDir, url));
  }
  return { cards: Object.keys(bundle.cards).length, languages: texts.length };
}
