// The content bundle's integrity check at the page boundary (decision 0072). The build validates
// every bundle file with its zod schema (server/content/bundle/write-bundle.ts) and stamps it in
// `content/manifest.json`: the bundle format and each file's SHA-256. A page checks the stamp
// instead of parsing the files with zod again: zod runs without its JIT under the pages' CSP
// (no eval), and the full parse of pack.json and a language's texts took 150–300 ms of a
// family's cold start, for files this same build had already proved valid.
import { z } from 'zod';
import { CodedError } from '../bridge/result';
import { bundleManifestPath } from './bundle-paths';

/**
 * The shape of pack.json and text/<language>.json that the pages are compiled against. Bumped
 * with every change to their schemas (shared/content/bundle.ts): a unit test pins each format to
 * its schemas, so files from a build of another format are refused instead of misread.
 */
export const BUNDLE_FORMAT = 1;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const BundleManifest = z.strictObject({
  format: z.number().int(),
  /** Path relative to the app root (e.g. "content/pack.json") → SHA-256 of its bytes, hex. */
  files: z.record(z.string(), Sha256Hex),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

const damaged = (path: string, why: string) =>
  new CodedError(
    'CONTENT_DAMAGED',
    `${path}: ${why}. Rebuild or reinstall the app (npm run build) so the pages and their content come from one build.`,
  );

/** A bundle file the install lacks: CONTENT_DAMAGED too, it is not the build's bundle. */
export function contentMissing(path: string): CodedError {
  return damaged(path, 'is missing');
}

/** The manifest as read from its file: JSON (a truncated file is damaged, not a crash). */
export function parseManifest(text: string): BundleManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damaged(bundleManifestPath, 'not a content manifest (not JSON)');
  }
  return checkManifest(json);
}

/** The manifest as fetched: valid, and of the format these pages read. */
export function checkManifest(json: unknown): BundleManifest {
  const manifest = BundleManifest.safeParse(json);
  if (!manifest.success) throw damaged(bundleManifestPath, 'not a content manifest');
  if (manifest.data.format !== BUNDLE_FORMAT) {
    throw damaged(
      bundleManifestPath,
      `content format ${String(manifest.data.format)}, these pages read format ${String(BUNDLE_FORMAT)}`,
    );
  }
  return manifest.data;
}

/**
 * A bundle file is usable once its bytes hash to the SHA-256 the build stamped after validating
 * it; anything else (truncated, edited, from another build, missing from the manifest) is
 * CONTENT_DAMAGED.
 */
export function checkStamp(manifest: BundleManifest, path: string, sha256Hex: string): void {
  const expected = manifest.files[path];
  if (expected === undefined) throw damaged(path, 'not in the content manifest');
  if (sha256Hex !== expected) throw damaged(path, 'does not match the content manifest');
}
