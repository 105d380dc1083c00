// The flows the service checks answers against: read from the same compiled bundle the
// screens load (dist/renderer/content/pack.json), so service and screens cannot disagree.
// Like the screens, the service checks the build's stamp of the file (the build validated it
// with zod; decision 0072) instead of parsing it again before the pages can be served.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackBundle } from '../../../shared/content/bundle';
import { bundleManifestPath, packBundlePath } from '../../../shared/content/bundle-paths';
import { checkStamp, contentMissing, parseManifest } from '../../../shared/content/bundle-stamp';
import type { Flow } from '../../../shared/content/flow';

export function loadFlows(contentRoot: string | undefined): Flow[] {
  if (contentRoot === undefined) return [];
  const file = join(contentRoot, packBundlePath);
  const manifestFile = join(contentRoot, bundleManifestPath);
  // Each failure is CONTENT_DAMAGED naming the file, so `npm start` and the Electron app can
  // say which one (a dev checkout without a build lacks both: the manifest is named first).
  if (!existsSync(manifestFile)) throw contentMissing(bundleManifestPath);
  if (!existsSync(file)) throw contentMissing(packBundlePath);
  const manifest = parseManifest(readFileSync(manifestFile, 'utf8'));
  const bytes = readFileSync(file);
  checkStamp(manifest, packBundlePath, createHash('sha256').update(bytes).digest('hex'));
  // The stamp proves these are the bytes the build validated as a PackBundle.
  return (JSON.parse(bytes.toString('utf8')) as PackBundle).flows;
}
