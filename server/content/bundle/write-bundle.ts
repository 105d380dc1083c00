// Writes the compiled bundle and the pictograms it names under the renderer's output folder.
// This is the bundle's zod boundary: each file is validated here, in Node, and stamped in
// content/manifest.json (its SHA-256), which the pages check instead of parsing the files
// with zod again (shared/content/bundle-stamp.ts, decision 0072).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  BUNDLE_DIR,
  PackBundle,
  TextBundle,
  bundleManifestPath,
  coverageBundlePath,
  packBundlePath,
  textBundlePath,
} from '../../../shared/content/bundle';
import { BUNDLE_FORMAT, type BundleManifest } from '../../../shared/content/bundle-stamp';
import { coverageReport } from '../coverage-report';
import { loadPack, type PackPaths } from '../load-pack';
import { compileBundle } from './compile-bundle';

export function writeBundle(
  paths: PackPaths,
  outDir: string,
): { cards: number; languages: number } {
  // Validity of the pack is content:check's job (it runs before the build in npm test); the
  // compiler reads what loads, so a half-written group under way still gives a usable build.
  const pack = loadPack(paths);
  const { pack: bundle, texts } = compileBundle(pack);
  const manifest: BundleManifest = { format: BUNDLE_FORMAT, files: {} };
  /** Validated against the schema the pages are compiled with, then written and stamped. */
  const writeChecked = (path: string, schema: z.ZodType, value: unknown) => {
    const checked = schema.safeParse(value);
    if (!checked.success) {
      throw new Error(`${path} does not match its schema: ${checked.error.message}`);
    }
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    writeFileSync(join(outDir, path), bytes);
    manifest.files[path] = createHash('sha256').update(bytes).digest('hex');
  };
  mkdirSync(join(outDir, BUNDLE_DIR, 'text'), { recursive: true });
  writeChecked(packBundlePath, PackBundle, bundle);
  for (const text of texts) writeChecked(textBundlePath(text.language), TextBundle, text);
  writeFileSync(join(outDir, bundleManifestPath), JSON.stringify(manifest));
  writeFileSync(join(outDir, coverageBundlePath), JSON.stringify(coverageReport(pack)));
  mkdirSync(join(outDir, 'pictograms'), { recursive: true });
  for (const url of new Set(Object.values(bundle.pictograms))) {
    copyFileSync(join(paths.pictograms, url.slice('pictograms/'.length)), join(outDir, url));
  }
  return { cards: Object.keys(bundle.cards).length, languages: texts.length };
}
